package dev.parley.messaging.sla;

/**
 * How urgently a thread needs a reply: the status of its earliest open deadline. Declared from most
 * to least urgent.
 */
public enum Urgency {
  /** At least one message is overdue. */
  OVERDUE,
  /** The earliest open deadline is within the due-soon lead. */
  DUE_SOON,
  /** Messages await a reply, none due soon. */
  OPEN,
  /** Nothing awaits a reply. */
  NONE
}
