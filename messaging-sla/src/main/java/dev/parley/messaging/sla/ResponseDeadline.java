package dev.parley.messaging.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline facts of one inbound message, independent of any "now": when it arrived, whether
 * it needs a reply (and if not, why), its due instant, and the seller reply that answers it.
 *
 * <p>The answer is the first non-automated seller message after (by {@link SlaPolicy#replyTiming()}) the message's instant in
 * the same thread; it may lie after the instant a caller asks about, so {@link #status(Instant,
 * Duration)} ignores an answer that comes later than the instant asked.
 *
 * <p>A plain final class rather than a generated value because a million of them are built per
 * metrics run. Immutable and thread-safe.
 */
public final class ResponseDeadline {
  private final String threadId;
  private final String messageId;
  private final Instant receivedAt;
  private final ExclusionReason exclusion;
  private final Instant due;
  private final Instant internalDue;
  private final String answeredBy;
  private final Instant answeredAt;

  ResponseDeadline(
      String threadId,
      String messageId,
      Instant receivedAt,
      ExclusionReason exclusion,
      Instant due,
      Instant internalDue,
      String answeredBy,
      Instant answeredAt) {
    this.threadId = threadId;
    this.messageId = messageId;
    this.receivedAt = receivedAt;
    this.exclusion = exclusion;
    this.due = due;
    this.internalDue = internalDue;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
  }

  /** {@return the thread id} */
  public String threadId() {
    return threadId;
  }

  /** {@return the message id} */
  public String messageId() {
    return messageId;
  }

  /** {@return when Amazon received the message} */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** {@return why the message needs no reply; empty when it needs one} */
  public Optional<ExclusionReason> exclusion() {
    return Optional.ofNullable(exclusion);
  }

  /** {@return true if the message needs a reply (it is not excluded)} */
  public boolean needsReply() {
    return exclusion == null;
  }

  /** {@return Amazon's due instant, {@code receivedAt + responseWindow}; empty when excluded} */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  /** {@return the internal business-hours due instant, when the policy sets a target and the message needs a reply} */
  public Optional<Instant> internalDue() {
    return Optional.ofNullable(internalDue);
  }

  /** {@return the id of the seller message that answers it, at any time; empty when none (yet)} */
  public Optional<String> answeredBy() {
    return Optional.ofNullable(answeredBy);
  }

  /** {@return when the answering seller message was sent; empty when none} */
  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  /** {@return the time from receipt to the answer; empty when unanswered or excluded} */
  public Optional<Duration> responseTime() {
    return answeredAt == null || exclusion != null
        ? Optional.empty()
        : Optional.of(Duration.between(receivedAt, answeredAt));
  }

  /**
   * Tells the status at an instant. A message received after the instant is reported as it will
   * first be seen ({@link MessageStatus#OPEN} or {@link MessageStatus#DUE_SOON}); callers that
   * build states at an instant skip such messages.
   *
   * @param at the instant
   * @param dueSoonLead how long before the due instant an open message is due soon
   * @return the status
   */
  public MessageStatus status(Instant at, Duration dueSoonLead) {
    if (exclusion != null) {
      return MessageStatus.EXCLUDED;
    }
    if (answeredAt != null && !answeredAt.isAfter(at)) {
      return answeredAt.isAfter(due) ? MessageStatus.ANSWERED_LATE : MessageStatus.ANSWERED_ON_TIME;
    }
    if (at.isAfter(due)) {
      return MessageStatus.OVERDUE;
    }
    return !at.isBefore(dev.parley.messaging.sla.internal.Saturating.minus(due, dueSoonLead)) ? MessageStatus.DUE_SOON : MessageStatus.OPEN;
  }

  /**
   * {@return true if the internal target was missed as seen at the instant: unanswered past the
   * internal due instant, or answered after it}
   *
   * @param at the instant
   */
  public boolean internalTargetMissed(Instant at) {
    if (internalDue == null) {
      return false;
    }
    if (answeredAt != null && !answeredAt.isAfter(at)) {
      return answeredAt.isAfter(internalDue);
    }
    return at.isAfter(internalDue);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseDeadline)) {
      return false;
    }
    ResponseDeadline d = (ResponseDeadline) o;
    return threadId.equals(d.threadId)
        && messageId.equals(d.messageId)
        && receivedAt.equals(d.receivedAt)
        && exclusion == d.exclusion
        && Objects.equals(due, d.due)
        && Objects.equals(internalDue, d.internalDue)
        && Objects.equals(answeredBy, d.answeredBy)
        && Objects.equals(answeredAt, d.answeredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threadId, messageId, receivedAt, exclusion, due, internalDue, answeredBy, answeredAt);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ResponseDeadline{thread=").append(threadId)
        .append(", message=").append(messageId)
        .append(", receivedAt=").append(receivedAt);
    if (exclusion != null) {
      b.append(", excluded=").append(exclusion);
    } else {
      b.append(", due=").append(due);
    }
    if (internalDue != null) {
      b.append(", internalDue=").append(internalDue);
    }
    if (answeredBy != null) {
      b.append(", answeredBy=").append(answeredBy).append(" at ").append(answeredAt);
    }
    return b.append('}').toString();
  }
}
