package dev.parley.messaging.rules.delivery;

/** Why {@link DeliveryRules} reached its {@link DeliveryOutcome}, in the order the rules are tried. */
public enum DeliveryReason {
  /** A reply in a thread the buyer started: always delivered. */
  REPLY_IN_BUYER_THREAD,
  /** A critical message (needed to complete the order): always delivered. */
  CRITICAL_MESSAGE,
  /** A legacy subject override that the policy still honours at the message's instant. */
  LEGACY_OVERRIDE,
  /** The buyer is known to have opted out and the message is not critical. */
  BUYER_OPTED_OUT,
  /** The buyer is known to receive unsolicited messages. */
  BUYER_OPTED_IN,
  /** The buyer's choice is unknown and the message is not critical. */
  OPT_OUT_UNKNOWN
}
