package dev.parley.messaging.core;

/** Whether a buyer receives unsolicited (non-critical) messages. */
public enum OptOutState {
  /** Not known; Amazon never tells sellers in advance. The default. */
  UNKNOWN,
  /** Known to receive unsolicited messages. */
  OPTED_IN,
  /** Known to have opted out of unsolicited messages. */
  OPTED_OUT
}
