package dev.parley.messaging.sla;

/** What the seller feedback window's opening counts from, rule {@code feedback.window}. */
public enum FeedbackAnchor {
  /** The order date (Amazon: "3 days after the order is confirmed"); the default. */
  ORDER_DATE,
  /** The delivery date (the seed's "after receipt"); falls back to the latest delivery date, then the order date. */
  DELIVERY
}
