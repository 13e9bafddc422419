package dev.parley.messaging.rules.order;

import static dev.parley.messaging.rules.SendFixtures.PURCHASE;
import static dev.parley.messaging.rules.SendFixtures.freeForm;
import static dev.parley.messaging.rules.SendFixtures.message;
import static dev.parley.messaging.rules.SendFixtures.shippedOrder;
import static dev.parley.messaging.rules.SendFixtures.unshippedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendFixtures;
import dev.parley.messaging.rules.classify.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderRulesTest {
  private static final OrderRules RULES = OrderRules.standard();
  private static final Message SOLICITATION = message(MessageType.REVIEW_REQUEST, "", "");

  private static OrderReport check(Message m, Category c, boolean reply, Order order, List<PriorMessage> prior, Instant at) {
    return RULES.check(m, c, reply, Optional.ofNullable(order), prior, Optional.empty(), at);
  }

  private static List<String> ids(OrderReport r) {
    return r.findings().stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  private static Instant days(double d) {
    return PURCHASE.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
  }

  @Test
  void solicitationWindowRunsFromEarliestDeliveryPlusFiveToLatestDeliveryPlusThirty() {
    Order o = shippedOrder(); // earliest delivery +3 d, latest +6 d
    OrderReport early = check(SOLICITATION, Category.REVIEW_REQUEST, false, o, List.of(), days(7.9));
    assertThat(ids(early)).containsExactly("solicitation.window");
    assertThat(early.blockedByTiming()).isTrue();
    assertThat(early.earliestAllowedAt()).contains(days(8));
    assertThat(early.allowedUntil()).contains(days(36));
    assertThat(ids(check(SOLICITATION, Category.REVIEW_REQUEST, false, o, List.of(), days(8)))).isEmpty();
    assertThat(ids(check(SOLICITATION, Category.REVIEW_REQUEST, false, o, List.of(), days(35.99)))).isEmpty();
    OrderReport late = check(SOLICITATION, Category.REVIEW_REQUEST, false, o, List.of(), days(36));
    assertThat(ids(late)).containsExactly("solicitation.window");
    assertThat(late.earliestAllowedAt()).isEmpty();
  }

  @Test
  void solicitationWindowFallsBackWhenDatesAreMissing() {
    Order noDates = Order.builder().id(SendFixtures.ORDER_ID).marketplace(Marketplace.DE).purchasedAt(PURCHASE)
        .status(OrderStatus.SHIPPED).shippedAt(days(2)).build();
    assertThat(RULES.solicitationOpens(noDates)).isEqualTo(days(7));
    assertThat(RULES.solicitationCloses(noDates)).isEqualTo(days(32));
    Order delivered = Order.builder().from(noDates).deliveredAt(days(4)).build();
    assertThat(RULES.solicitationOpens(delivered)).isEqualTo(days(9));
    assertThat(RULES.solicitationCloses(delivered)).isEqualTo(days(34));
    Order nothing = Order.builder().id(SendFixtures.ORDER_ID).marketplace(Marketplace.DE).purchasedAt(PURCHASE).status(OrderStatus.SHIPPED).build();
    assertThat(RULES.solicitationOpens(nothing)).isEqualTo(days(5));
    assertThat(RULES.solicitationCloses(nothing)).isEqualTo(days(30));
  }

  @Test
  void proactiveWindowIsThirtyDaysFromDeliveryElsePurchaseAndConfigurable() {
    Message m = freeForm("", "Here are some care tips for your pan.");
    assertThat(ids(check(m, Category.PRODUCT_GUIDANCE, false, shippedOrder(), List.of(), days(33.9)))).isEmpty();
    OrderReport late = check(m, Category.PRODUCT_GUIDANCE, false, shippedOrder(), List.of(), days(34));
    assertThat(ids(late)).containsExactly("message.proactive-window");
    assertThat(late.allowedUntil()).contains(days(34));
    assertThat(late.findings().get(0).explanation()).contains("delivery");
    assertThat(ids(check(m, Category.PRODUCT_GUIDANCE, false, unshippedOrder(), List.of(), days(30)))).containsExactly("message.proactive-window");
    // a reply in a buyer thread has no proactive window
    assertThat(ids(check(m, Category.PRODUCT_GUIDANCE, true, shippedOrder(), List.of(), days(90)))).isEmpty();
    OrderRules byPurchase = OrderRules.of(OrderSettings.builder().proactiveAnchor(ProactiveAnchor.PURCHASE).build());
    assertThat(byPurchase.check(m, Category.PRODUCT_GUIDANCE, false, Optional.of(shippedOrder()), List.of(), Optional.empty(), days(31)).findings())
        .extracting(Finding::ruleId).containsExactly("message.proactive-window");
    OrderRules byLatest = OrderRules.of(OrderSettings.builder().proactiveAnchor(ProactiveAnchor.DELIVERY_ELSE_LATEST_DELIVERY_DATE).build());
    Order undelivered = Order.builder().from(shippedOrder()).deliveredAt(Optional.empty()).build();
    assertThat(byLatest.anchor(undelivered)).isEqualTo(days(6));
  }

  @Test
  void oneReviewRequestPerOrderAcrossRoutes() {
    PriorMessage manual = PriorMessage.of(MessageType.FREE_FORM, Category.REVIEW_REQUEST, days(10));
    PriorMessage solicited = PriorMessage.of(MessageType.REVIEW_REQUEST, days(10));
    PriorMessage other = PriorMessage.of(MessageType.FREE_FORM, Category.PRODUCT_GUIDANCE, days(2));
    Message manualRequest = freeForm("", "Would you leave an honest review?");
    assertThat(ids(check(manualRequest, Category.REVIEW_REQUEST, false, shippedOrder(), List.of(manual), days(12)))).containsExactly("review.repeat");
    assertThat(ids(check(manualRequest, Category.REVIEW_REQUEST, false, shippedOrder(), List.of(solicited), days(12)))).containsExactly("review.repeat");
    assertThat(ids(check(manualRequest, Category.REVIEW_REQUEST, false, shippedOrder(), List.of(other), days(12)))).isEmpty();
    assertThat(ids(check(SOLICITATION, Category.REVIEW_REQUEST, false, shippedOrder(), List.of(solicited), days(12))))
        .containsExactlyInAnyOrder("review.repeat", "solicitation.once");
    assertThat(ids(check(SOLICITATION, Category.REVIEW_REQUEST, false, shippedOrder(), List.of(other), days(12)))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CONFIRM_ORDER_DETAILS|UNSHIPPED|true",
    "CONFIRM_ORDER_DETAILS|SHIPPED|false",
    "CONFIRM_CUSTOMIZATION_DETAILS|PENDING|true",
    "CONFIRM_CUSTOMIZATION_DETAILS|PARTIALLY_SHIPPED|false",
    "CONFIRM_DELIVERY_DETAILS|SHIPPED|true",
    "CONFIRM_DELIVERY_DETAILS|CANCELED|false",
    "UNEXPECTED_PROBLEM|CANCELED|true",
    "UNEXPECTED_PROBLEM|PENDING|true",
    "LEGAL_DISCLOSURE|UNFULFILLABLE|false",
    "LEGAL_DISCLOSURE|PENDING|true",
    "WARRANTY|UNSHIPPED|false",
    "WARRANTY|SHIPPED|true",
    "INVOICE|INVOICE_UNCONFIRMED|true",
    "INVOICE|CANCELED|false",
    "DIGITAL_ACCESS_KEY|PENDING|false",
    "DIGITAL_ACCESS_KEY|UNSHIPPED|true",
    "CONFIRM_SERVICE_DETAILS|SHIPPED|true",
    "CONFIRM_SERVICE_DETAILS|CANCELED|false",
    "REVIEW_REQUEST|PARTIALLY_SHIPPED|false",
    "REVIEW_REQUEST|CANCELED|false",
    "FREE_FORM|CANCELED|true",
  })
  void typeAvailabilityFollowsTheTable(MessageType type, OrderStatus status, boolean available) {
    Order o = Order.builder().id(SendFixtures.ORDER_ID).marketplace(Marketplace.DE).purchasedAt(PURCHASE).status(status).build();
    Message m = message(type, "", type.allowsText() ? "Details about your order." : "");
    OrderReport r = check(m, Category.ofType(type), false, o, List.of(), days(1));
    assertThat(ids(r).contains("message.type-unavailable")).as("%s in %s: %s", type, status, r.findings()).isEqualTo(!available);
  }

  @Test
  void typesBoundToShippingOrDeliveryCloseAtThoseInstants() {
    Order o = Order.builder().from(shippedOrder()).status(OrderStatus.UNSHIPPED).build(); // status lags: shippedAt known
    Message details = message(MessageType.CONFIRM_ORDER_DETAILS, "", "Which colour would you like?");
    assertThat(ids(check(details, Category.ORDER_DETAILS, false, o, List.of(), days(0.5)))).isEmpty();
    OrderReport after = check(details, Category.ORDER_DETAILS, false, o, List.of(), days(1));
    assertThat(ids(after)).containsExactly("message.type-unavailable");
    assertThat(after.blockedByTiming()).isTrue();
    assertThat(after.allowedUntil()).contains(days(1));
    Message delivery = message(MessageType.CONFIRM_DELIVERY_DETAILS, "", "Which day suits you for delivery?");
    assertThat(ids(check(delivery, Category.DELIVERY_SCHEDULING, false, shippedOrder(), List.of(), days(4)))).containsExactly("message.type-unavailable");
    assertThat(ids(check(delivery, Category.DELIVERY_SCHEDULING, false, shippedOrder(), List.of(), days(3)))).isEmpty();
  }

  @Test
  void customizationNeedsACustomizedItemWhenItemsAreKnown() {
    Order plain = Order.builder().from(unshippedOrder()).addItems(OrderItem.of("B08N5WRWNW", 1)).build();
    Message m = message(MessageType.CONFIRM_CUSTOMIZATION_DETAILS, "", "Please confirm the engraving text.");
    assertThat(ids(check(m, Category.PRODUCT_CUSTOMIZATION, false, plain, List.of(), days(0.5)))).containsExactly("message.type-unavailable");
    assertThat(ids(check(m, Category.PRODUCT_CUSTOMIZATION, false, unshippedOrder(), List.of(), days(0.5)))).isEmpty();
  }

  @Test
  void retiredTypesAreUnavailableAndTypesWithoutAKnownOrderAreNotJudged() {
    @SuppressWarnings("deprecation")
    Message removal = message(MessageType.NEGATIVE_FEEDBACK_REMOVAL, "", "");
    assertThat(ids(check(removal, Category.OTHER, false, shippedOrder(), List.of(), Instant.parse("2025-09-01T00:00:00Z")))).contains("message.type-unavailable");
    assertThat(ids(check(message(MessageType.WARRANTY, "", ""), Category.WARRANTY, false, null, List.of(), days(1)))).isEmpty();
    assertThat(ids(check(removal, Category.OTHER, false, null, List.of(), days(1)))).containsExactly("message.type-unavailable");
    assertThat(ids(check(freeForm("", "Yes, it fits."), Category.PRODUCT_GUIDANCE, true, null, List.of(), days(1)))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CONFIRM_CUSTOMIZATION_DETAILS|0|true",
    "CONFIRM_CUSTOMIZATION_DETAILS|800|false",
    "CONFIRM_CUSTOMIZATION_DETAILS|801|true",
    "DIGITAL_ACCESS_KEY|400|false",
    "DIGITAL_ACCESS_KEY|401|true",
    "UNEXPECTED_PROBLEM|2000|false",
    "UNEXPECTED_PROBLEM|2001|true",
    "INVOICE|0|false",
    "INVOICE|1|true",
    "REVIEW_REQUEST|5|true",
    "FREE_FORM|100000|false",
  })
  void textLengthFitsTheType(MessageType type, int length, boolean violation) {
    Message m = message(type, "", "\uD83D\uDE00".repeat(length)); // astral code points count once
    OrderReport r = check(m, Category.ofType(type), true, shippedOrder(), List.of(), days(10));
    assertThat(ids(r).contains("message.text-length")).as("%s with %d", type, length).isEqualTo(violation);
  }

  @Test
  void dailyCapIsFiveTimesAverageOrdersPlusSixHundred() {
    Message m = freeForm("", "Your invoice is attached.");
    OrderReport under = RULES.check(m, Category.INVOICE, false, Optional.of(shippedOrder()), List.of(), Optional.of(DailyVolume.of(10, 649)), days(5));
    OrderReport at = RULES.check(m, Category.INVOICE, false, Optional.of(shippedOrder()), List.of(), Optional.of(DailyVolume.of(10, 650)), days(5));
    OrderReport reply = RULES.check(m, Category.INVOICE, true, Optional.of(shippedOrder()), List.of(), Optional.of(DailyVolume.of(10, 5000)), days(5));
    assertThat(ids(under)).isEmpty();
    assertThat(ids(at)).containsExactly("message.daily-cap");
    assertThat(at.findings().get(0).explanation()).contains("651").contains("650");
    assertThat(ids(reply)).isEmpty();
    assertThat(OrderSettings.defaults().dailyCap(2.5)).isEqualTo(612);
  }

  @Test
  void malformedInputsFailWithTheFieldName() {
    assertThatThrownBy(() -> DailyVolume.of(-1, 0)).hasMessageContaining("averageDailyOrders");
    assertThatThrownBy(() -> DailyVolume.of(1, -1)).hasMessageContaining("proactiveSentToday");
    assertThatThrownBy(() -> OrderSettings.builder().proactiveWindow(Duration.ofDays(-1)).build()).hasMessageContaining("proactiveWindow");
    assertThatThrownBy(() -> PriorMessage.parse("EMAIL", null, "2026-03-02T10:00:00Z")).hasMessageContaining("type");
    assertThatThrownBy(() -> PriorMessage.parse("FREE_FORM", null, "yesterday")).hasMessageContaining("sentAt");
    assertThat(PriorMessage.parse("free_form", "review_request", "2026-03-02T10:00:00Z").isReviewRequest()).isTrue();
    assertThat(PriorMessage.parse("FREE_FORM", "", "2026-03-02T10:00:00Z").category()).isEmpty();
  }
}
