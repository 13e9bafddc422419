package dev.parley.messaging.core;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An Amazon order as a seller tool knows it from the SP-API Orders API: what, where and when it was
 * bought, its status and fulfilment, and the buyer's alias and language when known.
 *
 * <p>Cross-field rules are checked at construction: each latest date is not before its earliest
 * date, and shipping and delivery do not precede the purchase. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Order {
  Order() {}

  /** {@return the Amazon order id} */
  public abstract OrderId id();

  /** {@return the marketplace the order was placed in} */
  public abstract Marketplace marketplace();

  /** {@return when the order was placed ({@code PurchaseDate})} */
  public abstract Instant purchasedAt();

  /** {@return the order status} */
  public abstract OrderStatus status();

  /** {@return who fulfils the order; merchant by default} */
  @Value.Default
  public FulfillmentChannel fulfillmentChannel() {
    return FulfillmentChannel.MERCHANT;
  }

  /** {@return the start of the promised shipping window} */
  public abstract Optional<Instant> earliestShipDate();

  /** {@return the end of the promised shipping window} */
  public abstract Optional<Instant> latestShipDate();

  /** {@return the start of the promised delivery window} */
  public abstract Optional<Instant> earliestDeliveryDate();

  /** {@return the end of the promised delivery window} */
  public abstract Optional<Instant> latestDeliveryDate();

  /** {@return when the order shipped, when known} */
  public abstract Optional<Instant> shippedAt();

  /** {@return when the order was delivered, when known} */
  public abstract Optional<Instant> deliveredAt();

  /** {@return the order lines} */
  public abstract List<OrderItem> items();

  /** {@return true for an Amazon Business order} */
  @Value.Default
  public boolean businessOrder() {
    return false;
  }

  /** {@return the buyer's masked e-mail alias, when known} */
  public abstract Optional<BuyerAlias> buyerAlias();

  /** {@return the buyer's preferred locale ({@code buyer.locale}), when known} */
  public abstract Optional<Locale> buyerLocale();

  /**
   * {@return the SP-API message types Amazon offers for this order, when the caller asked Amazon}
   *
   * <p>This is Amazon's own answer ({@code getMessagingActionsForOrder}, plus {@code
   * getSolicitationActionsForOrder} for {@link MessageType#REVIEW_REQUEST}). When present it replaces
   * Parley's availability table for this order: an SP-API type is available exactly when it is in
   * the set, whatever the order's status. When empty, Parley's table decides.
   */
  public abstract Optional<Set<MessageType>> offeredMessageTypes();

  /** {@return true if any item is customised} */
  public boolean hasCustomizedItem() {
    return items().stream().anyMatch(OrderItem::customized);
  }

  /**
   * {@return the buyer's locale if known, else the marketplace's default locale}
   */
  public Locale effectiveBuyerLocale() {
    return buyerLocale().orElse(marketplace().defaultLocale());
  }

  @Value.Check
  void check() {
    notBefore("latestShipDate", latestShipDate(), "earliestShipDate", earliestShipDate());
    notBefore("latestDeliveryDate", latestDeliveryDate(), "earliestDeliveryDate", earliestDeliveryDate());
    Optional<Instant> purchase = Optional.of(purchasedAt());
    notBefore("earliestDeliveryDate", earliestDeliveryDate(), "purchasedAt", purchase);
    notBefore("latestDeliveryDate", latestDeliveryDate(), "purchasedAt", purchase);
    notBefore("shippedAt", shippedAt(), "purchasedAt", purchase);
    notBefore("deliveredAt", deliveredAt(), "purchasedAt", purchase);
    notBefore("deliveredAt", deliveredAt(), "shippedAt", shippedAt());
  }

  /** The offered types are checked and kept as an unmodifiable copy, so the caller's set may change. */
  @Value.Check
  Order normalize() {
    if (offeredMessageTypes().isEmpty()) {
      return this;
    }
    Set<MessageType> types = offeredMessageTypes().get();
    for (MessageType t : types) {
      Checks.check(t != null && t.isSpApi(), "offeredMessageTypes", t, "SP-API message types (FREE_FORM is never offered by an API)");
    }
    Set<MessageType> copy = Set.copyOf(types);
    return copy == types ? this : builder().from(this).offeredMessageTypes(copy).build();
  }

  private static void notBefore(String field, Optional<Instant> later, String otherField, Optional<Instant> earlier) {
    if (later.isPresent() && earlier.isPresent()) {
      Checks.check(
          !later.get().isBefore(earlier.get()),
          field,
          later.get(),
          "an instant not before " + otherField + " (" + earlier.get() + ")");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}; not thread-safe. */
  public static final class Builder extends ImmutableOrder.Builder {
    Builder() {}
  }
}
