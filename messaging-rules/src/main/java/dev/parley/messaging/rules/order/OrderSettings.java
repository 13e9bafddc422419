package dev.parley.messaging.rules.order;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The parameters of the {@link OrderRules}, with the defaults of RULES.md §1 and §5. Immutable and
 * thread-safe; start from {@link #defaults()} or {@link #builder()}.
 */
@Value.Immutable
public abstract class OrderSettings {
  private static final OrderSettings DEFAULTS = builder().build();

  OrderSettings() {}

  /** {@return the settings with every default} */
  public static OrderSettings defaults() {
    return DEFAULTS;
  }

  /** {@return how long after the anchor proactive messages may be sent; default 30 days (confidence medium)} */
  @Value.Default
  public Duration proactiveWindow() {
    return Duration.ofDays(30);
  }

  /** {@return where the proactive window starts; default delivery if known, else purchase} */
  @Value.Default
  public ProactiveAnchor proactiveAnchor() {
    return ProactiveAnchor.DELIVERY_ELSE_PURCHASE;
  }

  /** {@return how long after the earliest delivery date solicitations open; default 5 days (confidence high)} */
  @Value.Default
  public Duration solicitationOpensAfter() {
    return Duration.ofDays(5);
  }

  /** {@return how long after the latest delivery date solicitations close; default 30 days (confidence high)} */
  @Value.Default
  public Duration solicitationClosesAfter() {
    return Duration.ofDays(30);
  }

  /** {@return the daily cap's factor on average daily orders; default 5 (confidence medium)} */
  @Value.Default
  public double dailyCapFactor() {
    return 5.0;
  }

  /** {@return the daily cap's constant; default 600 (confidence medium)} */
  @Value.Default
  public int dailyCapBase() {
    return 600;
  }

  /**
   * {@return the daily cap for a seller with the given average daily orders: {@code floor(factor *
   * average + base)}}
   *
   * @param averageDailyOrders average orders per day
   */
  public long dailyCap(double averageDailyOrders) {
    return (long) Math.floor(dailyCapFactor() * averageDailyOrders + dailyCapBase());
  }

  @Value.Check
  void check() {
    nonNegative("proactiveWindow", proactiveWindow());
    nonNegative("solicitationOpensAfter", solicitationOpensAfter());
    nonNegative("solicitationClosesAfter", solicitationClosesAfter());
    if (!(dailyCapFactor() >= 0) || Double.isInfinite(dailyCapFactor())) {
      throw new IllegalArgumentException("dailyCapFactor is invalid: got " + dailyCapFactor() + ", expected a finite number of 0 or more");
    }
    if (dailyCapBase() < 0) {
      throw new IllegalArgumentException("dailyCapBase is invalid: got " + dailyCapBase() + ", expected 0 or more");
    }
  }

  private static void nonNegative(String field, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + " is invalid: got " + d + ", expected a duration of 0 or more");
    }
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrderSettings}; not thread-safe. */
  public static final class Builder extends ImmutableOrderSettings.Builder {
    Builder() {}
  }
}
