package dev.parley.messaging.core;

/** Who wrote a message in a buyer-seller thread. */
public enum Author {
  /** The buyer. */
  BUYER,
  /** The seller, by hand or by a tool. */
  SELLER,
  /** Amazon itself (notifications, A-to-z, system messages). */
  AMAZON
}
