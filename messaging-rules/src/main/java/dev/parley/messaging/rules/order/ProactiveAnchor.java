package dev.parley.messaging.rules.order;

/**
 * Where the 30-day window for proactive messages starts ("order completion" is disputed, RULES.md
 * §1, confidence medium).
 */
public enum ProactiveAnchor {
  /** The delivery instant if known, else the purchase instant. The default. */
  DELIVERY_ELSE_PURCHASE,
  /** The delivery instant if known, else the latest promised delivery date, else the purchase instant. */
  DELIVERY_ELSE_LATEST_DELIVERY_DATE,
  /** Always the purchase instant (the strictest reading). */
  PURCHASE
}
