package dev.parley.messaging.kafka;

/**
 * What a record on the deadline-events topic says about one buyer message. Each type is emitted
 * at most once per message (the flags live in the thread's state, so a restart from the
 * changelog neither loses nor repeats one under exactly-once processing).
 */
public enum DeadlineEventType {
  /** The message needs a reply and its due instant is at most the due-soon lead away. Skipped when it is already overdue. */
  DUE_SOON,
  /** The message needs a reply and its due instant has passed. */
  OVERDUE,
  /** The message was answered after its due instant. */
  ANSWERED_LATE,
  /**
   * An earlier {@link #OVERDUE} or {@link #ANSWERED_LATE} no longer holds: a reply that reached
   * the stream late was sent in time, or the seller marked the message "no response needed".
   */
  WITHDRAWN
}
