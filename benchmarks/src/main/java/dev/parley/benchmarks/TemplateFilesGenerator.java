package dev.parley.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a folder of template files for measuring {@code parley lint} at scale: plain text and
 * Markdown with front matter, HTML, JSON (three templates each) and YAML (two templates each), in
 * six languages and all five placeholder syntaxes, about one in five with a violation. Output is
 * the same for the same count and seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.TemplateFilesGenerator /tmp/templates-10k 10000
 * /usr/bin/time -v java -jar examples/target/parley.jar lint --format json /tmp/templates-10k &gt; /dev/null
 * </pre>
 */
public final class TemplateFilesGenerator {
  private static final String[][] SYNTAX = {{"{{", "}}"}, {"[[", "]]"}, {"%", "%"}, {"${", "}"}, {"<<", ">>"}};
  private static final String[][] NAMES = {
      {"order_id", "buyer_name", "product_name", "seller_name", "delivery_date", "review_link", "website", "gift_note"},
      {"order-id", "buyer-name", "product-name", "shop-name", "delivery-date", "review-link", "shop-link", "gift-note"},
      {"ORDER_ID", "BUYER_NAME", "PRODUCT_NAME", "SHOP_NAME", "DELIVERY_DATE", "REVIEW_LINK", "SHOP_URL", "GIFT_NOTE"},
      {"orderId", "buyerName", "productName", "storeName", "deliveryDate", "reviewLink", "contactLink", "giftNote"},
      {"order_number", "customer_name", "item_name", "seller", "estimated_delivery", "feedback_link", "contact_link", "wrap_colour"}};
  /** Per language: marketplace, locale, subject, greeting, two body sentences, sign-off, violation sentence. */
  private static final String[][] LANG = {
      {"US", "en-US", "Your order $O", "Hello $N,", "Your $P from order $O will leave our warehouse two days later than planned.",
          "The new estimated delivery date is $D. If you have a moment later, an honest review helps: $R", "Kind regards,\n$S",
          "The full manual is at $W."},
      {"DE", "de-DE", "Ihre Bestellung $O", "Hallo $N,", "Ihr $P aus Bestellung $O verlässt unser Lager zwei Tage später als geplant.",
          "Das neue Lieferdatum ist der $D. Über eine ehrliche Bewertung freuen wir uns: $R", "Viele Grüße\n$S",
          "Die Anleitung finden Sie unter $W."},
      {"FR", "fr-FR", "Votre commande $O", "Bonjour $N,", "Votre $P de la commande $O quittera notre entrepôt deux jours plus tard que prévu.",
          "La nouvelle date de livraison est le $D. Un avis honnête nous aide : $R", "Cordialement,\n$S",
          "Le manuel se trouve sur $W."},
      {"ES", "es-ES", "Su pedido $O", "Hola, $N:", "Su $P del pedido $O saldrá de nuestro almacén dos días más tarde de lo previsto.",
          "La nueva fecha de entrega es el $D. Una opinión sincera nos ayuda: $R", "Un saludo,\n$S",
          "El manual está en $W."},
      {"IT", "it-IT", "Il suo ordine $O", "Buongiorno $N,", "Il suo $P dell'ordine $O lascerà il magazzino due giorni più tardi del previsto.",
          "La nuova data di consegna è il $D. Una recensione sincera ci aiuta: $R", "Cordiali saluti,\n$S",
          "Il manuale è su $W."},
      {"JP", "ja-JP", "ご注文 $O", "$N 様", "ご注文 $O の $P は、予定より2日遅れて出荷いたします。",
          "新しいお届け予定日は $D です。率直なレビューをいただけますと幸いです：$R", "$S カスタマーサポート",
          "取扱説明書は $W でご覧いただけます。"}};

  private TemplateFilesGenerator() {}

  /**
   * Writes the files.
   *
   * @param args folder, number of files (default 10000), seed (default 1)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TemplateFilesGenerator FOLDER [COUNT] [SEED]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      Path dir = root.resolve(String.format(Locale.ROOT, "group-%03d", i / 100));
      Files.createDirectories(dir);
      int kind = i % 5;
      String name = String.format(Locale.ROOT, "template-%05d", i);
      switch (kind) {
        case 0:
          Files.writeString(dir.resolve(name + ".txt"), body(random, false), StandardCharsets.UTF_8);
          break;
        case 1:
          Files.writeString(dir.resolve(name + ".md"), body(random, false), StandardCharsets.UTF_8);
          break;
        case 2:
          Files.writeString(dir.resolve(name + ".html"), body(random, true), StandardCharsets.UTF_8);
          break;
        case 3:
          Files.writeString(dir.resolve(name + ".json"), json(random), StandardCharsets.UTF_8);
          break;
        default:
          Files.writeString(dir.resolve(name + ".yaml"), yaml(random), StandardCharsets.UTF_8);
      }
    }
    System.out.println(count + " template files written to " + root);
  }

  private static String[] pick(SplittableRandom random) {
    return LANG[random.nextInt(LANG.length)];
  }

  private static String fill(String text, int syntax) {
    String[] n = NAMES[syntax];
    String o = SYNTAX[syntax][0];
    String c = SYNTAX[syntax][1];
    return text.replace("$O", o + n[0] + c).replace("$N", o + n[1] + c).replace("$P", o + n[2] + c).replace("$S", o + n[3] + c)
        .replace("$D", o + n[4] + c).replace("$R", o + n[5] + c).replace("$W", o + n[6] + c).replace("$X", o + n[7] + c);
  }

  private static String[] text(SplittableRandom random) {
    String[] l = pick(random);
    int syntax = random.nextInt(SYNTAX.length);
    boolean violation = random.nextInt(5) == 0;
    String body = l[3] + "\n\n" + l[4] + "\n" + l[5] + (violation ? "\n" + l[7] : "") + "\n\n" + l[6];
    return new String[] {l[0], l[1], fill(l[2], syntax), fill(body, syntax)};
  }

  private static String body(SplittableRandom random, boolean html) {
    String[] t = text(random);
    String body = html ? "<p>" + t[3].replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>" : t[3];
    return "---\nsubject: \"" + t[2].replace("\"", "\\\"") + "\"\nmarketplace: " + t[0] + "\nlocale: " + t[1] + "\n---\n" + body + "\n";
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String json(SplittableRandom random) {
    StringBuilder sb = new StringBuilder("{\"templates\": [\n");
    for (int k = 0; k < 3; k++) {
      String[] t = text(random);
      sb.append(k == 0 ? "" : ",\n").append("  {\"id\": \"t").append(k).append("\", \"marketplace\": \"").append(t[0])
          .append("\", \"locale\": \"").append(t[1]).append("\", \"subject\": ").append(jsonString(t[2]))
          .append(", \"body\": ").append(jsonString(t[3])).append("}");
    }
    return sb.append("\n]}\n").toString();
  }

  private static String yaml(SplittableRandom random) {
    StringBuilder sb = new StringBuilder("templates:\n");
    for (int k = 0; k < 2; k++) {
      String[] t = text(random);
      sb.append("  t").append(k).append(":\n    marketplace: ").append(t[0]).append("\n    locale: ").append(t[1])
          .append("\n    subject: ").append(jsonString(t[2])).append("\n    body: |\n");
      for (String line : t[3].split("\n", -1)) {
        sb.append(line.isEmpty() ? "" : "      " + line).append('\n');
      }
    }
    return sb.toString();
  }
}
