package dev.parley.messaging.rules.classify;

import static dev.parley.messaging.rules.SendFixtures.freeForm;
import static dev.parley.messaging.rules.SendFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.MessageField;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClassifierTest {
  private final Classifier classifier = Classifier.standard();

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void aDeclaredTypeDecidesWithoutReadingTheText(MessageType type) {
    Message m = message(type, "Leave us a 5-star review", "Use coupon SAVE10 on your next order");
    Classification c = classifier.classify(m);
    if (type == MessageType.FREE_FORM) {
      assertThat(c.basis()).isEqualTo(Classification.Basis.TEXT);
      return;
    }
    assertThat(c.category()).isEqualTo(Category.ofType(type));
    assertThat(c.basis()).isEqualTo(Classification.Basis.DECLARED_TYPE);
    assertThat(c.confidence()).isEqualTo(1.0);
    assertThat(c.evidence()).isEmpty();
    if (!type.isRetired()) {
      assertThat(c.critical()).as("critical flag of %s", type).isEqualTo(type.isCritical());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en|Could you confirm the engraving text 'Anna & Tom' before we start production?|PRODUCT_CUSTOMIZATION",
    "de|Bitte bestätigen Sie den Gravurtext für Ihr Schneidebrett.|PRODUCT_CUSTOMIZATION",
    "fr|Quel jour vous conviendrait pour la livraison de votre canapé ?|DELIVERY_SCHEDULING",
    "it|Il numero civico manca nell'indirizzo di consegna: può indicarcelo?|SHIPPING_ADDRESS",
    "es|Lamentablemente el artículo está agotado. ¿Acepta una alternativa?|UNEXPECTED_PROBLEM",
    "en|Attached is your invoice for order 302-1234567-1234567 including VAT.|INVOICE",
    "de|Die Rücksendung ist angekommen, die Erstattung wurde veranlasst.|RETURN",
    "fr|Vous trouverez ci-joint le certificat de garantie de 2 ans.|WARRANTY",
    "it|Ecco la sua chiave di attivazione del software.|DIGITAL_ACCESS_KEY",
    "es|El técnico pasará el martes para la instalación; ¿le va bien la cita?|SERVICE_APPOINTMENT",
    "en|We'd be grateful if you could leave an honest review of the lamp.|REVIEW_REQUEST",
    "de|Ihre Bestellung wurde heute versandt, die Sendungsnummer lautet 00340434.|ORDER_UPDATE",
    "fr|Voici quelques conseils d'entretien et le mode d'emploi de votre poêle.|PRODUCT_GUIDANCE",
    "en|Thank you so much for your order! We're here to help.|THANK_YOU",
    "it|Con il codice sconto CASA10 risparmi il 10% sul prossimo ordine!|PROMOTION",
    "nl|Wij willen de levering van uw kast inplannen: welke dag past u?|DELIVERY_SCHEDULING",
    "pl|Niestety produkt jest niedostępny. Przepraszamy.|UNEXPECTED_PROBLEM",
    "sv|Här är fakturan för din beställning.|INVOICE",
    "pt|Seu pedido foi enviado e o código de rastreio é BR123.|ORDER_UPDATE",
    "tr|Siparişinizin faturası ektedir.|INVOICE",
    "ja|ご注文の商品の返品を承りました。返金いたします。|RETURN",
  })
  void freeTextIsClassifiedInEveryLanguage(String lang, String body, Category expected) {
    Classification c = classifier.classify(freeForm("", body));
    assertThat(c.category()).as("%s: %s -> %s", lang, body, c.scores()).isEqualTo(expected);
    assertThat(c.basis()).isEqualTo(Classification.Basis.TEXT);
    assertThat(c.confidence()).isBetween(0.3, 1.0);
    assertThat(c.evidence()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.category()).isEqualTo(expected);
      assertThat(body.substring(e.start(), e.end())).isEqualTo(e.phrase());
    });
  }

  @Test
  void evidenceSpansPointIntoTheOriginalTextEvenWithAccentsAndInvisibleCharacters() {
    String body = "Ihre R\u00FCck\u200Bsendung: die Erstattung f\u00FCr Ihre Bestellung ist veranlasst.";
    Classification c = classifier.classify(freeForm("", body));
    assertThat(c.category()).isEqualTo(Category.RETURN);
    assertThat(c.evidence()).allSatisfy(e -> assertThat(body.substring(e.start(), e.end())).isEqualTo(e.phrase()));
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.phrase()).isEqualTo("Erstattung"));
  }

  @Test
  void theSubjectCountsMoreThanTheBody() {
    Classification body = classifier.classifyText("", "Your invoice is attached. Your warranty card is attached.");
    Classification subject = classifier.classifyText("Warranty card", "Your invoice is attached. Your warranty card is attached.");
    assertThat(subject.category()).isEqualTo(Category.WARRANTY);
    assertThat(subject.scores().get(Category.WARRANTY)).isGreaterThan(body.scores().get(Category.WARRANTY));
    assertThat(subject.evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo(MessageField.subject()));
  }

  @Test
  void tiesGoToTheCategoryDeclaredFirst() {
    // One strong phrase each: REVIEW_REQUEST is declared before RETURN.
    Classification c = classifier.classifyText("", "refund; leave a review");
    assertThat(c.scores().get(Category.REVIEW_REQUEST)).isEqualTo(c.scores().get(Category.RETURN));
    assertThat(c.category()).isEqualTo(Category.REVIEW_REQUEST);
    assertThat(c.confidence()).isLessThan(0.6);
  }

  @Test
  void littleEvidenceGivesOtherWithLowConfidence() {
    Classification none = classifier.classifyText("Hello", "We are a small family business from the Black Forest.");
    assertThat(none.category()).isEqualTo(Category.OTHER);
    assertThat(none.basis()).isEqualTo(Classification.Basis.TOO_LITTLE_EVIDENCE);
    assertThat(none.confidence()).isLessThanOrEqualTo(0.2);
    assertThat(none.critical()).isFalse();
    Classification weak = classifier.classifyText("", "Unfortunately it is raining.");
    assertThat(weak.category()).isEqualTo(Category.OTHER);
    assertThat(weak.confidence()).isLessThanOrEqualTo(0.2);
  }

  @Test
  void repeatingAWordDoesNotPileUpScore() {
    Classification once = classifier.classifyText("", "refund");
    Classification many = classifier.classifyText("", "refund refund refund refund refund");
    assertThat(many.scores()).isEqualTo(once.scores());
  }

  @Test
  void falsePositiveTrapsStayOut() {
    // "design" in a signature, "code" in an order reference, "address" only as a verb-like greeting word
    assertThat(classifier.classifyText("", "Kind regards, Skogsbo Design").category()).isEqualTo(Category.OTHER);
    assertThat(classifier.classifyText("", "We can ship tomorrow as planned.").category()).isNotEqualTo(Category.UNEXPECTED_PROBLEM);
  }

  @Test
  void htmlTagsAreNotReadButSpansPointIntoTheHtml() {
    String html = "<p style=\"color:red\">Your <b>refund</b> has been issued.</p>";
    Message m = Message.builder().id("h").author(Author.SELLER).sentAt(Instant.EPOCH).body(html).bodyFormat(BodyFormat.HTML).build();
    Classification c = classifier.classify(m);
    assertThat(c.category()).isEqualTo(Category.RETURN);
    assertThat(c.evidence()).allSatisfy(e -> assertThat(html.substring(e.start(), e.end())).isEqualTo(e.phrase()));
    assertThat(Classifier.blankTags(html)).hasSameSizeAs(html).doesNotContain("<", "style");
  }

  @Test
  void attachmentNamesAreEvidence() {
    Message m = Message.builder().id("a").author(Author.SELLER).sentAt(Instant.EPOCH).body("Please find the document attached.")
        .addAttachments(Attachment.of("invoice_302-1234567-1234567.pdf", 2048)).build();
    Classification c = classifier.classify(m);
    assertThat(c.category()).isEqualTo(Category.INVOICE);
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo(MessageField.attachmentName(0)));
  }

  @Test
  void invoiceAndServiceAppointmentCriticalityIsConfigurable() {
    Classifier strict = Classifier.of(ClassifierSettings.builder().invoiceCritical(true).serviceAppointmentCritical(true).build());
    assertThat(strict.classify(message(MessageType.INVOICE, "", "")).critical()).isTrue();
    assertThat(strict.classify(message(MessageType.CONFIRM_SERVICE_DETAILS, "", "x")).critical()).isTrue();
    assertThat(classifier.classify(message(MessageType.INVOICE, "", "")).critical()).isFalse();
    assertThat(Classifier.of(ClassifierSettings.defaults())).isSameAs(classifier);
  }

  @Test
  void malformedSettingsFailWithTheFieldName() {
    assertThatThrownBy(() -> ClassifierSettings.builder().subjectFactor(0).build()).hasMessageContaining("subjectFactor");
    assertThatThrownBy(() -> ClassifierSettings.builder().minimumScore(5).strongScore(2).build()).hasMessageContaining("strongScore");
    assertThatThrownBy(() -> ClassifierSettings.builder().courtesyLineFactor(2).build()).hasMessageContaining("courtesyLineFactor");
    assertThatThrownBy(() -> ClassifierSettings.builder().thanksWithContentFactor(-1).build()).hasMessageContaining("thanksWithContentFactor");
    assertThatThrownBy(() -> ClassifierSettings.builder().criticalLead(-0.5).build()).hasMessageContaining("criticalLead");
    assertThatThrownBy(() -> Category.parse("nonsense")).hasMessageContaining("category").hasMessageContaining("REVIEW_REQUEST");
    assertThat(Category.parse(" review-request ")).isEqualTo(Category.REVIEW_REQUEST);
  }

  @Test
  void aTenMegabyteMessageReadsOnlyTheBoundedPrefix() {
    String body = "please leave a review and refund the order ".repeat(240_000);
    Classification c = classifier.classifyText("", body);
    assertThat(c.category()).isEqualTo(Category.REVIEW_REQUEST);
    assertThat(c.evidence().size()).isLessThanOrEqualTo(32);
    assertThat(c.evidence()).allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(ClassifierSettings.defaults().maxCharactersPerField()));
  }

  @Test
  void greetingsAndSignOffsDoNotDecide() {
    Classification c = classifier.classifyText("", "Hello Emily,\n\nYour refund for the kettle was issued today.\n\nMany thanks,\nKitchen Team");
    assertThat(c.category()).isEqualTo(Category.RETURN);
    assertThat(c.scores()).doesNotContainKey(Category.THANK_YOU);
    // A message made only of short lines is read in full: it may be nothing but thanks.
    assertThat(classifier.classifyText("", "Hi Anna,\nThank you!\nBest,\nShop").category()).isEqualTo(Category.THANK_YOU);
    Classifier counting = Classifier.of(ClassifierSettings.builder().courtesyLineFactor(1).build());
    assertThat(counting.classifyText("", "Hello Emily,\n\nYour refund for the kettle was issued today.\n\nMany thanks,\nKitchen Team").scores())
        .containsKey(Category.THANK_YOU);
  }

  @Test
  void thanksYieldToRealContent() {
    Classification c = classifier.classifyText("", "Thank you for your order of the desk lamp. Which colour would you like, grey or blue?");
    assertThat(c.category()).isEqualTo(Category.ORDER_DETAILS);
    assertThat(c.critical()).isTrue();
    assertThat(classifier.classifyText("", "Thank you for your order, we hope you enjoy it and we are here to help.").category())
        .isEqualTo(Category.THANK_YOU);
  }

  @Test
  void counterEvidenceCancelsTheCuesItNegates() {
    assertThat(classifier.classifyText("", "Sign up to our newsletter for exclusive offers.").category()).isEqualTo(Category.PROMOTION);
    Classification none = classifier.classifyText("", "We don't have a newsletter and we never send marketing messages.");
    assertThat(none.category()).isNotEqualTo(Category.PROMOTION);
    assertThat(none.scores().getOrDefault(Category.PROMOTION, 0.0)).isZero();
    // Review-change requests are about the review, even next to a refund...
    assertThat(classifier.classifyText("", "We have refunded you. Please remove your negative review as soon as possible.").category())
        .isEqualTo(Category.REVIEW_REQUEST);
    // ...but the neutral note that feedback can be updated after a resolved problem is not a request.
    assertThat(classifier.classifyText("", "Your refund has been processed. If you feel we resolved the issue, you can update your feedback at any time.").category())
        .isEqualTo(Category.RETURN);
    // Stars that describe a product are not a rating.
    assertThat(classifier.classifyText("", "The five-star hotel quality towels should be washed at 40 degrees before first use.").category())
        .isEqualTo(Category.PRODUCT_GUIDANCE);
  }

  @Test
  void nearTiesLeanToTheNonCriticalReading() {
    // "out of stock" (UNEXPECTED_PROBLEM, critical) and "refund" (RETURN) weigh the same.
    String text = "The lamp is out of stock, so we issued a refund.";
    Classification c = classifier.classifyText("", text);
    assertThat(c.scores().get(Category.UNEXPECTED_PROBLEM)).isEqualTo(c.scores().get(Category.RETURN));
    assertThat(c.category()).isEqualTo(Category.RETURN);
    assertThat(c.critical()).isFalse();
    Classifier noLead = Classifier.of(ClassifierSettings.builder().criticalLead(0).build());
    assertThat(noLead.classifyText("", text).category()).isEqualTo(Category.RETURN);
    // Clear critical evidence still wins.
    assertThat(classifier.classifyText("", "The lamp is out of stock. Would you accept the grey one instead, or should we cancel and refund?").critical())
        .isTrue();
  }

  @Test
  void everyLexiconAlternativeIsOneWordAndEveryWeightIsValid() {
    for (Category category : Category.values()) {
      if (category == Category.OTHER) {
        continue;
      }
      for (String lang : Classifier.LANGUAGES) {
        String file = category.fileStem() + "." + lang + ".txt";
        java.util.List<String> lines = dev.parley.messaging.rules.internal.text.PhraseMatcher.readLines(Classifier.class, "/dev/parley/messaging/rules/phrases/classify/" + file);
        assertThat(lines).as(file).isNotEmpty();
        for (String line : lines) {
          if (line.isBlank() || line.strip().startsWith("#")) {
            continue;
          }
          // The matcher splits patterns at spaces first, so "(thank you|thanks)" would silently never match.
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)]*)\\)").matcher(line);
          while (m.find()) {
            assertThat(m.group(1)).as("%s: %s", file, line).doesNotContain(" ");
          }
        }
      }
    }
  }
}
