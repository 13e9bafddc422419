package dev.parley.messaging.sla;

import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up when an order was placed; the seed's vacation reading needs it to tell messages about
 * orders placed before an inactive period from new ones.
 *
 * <p>Implementations must be thread-safe and side-effect free; the factories return immutable
 * ones.
 */
@FunctionalInterface
public interface OrderDates {
  /**
   * {@return when the order was placed, or empty when unknown}
   *
   * @param orderId the order
   */
  Optional<Instant> purchasedAt(OrderId orderId);

  /** {@return a lookup that knows no order} */
  static OrderDates none() {
    return id -> Optional.empty();
  }

  /**
   * {@return a lookup over a copy of the map}
   *
   * @param purchaseInstants purchase instants by order id
   */
  static OrderDates of(Map<OrderId, Instant> purchaseInstants) {
    Map<OrderId, Instant> copy = Map.copyOf(Args.notNull("purchaseInstants", purchaseInstants));
    return id -> Optional.ofNullable(copy.get(id));
  }

  /**
   * {@return a lookup over the orders' purchase instants}
   *
   * @param orders the orders; a later duplicate id wins
   */
  static OrderDates ofOrders(Collection<Order> orders) {
    Map<OrderId, Instant> map = new HashMap<>();
    for (Order o : Args.notNull("orders", orders)) {
      map.put(o.id(), o.purchasedAt());
    }
    return of(map);
  }
}
