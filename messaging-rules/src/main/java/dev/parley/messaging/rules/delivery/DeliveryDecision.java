package dev.parley.messaging.rules.delivery;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a message will reach the buyer, why, and a sentence a seller can read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeliveryDecision {
  DeliveryDecision() {}

  /** {@return the outcome} */
  public abstract DeliveryOutcome outcome();

  /** {@return the reason} */
  public abstract DeliveryReason reason();

  /** {@return a clear English explanation} */
  public abstract String explanation();

  /**
   * {@return true if delivered, false if blocked, empty when uncertain; what the {@code parley}
   * tool prints as {@code deliverable}}
   */
  public Optional<Boolean> deliverable() {
    switch (outcome()) {
      case DELIVERED:
        return Optional.of(Boolean.TRUE);
      case BLOCKED_OPT_OUT:
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return a decision}
   *
   * @param outcome the outcome
   * @param reason the reason
   * @param explanation the explanation
   */
  public static DeliveryDecision of(DeliveryOutcome outcome, DeliveryReason reason, String explanation) {
    return ImmutableDeliveryDecision.builder().outcome(outcome).reason(reason).explanation(explanation).build();
  }
}
