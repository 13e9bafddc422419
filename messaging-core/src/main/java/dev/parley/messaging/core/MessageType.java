package dev.parley.messaging.core;

import java.util.Optional;

/**
 * What kind of message the seller sends: one of the SP-API messaging operations, Amazon's review
 * solicitation, or a free-form message written in Seller Central or by e-mail.
 *
 * <p>Each SP-API type carries the limits of its operation (text length, attachment count), whether
 * Amazon treats it as critical (always delivered, even to buyers who opted out) and its purpose.
 * Limits come from the SP-API messaging model; {@link #FREE_FORM} has none of its own.
 */
public enum MessageType {
  /** Confirm the details of a customised product ({@code confirmCustomizationDetails}). */
  CONFIRM_CUSTOMIZATION_DETAILS("confirmCustomizationDetails", 1, 800, 0, 5, true, "confirm customization details"),
  /** Arrange delivery ({@code createConfirmDeliveryDetails}). */
  CONFIRM_DELIVERY_DETAILS("createConfirmDeliveryDetails", 1, 2000, 0, 0, true, "arrange the delivery"),
  /** A question before shipping ({@code createConfirmOrderDetails}); before shipment only. */
  CONFIRM_ORDER_DETAILS("createConfirmOrderDetails", 1, 2000, 0, 0, true, "ask a question needed to complete the order before it ships"),
  /** A Home Services appointment ({@code createConfirmServiceDetails}). */
  CONFIRM_SERVICE_DETAILS("createConfirmServiceDetails", 1, 2000, 0, 0, false, "confirm a Home Services appointment"),
  /** A problem completing the order ({@code createUnexpectedProblem}). */
  UNEXPECTED_PROBLEM("createUnexpectedProblem", 1, 2000, 0, 0, true, "report an unexpected problem completing the order"),
  /** Documents required by law ({@code createLegalDisclosure}); attachments only. */
  LEGAL_DISCLOSURE("createLegalDisclosure", 0, 0, 0, 5, true, "send documents required by law"),
  /** Warranty details ({@code createWarranty}); attachments only. */
  WARRANTY("createWarranty", 0, 0, 1, 5, false, "send warranty details"),
  /** A key for digital content ({@code createDigitalAccessKey}). */
  DIGITAL_ACCESS_KEY("createDigitalAccessKey", 1, 400, 0, 5, false, "send a key for digital content"),
  /** An invoice ({@code sendInvoice}); attachments only. */
  INVOICE("sendInvoice", 0, 0, 1, 5, false, "send an invoice"),
  /**
   * Amazon's fixed review and feedback request ({@code
   * createProductReviewAndSellerFeedbackSolicitation}); no text, no attachments.
   */
  REVIEW_REQUEST("createProductReviewAndSellerFeedbackSolicitation", 0, 0, 0, 0, false, "request a product review and seller feedback"),
  /** A free-form message written in Seller Central or sent by e-mail to the buyer's alias. */
  FREE_FORM(null, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, false, "free-form message"),
  /**
   * Ask the buyer to remove negative feedback ({@code createNegativeFeedbackRemoval}).
   *
   * @deprecated retired by Amazon in August 2025; kept so that old records still parse.
   */
  @Deprecated
  NEGATIVE_FEEDBACK_REMOVAL("createNegativeFeedbackRemoval", 0, 0, 0, 0, false, "ask to remove negative feedback (retired 2025-08)"),
  /**
   * Amazon Motors messages ({@code createAmazonMotors}).
   *
   * @deprecated retired by Amazon in January 2026; kept so that old records still parse.
   */
  @Deprecated
  AMAZON_MOTORS("createAmazonMotors", 1, 2000, 0, 5, false, "Amazon Motors message (retired 2026-01)");

  private final String operation;
  private final int minTextLength;
  private final int maxTextLength;
  private final int minAttachments;
  private final int maxAttachments;
  private final boolean critical;
  private final String purpose;

  MessageType(String operation, int minText, int maxText, int minAttachments, int maxAttachments, boolean critical, String purpose) {
    this.operation = operation;
    this.minTextLength = minText;
    this.maxTextLength = maxText;
    this.minAttachments = minAttachments;
    this.maxAttachments = maxAttachments;
    this.critical = critical;
    this.purpose = purpose;
  }

  /** {@return the SP-API operation name, empty for {@link #FREE_FORM}} */
  public Optional<String> operation() {
    return Optional.ofNullable(operation);
  }

  /** {@return true for types sent through the SP-API (everything but {@link #FREE_FORM})} */
  public boolean isSpApi() {
    return operation != null;
  }

  /** {@return true if the type takes text at all} */
  public boolean allowsText() {
    return maxTextLength > 0;
  }

  /** {@return the least number of characters of text; 0 when text is optional or not allowed} */
  public int minTextLength() {
    return minTextLength;
  }

  /** {@return the most characters of text; 0 when no text is allowed, {@code Integer.MAX_VALUE} when unlimited} */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** {@return the least number of attachments} */
  public int minAttachments() {
    return minAttachments;
  }

  /** {@return the most attachments; {@code Integer.MAX_VALUE} when the type sets no limit} */
  public int maxAttachments() {
    return maxAttachments;
  }

  /** {@return true if Amazon delivers this type even to buyers who opted out} */
  public boolean isCritical() {
    return critical;
  }

  /** {@return a short description of what the type is for} */
  public String purpose() {
    return purpose;
  }

  /** {@return true for types Amazon has retired} */
  public boolean isRetired() {
    return ordinal() > FREE_FORM.ordinal();
  }
}
