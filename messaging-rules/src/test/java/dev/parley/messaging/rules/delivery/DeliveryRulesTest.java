package dev.parley.messaging.rules.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Channel;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OptOutState;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.classify.Classifier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven delivery cases: each row's inputs decide the outcome, so every row must match
 * (100 %).
 */
class DeliveryRulesTest {
  private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");
  private static final Instant BEFORE_AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant AFTER_AT = Instant.parse("2027-01-01T00:00:00Z");

  @ParameterizedTest(name = "{0} reply={1} optOut={2} channel={3} subject={4} -> {7}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // type                       | reply | opt-out    | channel        | subject                          | aiUntil | impUntil | outcome             | reason
    "REVIEW_REQUEST                | true  | OPTED_OUT  | SP_API         | -                                | -       | -        | DELIVERED           | REPLY_IN_BUYER_THREAD",
    "FREE_FORM                     | true  | UNKNOWN    | SELLER_CENTRAL | Re: your question                | -       | -        | DELIVERED           | REPLY_IN_BUYER_THREAD",
    "CONFIRM_DELIVERY_DETAILS      | false | OPTED_OUT  | SP_API         | -                                | -       | -        | DELIVERED           | CRITICAL_MESSAGE",
    "UNEXPECTED_PROBLEM            | false | UNKNOWN    | SP_API         | -                                | -       | -        | DELIVERED           | CRITICAL_MESSAGE",
    "LEGAL_DISCLOSURE              | false | OPTED_OUT  | SP_API         | -                                | -       | -        | DELIVERED           | CRITICAL_MESSAGE",
    "CONFIRM_CUSTOMIZATION_DETAILS | false | OPTED_OUT  | SP_API         | -                                | -       | -        | DELIVERED           | CRITICAL_MESSAGE",
    "CONFIRM_ORDER_DETAILS         | false | OPTED_OUT  | SP_API         | -                                | -       | -        | DELIVERED           | CRITICAL_MESSAGE",
    "REVIEW_REQUEST                | false | OPTED_OUT  | SP_API         | -                                | -       | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "REVIEW_REQUEST                | false | OPTED_IN   | SP_API         | -                                | -       | -        | DELIVERED           | BUYER_OPTED_IN",
    "REVIEW_REQUEST                | false | UNKNOWN    | SP_API         | -                                | -       | -        | DELIVERY_UNCERTAIN  | OPT_OUT_UNKNOWN",
    "INVOICE                       | false | OPTED_OUT  | SP_API         | -                                | -       | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "WARRANTY                      | false | UNKNOWN    | SP_API         | -                                | -       | -        | DELIVERY_UNCERTAIN  | OPT_OUT_UNKNOWN",
    "DIGITAL_ACCESS_KEY            | false | OPTED_IN   | SP_API         | -                                | -       | -        | DELIVERED           | BUYER_OPTED_IN",
    "CONFIRM_SERVICE_DETAILS       | false | OPTED_OUT  | SP_API         | -                                | -       | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    // legacy overrides: off by default, honoured only before their until-instant, only on their channel
    "INVOICE                       | false | OPTED_OUT  | SELLER_CENTRAL | Additional Information Required  | -       | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | SELLER_CENTRAL | additional information required  | AFTER   | -        | DELIVERED           | LEGACY_OVERRIDE",
    "INVOICE                       | false | OPTED_OUT  | SELLER_CENTRAL | Additional Information Required  | BEFORE  | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | EMAIL          | Additional Information Required  | AFTER   | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | EMAIL          | Your invoice [IMPORTANT]         | -       | AFTER    | DELIVERED           | LEGACY_OVERRIDE",
    "INVOICE                       | false | UNKNOWN    | EMAIL          | [important] invoice              | -       | AFTER    | DELIVERED           | LEGACY_OVERRIDE",
    "INVOICE                       | false | OPTED_OUT  | EMAIL          | Important: invoice               | -       | AFTER    | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | EMAIL          | [Important] invoice              | -       | BEFORE   | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | EMAIL          | [Important] invoice              | -       | -        | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
    "INVOICE                       | false | OPTED_OUT  | SELLER_CENTRAL | [Important] invoice              | -       | AFTER    | BLOCKED_OPT_OUT     | BUYER_OPTED_OUT",
  })
  void deliveryFollowsThePrecedence(MessageType type, boolean reply, OptOutState optOut, Channel channel, String subject,
      String aiUntil, String importantUntil, DeliveryOutcome outcome, DeliveryReason reason) {
    Message m = Message.builder().id("m").author(Author.SELLER).sentAt(AT).type(type).channel(channel)
        .subject(subject == null ? "" : subject).body("x").build();
    DeliveryRules rules = DeliveryRules.of(DeliverySettings.builder()
        .additionalInformationRequiredUntil(until(aiUntil))
        .importantTagUntil(until(importantUntil))
        .build());
    Classification c = Classifier.standard().classify(m);
    DeliveryDecision d = rules.decide(m, c, reply, OptOutStatus.of(optOut), AT);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.reason()).isEqualTo(reason);
    assertThat(d.explanation()).isNotBlank();
    assertThat(d.deliverable()).isEqualTo(outcome == DeliveryOutcome.DELIVERY_UNCERTAIN ? Optional.empty() : Optional.of(outcome == DeliveryOutcome.DELIVERED));
  }

  private static Optional<Instant> until(String s) {
    return s == null ? Optional.empty() : Optional.of("AFTER".equals(s) ? AFTER_AT : BEFORE_AT);
  }

  @Test
  void freeFormCriticalityComesFromTheText() {
    Message address = Message.builder().id("m").author(Author.SELLER).sentAt(AT)
        .body("The house number is missing from your delivery address; could you send the full address?").build();
    Message thanks = Message.builder().id("m").author(Author.SELLER).sentAt(AT).body("Thank you for your order, we're here to help!").build();
    OptOutStatus out = OptOutStatus.of(OptOutState.OPTED_OUT);
    assertThat(DeliveryRules.standard().decide(address, Classifier.standard().classify(address), false, out, AT).outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(DeliveryRules.standard().decide(thanks, Classifier.standard().classify(thanks), false, out, AT).outcome()).isEqualTo(DeliveryOutcome.BLOCKED_OPT_OUT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "URGENT: your invoice|URGENT",
    "[Important] Invoice for your order|Important",
    "Additional Information Required|Additional Information Required",
    "Wichtig: Ihre Rechnung|Wichtig",
    "Facture importante|importante",
    "Fattura urgente|urgente",
    "Critical: warranty card|Critical",
    "重要：請求書|重要",
  })
  void nonCriticalMessagesDressedUpAsImportantAreFlagged(String subject, String word) {
    Message m = Message.builder().id("m").author(Author.SELLER).sentAt(AT).type(MessageType.FREE_FORM).subject(subject)
        .body("Please find your invoice attached.").build();
    Classification c = Classifier.standard().classify(m);
    assertThat(c.critical()).isFalse();
    var findings = DeliveryRules.standard().importantMisuse(m, c, false);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).ruleId()).isEqualTo("delivery.important-misuse");
    assertThat(findings.get(0).field()).isEqualTo(MessageField.subject());
    assertThat(findings.get(0).excerpt()).isEqualTo(word);
    assertThat(subject.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo(word);
  }

  @Test
  void criticalMessagesRepliesAndPlainSubjectsAreNotFlagged() {
    Message critical = Message.builder().id("m").author(Author.SELLER).sentAt(AT).subject("Important: delivery address incomplete")
        .body("The house number is missing from your shipping address.").build();
    Message plain = Message.builder().id("m").author(Author.SELLER).sentAt(AT).subject("Your invoice").body("Invoice attached.").build();
    Message urgentReply = Message.builder().id("m").author(Author.SELLER).sentAt(AT).subject("Re: urgent question").body("Invoice attached.").build();
    DeliveryRules rules = DeliveryRules.standard();
    assertThat(rules.importantMisuse(critical, Classifier.standard().classify(critical), false)).isEmpty();
    assertThat(rules.importantMisuse(plain, Classifier.standard().classify(plain), false)).isEmpty();
    assertThat(rules.importantMisuse(urgentReply, Classifier.standard().classify(urgentReply), true)).isEqualTo(List.of());
  }
}
