package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.Args;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A team's own reply target measured on a {@link BusinessClock}, such as "reply within 4 business
 * hours" (like a helpdesk's company SLA). It is reported beside Amazon's deadline and never
 * replaces it: Amazon's 24-hour clock keeps running on weekends and holidays.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InternalTarget {
  InternalTarget() {}

  /** {@return the business-hours clock} */
  @Value.Parameter
  public abstract BusinessClock clock();

  /** {@return the business time allowed for a reply} */
  @Value.Parameter
  public abstract Duration businessTime();

  /**
   * {@return the internal due instant of a message received at the instant}
   *
   * @param receivedAt when the message arrived
   * @throws IllegalStateException if the clock never opens again within its search horizon
   */
  public Instant dueFor(Instant receivedAt) {
    return clock().plusBusinessTime(receivedAt, businessTime());
  }

  @Value.Check
  void check() {
    Args.positive("businessTime", businessTime());
  }

  /**
   * Creates a target.
   *
   * @param clock the business-hours clock
   * @param businessTime the business time allowed, positive
   * @return the target
   * @throws IllegalArgumentException if the business time is not positive
   */
  public static InternalTarget of(BusinessClock clock, Duration businessTime) {
    return ImmutableInternalTarget.of(clock, businessTime);
  }
}
