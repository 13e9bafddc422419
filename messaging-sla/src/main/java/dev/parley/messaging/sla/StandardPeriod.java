package dev.parley.messaging.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The periods over which Amazon reports response metrics (rule {@code sla.metrics}): the last 7,
 * 30 and 90 days ending at an instant.
 *
 * <p>A "day" here is 24 hours of elapsed time, so the period {@code [at - N × 24 h, at)} does not
 * depend on any time zone or on DST.
 */
public enum StandardPeriod {
  /** The last 7 days. */
  LAST_7_DAYS(7),
  /** The last 30 days. */
  LAST_30_DAYS(30),
  /** The last 90 days. */
  LAST_90_DAYS(90);

  private final int days;

  StandardPeriod(int days) {
    this.days = days;
  }

  /** {@return the number of days} */
  public int days() {
    return days;
  }

  /** {@return the length, {@code days × 24 h}} */
  public Duration length() {
    return Duration.ofHours(24L * days);
  }

  /**
   * {@return the first instant of the period ending at the instant ({@link Instant#MIN} if the
   * period would start before it)}
   *
   * @param end the exclusive end
   */
  public Instant startFor(Instant end) {
    return dev.parley.messaging.sla.internal.Saturating.minus(end, length());
  }
}
