package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Messages, orders and invariant checks shared by the send-check tests. */
public final class SendFixtures {
  public static final Instant PURCHASE = Instant.parse("2026-03-02T10:00:00Z");
  public static final OrderId ORDER_ID = OrderId.parse("302-1234567-1234567");

  /** A marketplace of each of the twelve languages, as the language tables (parity, categories) read them. */
  public static final Map<String, Marketplace> MARKETPLACE_OF_LANGUAGE = Map.ofEntries(
      Map.entry("en", Marketplace.US), Map.entry("de", Marketplace.DE), Map.entry("fr", Marketplace.FR),
      Map.entry("it", Marketplace.IT), Map.entry("es", Marketplace.ES), Map.entry("nl", Marketplace.NL),
      Map.entry("pl", Marketplace.PL), Map.entry("sv", Marketplace.SE), Map.entry("pt", Marketplace.BR),
      Map.entry("tr", Marketplace.TR), Map.entry("ja", Marketplace.JP), Map.entry("ar", Marketplace.AE));

  private SendFixtures() {}

  public static Message message(MessageType type, String subject, String body) {
    return Message.builder().id("m1").author(Author.SELLER).sentAt(PURCHASE).type(type).subject(subject).body(body).build();
  }

  public static Message freeForm(String subject, String body) {
    return message(MessageType.FREE_FORM, subject, body);
  }

  /** A shipped order: earliest delivery 3 days, latest 6 days after purchase, delivered after 4 days. */
  public static Order shippedOrder() {
    return Order.builder()
        .id(ORDER_ID)
        .marketplace(Marketplace.UK)
        .purchasedAt(PURCHASE)
        .status(OrderStatus.SHIPPED)
        .earliestDeliveryDate(PURCHASE.plus(Duration.ofDays(3)))
        .latestDeliveryDate(PURCHASE.plus(Duration.ofDays(6)))
        .shippedAt(PURCHASE.plus(Duration.ofDays(1)))
        .deliveredAt(PURCHASE.plus(Duration.ofDays(4)))
        .build();
  }

  public static Order unshippedOrder() {
    return Order.builder().id(ORDER_ID).marketplace(Marketplace.UK).purchasedAt(PURCHASE).status(OrderStatus.UNSHIPPED).build();
  }

  public static CheckContext proactive() {
    return CheckContext.of(Marketplace.UK);
  }

  public static CheckContext reply() {
    return CheckContext.builder().marketplace(Marketplace.UK).replyToBuyer(true).build();
  }

  /** The invariants every check must keep: known rule ids, spans inside their field, equal reports on a second call. */
  public static SendReport checkTwice(SendCheck check, SendRequest request) {
    SendReport report = check.check(request);
    for (Finding f : report.findings()) {
      assertThat(RuleCatalog.standard().contains(f.ruleId())).as("rule id %s", f.ruleId()).isTrue();
      int length = fieldLength(request.message(), f.field());
      assertThat(f.end()).as("span of %s", f).isLessThanOrEqualTo(length);
    }
    for (var e : report.classification().evidence()) {
      assertThat(e.end()).isLessThanOrEqualTo(fieldLength(request.message(), e.field()));
    }
    assertThat(check.check(request)).isEqualTo(report);
    return report;
  }

  private static int fieldLength(Message m, MessageField field) {
    switch (field.kind()) {
      case SUBJECT:
        return m.subject().length();
      case BODY:
        return m.body().length();
      case ATTACHMENT_NAME:
        return m.attachments().get(field.attachmentIndex()).fileName().length();
      case MESSAGE:
        return 0;
      default:
        return Integer.MAX_VALUE;
    }
  }
}
