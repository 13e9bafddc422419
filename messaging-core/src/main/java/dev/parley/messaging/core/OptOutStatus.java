package dev.parley.messaging.core;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a seller knows of a buyer's opt-out from unsolicited messages, and when and how it learned
 * it. The default, {@link #unknown()}, is the usual case: Amazon does not tell sellers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OptOutStatus {
  private static final OptOutStatus UNKNOWN = ImmutableOptOutStatus.builder().state(OptOutState.UNKNOWN).build();

  OptOutStatus() {}

  /** {@return the state} */
  public abstract OptOutState state();

  /** {@return when the state was learned} */
  public abstract Optional<Instant> learnedAt();

  /** {@return how the state was learned} */
  public abstract Optional<OptOutSource> source();

  /** {@return true if the buyer is known to have opted out} */
  public boolean isOptedOut() {
    return state() == OptOutState.OPTED_OUT;
  }

  @Value.Check
  void check() {
    Checks.check(
        state() != OptOutState.UNKNOWN || (learnedAt().isEmpty() && source().isEmpty()),
        "optOutStatus",
        this,
        "no learnedAt or source when the state is UNKNOWN");
  }

  /** {@return the status of a buyer whose choice is not known} */
  public static OptOutStatus unknown() {
    return UNKNOWN;
  }

  /**
   * {@return a buyer known to have opted out}
   *
   * @param learnedAt when the seller learned it
   * @param source how
   */
  public static OptOutStatus optedOut(Instant learnedAt, OptOutSource source) {
    return ImmutableOptOutStatus.builder().state(OptOutState.OPTED_OUT).learnedAt(learnedAt).source(source).build();
  }

  /**
   * {@return a buyer known to receive unsolicited messages}
   *
   * @param learnedAt when the seller learned it
   * @param source how
   */
  public static OptOutStatus optedIn(Instant learnedAt, OptOutSource source) {
    return ImmutableOptOutStatus.builder().state(OptOutState.OPTED_IN).learnedAt(learnedAt).source(source).build();
  }

  /**
   * {@return a status with the given state and no provenance}
   *
   * @param state the state
   */
  public static OptOutStatus of(OptOutState state) {
    return state == OptOutState.UNKNOWN ? UNKNOWN : ImmutableOptOutStatus.builder().state(state).build();
  }
}
