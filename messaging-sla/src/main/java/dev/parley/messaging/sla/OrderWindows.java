package dev.parley.messaging.sla;

import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time windows of an order (RULES.md §5): review request (solicitation), seller feedback with
 * Amazon's reminder date, returns with holiday extensions, and the EU withdrawal right.
 *
 * <p>Calendar-day arithmetic uses the marketplace's zone ({@link
 * dev.parley.messaging.core.Marketplace#zone()}), because Amazon counts days as the buyer's
 * storefront shows them. The convention is whole days: a window that "opens N days after X" opens
 * at the start of the local date {@code date(X) + N}; one that "closes N days after Y" includes the
 * whole local date {@code date(Y) + N} and closes at the start of the next day. So a window's
 * elapsed length varies by an hour across DST, and an order placed at 23:30 in Los Angeles counts
 * from that Los Angeles date, not from the UTC date.
 *
 * <p>Fallbacks for missing dates are named in each window's {@link OrderWindow#basis()}:
 *
 * <ul>
 *   <li>solicitation opens from EarliestDeliveryDate, else the delivery instant, else
 *       LatestDeliveryDate, else the shipping instant; closes from LatestDeliveryDate, else the
 *       delivery instant, else EarliestDeliveryDate, else the shipping instant; the order must be
 *       {@link OrderStatus#SHIPPED}, otherwise the window is unavailable;
 *   <li>receipt (returns, withdrawal, the feedback anchor {@link FeedbackAnchor#DELIVERY}) is the
 *       delivery instant, else LatestDeliveryDate; returns and withdrawal open at purchase and
 *       have an unknown close until one of those is known;
 *   <li>cancelled orders have no feedback, return or withdrawal window.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderWindows {
  private final OrderWindowPolicy policy;

  private OrderWindows(OrderWindowPolicy policy) {
    this.policy = policy;
  }

  /**
   * {@return the windows under a policy}
   *
   * @param policy the policy
   */
  public static OrderWindows of(OrderWindowPolicy policy) {
    return new OrderWindows(Args.notNull("policy", policy));
  }

  /** {@return the windows under the default policy} */
  public static OrderWindows defaults() {
    return new OrderWindows(OrderWindowPolicy.defaults());
  }

  /** {@return the policy} */
  public OrderWindowPolicy policy() {
    return policy;
  }

  /**
   * {@return all four windows of the order, in {@link WindowKind} order}
   *
   * @param order the order
   */
  public List<OrderWindow> all(Order order) {
    return List.of(solicitation(order), feedback(order), returns(order), withdrawal(order));
  }

  /**
   * Computes the review-request (solicitation) window, rule {@code solicitation.window}.
   *
   * @param order the order
   * @return the window
   */
  public OrderWindow solicitation(Order order) {
    Args.notNull("order", order);
    ZoneId zone = order.marketplace().zone();
    OrderWindow.Builder b = OrderWindow.builder().kind(WindowKind.SOLICITATION);
    StringBuilder basis = new StringBuilder();
    Optional<Instant> openAnchor = first(basis, "opens from ",
        "EarliestDeliveryDate", order.earliestDeliveryDate(),
        "delivery", order.deliveredAt(),
        "LatestDeliveryDate", order.latestDeliveryDate(),
        "shipping", order.shippedAt());
    basis.append("; ");
    Optional<Instant> closeAnchor = first(basis, "closes from ",
        "LatestDeliveryDate", order.latestDeliveryDate(),
        "delivery", order.deliveredAt(),
        "EarliestDeliveryDate", order.earliestDeliveryDate(),
        "shipping", order.shippedAt());
    openAnchor.ifPresent(a -> b.opensAt(startOf(localDate(a, zone).plusDays(policy.solicitationOpensAfterDays()), zone)));
    closeAnchor.ifPresent(a -> b.closesAt(endOf(localDate(a, zone).plusDays(policy.solicitationClosesAfterDays()), zone)));
    if (openAnchor.isEmpty()) {
      b.unavailableReason("no delivery or shipping date is known");
    } else if (order.status() != OrderStatus.SHIPPED) {
      b.unavailableReason("order status is " + order.status() + "; Amazon offers review requests only for SHIPPED orders");
    }
    return b.basis(basis.append(" (zone ").append(zone).append(')').toString()).build();
  }

  /**
   * Computes the window in which the buyer can leave seller feedback, rule {@code feedback.window}.
   *
   * @param order the order
   * @return the window
   */
  public OrderWindow feedback(Order order) {
    Args.notNull("order", order);
    ZoneId zone = order.marketplace().zone();
    OrderWindow.Builder b = OrderWindow.builder().kind(WindowKind.SELLER_FEEDBACK);
    StringBuilder basis = new StringBuilder();
    Instant anchor;
    if (policy.feedbackAnchor() == FeedbackAnchor.DELIVERY) {
      anchor = first(basis, "opens from ",
          "delivery", order.deliveredAt(),
          "LatestDeliveryDate", order.latestDeliveryDate(),
          "order date", Optional.of(order.purchasedAt())).orElseThrow();
    } else {
      anchor = order.purchasedAt();
      basis.append("opens from order date");
    }
    basis.append("; closes from order date (zone ").append(zone).append(')');
    Instant opens = startOf(localDate(anchor, zone).plusDays(policy.feedbackOpensAfterDays()), zone);
    b.opensAt(opens);
    Instant closes = endOf(localDate(order.purchasedAt(), zone).plusDays(policy.feedbackClosesAfterDays()), zone);
    b.closesAt(closes);
    if (order.status() == OrderStatus.CANCELED) {
      b.unavailableReason("order is cancelled");
    } else if (!closes.isAfter(opens)) {
      b.unavailableReason("the window would close before it opens");
    }
    return b.basis(basis.toString()).build();
  }

  /**
   * {@return the date on which Amazon reminds the buyer to leave feedback: min(LatestDeliveryDate +
   * 2, order date + 22) in the marketplace's zone, or the order-date rule alone when the latest
   * delivery date is unknown}
   *
   * @param order the order
   */
  public LocalDate feedbackReminderDate(Order order) {
    Args.notNull("order", order);
    ZoneId zone = order.marketplace().zone();
    LocalDate byOrder = localDate(order.purchasedAt(), zone).plusDays(policy.reminderAfterOrderDays());
    return order.latestDeliveryDate()
        .map(d -> localDate(d, zone).plusDays(policy.reminderAfterLatestDeliveryDays()))
        .filter(d -> d.isBefore(byOrder))
        .orElse(byOrder);
  }

  /**
   * Computes Amazon's return window, extended by a matching holiday season, rule {@code
   * returns.window}.
   *
   * @param order the order
   * @return the window
   */
  public OrderWindow returns(Order order) {
    Args.notNull("order", order);
    ZoneId zone = order.marketplace().zone();
    OrderWindow.Builder b = OrderWindow.builder().kind(WindowKind.RETURN).opensAt(order.purchasedAt());
    StringBuilder basis = new StringBuilder("opens at purchase; ");
    Optional<Instant> receipt = first(basis, "closes from ",
        "delivery", order.deliveredAt(), "LatestDeliveryDate", order.latestDeliveryDate());
    Optional<Instant> closes = receipt.map(r -> endOf(localDate(r, zone).plusDays(policy.returnDays()), zone));
    Instant seasonAnchor = order.purchasedAt();
    for (HolidayReturnSeason season : policy.holidaySeasons()) {
      Instant anchorInstant = season.anchor() == SeasonAnchor.SHIPPED
          ? order.shippedAt().orElse(order.purchasedAt())
          : order.purchasedAt();
      if (season.covers(order.marketplace(), localDate(anchorInstant, zone))) {
        Instant seasonClose = endOf(season.returnBy(), zone);
        if (closes.isEmpty() || seasonClose.isAfter(closes.get())) {
          closes = Optional.of(seasonClose);
          seasonAnchor = anchorInstant;
          basis.append("; holiday season ").append(season.firstDate()).append("..").append(season.lastDate())
              .append(" by ").append(season.anchor() == SeasonAnchor.SHIPPED ? "shipping" : "purchase")
              .append(" date ").append(localDate(seasonAnchor, zone))
              .append(", returnable until ").append(season.returnBy());
        }
      }
    }
    closes.ifPresent(b::closesAt);
    if (order.status() == OrderStatus.CANCELED) {
      b.unavailableReason("order is cancelled");
    }
    return b.basis(basis.append(" (zone ").append(zone).append(')').toString()).build();
  }

  /**
   * Computes the EU statutory withdrawal period (14 days from receipt, the day of receipt not
   * counted) for orders on an EU marketplace, rule {@code returns.window}.
   *
   * @param order the order
   * @return the window; unavailable outside the EU marketplaces
   */
  public OrderWindow withdrawal(Order order) {
    Args.notNull("order", order);
    ZoneId zone = order.marketplace().zone();
    OrderWindow.Builder b = OrderWindow.builder().kind(WindowKind.EU_WITHDRAWAL).opensAt(order.purchasedAt());
    StringBuilder basis = new StringBuilder("opens at purchase; ");
    Optional<Instant> receipt = first(basis, "closes from ",
        "delivery", order.deliveredAt(), "LatestDeliveryDate", order.latestDeliveryDate());
    receipt.ifPresent(r -> b.closesAt(endOf(localDate(r, zone).plusDays(policy.withdrawalDays()), zone)));
    if (!policy.withdrawalMarketplaces().contains(order.marketplace())) {
      b.unavailableReason("marketplace " + order.marketplace() + " has no EU withdrawal right in this policy");
    } else if (order.status() == OrderStatus.CANCELED) {
      b.unavailableReason("order is cancelled");
    }
    return b.basis(basis.append(" (zone ").append(zone).append(')').toString()).build();
  }

  /** Picks the first present instant of (name, value) pairs and records which in the basis. */
  @SuppressWarnings("unchecked")
  private static Optional<Instant> first(StringBuilder basis, String prefix, Object... namesAndValues) {
    basis.append(prefix);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Optional<Instant> v = (Optional<Instant>) namesAndValues[i + 1];
      if (v.isPresent()) {
        basis.append(namesAndValues[i]).append(' ').append(v.get());
        if (i > 0) {
          basis.append(" (fallback: no ").append(namesAndValues[0]).append(')');
        }
        return v;
      }
    }
    basis.append("unknown");
    return Optional.empty();
  }

  private static LocalDate localDate(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone);
  }

  private static Instant startOf(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).toInstant();
  }

  private static Instant endOf(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
