package dev.parley.messaging.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * One inbound message's {@link ResponseDeadline} and its {@link MessageStatus} at an instant.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageState {
  private final ResponseDeadline deadline;
  private final MessageStatus status;
  private final boolean internalTargetMissed;

  MessageState(ResponseDeadline deadline, MessageStatus status, boolean internalTargetMissed) {
    this.deadline = deadline;
    this.status = status;
    this.internalTargetMissed = internalTargetMissed;
  }

  /**
   * {@return the state of a deadline at an instant}
   *
   * @param deadline the deadline
   * @param at the instant
   * @param policy supplies the due-soon lead
   */
  static MessageState of(ResponseDeadline deadline, Instant at, SlaPolicy policy) {
    return new MessageState(
        deadline, deadline.status(at, policy.dueSoonLead()), deadline.internalTargetMissed(at));
  }

  /** {@return the deadline facts} */
  public ResponseDeadline deadline() {
    return deadline;
  }

  /** {@return the message id; the same as {@code deadline().messageId()}} */
  public String messageId() {
    return deadline.messageId();
  }

  /** {@return the status at the state's instant} */
  public MessageStatus status() {
    return status;
  }

  /** {@return true if the policy's internal business-hours target was missed, as seen at the instant} */
  public boolean internalTargetMissed() {
    return internalTargetMissed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageState
        && ((MessageState) o).deadline.equals(deadline)
        && ((MessageState) o).status == status
        && ((MessageState) o).internalTargetMissed == internalTargetMissed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, status, internalTargetMissed);
  }

  @Override
  public String toString() {
    return "MessageState{" + status + (internalTargetMissed ? ", internalTargetMissed" : "") + ", " + deadline + "}";
  }
}
