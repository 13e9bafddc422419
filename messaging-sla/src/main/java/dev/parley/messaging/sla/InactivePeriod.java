package dev.parley.messaging.sla;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A half-open period {@code [start, end)} during which the seller set messaging inactive
 * (vacation), used by {@link VacationReading#EXEMPT_NEW_MESSAGES_WHILE_INACTIVE}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InactivePeriod {
  InactivePeriod() {}

  /** {@return the first instant of the period} */
  @Value.Parameter
  public abstract Instant start();

  /** {@return the first instant after the period} */
  @Value.Parameter
  public abstract Instant end();

  /**
   * {@return true if the instant lies in {@code [start, end)}}
   *
   * @param instant the instant
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  @Value.Check
  void check() {
    dev.parley.messaging.sla.internal.Args.check(
        start().isBefore(end()), "end", end(), "an instant after start (" + start() + ")");
  }

  /**
   * Creates a period.
   *
   * @param start the first instant
   * @param end the first instant after the period
   * @return the period
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static InactivePeriod of(Instant start, Instant end) {
    return ImmutableInactivePeriod.of(start, end);
  }
}
