package dev.parley.messaging.rules.order;

import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OrderStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which SP-API message types Parley expects Amazon to offer for an order in a given status (rule
 * {@code message.type-unavailable}). Amazon's own answer is {@code getMessagingActionsForOrder};
 * this table is Parley's reading of the type purposes in the SP-API model.
 *
 * <pre>
 * type                           statuses offered                                     plus timing
 * CONFIRM_CUSTOMIZATION_DETAILS  PENDING, UNSHIPPED, PENDING_AVAILABILITY (not shipped) before shippedAt
 * CONFIRM_ORDER_DETAILS          PENDING, UNSHIPPED, PENDING_AVAILABILITY (not shipped) before shippedAt
 * CONFIRM_DELIVERY_DETAILS       UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, INVOICE_UNCONFIRMED,
 *                                PENDING_AVAILABILITY                                 before deliveredAt
 * CONFIRM_SERVICE_DETAILS        every status but CANCELED, UNFULFILLABLE, PENDING
 * UNEXPECTED_PROBLEM             every status (a problem may be why it was cancelled)
 * LEGAL_DISCLOSURE               every status but CANCELED, UNFULFILLABLE
 * DIGITAL_ACCESS_KEY             every status but CANCELED, UNFULFILLABLE, PENDING
 * WARRANTY, INVOICE              shipped: PARTIALLY_SHIPPED, SHIPPED, INVOICE_UNCONFIRMED
 * REVIEW_REQUEST                 SHIPPED, INVOICE_UNCONFIRMED                         solicitation.window
 * NEGATIVE_FEEDBACK_REMOVAL      none from 2025-08-01 (retired)
 * AMAZON_MOTORS                  none from 2026-01-01 (retired)
 * </pre>
 */
final class TypeAvailability {
  static final Instant NEGATIVE_FEEDBACK_REMOVAL_RETIRED = Instant.parse("2025-08-01T00:00:00Z");
  static final Instant AMAZON_MOTORS_RETIRED = Instant.parse("2026-01-01T00:00:00Z");

  private static final Set<OrderStatus> NOT_SHIPPED = EnumSet.of(OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.PENDING_AVAILABILITY);
  private static final Set<OrderStatus> SHIPPED = EnumSet.of(OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.INVOICE_UNCONFIRMED);
  private static final Set<OrderStatus> ACTIVE = EnumSet.complementOf(EnumSet.of(OrderStatus.CANCELED, OrderStatus.UNFULFILLABLE));
  private static final Set<OrderStatus> PAID = EnumSet.complementOf(EnumSet.of(OrderStatus.CANCELED, OrderStatus.UNFULFILLABLE, OrderStatus.PENDING));

  private TypeAvailability() {}

  /** The statuses in which the type is offered; every status for FREE_FORM. */
  @SuppressWarnings("deprecation")
  static Set<OrderStatus> statuses(MessageType type) {
    switch (type) {
      case CONFIRM_CUSTOMIZATION_DETAILS:
      case CONFIRM_ORDER_DETAILS:
        return NOT_SHIPPED;
      case CONFIRM_DELIVERY_DETAILS:
        return EnumSet.of(OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.INVOICE_UNCONFIRMED, OrderStatus.PENDING_AVAILABILITY);
      case CONFIRM_SERVICE_DETAILS:
      case DIGITAL_ACCESS_KEY:
        return PAID;
      case LEGAL_DISCLOSURE:
        return ACTIVE;
      case WARRANTY:
      case INVOICE:
        return SHIPPED;
      case REVIEW_REQUEST:
        return EnumSet.of(OrderStatus.SHIPPED, OrderStatus.INVOICE_UNCONFIRMED);
      case NEGATIVE_FEEDBACK_REMOVAL:
      case AMAZON_MOTORS:
        return SHIPPED;
      default:
        return EnumSet.allOf(OrderStatus.class);
    }
  }

  /** When the type was retired, or null. */
  @SuppressWarnings("deprecation")
  static Instant retiredAt(MessageType type) {
    if (type == MessageType.NEGATIVE_FEEDBACK_REMOVAL) {
      return NEGATIVE_FEEDBACK_REMOVAL_RETIRED;
    }
    if (type == MessageType.AMAZON_MOTORS) {
      return AMAZON_MOTORS_RETIRED;
    }
    return null;
  }
}
