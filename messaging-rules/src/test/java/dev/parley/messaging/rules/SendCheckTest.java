package dev.parley.messaging.rules;

import static dev.parley.messaging.rules.SendFixtures.ORDER_ID;
import static dev.parley.messaging.rules.SendFixtures.PURCHASE;
import static dev.parley.messaging.rules.SendFixtures.checkTwice;
import static dev.parley.messaging.rules.SendFixtures.freeForm;
import static dev.parley.messaging.rules.SendFixtures.message;
import static dev.parley.messaging.rules.SendFixtures.proactive;
import static dev.parley.messaging.rules.SendFixtures.reply;
import static dev.parley.messaging.rules.SendFixtures.shippedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OptOutState;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.delivery.DeliveryOutcome;
import dev.parley.messaging.rules.order.DailyVolume;
import dev.parley.messaging.rules.order.PriorMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendCheckTest {
  private static final SendCheck CHECK = SendCheck.standard();
  private static final Message ADDRESS = freeForm("Your order 302-1234567-1234567",
      "Hello, the house number is missing from the delivery address of order 302-1234567-1234567. Could you send us the full address? Kind regards");
  private static final Message CARE_TIPS = freeForm("Your order 302-1234567-1234567",
      "Hello, here are some care tips for the pan from order 302-1234567-1234567: oil it lightly before first use. Kind regards");

  private static Instant days(long d) {
    return PURCHASE.plus(Duration.ofDays(d));
  }

  private static SendRequest.Builder request(Message m, CheckContext context) {
    return SendRequest.builder().message(m).context(context).order(shippedOrder()).at(days(5));
  }

  @Test
  void aCriticalMessageToAnOptedOutBuyerIsSent() {
    SendReport r = checkTwice(CHECK, request(ADDRESS, proactive()).buyerOptedOut(true).build());
    assertThat(r.category()).isEqualTo(Category.SHIPPING_ADDRESS);
    assertThat(r.critical()).isTrue();
    assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(r.deliverable()).contains(true);
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(r.verdict()).isEqualTo(SendVerdict.SEND);
  }

  @Test
  void aNonCriticalMessageToAnOptedOutBuyerWillNotBeDelivered() {
    SendReport r = checkTwice(CHECK, request(CARE_TIPS, proactive()).buyerOptedOut(true).build());
    assertThat(r.category()).isEqualTo(Category.PRODUCT_GUIDANCE);
    assertThat(r.critical()).isFalse();
    assertThat(r.deliverable()).contains(false);
    assertThat(r.verdict()).isEqualTo(SendVerdict.WILL_NOT_BE_DELIVERED);
  }

  @Test
  void unknownOptOutIsAWarningForNonCriticalMessages() {
    SendReport r = checkTwice(CHECK, request(CARE_TIPS, proactive()).build());
    assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.DELIVERY_UNCERTAIN);
    assertThat(r.deliverable()).isEmpty();
    assertThat(r.findings(SendCheck.DELIVERY_UNCERTAIN)).hasSize(1).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    assertThat(r.verdict()).isEqualTo(SendVerdict.SEND_WITH_WARNINGS);
    SendReport known = checkTwice(CHECK, request(CARE_TIPS, proactive()).buyerOptedOut(false).build());
    assertThat(known.verdict()).isEqualTo(SendVerdict.SEND);
  }

  @Test
  void aReplyInABuyerThreadIsDeliveredWhateverTheOptOut() {
    Message buyerQuestion = Message.builder().id("b1").author(Author.BUYER).sentAt(days(4)).body("Does the pan work on induction?").build();
    MessageThread thread = MessageThread.builder().id("t1").orderId(ORDER_ID).addMessages(buyerQuestion).build();
    Message answer = freeForm("Re: question", "Yes, it works on induction hobs.");
    SendReport r = checkTwice(CHECK, request(answer, proactive()).thread(thread).buyerOptedOut(true).at(days(60)).build());
    assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(r.contentReport().context().replyToBuyer()).isTrue();
    assertThat(r.findings("message.proactive-window")).isEmpty();
    assertThat(r.verdict()).isEqualTo(SendVerdict.SEND);
  }

  @Test
  void blockFindingsWinOverNonDelivery() {
    SendRequest req = request(message(MessageType.REVIEW_REQUEST, "", ""), proactive())
        .buyerOptedOut(true)
        .addPriorMessages(PriorMessage.of(MessageType.FREE_FORM, Category.REVIEW_REQUEST, days(8)))
        .at(days(10))
        .build();
    SendReport r = checkTwice(CHECK, req);
    assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.BLOCKED_OPT_OUT);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("review.repeat", "solicitation.once");
    assertThat(r.verdict()).isEqualTo(SendVerdict.BLOCKED);
  }

  @Test
  void tooEarlyForASolicitationReportsTheEarliestAllowedInstant() {
    SendReport early = checkTwice(CHECK, request(message(MessageType.REVIEW_REQUEST, "", ""), proactive()).buyerOptedOut(false).at(days(2)).build());
    assertThat(early.verdict()).isEqualTo(SendVerdict.BLOCKED);
    assertThat(early.blockedByTiming()).isTrue();
    assertThat(early.earliestAllowedAt()).contains(days(8)); // earliest delivery + 3 d, + 5 d
    SendReport then = checkTwice(CHECK, request(message(MessageType.REVIEW_REQUEST, "", ""), proactive()).buyerOptedOut(false).at(days(8)).build());
    assertThat(then.verdict()).isEqualTo(SendVerdict.SEND);
    assertThat(then.allowedUntil()).contains(days(36));
  }

  @Test
  void severityOverridesAndDisabledRulesApplyToTheWholeCheck() {
    SendCheck relaxed = SendCheck.of(SendPolicy.builder()
        .content(ContentSettings.builder().putSeverityOverrides(SendCheck.DELIVERY_UNCERTAIN, Severity.INFO).disabledRules(Set.of("review.repeat")).build())
        .build());
    assertThat(checkTwice(relaxed, request(CARE_TIPS, proactive()).build()).verdict()).isEqualTo(SendVerdict.SEND);
    SendReport repeat = checkTwice(relaxed, request(freeForm("", "Would you leave an honest review of order 302-1234567-1234567?"), proactive())
        .buyerOptedOut(false)
        .addPriorMessages(PriorMessage.of(MessageType.REVIEW_REQUEST, days(8)))
        .at(days(10))
        .build());
    assertThat(repeat.findings("review.repeat")).isEmpty();
    assertThat(SendCheck.of(SendPolicy.defaults())).isSameAs(CHECK);
  }

  @Test
  void importantMisuseAndDailyCapAreWarnings() {
    Message dressed = freeForm("URGENT: care tips for order 302-1234567-1234567",
        "Hello, here are some care tips for the pan from order 302-1234567-1234567: oil it lightly before first use.");
    SendReport r = checkTwice(CHECK, request(dressed, proactive()).buyerOptedOut(false).dailyVolume(DailyVolume.of(0, 600)).build());
    assertThat(r.findings()).extracting(Finding::ruleId).contains("delivery.important-misuse", "message.daily-cap");
    assertThat(r.verdict()).isEqualTo(SendVerdict.SEND_WITH_WARNINGS);
  }

  @Test
  void aPreSaleReplyNeedsNoOrder() {
    SendReport r = checkTwice(CHECK, SendRequest.of(freeForm("", "Yes, the lamp takes E27 bulbs."), reply(), days(1)));
    assertThat(r.verdict()).isEqualTo(SendVerdict.SEND);
    assertThat(r.orderReport().allowedUntil()).isEmpty();
  }

  @Test
  void theCliMapsPlainJsonValuesOntoTheRequest() {
    // {"replyToBuyer":false,"buyerOptedOut":null,"order":{...},"priorMessages":[{...}],"sentAt":"..."}
    Order order = Order.builder()
        .id(OrderId.parse("302-1234567-1234567"))
        .marketplace(Marketplace.of("UK"))
        .purchasedAt(Instant.parse("2026-03-02T10:00:00Z"))
        .status(OrderStatus.valueOf("SHIPPED"))
        .earliestDeliveryDate(Instant.parse("2026-03-05T10:00:00Z"))
        .latestDeliveryDate(Instant.parse("2026-03-08T10:00:00Z"))
        .shippedAt(Optional.of(Instant.parse("2026-03-03T10:00:00Z")))
        .deliveredAt(Optional.empty())
        .build();
    SendRequest req = SendRequest.builder()
        .message(CARE_TIPS)
        .context(CheckContext.builder().marketplace(Marketplace.of("UK")).replyToBuyer(false).build())
        .order(order)
        .buyerOptedOut(null)
        .priorMessages(List.of(PriorMessage.parse("FREE_FORM", "PRODUCT_GUIDANCE", "2026-03-04T10:00:00Z")))
        .at(Instant.parse("2026-03-06T10:00:00Z"))
        .build();
    SendReport r = checkTwice(CHECK, req);
    Map<String, Object> printed = Map.of("category", r.category().name(), "critical", r.critical(),
        "deliverable", r.deliverable().map(Object::toString).orElse("null"), "verdict", r.verdict().name());
    assertThat(printed).containsEntry("category", "PRODUCT_GUIDANCE").containsEntry("critical", false)
        .containsEntry("deliverable", "null").containsEntry("verdict", "SEND_WITH_WARNINGS");
    assertThat(req.optOut()).isEqualTo(OptOutStatus.unknown());
  }

  @Test
  void contradictoryRequestsFailWithTheFieldName() {
    MessageThread otherOrder = MessageThread.builder().id("t").orderId(OrderId.parse("111-1111111-1111111")).build();
    assertThatThrownBy(() -> request(CARE_TIPS, proactive()).thread(otherOrder).build()).hasMessageContaining("thread").hasMessageContaining("111-1111111-1111111");
    Message sellerFirst = Message.builder().id("s1").author(Author.SELLER).sentAt(days(1)).body("Hello").build();
    MessageThread sellerThread = MessageThread.builder().id("t").orderId(ORDER_ID).addMessages(sellerFirst).build();
    assertThatThrownBy(() -> request(CARE_TIPS, reply()).thread(sellerThread).build()).hasMessageContaining("context.replyToBuyer");
    Message fromBuyer = Message.builder().id("b").author(Author.BUYER).sentAt(days(1)).body("Hi").build();
    assertThatThrownBy(() -> SendRequest.of(fromBuyer, proactive(), days(1))).hasMessageContaining("message.author");
    assertThat(OptOutStatus.of(OptOutState.OPTED_OUT).isOptedOut()).isTrue();
  }
}
