package dev.parley.messaging.rules.order;

import dev.parley.messaging.rules.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The per-order rules' answer for one message: the findings, and the timing window the message's
 * type and order allow.
 *
 * <p>The window is half-open: allowed from {@link #allowedFrom()} (inclusive) until {@link
 * #allowedUntil()} (exclusive); an absent bound is unbounded. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderReport {
  OrderReport() {}

  /** {@return every finding of the per-order rules, sorted} */
  public abstract List<Finding> findings();

  /** {@return the first instant the timing rules allow, when they set one} */
  public abstract Optional<Instant> allowedFrom();

  /** {@return the instant from which the timing rules no longer allow the message, when they set one} */
  public abstract Optional<Instant> allowedUntil();

  /** {@return true if a timing rule objects to the instant of the check} */
  public abstract boolean blockedByTiming();

  /**
   * {@return when blocked by timing because it is too early: the earliest instant at which the
   * timing rules allow the message; empty when not blocked by timing or when it is too late}
   */
  public abstract Optional<Instant> earliestAllowedAt();

  /** {@return a new builder} */
  static ImmutableOrderReport.Builder builder() {
    return ImmutableOrderReport.builder();
  }
}
