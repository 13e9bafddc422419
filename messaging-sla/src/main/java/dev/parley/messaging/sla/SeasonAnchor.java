package dev.parley.messaging.sla;

/** Which order date decides whether a holiday return season applies. */
public enum SeasonAnchor {
  /** The shipping date (classic US reading: "items shipped 1 Nov – 31 Dec"); falls back to the purchase date. */
  SHIPPED,
  /** The purchase date (EU 2024/25: "bought 1 Nov – 25 Dec"). */
  PURCHASED
}
