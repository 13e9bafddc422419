package dev.parley.messaging.templates;

/**
 * What a placeholder stands for. The template check fills each typed placeholder with a neutral
 * value of its type, so a placeholder reads as one opaque token of that type: an order-id
 * placeholder names the order, an Amazon-link placeholder is an Amazon link, and a
 * link-to-elsewhere placeholder is a link that {@code content.link} forbids.
 */
public enum PlaceholderType {
  /** The buyer's name. */
  BUYER_NAME("buyer name"),
  /** The Amazon order id (3-7-7 digits). */
  ORDER_ID("order id"),
  /** The product's name (title). */
  PRODUCT_NAME("product name"),
  /** The product's ASIN. */
  ASIN("ASIN"),
  /** A quantity. */
  QUANTITY("quantity"),
  /** A parcel tracking number. */
  TRACKING_NUMBER("tracking number"),
  /** The carrier's name. */
  CARRIER("carrier"),
  /** A delivery date. */
  DELIVERY_DATE("delivery date"),
  /** The seller's or shop's name. */
  SELLER_NAME("seller name"),
  /** A link to Amazon's review or feedback page for the order or product. */
  AMAZON_REVIEW_LINK("Amazon review link"),
  /** A link to the order on Amazon. */
  AMAZON_ORDER_LINK("Amazon order link"),
  /** A link to anywhere but Amazon (a shop, a form, a social profile). */
  OUTSIDE_LINK("link to elsewhere");

  private final String label;

  PlaceholderType(String label) {
    this.label = label;
  }

  /** {@return a short English label, such as {@code order id}} */
  public String label() {
    return label;
  }
}
