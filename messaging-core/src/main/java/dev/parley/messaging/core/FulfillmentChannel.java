package dev.parley.messaging.core;

/** Who fulfils an order: Amazon (AFN) or the merchant (MFN). */
public enum FulfillmentChannel {
  /** Fulfilled by Amazon (AFN). */
  AMAZON,
  /** Fulfilled by the merchant (MFN). */
  MERCHANT
}
