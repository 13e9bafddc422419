package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the rule grammar, checked with QuickTheories and a translation table. */
class GrammarProperties {
  private static final ContentPolicy POLICY = ContentPolicy.standard();
  private static final List<String> DEV = List.of("/corpus/dev/en.jsonl", "/corpus/dev/de.jsonl");

  private static List<Corpus.Entry> dev(boolean compliant) {
    List<Corpus.Entry> out = new ArrayList<>();
    for (String r : DEV) {
      for (Corpus.Entry e : Corpus.load(r)) {
        if (e.expectedRules.isEmpty() == compliant && !e.context.replyToBuyer()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Set<String> blocks(String text, Marketplace m) {
    return POLICY.checkText(text, CheckContext.of(m)).findings().stream().filter(f -> f.severity() == Severity.BLOCK)
        .map(f -> f.ruleId()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> verdict(String text) {
    return POLICY.checkText(text, CheckContext.of(Marketplace.US)).findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + "/" + f.severity()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void insertingANeutralSentenceIntoACompliantMessageNeverCreatesABlock() {
    List<Corpus.Entry> compliant = dev(true);
    qt().withExamples(200).forAll(integers().between(0, compliant.size() - 1), Generators.neutralSentences(), integers().between(0, 50))
        .checkAssert((i, sentence, where) -> {
          String body = compliant.get(i).message.body();
          List<Integer> cuts = new ArrayList<>();
          for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) == '\n' || (body.charAt(k) == '.' && (k + 1 == body.length() || body.charAt(k + 1) == ' '))) {
              cuts.add(k + 1);
            }
          }
          int at = cuts.isEmpty() ? body.length() : cuts.get(where % cuts.size());
          String text = body.substring(0, at) + " " + sentence + " " + body.substring(at);
          assertThat(blocks(text, Marketplace.US)).as(text).isSubsetOf(blocks(body, Marketplace.US));
        });
  }

  @Test
  void caseWhitespaceAndLookAlikesNeverChangeTheVerdictOfDevelopmentMessages() {
    List<Corpus.Entry> all = new ArrayList<>(dev(true));
    all.addAll(dev(false));
    qt().withExamples(200).forAll(integers().between(0, all.size() - 1), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((i, seed) -> {
          String text = all.get(i).message.body();
          assertThat(verdict(disguise(text, seed))).as(text).isEqualTo(verdict(text));
        });
  }

  /** Flips the case of ASCII letters, widens spaces and swaps in Cyrillic look-alikes, by seed. */
  static String disguise(String text, int seed) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int k = seed;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      k = k * 1103515245 + 12345;
      int r = (k >>> 16) & 7;
      if (c == ' ' && r < 2) {
        sb.append(r == 0 ? "   " : " \t ");
      } else if (c == 'a' && r < 3) {
        sb.append('\u0430');
      } else if (c == 'e' && r < 3) {
        sb.append('\u0435');
      } else if (c == 'o' && r < 3) {
        sb.append('\u043E');
      } else if (c >= 'a' && c <= 'z' && r >= 5) {
        sb.append((char) (c - 32));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * One violating sentence per rule, its concept words translated into each language: the rule's
   * grammar definition must fire in every language that has a vocabulary. Rows for languages
   * without a vocabulary are skipped (an assumption), so the table grows with the vocabularies.
   */
  static List<Object[]> translations() {
    List<Object[]> rows = new ArrayList<>();
    Map<String, Map<String, String>> table = Map.of(
        "review.incentive", Map.ofEntries(
            Map.entry("en", "Leave a review and get a gift card."),
            Map.entry("de", "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein."),
            Map.entry("fr", "Laissez un avis et recevez une carte cadeau."),
            Map.entry("it", "Lascia una recensione e ricevi un buono regalo."),
            Map.entry("es", "Deje una reseña y reciba una tarjeta regalo."),
            Map.entry("nl", "Schrijf een review en ontvang een cadeaubon."),
            Map.entry("sv", "Skriv en recension och få ett presentkort."),
            Map.entry("pl", "Wystaw opinię i otrzymaj kartę podarunkową."),
            Map.entry("pt", "Deixe uma avaliação e ganhe um vale-presente."),
            Map.entry("tr", "Yorum yazın ve hediye çeki kazanın."),
            Map.entry("ja", "レビューを書いていただくとギフト券を差し上げます。"),
            Map.entry("ar", "اكتب تقييما واحصل على بطاقة هدية.")),
        "review.positive-only", Map.ofEntries(
            Map.entry("en", "If you are happy, please leave a review."),
            Map.entry("de", "Wenn Sie zufrieden sind, hinterlassen Sie bitte eine Bewertung."),
            Map.entry("fr", "Si vous êtes satisfait, merci de laisser un avis."),
            Map.entry("it", "Se è soddisfatto, lasci una recensione."),
            Map.entry("es", "Si está satisfecho, deje una reseña."),
            Map.entry("nl", "Als u tevreden bent, laat dan een review achter."),
            Map.entry("sv", "Om du är nöjd, lämna gärna en recension."),
            Map.entry("pl", "Jeśli jest Pan zadowolony, prosimy o wystawienie opinii."),
            Map.entry("pt", "Se estiver satisfeito, deixe uma avaliação."),
            Map.entry("tr", "Memnun kaldıysanız lütfen bir yorum bırakın."),
            Map.entry("ja", "ご満足いただけましたら、レビューをお願いします。"),
            Map.entry("ar", "إذا كنت راضيا، يرجى ترك تقييم.")),
        "review.change-request", Map.ofEntries(
            Map.entry("en", "Please change your review."),
            Map.entry("de", "Bitte ändern Sie Ihre Bewertung."),
            Map.entry("fr", "Merci de modifier votre avis."),
            Map.entry("it", "La preghiamo di modificare la sua recensione."),
            Map.entry("es", "Por favor, cambie su reseña."),
            Map.entry("nl", "Wilt u uw review aanpassen?"),
            Map.entry("sv", "Vänligen ändra din recension."),
            Map.entry("pl", "Prosimy o zmianę opinii."),
            Map.entry("pt", "Por favor, altere sua avaliação."),
            Map.entry("tr", "Lütfen yorumunuzu değiştirin."),
            Map.entry("ja", "レビューを修正していただけますでしょうか。"),
            Map.entry("ar", "يرجى تعديل تقييمك.")),
        "review.repeat", Map.ofEntries(
            Map.entry("en", "A reminder: please leave a review."),
            Map.entry("de", "Eine Erinnerung: bitte hinterlassen Sie eine Bewertung."),
            Map.entry("fr", "Petit rappel : merci de laisser un avis."),
            Map.entry("it", "Un promemoria: lasci una recensione."),
            Map.entry("es", "Un recordatorio: deje una reseña, por favor."),
            Map.entry("nl", "Een herinnering: laat u een review achter?"),
            Map.entry("sv", "En påminnelse: lämna gärna en recension."),
            Map.entry("pl", "Przypominamy: prosimy o wystawienie opinii."),
            Map.entry("pt", "Um lembrete: deixe uma avaliação, por favor."),
            Map.entry("tr", "Hatırlatma: lütfen bir yorum bırakın."),
            Map.entry("ja", "再度のお願いですが、レビューをお願いします。"),
            Map.entry("ar", "تذكير: يرجى ترك تقييم.")),
        "content.promotion", Map.ofEntries(
            Map.entry("en", "Follow us on Instagram."),
            Map.entry("de", "Folgen Sie uns auf Instagram."),
            Map.entry("fr", "Suivez-nous sur Instagram."),
            Map.entry("it", "Seguiteci su Instagram."),
            Map.entry("es", "Síganos en Instagram."),
            Map.entry("nl", "Volg ons op Instagram."),
            Map.entry("sv", "Följ oss på Instagram."),
            Map.entry("pl", "Obserwuj nas na Instagramie."),
            Map.entry("pt", "Siga-nos no Instagram."),
            Map.entry("tr", "Bizi Instagram'da takip edin."),
            Map.entry("ja", "インスタグラムでフォローしてください。"),
            Map.entry("ar", "تابعونا على انستغرام.")),
        "message.order-confirmation", Map.ofEntries(
            Map.entry("en", "Your order has been shipped."),
            Map.entry("de", "Ihre Bestellung wurde versandt."),
            Map.entry("fr", "Votre commande a été expédiée."),
            Map.entry("it", "Il suo ordine è stato spedito."),
            Map.entry("es", "Su pedido ha sido enviado."),
            Map.entry("nl", "Uw bestelling is verzonden."),
            Map.entry("sv", "Din beställning har skickats."),
            Map.entry("pl", "Twoje zamówienie zostało wysłane."),
            Map.entry("pt", "Seu pedido foi enviado."),
            Map.entry("tr", "Siparişiniz kargoya verildi."),
            Map.entry("ja", "ご注文の商品を発送いたしました。"),
            Map.entry("ar", "تم شحن طلبك.")));
    Map<String, Grammar.Definition> definitions = Map.of(
        "review.incentive", RuleGrammars.INCENTIVE, "review.positive-only", RuleGrammars.POSITIVE_ONLY,
        "review.change-request", RuleGrammars.CHANGE_REQUEST, "review.repeat", RuleGrammars.REVIEW_REMINDER,
        "content.promotion", RuleGrammars.PROMOTION, "message.order-confirmation", RuleGrammars.ORDER_CONFIRMATION);
    new TreeSet<>(table.keySet()).forEach(rule -> new TreeSet<>(table.get(rule).keySet()).forEach(lang ->
        rows.add(new Object[] {rule, lang, table.get(rule).get(lang), definitions.get(rule)})));
    return rows;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("translations")
  void aViolatingSentenceKeepsFiringInEveryLanguageWithAVocabulary(String rule, String lang, String sentence, Grammar.Definition definition) {
    assumeTrue(ConceptVocabulary.files().stream().map(LexiconFile::name).anyMatch((lang + ".txt")::equals), "no vocabulary for " + lang);
    ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
    assertThat(definition.find(index)).as("%s in %s: %s %s", rule, lang, sentence, index).isNotEmpty();
  }

  @Test
  void thankYouOnlyKeepsFiringInEveryLanguageWithAVocabulary() {
    Map<String, String> table = Map.ofEntries(
        Map.entry("en", "Thank you for your order! Let us know if you need anything."),
        Map.entry("de", "Vielen Dank für Ihre Bestellung! Bei Fragen stehen wir gerne zur Verfügung."),
        Map.entry("fr", "Merci pour votre commande ! N'hésitez pas à nous contacter si besoin."),
        Map.entry("it", "Grazie per il suo ordine! Ci contatti per qualsiasi domanda."),
        Map.entry("es", "¡Gracias por su pedido! Contáctenos si necesita algo."),
        Map.entry("nl", "Bedankt voor uw bestelling! Neem gerust contact met ons op als u vragen heeft."),
        Map.entry("sv", "Tack för din beställning! Hör av dig om du har frågor."),
        Map.entry("pl", "Dziękujemy za zamówienie! W razie pytań prosimy o kontakt."),
        Map.entry("pt", "Obrigado pelo seu pedido! Entre em contato se precisar de algo."),
        Map.entry("tr", "Siparişiniz için teşekkür ederiz! Sorularınız için bize ulaşabilirsiniz."),
        Map.entry("ja", "ご注文ありがとうございます。ご不明な点がございましたらお問い合わせください。"),
        Map.entry("ar", "شكرا لطلبك! تواصل معنا إذا احتجت أي شيء."));
    List<String> failed = new ArrayList<>();
    table.forEach((lang, sentence) -> {
      ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
      if (RuleGrammars.thanksOnly(index, 4) == null) {
        failed.add(lang + ": " + sentence + " " + index);
      }
    });
    assertThat(failed).isEmpty();
  }

  @Test
  void aDeliveryReportKeepsFiringInEveryLanguageWithAVocabulary() {
    Map<String, String> table = Map.ofEntries(
        Map.entry("en", "According to the carrier, your parcel was delivered this morning."),
        Map.entry("de", "Laut DHL wurde Ihr Paket heute zugestellt."),
        Map.entry("fr", "D'après le transporteur, votre colis a été livré ce matin."),
        Map.entry("it", "Secondo il corriere, il suo pacco è stato consegnato stamattina."),
        Map.entry("es", "Según la agencia, su paquete fue entregado esta mañana."),
        Map.entry("nl", "Volgens de koerier is uw pakket vanochtend afgeleverd."),
        Map.entry("sv", "Enligt PostNord har ditt paket levererats i morse."),
        Map.entry("pl", "Według kuriera Pani paczka została dostarczona dziś rano."),
        Map.entry("pt", "Segundo a transportadora, seu pedido foi entregue hoje de manhã."),
        Map.entry("tr", "Kargo firmasına göre siparişiniz bu sabah teslim edildi."),
        Map.entry("ja", "配送業者によると、ご注文の商品は本日お届け済みです。"),
        Map.entry("ar", "حسب شركة الشحن، تم توصيل طلبك صباح اليوم."));
    List<String> failed = new ArrayList<>();
    table.forEach((lang, sentence) -> {
      ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
      if (RuleGrammars.ORDER_CONFIRMATION.find(index).isEmpty()) {
        failed.add(lang + ": " + sentence + " " + index);
      }
    });
    assertThat(failed).isEmpty();
  }

  @Test
  void anIncentiveNamedAfterTheReviewKeepsFiringInEveryLanguageWithAVocabulary() {
    Map<String, String> table = Map.ofEntries(
        Map.entry("en", "Please write a review. As a thank you, we will send you a gift card."),
        Map.entry("de", "Bitte schreiben Sie eine Bewertung. Als Dankeschön erhalten Sie einen Gutschein."),
        Map.entry("fr", "Merci de laisser un avis. En remerciement, vous recevrez une carte cadeau."),
        Map.entry("it", "Lasci una recensione. Come ringraziamento riceverà un buono regalo."),
        Map.entry("es", "Deje una reseña. Como agradecimiento recibirá una tarjeta regalo."),
        Map.entry("nl", "Schrijf een review. Als dank ontvangt u een cadeaubon."),
        Map.entry("sv", "Skriv en recension. Som tack får du ett presentkort."),
        Map.entry("pl", "Prosimy o wystawienie opinii. W podziękowaniu otrzymasz kartę podarunkową."),
        Map.entry("pt", "Deixe uma avaliação. Como agradecimento, você ganha um vale-presente."),
        Map.entry("tr", "Lütfen bir yorum yazın. Teşekkür olarak size hediye çeki göndereceğiz."),
        Map.entry("ja", "レビューをお願いします。お礼にギフト券をプレゼントいたします。"),
        Map.entry("ar", "يرجى كتابة مراجعة. وكشكر لك سنرسل لك بطاقة هدية."));
    List<String> failed = new ArrayList<>();
    table.forEach((lang, sentence) -> {
      ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
      if (RuleGrammars.INCENTIVE.find(index).isEmpty()) {
        failed.add(lang + ": " + sentence + " " + index);
      }
    });
    assertThat(failed).isEmpty();
  }

  @Test
  void aWarmNoteThatOnlyThanksKeepsFiringInEveryLanguageWithAVocabulary() {
    Map<String, String> table = Map.ofEntries(
        Map.entry("en", "Kyle here, owner of Ironclad Grills. Thank you for your order, it means a lot to our small team. Count on us!"),
        Map.entry("de", "Hier schreibt der Inhaber von Nordlicht Kerzen. Vielen Dank für Ihre Bestellung, das bedeutet uns viel."),
        Map.entry("fr", "Je suis le fondateur de la Savonnerie. Merci pour votre commande, ça nous touche vraiment. Comptez sur nous !"),
        Map.entry("it", "Sono Nico, il titolare di Liquori del Lago. Grazie per l'ordine, per noi vale tantissimo. Noi ci siamo!"),
        Map.entry("es", "Soy Memo, el dueño de Salsas La Abuela. Gracias por tu pedido, para nosotros significa mucho. ¡Cuente con nosotros!"),
        Map.entry("nl", "Ruben hier, eigenaar van Drop en Zo. Bedankt voor je bestelling, dat betekent echt veel. Reken op ons!"),
        Map.entry("sv", "Det är ägaren av Glasbruket här. Tack för din beställning, det betyder mycket för oss. Räkna med oss!"),
        Map.entry("pl", "Z tej strony właściciel pracowni. Dziękujemy za zamówienie, to wiele dla nas znaczy."),
        Map.entry("pt", "Aqui é o dono da Mundo Pet. Obrigado pela sua compra, isso significa muito. Conte sempre com a gente!"),
        Map.entry("tr", "Siparişiniz için çok teşekkür ederiz, bizim için çok anlamlı. Her zaman buradayız."),
        Map.entry("ja", "店主の田中です。ご注文誠にありがとうございます。大変励みになります。"),
        Map.entry("ar", "شكراً لطلبك، فهذا يعني لنا الكثير. نحن دائماً في خدمتك."));
    List<String> failed = new ArrayList<>();
    table.forEach((lang, sentence) -> {
      ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
      if (RuleGrammars.thanksOnly(index, 8) == null) {
        failed.add(lang + ": " + sentence + " " + index);
      }
    });
    assertThat(failed).isEmpty();
  }
}
