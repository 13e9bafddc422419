package dev.parley.messaging.sla;

/** Where an instant lies relative to an {@link OrderWindow}. */
public enum WindowStatus {
  /** Before the window opens. */
  NOT_YET_OPEN,
  /** Inside the window. */
  OPEN,
  /** At or after the window's close. */
  CLOSED,
  /** The window does not apply to this order (see {@link OrderWindow#unavailableReason()}). */
  UNAVAILABLE
}
