package dev.parley.messaging.sla.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Instant and duration arithmetic that saturates at the ends of the supported range instead of
 * throwing: a due instant past {@link Instant#MAX} is {@code Instant.MAX} (never due), a period
 * start before {@link Instant#MIN} is {@code Instant.MIN}, a sum past {@code Long.MAX_VALUE}
 * seconds is the largest duration. Stateless.
 */
public final class Saturating {
  private static final Duration MAX_DURATION = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
  private static final Duration MIN_DURATION = Duration.ofSeconds(Long.MIN_VALUE);

  private Saturating() {}

  /**
   * {@return {@code t + d}, or the end of the range it passes}
   *
   * @param t an instant
   * @param d a duration
   */
  public static Instant plus(Instant t, Duration d) {
    try {
      return t.plus(d);
    } catch (DateTimeException | ArithmeticException e) {
      return d.isNegative() ? Instant.MIN : Instant.MAX;
    }
  }

  /**
   * {@return {@code t - d}, or the end of the range it passes}
   *
   * @param t an instant
   * @param d a duration
   */
  public static Instant minus(Instant t, Duration d) {
    try {
      return t.minus(d);
    } catch (DateTimeException | ArithmeticException e) {
      return d.isNegative() ? Instant.MAX : Instant.MIN;
    }
  }

  /**
   * {@return {@code a + b}, or the largest (smallest) duration it passes}
   *
   * @param a a duration
   * @param b a duration
   */
  public static Duration plus(Duration a, Duration b) {
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      return b.isNegative() ? MIN_DURATION : MAX_DURATION;
    }
  }

  /**
   * {@return {@code a + b}, saturated at the ends of {@code long}}
   *
   * @param a a number
   * @param b a number
   */
  public static long add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }
}
