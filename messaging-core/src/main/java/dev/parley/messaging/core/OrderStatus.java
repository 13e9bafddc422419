package dev.parley.messaging.core;

/** An order's status, as the SP-API Orders API reports it ({@code OrderStatus}). */
public enum OrderStatus {
  /** Placed but not yet authorised for payment. */
  PENDING,
  /** Payment authorised; no item shipped yet. */
  UNSHIPPED,
  /** Some items shipped. */
  PARTIALLY_SHIPPED,
  /** All items shipped. */
  SHIPPED,
  /** Cancelled. */
  CANCELED,
  /** Cannot be fulfilled (multi-channel fulfilment). */
  UNFULFILLABLE,
  /** Shipped, but the invoice is not yet confirmed (some marketplaces). */
  INVOICE_UNCONFIRMED,
  /** Pre-ordered, awaiting availability. */
  PENDING_AVAILABILITY;

  /** {@return true if at least part of the order has left the seller} */
  public boolean hasShipped() {
    return this == SHIPPED || this == PARTIALLY_SHIPPED || this == INVOICE_UNCONFIRMED;
  }
}
