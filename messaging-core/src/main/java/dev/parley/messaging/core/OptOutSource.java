package dev.parley.messaging.core;

/** How a seller learned a buyer's opt-out state. */
public enum OptOutSource {
  /** A non-critical message bounced with Amazon's opt-out notice. */
  BOUNCE,
  /** A non-critical message was delivered without a bounce. */
  DELIVERY,
  /** The buyer said so. */
  BUYER_STATEMENT,
  /** Entered by hand or imported from another tool. */
  MANUAL
}
