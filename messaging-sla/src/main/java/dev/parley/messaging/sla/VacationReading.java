package dev.parley.messaging.sla;

/**
 * How inactive ("vacation") periods affect response deadlines, rule {@code sla.vacation}.
 *
 * <p>Sources disagree (RULES.md §5, confidence L/M), so this is a policy option.
 */
public enum VacationReading {
  /**
   * Amazon's own reading and the default: vacation only deactivates listings; every buyer message
   * still needs a reply within the window.
   */
  NO_EXEMPTION,
  /**
   * The seed's reading: a buyer message received while messaging is inactive needs no reply,
   * unless it is about an order placed before the inactive period began. A message about an order
   * whose purchase instant is unknown is not exempt (the safe side).
   */
  EXEMPT_NEW_MESSAGES_WHILE_INACTIVE
}
