package dev.parley.messaging.rules.classify;

import dev.parley.messaging.core.MessageType;
import java.util.Locale;

/**
 * Why a seller writes to a buyer, in the categories of Parley's rule specification (RULES.md §3),
 * and whether Amazon treats a message of the category as critical (delivered even to buyers who
 * opted out of unsolicited messages).
 *
 * <p>The declaration order is the fixed tie-break priority of the {@link Classifier}: when two
 * categories score the same, the one declared first wins. Categories whose purpose Amazon polices
 * (promotion, review requests) come first so that a tie never hides them, then the critical ones,
 * then the rest; {@link #OTHER} is last. {@link #WARRANTY} precedes {@link #INVOICE} because
 * warranty messages often mention keeping the invoice, while invoices rarely mention a warranty.
 */
public enum Category {
  /** Marketing: coupons, other products, newsletters, social media. Non-critical (and banned). */
  PROMOTION(false),
  /** A product review or seller feedback request. Non-critical. */
  REVIEW_REQUEST(false),
  /** A problem completing the order (stock, damage in transit, delay caused by the seller). Critical. */
  UNEXPECTED_PROBLEM(true),
  /** A problem with the shipping address. Critical. */
  SHIPPING_ADDRESS(true),
  /** A question about a customised product (text, design, size). Critical. */
  PRODUCT_CUSTOMIZATION(true),
  /** Scheduling the delivery of a heavy or bulky item. Critical. */
  DELIVERY_SCHEDULING(true),
  /** Information needed to complete the order (a choice, a missing detail). Critical. */
  ORDER_DETAILS(true),
  /** Documents required by law. Critical. */
  LEGAL_DISCLOSURE(true),
  /** Warranty details. Non-critical. */
  WARRANTY(false),
  /** A key or code for digital content. Non-critical. */
  DIGITAL_ACCESS_KEY(false),
  /** An invoice. Non-critical by default; configurable ({@link ClassifierSettings#invoiceCritical()}). */
  INVOICE(false),
  /** A return, refund or replacement. Non-critical. */
  RETURN(false),
  /**
   * A Home Services appointment. Non-critical by default; configurable ({@link
   * ClassifierSettings#serviceAppointmentCritical()}).
   */
  SERVICE_APPOINTMENT(false),
  /** An order, shipment or delivery confirmation, or a delay notice. Non-critical. */
  ORDER_UPDATE(false),
  /** Proactive service: manuals, usage tips, FAQs, answers about the product. Non-critical. */
  PRODUCT_GUIDANCE(false),
  /** Thanks or an offer of help and nothing else. Non-critical. */
  THANK_YOU(false),
  /** None of the above, or too little evidence to tell. Non-critical. */
  OTHER(false);

  private final boolean defaultCritical;

  Category(boolean defaultCritical) {
    this.defaultCritical = defaultCritical;
  }

  /**
   * {@return whether the specification treats the category as critical by default; {@link
   * ClassifierSettings} may change it for {@link #INVOICE} and {@link #SERVICE_APPOINTMENT}}
   */
  public boolean defaultCritical() {
    return defaultCritical;
  }

  /** {@return the lexicon file stem: the name in lower case with hyphens, such as {@code review-request}} */
  public String fileStem() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Maps a declared SP-API message type to its category; this mapping decides, the text is not read.
   *
   * @param type a message type
   * @return the category of an SP-API type, or {@link #OTHER} for {@link MessageType#FREE_FORM} and
   *     retired types
   */
  public static Category ofType(MessageType type) {
    switch (type) {
      case CONFIRM_CUSTOMIZATION_DETAILS:
        return PRODUCT_CUSTOMIZATION;
      case CONFIRM_DELIVERY_DETAILS:
        return DELIVERY_SCHEDULING;
      case CONFIRM_ORDER_DETAILS:
        return ORDER_DETAILS;
      case CONFIRM_SERVICE_DETAILS:
        return SERVICE_APPOINTMENT;
      case UNEXPECTED_PROBLEM:
        return UNEXPECTED_PROBLEM;
      case LEGAL_DISCLOSURE:
        return LEGAL_DISCLOSURE;
      case WARRANTY:
        return WARRANTY;
      case DIGITAL_ACCESS_KEY:
        return DIGITAL_ACCESS_KEY;
      case INVOICE:
        return INVOICE;
      case REVIEW_REQUEST:
        return REVIEW_REQUEST;
      default:
        return OTHER;
    }
  }

  /**
   * Parses a category name, ignoring case and surrounding white space; hyphens may stand for
   * underscores.
   *
   * @param text such as {@code REVIEW_REQUEST} or {@code review-request}
   * @return the category
   * @throws IllegalArgumentException if the text names no category; the message lists the names
   */
  public static Category parse(String text) {
    if (text != null) {
      String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Category c : values()) {
        if (c.name().equals(key)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("category is invalid: got " + (text == null ? "null" : "\"" + text + "\"")
        + ", expected one of " + java.util.Arrays.toString(values()));
  }
}
