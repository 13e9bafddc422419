package dev.parley.messaging.rules.order;

import org.immutables.value.Value;

/**
 * The seller's counts for the daily cap on proactive messages: the average number of orders per
 * day and how many proactive messages were already sent today.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DailyVolume {
  DailyVolume() {}

  /** {@return the average number of orders per day, 0 or more} */
  public abstract double averageDailyOrders();

  /** {@return how many proactive messages were already sent today, 0 or more} */
  public abstract int proactiveSentToday();

  @Value.Check
  void check() {
    if (!(averageDailyOrders() >= 0) || Double.isInfinite(averageDailyOrders())) {
      throw new IllegalArgumentException("averageDailyOrders is invalid: got " + averageDailyOrders() + ", expected a finite number of 0 or more");
    }
    if (proactiveSentToday() < 0) {
      throw new IllegalArgumentException("proactiveSentToday is invalid: got " + proactiveSentToday() + ", expected 0 or more");
    }
  }

  /**
   * {@return the counts}
   *
   * @param averageDailyOrders average orders per day
   * @param proactiveSentToday proactive messages already sent today
   * @throws IllegalArgumentException if a count is negative or not finite
   */
  public static DailyVolume of(double averageDailyOrders, int proactiveSentToday) {
    return ImmutableDailyVolume.builder().averageDailyOrders(averageDailyOrders).proactiveSentToday(proactiveSentToday).build();
  }
}
