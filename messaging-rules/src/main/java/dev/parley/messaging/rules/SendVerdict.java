package dev.parley.messaging.rules;

/**
 * The answer to "may I send this message to this buyer now, and will it arrive?", from most to
 * least serious. {@link SendCheck} documents the precedence.
 */
public enum SendVerdict {
  /** A BLOCK finding: Amazon would block the message, refuse the SP-API call, or penalise the seller. */
  BLOCKED,
  /** No BLOCK finding, but the buyer opted out and the message is not critical: Amazon will not deliver it. */
  WILL_NOT_BE_DELIVERED,
  /** Neither of the above, but at least one WARN finding (including uncertain delivery): review before sending. */
  SEND_WITH_WARNINGS,
  /** Nothing to object to. */
  SEND
}
