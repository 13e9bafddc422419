package dev.parley.messaging.core;

/** The route a message takes. */
public enum Channel {
  /** The Buyer-Seller Messaging page in Seller Central. */
  SELLER_CENTRAL,
  /** E-mail to or from the buyer's masked alias. */
  EMAIL,
  /** The Selling Partner API messaging or solicitations operations. */
  SP_API
}
