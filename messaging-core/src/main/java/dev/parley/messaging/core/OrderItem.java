package dev.parley.messaging.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an order: the product (ASIN), the seller's SKU, the quantity and whether the buyer
 * customised it.
 *
 * <p>Immutable and thread-safe. Build with {@link #of(String, int)} or {@link #builder()}.
 */
@Value.Immutable
public abstract class OrderItem {
  OrderItem() {}

  /** {@return the ten-character ASIN, in upper case} */
  public abstract String asin();

  /** {@return the seller's SKU, when known} */
  public abstract Optional<String> sellerSku();

  /** {@return how many units were ordered, at least 1} */
  @Value.Default
  public int quantity() {
    return 1;
  }

  /** {@return true if the buyer customised the item (Amazon Custom)} */
  @Value.Default
  public boolean customized() {
    return false;
  }

  @Value.Check
  void check() {
    String a = asin();
    boolean ok = a.length() == 10;
    for (int i = 0; ok && i < 10; i++) {
      char c = a.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    Checks.check(ok, "asin", a, "10 upper-case letters or digits, such as B08N5WRWNW");
    Checks.check(quantity() >= 1, "quantity", quantity(), "at least 1");
    sellerSku().ifPresent(s -> Checks.notBlank("sellerSku", s));
  }

  /**
   * Creates an item.
   *
   * @param asin the ASIN
   * @param quantity the quantity, at least 1
   * @return the item
   * @throws IllegalArgumentException if the ASIN or quantity is malformed
   */
  public static OrderItem of(String asin, int quantity) {
    return builder().asin(asin).quantity(quantity).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderItem}; not thread-safe. */
  public static final class Builder extends ImmutableOrderItem.Builder {
    Builder() {}
  }
}
