package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.Args;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The response-deadline policy: Amazon's response window, the due-soon lead of the work queue, the
 * vacation reading with the seller's inactive periods, and an optional internal business-hours
 * target.
 *
 * <p>Defaults follow RULES.md §5: {@code sla.response-24h} window {@code PT24H} (elapsed time, so
 * weekends, holidays and DST never move it); {@code sla.vacation} {@link
 * VacationReading#NO_EXEMPTION}; a {@code PT4H} due-soon lead; no internal target. A policy is a
 * value: print it, compare it, derive a variant with {@link #builder()}{@code .from(policy)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SlaPolicy {
  /** Amazon's response window, rule {@code sla.response-24h}. */
  public static final Duration AMAZON_RESPONSE_WINDOW = Duration.ofHours(24);

  /** The default due-soon lead. */
  public static final Duration DEFAULT_DUE_SOON_LEAD = Duration.ofHours(4);

  private static final SlaPolicy DEFAULTS = builder().build();

  SlaPolicy() {}

  /** {@return the response window; {@code PT24H} by default (Amazon MX sellers away: {@code PT48H})} */
  @Value.Default
  public Duration responseWindow() {
    return AMAZON_RESPONSE_WINDOW;
  }

  /** {@return how long before its due instant an open message counts as due soon; {@code PT4H} by default} */
  @Value.Default
  public Duration dueSoonLead() {
    return DEFAULT_DUE_SOON_LEAD;
  }

  /**
   * {@return which seller message answers a question; {@link ReplyTiming#STRICTLY_AFTER} by
   * default (a reply with the question's very instant does not count)}
   */
  @Value.Default
  public ReplyTiming replyTiming() {
    return ReplyTiming.STRICTLY_AFTER;
  }

  /** {@return how inactive periods affect deadlines; {@link VacationReading#NO_EXEMPTION} by default} */
  @Value.Default
  public VacationReading vacationReading() {
    return VacationReading.NO_EXEMPTION;
  }

  /** {@return the periods during which messaging was set inactive; only read under the seed's vacation reading} */
  public abstract List<InactivePeriod> inactivePeriods();

  /** {@return an internal target on a business-hours clock, reported beside Amazon's deadline} */
  public abstract Optional<InternalTarget> internalTarget();

  /**
   * {@return the inactive period containing the instant, if any}
   *
   * @param instant when the message was received
   */
  Optional<InactivePeriod> inactivePeriodAt(java.time.Instant instant) {
    for (InactivePeriod p : inactivePeriods()) {
      if (p.contains(instant)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Args.positive("responseWindow", responseWindow());
    Args.notNegative("dueSoonLead", dueSoonLead());
  }

  /** {@return the default policy of RULES.md §5} */
  public static SlaPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableSlaPolicy.Builder {
    Builder() {}
  }
}
