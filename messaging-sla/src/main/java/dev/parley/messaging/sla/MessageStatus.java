package dev.parley.messaging.sla;

/**
 * The state of one inbound message at an instant.
 *
 * <p>A reply exactly at the due instant is on time; one nanosecond later is late. A message is
 * {@link #OVERDUE} only strictly after its due instant.
 */
public enum MessageStatus {
  /** Needs a reply; the due instant is more than the due-soon lead away. */
  OPEN,
  /** Needs a reply; the due instant is at most the due-soon lead away (and not yet passed). */
  DUE_SOON,
  /** Needs a reply and the due instant has passed. */
  OVERDUE,
  /** Answered at or before the due instant. */
  ANSWERED_ON_TIME,
  /** Answered after the due instant. */
  ANSWERED_LATE,
  /** Needs no reply; see {@link ExclusionReason}. */
  EXCLUDED;

  /** {@return true for the statuses that still need a reply: open, due soon, overdue} */
  public boolean needsReply() {
    return this == OPEN || this == DUE_SOON || this == OVERDUE;
  }
}
