package dev.parley.messaging.sla;

import static dev.parley.messaging.sla.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderWindowsTest {
  private static final OrderWindows W = OrderWindows.defaults();

  /** Placed 23:30 on 28 Feb in Los Angeles (07:30Z on 1 Mar): days count from the local date. */
  private static Order.Builder usOrder() {
    return Order.builder()
        .id(OrderId.parse("113-1234567-1234567"))
        .marketplace(Marketplace.US)
        .purchasedAt(t("2026-03-01T07:30:00Z"))
        .status(OrderStatus.SHIPPED)
        .shippedAt(t("2026-03-02T18:00:00Z"))
        .earliestDeliveryDate(t("2026-03-05T20:00:00Z"))
        .latestDeliveryDate(t("2026-03-09T20:00:00Z"))
        .deliveredAt(t("2026-03-07T22:00:00Z"));
  }

  @Test
  void solicitationWindowUsesMarketplaceLocalDaysAcrossDst() {
    OrderWindow w = W.solicitation(usOrder().build());
    assertThat(w.ruleId()).isEqualTo("solicitation.window");
    assertThat(w.opensAt()).contains(t("2026-03-10T07:00:00Z")); // 10 Mar 00:00 PDT
    assertThat(w.closesAt()).contains(t("2026-04-09T07:00:00Z")); // end of 8 Apr PDT
    assertThat(w.status(t("2026-03-10T06:59:59Z"))).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(w.nextBoundary(t("2026-03-10T06:59:59Z"))).contains(t("2026-03-10T07:00:00Z"));
    assertThat(w.status(t("2026-03-10T07:00:00Z"))).isEqualTo(WindowStatus.OPEN);
    assertThat(w.nextBoundary(t("2026-03-20T00:00:00Z"))).contains(t("2026-04-09T07:00:00Z"));
    assertThat(w.status(t("2026-04-09T07:00:00Z"))).isEqualTo(WindowStatus.CLOSED);
    assertThat(w.nextBoundary(t("2026-04-09T07:00:00Z"))).isEmpty();
    assertThat(w.basis()).contains("EarliestDeliveryDate", "LatestDeliveryDate", "America/Los_Angeles");
  }

  @Test
  void solicitationNeedsShippedStatusAndFallsBackOnMissingDates() {
    OrderWindow unshipped = W.solicitation(usOrder().status(OrderStatus.UNSHIPPED).build());
    assertThat(unshipped.status(t("2026-03-20T00:00:00Z"))).isEqualTo(WindowStatus.UNAVAILABLE);
    assertThat(unshipped.unavailableReason().orElseThrow()).contains("UNSHIPPED");
    assertThat(unshipped.nextBoundary(t("2026-03-20T00:00:00Z"))).isEmpty();

    Order noPromise = Order.builder().id(OrderId.parse("113-1234567-1234567")).marketplace(Marketplace.US)
        .purchasedAt(t("2026-03-01T07:30:00Z")).status(OrderStatus.SHIPPED).deliveredAt(t("2026-03-07T22:00:00Z")).build();
    OrderWindow fb = W.solicitation(noPromise);
    assertThat(fb.opensAt()).contains(t("2026-03-12T07:00:00Z"));
    assertThat(fb.closesAt()).contains(t("2026-04-07T07:00:00Z"));
    assertThat(fb.basis()).contains("fallback: no EarliestDeliveryDate", "fallback: no LatestDeliveryDate");

    Order nothing = Order.builder().id(OrderId.parse("113-1234567-1234567")).marketplace(Marketplace.US)
        .purchasedAt(t("2026-03-01T07:30:00Z")).status(OrderStatus.SHIPPED).build();
    assertThat(W.solicitation(nothing).status(t("2026-04-01T00:00:00Z"))).isEqualTo(WindowStatus.UNAVAILABLE);
  }

  @Test
  void feedbackWindowReminderAndAnchorParameter() {
    Order o = usOrder().build();
    OrderWindow w = W.feedback(o);
    assertThat(w.opensAt()).contains(t("2026-03-03T08:00:00Z")); // 3 Mar 00:00 PST
    assertThat(w.closesAt()).contains(t("2026-05-30T07:00:00Z")); // end of 29 May PDT
    assertThat(W.feedbackReminderDate(o)).isEqualTo(LocalDate.of(2026, 3, 11));
    Order slow = usOrder().latestDeliveryDate(t("2026-03-30T20:00:00Z")).build();
    assertThat(W.feedbackReminderDate(slow)).isEqualTo(LocalDate.of(2026, 3, 22));
    OrderWindows byDelivery = OrderWindows.of(OrderWindowPolicy.builder().feedbackAnchor(FeedbackAnchor.DELIVERY).build());
    assertThat(byDelivery.feedback(o).opensAt()).contains(t("2026-03-10T07:00:00Z")); // 7 Mar + 3
    assertThat(W.feedback(usOrder().status(OrderStatus.CANCELED).build()).status(t("2026-04-01T00:00:00Z")))
        .isEqualTo(WindowStatus.UNAVAILABLE);
  }

  @Test
  void returnWindowThirtyDaysFromReceiptAndUsHolidaySeason() {
    OrderWindow w = W.returns(usOrder().build());
    assertThat(w.ruleId()).isEqualTo("returns.window");
    assertThat(w.closesAt()).contains(t("2026-04-07T07:00:00Z")); // end of 6 Apr PDT
    Order season = usOrder().purchasedAt(t("2025-11-18T18:00:00Z")).shippedAt(t("2025-11-20T18:00:00Z"))
        .earliestDeliveryDate(t("2025-11-22T18:00:00Z")).latestDeliveryDate(t("2025-11-25T18:00:00Z"))
        .deliveredAt(t("2025-11-23T20:00:00Z")).build();
    OrderWindow s = W.returns(season);
    assertThat(s.closesAt()).contains(t("2026-02-01T08:00:00Z")); // end of 31 Jan 2026 PST
    assertThat(s.basis()).contains("holiday season", "2026-01-31");
    OrderWindow undelivered = W.returns(Order.builder().id(OrderId.parse("113-1234567-1234567"))
        .marketplace(Marketplace.US).purchasedAt(t("2026-03-01T07:30:00Z")).status(OrderStatus.UNSHIPPED)
        .latestDeliveryDate(t("2026-03-09T20:00:00Z")).build());
    assertThat(undelivered.closesAt()).contains(t("2026-04-09T07:00:00Z")); // LatestDeliveryDate fallback
  }

  @Test
  void euSeasonAndWithdrawalRightInBerlinTime() {
    Order de = Order.builder().id(OrderId.parse("302-1234567-1234567")).marketplace(Marketplace.DE)
        .purchasedAt(t("2024-12-20T10:00:00Z")).status(OrderStatus.SHIPPED).deliveredAt(t("2024-12-23T10:00:00Z")).build();
    assertThat(W.returns(de).closesAt()).contains(t("2025-01-31T23:00:00Z"));
    OrderWindow wd = W.withdrawal(de);
    assertThat(wd.closesAt()).contains(t("2025-01-06T23:00:00Z"));
    assertThat(wd.status(t("2025-01-06T22:59:59Z"))).isEqualTo(WindowStatus.OPEN);
    assertThat(wd.status(t("2025-01-06T23:00:00Z"))).isEqualTo(WindowStatus.CLOSED);
    Order after = Order.builder().from(de).purchasedAt(t("2024-12-26T10:00:00Z")).deliveredAt(t("2024-12-28T10:00:00Z")).build();
    assertThat(W.returns(after).closesAt()).contains(t("2025-01-27T23:00:00Z"));
    assertThat(W.withdrawal(usOrder().build()).status(t("2026-03-08T00:00:00Z"))).isEqualTo(WindowStatus.UNAVAILABLE);
    Order uk = Order.builder().from(de).marketplace(Marketplace.UK).build();
    assertThat(W.withdrawal(uk).unavailableReason().orElseThrow()).contains("UK");
    assertThat(W.all(de)).extracting(OrderWindow::kind).containsExactly(WindowKind.values());
  }

  @Test
  void policyValidationNamesTheField() {
    assertThatThrownBy(() -> OrderWindowPolicy.builder().returnDays(-1).build()).hasMessageContaining("returnDays");
    assertThatThrownBy(() -> HolidayReturnSeason.builder().addMarketplaces(Marketplace.US).anchor(SeasonAnchor.SHIPPED)
        .firstDate(LocalDate.of(2026, 11, 1)).lastDate(LocalDate.of(2026, 12, 31)).returnBy(LocalDate.of(2026, 12, 1)).build())
        .hasMessageContaining("returnBy");
    assertThat(OrderWindowPolicy.defaults().holidaySeasons()).hasSize(4);
  }
}
