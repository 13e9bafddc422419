package dev.parley.messaging.rules.delivery;

/** Whether Amazon will deliver a message to the buyer, as far as the seller can know. */
public enum DeliveryOutcome {
  /** It will be delivered. */
  DELIVERED,
  /** The buyer opted out of unsolicited messages and the message is not critical: Amazon blocks it. */
  BLOCKED_OPT_OUT,
  /**
   * Whether the buyer opted out is unknown (the usual case: Amazon never tells sellers) and the
   * message is neither critical nor a reply; it may be silently blocked.
   */
  DELIVERY_UNCERTAIN
}
