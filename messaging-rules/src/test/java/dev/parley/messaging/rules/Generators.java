package dev.parley.messaging.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the property tests of messaging-rules, kept in one place. Message text needs
 * characters that QuickTheories' string generator never yields on purpose: emoji, zero-width and
 * bidi characters, look-alike letters, fullwidth forms, unpaired surrogates.
 */
public final class Generators {
  private static final int[] TRICKY = {
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202E, 0x2066, 0x061C, // invisible and bidi
    0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x03BF, 0x03B1, // Cyrillic and Greek look-alikes
    0xFF41, 0xFF10, 0xFF0E, 0x3002, 0x2024, 0xFF20, // fullwidth and alternative dots
    0x1F600, 0x1F44D, 0x2B50, 0x2764, 0xFE0F, 0x1F1E9, // emoji and a variation selector
    0x00E9, 0x00FC, 0x00DF, 0x0142, 0x0131, 0x0130, 0x3042, 0x30AC, 0x4E2D, // accents, Turkish, Japanese
    0x0627, 0x0623, 0x0629, 0x0649, 0x064E, 0x0651, 0x0640, 0x0661, 0x06F5, 0x200F, 0xFEFB, // Arabic letters, marks, digits, RLM
    '.', '@', '-', '/', ':', ' ', '\n', '\t', '(', ')', '[', ']', '0', '7', '+',
  };

  private Generators() {}

  /**
   * {@return texts joined from 1 to {@code maxPieces} pieces drawn from {@code pieces}}: the
   * building blocks a property chooses (masks beside words, disguises, marks) in any order
   */
  public static Gen<String> joined(String[] pieces, int maxPieces) {
    Gen<String> piece = integers().between(0, pieces.length - 1).map(i -> pieces[i]);
    return lists().of(piece).ofSizeBetween(1, maxPieces).map(ps -> String.join("", ps));
  }

  /** Any code point, with the tricky ones and ASCII over-represented; includes lone surrogates. */
  public static Gen<Integer> codePoints() {
    Gen<Integer> ascii = integers().between(0x20, 0x7E);
    Gen<Integer> tricky = integers().between(0, TRICKY.length - 1).map(i -> TRICKY[i]);
    Gen<Integer> any = integers().between(0, Character.MAX_CODE_POINT);
    Gen<Integer> surrogate = integers().between(0xD800, 0xDFFF);
    return Generate.frequency(List.of(
        Pair.of(12, ascii),
        Pair.of(8, tricky),
        Pair.of(2, any),
        Pair.of(1, surrogate)));
  }

  /** Strings of up to {@code maxLength} code points drawn from {@link #codePoints()}. */
  public static Gen<String> text(int maxLength) {
    return lists().of(codePoints()).ofSizeBetween(0, maxLength).map(cps -> {
      StringBuilder sb = new StringBuilder();
      for (int cp : cps) {
        sb.appendCodePoint(cp);
      }
      return sb.toString();
    });
  }

  /** Realistic sentence fragments mixed with tricky text, to exercise the rules' positive paths too. */
  public static Gen<String> messageText() {
    Gen<String> fragment = integers().between(0, FRAGMENTS.length - 1).map(i -> FRAGMENTS[i]);
    Gen<String> mixed = Generate.frequency(List.of(
        Pair.of(3, fragment),
        Pair.of(1, text(12))));
    return lists().of(mixed).ofSizeBetween(0, 12).map(parts -> String.join(" ", parts));
  }

  // Send-check generators: message types, opt-out states and shipped orders with random delivery windows.

  /** Every message type, retired ones included. */
  public static Gen<dev.parley.messaging.core.MessageType> messageTypes() {
    return org.quicktheories.generators.SourceDSL.arbitrary().enumValues(dev.parley.messaging.core.MessageType.class);
  }

  /** Every opt-out state. */
  public static Gen<dev.parley.messaging.core.OptOutState> optOutStates() {
    return org.quicktheories.generators.SourceDSL.arbitrary().enumValues(dev.parley.messaging.core.OptOutState.class);
  }

  /**
   * Shipped orders bought at a random instant in 2020-2030, with an earliest delivery date 0-20
   * days and a latest 0-20 days after that; delivered or not.
   */
  public static Gen<dev.parley.messaging.core.Order> shippedOrders() {
    Gen<Long> purchase = org.quicktheories.generators.SourceDSL.longs().between(1_577_836_800L, 1_893_456_000L);
    Gen<Integer> minutes = integers().between(0, 20 * 24 * 60);
    return purchase.zip(minutes, minutes, org.quicktheories.generators.SourceDSL.booleans().all(), (p, e, l, delivered) -> {
      java.time.Instant bought = java.time.Instant.ofEpochSecond(p);
      java.time.Instant earliest = bought.plus(java.time.Duration.ofMinutes(e));
      java.time.Instant latest = earliest.plus(java.time.Duration.ofMinutes(l));
      dev.parley.messaging.core.Order.Builder b = dev.parley.messaging.core.Order.builder()
          .id(dev.parley.messaging.core.OrderId.parse("302-1234567-1234567"))
          .marketplace(dev.parley.messaging.core.Marketplace.DE)
          .purchasedAt(bought)
          .status(dev.parley.messaging.core.OrderStatus.SHIPPED)
          .earliestDeliveryDate(earliest)
          .latestDeliveryDate(latest)
          .shippedAt(bought);
      if (delivered) {
        b.deliveredAt(earliest);
      }
      return b.build();
    });
  }

  /**
   * Sentences a seller writes, with and without contact details in every disguise the contact
   * rules know, and the traps they must not flag; joined into messages of up to eight sentences.
   */
  public static Gen<String> contactText() {
    Gen<String> sentence = integers().between(0, CONTACT_FRAGMENTS.length - 1).map(i -> CONTACT_FRAGMENTS[i]);
    return lists().of(sentence).ofSizeBetween(1, 8).map(parts -> String.join(" ", parts));
  }

  private static final String[] CONTACT_FRAGMENTS = {
    "Hello Anna,", "Thanks for your order 305-8273641-9182736.", "The manual.pdf is attached.", "See e.g. page 4.",
    "Visit www.shop-example.de/help for more.", "Write to info@laden.de please.", "Call us on +49 30 1234567.",
    "Ruf an: 0176 1234 5678.", "Mail info [at] shop [dot] de.", "Go to mystore dot com.", "Try w w w . s h o p . c o m now.",
    "Tracking: 1Z999AA10123456784.", "Price 19.99 EUR.", "See you at 6.30.", "ASIN B08N5WRWNW.", "Version 2.3.1 is out.",
    "Size 30x20x10 cm.", "Delivered 12.03.2025.", "Reply STOP to unsubscribe.", "Thanks.See you!", "Amazon.de has it.",
    "Call the DHL hotline on 0228 4333112.", "hxxps://bit.ly/3xYz", "Shop(.)com/parts", "Appelez le 06 12 34 56 78.",
    "Kind regards, Tom", "Order 112-4839201-5563920 ships Monday.", "IBAN DE89 3704 0044 0532 0130 00.",
  };

  private static final String[] FRAGMENTS = {
    "Hello,", "your order 302-1234567-1234567", "visit shop.com", "call +49 30 1234567", "mail me at info@shop.de",
    "the manual.pdf is attached", "Tracking: 1Z999AA10123456784", "price 19.99 EUR", "e.g. the blue one",
    "leave a 5-star review", "free gift for a review", "Danke für Ihre Bestellung", "www . shop . de",
    "info [at] shop [dot] de", "Merci beaucoup", "see you at 6.30", "ASIN B08N5WRWNW", "v2.3.1", "30x20x10 cm",
  };

  // Attachments and HTML: HTML made of realistic tags, attributes, entities and text;
  // file bytes that start like real formats; real files with damage.

  private static final String[] HTML_PARTS = {
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</b>", "<center>", "</center>", "<h1>", "</h1>", "<h3>", "</h3>",
    "<a href=\"https://shop.example.com/x\">", "<a href=\"https://www.amazon.com/x\">", "<a href='mailto:a@b.example'>", "</a>",
    "<img src=\"https://m.media-amazon.com/a.png\" width=\"1\" height=\"1\">", "<img src=\"http://x.example/a.gif\" width=\"90%\">",
    "<img src=cid:logo alt=\"logo &amp; co\">", "<p style=\"margin:0 30%;color:red;font-size:13px\">", "<p style=\"text-align:center\">",
    "<font face=\"Arial\" size=\"5\">", "</font>", "<table width=\"600\"><tr><td>", "</td></tr></table>", "<p>&nbsp;</p>",
    "<style>p{font-family:x;margin:0 40%}.a{background:url(https://t.example/b.png)}</style>", "<!-- c -->", "<script>x<y</script>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://r.example\">", "&amp;", "&#x2E;", "&nbsp;", "&bogus;", "<", ">", "\"", "'", "=",
    "<a href=\"https://www.amazon.com\">click here</a>", "<span style=\"display:none\"><img src=\"https://m.media-amazon.com/p.png\"></span>",
    "<div align=\"right\">", "<p style=\"width:300px\"><img src=\"https://m.media-amazon.com/p.png\" width=\"290\"></p>", "<textarea>t</textarea>",
  };

  /** HTML documents: realistic parts, message text and tricky code points, in any order. */
  public static Gen<String> html() {
    Gen<String> part = integers().between(0, HTML_PARTS.length - 1).map(i -> HTML_PARTS[i]);
    Gen<String> mixed = Generate.frequency(List.of(Pair.of(6, part), Pair.of(2, messageText()), Pair.of(1, text(6))));
    return lists().of(mixed).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private static final byte[][] MAGIC = {
    {}, {'P', 'K', 3, 4}, {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
    {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8', '9', 'a'}, {'B', 'M'},
    {'I', 'I', 42, 0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {'M', 'Z'}, {'R', 'I', 'F', 'F'}, {'<', 'h', 't', 'm', 'l'},
  };

  /** Random file contents that start with the magic bytes of a real format (or nothing). */
  public static Gen<byte[]> fileBytes(int maxLength) {
    Gen<Integer> magic = integers().between(0, MAGIC.length - 1);
    Gen<List<Integer>> body = lists().of(integers().between(0, 255)).ofSizeBetween(0, maxLength);
    return magic.zip(body, (m, b) -> {
      byte[] out = new byte[MAGIC[m].length + b.size()];
      System.arraycopy(MAGIC[m], 0, out, 0, MAGIC[m].length);
      for (int i = 0; i < b.size(); i++) {
        out[MAGIC[m].length + i] = (byte) (int) b.get(i);
      }
      return out;
    });
  }

  /** Real files with damage: cut short and with up to 8 bytes overwritten. */
  public static Gen<byte[]> damaged(List<byte[]> originals) {
    Gen<Integer> which = integers().between(0, originals.size() - 1);
    Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 9);
    return which.zip(edits, (w, e) -> {
      byte[] o = originals.get(w);
      int cut = o.length == 0 ? 0 : e.get(0) % (o.length + 1);
      byte[] out = java.util.Arrays.copyOf(o, e.get(0) % 3 == 0 ? cut : o.length);
      for (int i = 1; i < e.size() && out.length > 0; i++) {
        out[e.get(i) % out.length] = (byte) e.get(i).intValue();
      }
      return out;
    });
  }

  // Wording: compliant messages and sentences in several languages (the wording property tests).

  /** Messages that break no wording rule (proactive, with an order id, each in its language). */
  public static Gen<String> compliantMessages() {
    return integers().between(0, COMPLIANT_MESSAGES.length - 1).map(i -> COMPLIANT_MESSAGES[i]);
  }

  /** Sentences that break no wording rule on their own, in several languages. */
  public static Gen<String> compliantSentences() {
    return integers().between(0, COMPLIANT_SENTENCES.length - 1).map(i -> COMPLIANT_SENTENCES[i]);
  }

  private static final String[] COMPLIANT_MESSAGES = {
    "Hello Anna,\n\nYour cushion cover for order 305-8273641-9182736 is ready to be sewn. Which colour would you like, sand or moss?\n\nKind regards,\nLinen Loft",
    "Dear customer,\n\nThe courier returned the parcel for order 402-1234567-7654321 because the house number was missing. Could you send us the full address?\n\nBest regards,\nOak & Iron",
    "Guten Tag,\n\nfür Bestellung 305-8273641-9182736 benötigen wir noch die gewünschte Gravur. Welcher Name soll auf das Brett?\n\nFreundliche Grüße\nHolzkiste",
    "Bonjour,\n\nVotre lampe (commande 171-7654321-1234567) est prête. Quel jour vous convient pour la livraison à domicile ?\n\nCordialement,\nAtelier Lin",
    "Buongiorno,\n\nper l'ordine 305-8273641-9182736 ci serve la misura del polso per il bracciale. Può indicarcela?\n\nCordiali saluti,\nBottega Rame",
    "Hola:\n\nPara el pedido 305-8273641-9182736 necesitamos saber la talla de la camiseta personalizada. ¿Nos la indica?\n\nUn saludo,\nTaller Sur",
    "Hello,\n\nAttached is the invoice for order 305-8273641-9182736, as requested for your company.\n\nBest,\nBright Desk",
  };

  private static final String[] COMPLIANT_SENTENCES = {
    "The blade is very sharp, so please store it with the guard on.",
    "We would appreciate an honest review, whatever your experience.",
    "Error code E4 means the water tank is not seated.",
    "The replacement part will ship free of charge tomorrow.",
    "Please remove the protective film before first use.",
    "Bitte entfernen Sie die Schutzfolie vor dem ersten Gebrauch.",
    "Über eine ehrliche Bewertung freuen wir uns, ob positiv oder negativ.",
    "Le moteur ne doit jamais être plongé dans l'eau.",
    "La garanzia copre il motore per due anni.",
    "El manual está en la página del producto en Amazon.",
    "The five-star hotel towels should be washed before first use.",
    "If you have questions about the assembly, the manual shows every step.",
  };

  // Phones by meaning: labels in the twelve languages, numbers of many countries in any grouping.

  /** Call and message labels; {@code #} is where the number goes. */
  private static final String[] PHONE_LABELS = {
    "Call me on # tonight.", "My number is #.", "WhatsApp: #", "# is my mobile.", "Text me at #.", "You can reach me on Telegram #.",
    "Ruf mich an unter #.", "Meine Handynummer: #", "# ist meine Nummer.", "Schreib mir per WhatsApp: #",
    "Appelez-moi au #.", "Mon numéro : #", "# c'est mon portable.",
    "Chiamami al #.", "Il mio numero è #", "Scrivimi su WhatsApp #",
    "Llámame al #.", "Mi número es #", "Escríbeme por WhatsApp al #",
    "Bel me op #.", "Mijn nummer is #", "Mijn mobiel: #",
    "Zadzwoń do mnie: #.", "Mój numer to #", "Komórka: #",
    "Ring mig på #.", "Mitt nummer är #", "Mobil: #",
    "Me liga no #.", "Meu número é #", "Chama no zap #",
    "Beni # numarasından arayın.", "Numaram #", "Cep telefonum: #",
    "携帯：#", "お電話は#までお願いします。", "LINE #",
    "اتصل بي على #", "رقمي #", "واتساب #",
    "Viber: #", "Add me on Signal #", "Telegram #",
  };

  /** Country code and national significant number; a trunk 0 goes before it where the country writes one. */
  private static final String[][] NUMBERS = {
    {"49", "17612345678", "0"}, {"44", "7700900123", "0"}, {"33", "612345678", "0"}, {"39", "3123456789", ""},
    {"34", "612345678", ""}, {"31", "612345678", "0"}, {"48", "512345678", ""}, {"46", "701234567", "0"},
    {"55", "11912345678", "0"}, {"90", "5321234567", "0"}, {"81", "9012345678", "0"}, {"966", "501234567", "0"},
    {"20", "1001234567", "0"}, {"971", "501234567", "0"}, {"1", "2125550123", ""},
  };

  /** A phone number as people write it: one of {@link #NUMBERS} with a {@code +}, {@code 00} or trunk prefix, in groups of 2 to 4 digits. */
  public static Gen<String> phoneNumbers() {
    return integers().between(0, NUMBERS.length - 1).zip(integers().between(0, 2), integers().between(0, 4),
        integers().between(0, Integer.MAX_VALUE), (n, prefix, sep, seed) -> {
          String[] row = NUMBERS[n];
          String head = prefix == 0 ? "+" + row[0] + " " : prefix == 1 ? "00" + row[0] + " " : row[2];
          String separator = new String[] {" ", "-", ".", "", " "}[sep];
          StringBuilder sb = new StringBuilder(head);
          String digits = row[1];
          java.util.Random r = new java.util.Random(seed);
          int i = 0;
          while (i < digits.length()) {
            int len = Math.min(digits.length() - i, 2 + r.nextInt(3));
            if (i > 0) {
              sb.append(separator);
            }
            sb.append(digits, i, i + len);
            i += len;
          }
          return sb.toString();
        });
  }

  /** A labelled phone number: a call or message label in one of the twelve languages with a number of any country. */
  public static Gen<String> labelledPhones() {
    return integers().between(0, PHONE_LABELS.length - 1).zip(phoneNumbers(), (l, number) -> PHONE_LABELS[l].replace("#", number));
  }

  /** Carriers, freight agencies and manufacturers giving their number; {@code #} is where it goes. */
  private static final String[] CARRIER_LABELS = {
    "DHL unter #.", "Please call UPS on #.", "FedEx customer service: #", "Hermes erreichen Sie unter #.", "The courier is reachable at #.",
    "Contactez Colissimo au #.", "Le transporteur Chronopost au #.", "Il corriere BRT risponde al #.", "Poste Italiane al #.",
    "Correos al #.", "La agencia de transporte SEUR: #", "PostNL via #.", "De vervoerder is bereikbaar op #.",
    "InPost pod numerem #.", "Przewoźnik: #", "PostNord på #.", "Transportören nås på #.",
    "A transportadora atende no #.", "Aras Kargo çağrı merkezi #.", "Yurtiçi müşteri hizmetleri #.",
    "ヤマト運輸 #", "佐川急便のお問い合わせ電話 #", "日本郵便 #", "أرامكس على #", "شركة الشحن سمسا #", "مركز الصيانة #",
    "The manufacturer's warranty hotline is #.", "Bosch Kundendienst: #", "Samsung warranty service #", "Der Hersteller ist unter # erreichbar.",
    "Le fabricant au #.", "Il produttore al #.", "El servicio técnico del fabricante: #.",
  };

  /** A number that a carrier, freight agency or manufacturer introduces, in one of the twelve languages. */
  public static Gen<String> carrierNumbers() {
    return integers().between(0, CARRIER_LABELS.length - 1).zip(phoneNumbers(), (l, number) -> CARRIER_LABELS[l].replace("#", number));
  }

  // Arabic text: letters, their variants, harakat, tatweel, digits, bidi marks.

  private static final int[] ARABIC = {
    0x0627, 0x0628, 0x062A, 0x062D, 0x062F, 0x0631, 0x0633, 0x0639, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
    0x0648, 0x064A, 0x0622, 0x0623, 0x0625, 0x0671, 0x0649, 0x0629, 0x0624, 0x0626, 0x06CC, 0x06A9, 0xFEFB, 0xFE8E,
    0x0660, 0x0663, 0x0669, 0x06F4, 0x06F9, 0x060C, 0x061F, 0x066B,
  };
  private static final int[] ARABIC_MARKS = {0x064B, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0670, 0x0640, 0x200F, 0x200E, 0x061C, 0x2067, 0x2069};

  /** Arabic words: letters and their variant forms, each maybe followed by harakat, tatweel or bidi marks, separated by spaces. */
  public static Gen<String> arabicText() {
    Gen<String> letter = integers().between(0, ARABIC.length - 1).zip(integers().between(0, ARABIC_MARKS.length + 2),
        (l, m) -> new String(Character.toChars(ARABIC[l])) + (m < ARABIC_MARKS.length ? new String(Character.toChars(ARABIC_MARKS[m])) : ""));
    Gen<String> word = lists().of(letter).ofSizeBetween(1, 6).map(ls -> String.join("", ls));
    return lists().of(word).ofSizeBetween(1, 10).map(ws -> String.join(" ", ws));
  }

  // Rule grammar: neutral sentences that touch concepts without saying anything a rule forbids.

  /**
   * Sentences that break no rule and hold numbers and concept words a careless grammar could
   * misread: order ids, tracking and parcel numbers, prices, dates, product facts, in English and
   * German.
   */
  public static Gen<String> neutralSentences() {
    return integers().between(0, NEUTRAL_SENTENCES.length - 1).map(i -> NEUTRAL_SENTENCES[i]);
  }

  private static final String[] NEUTRAL_SENTENCES = {
    "The lid is dishwasher safe up to 60 degrees.",
    "Order 302-4418290-7719034 contains two items.",
    "The price of 19.99 includes the stand.",
    "The cable is 1.5 m long and rated for 10 A.",
    "The battery lasts about 12 hours on a full charge.",
    "The box measures 30 x 20 x 10 cm.",
    "Der Deckel ist bis 60 Grad spülmaschinenfest.",
    "Das Kabel ist 1,5 m lang.",
    "Bestellung 305-8273641-9182736 enthält zwei Artikel.",
    "Der Preis von 24,99 Euro enthält den Ständer.",
    "The fabric is 100 percent cotton.",
    "Die Garantie gilt zwei Jahre ab Kaufdatum.",
  };
}
