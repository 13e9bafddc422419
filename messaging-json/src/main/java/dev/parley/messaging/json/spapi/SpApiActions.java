package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.Values;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Amazon's own answer to "which message types may I send for this order?": the Messaging
 * API's {@code getMessagingActionsForOrder} and the Solicitations API's {@code
 * getSolicitationActionsForOrder}, and puts it on the {@link Order}, where it replaces Parley's
 * availability table ({@link Order#offeredMessageTypes()}).
 *
 * <p>Action names are read from {@code _links.actions[].name} and {@code
 * _embedded.actions[]._links.self.name}; names that are not message types ({@code attributes})
 * and names Parley does not know are ignored. A response carrying {@code errors} is refused.
 * Covered models: Messaging API v1, Solicitations API v1. Stateless and thread-safe.
 */
public final class SpApiActions {
  private SpApiActions() {}

  /**
   * {@return the message types a {@code getMessagingActionsForOrder} response offers}
   *
   * @param json the response
   * @throws JsonInputException if the response carries errors or has no actions
   */
  public static Set<MessageType> messagingActions(JsonNode json) {
    return actions(json);
  }

  /**
   * {@return the types a {@code getSolicitationActionsForOrder} response offers: {@link
   * MessageType#REVIEW_REQUEST} or nothing}
   *
   * @param json the response
   * @throws JsonInputException if the response carries errors or has no actions
   */
  public static Set<MessageType> solicitationActions(JsonNode json) {
    return actions(json);
  }

  /**
   * Puts Amazon's answer on an order. Give the solicitation answer too when you may send a review
   * request: without it, {@link MessageType#REVIEW_REQUEST} counts as not offered.
   *
   * @param order the order
   * @param messaging the {@code getMessagingActionsForOrder} response
   * @param solicitations the {@code getSolicitationActionsForOrder} response, when asked
   * @return the order with {@link Order#offeredMessageTypes()} set
   * @throws JsonInputException if a response carries errors or has no actions
   */
  public static Order offering(Order order, JsonNode messaging, Optional<JsonNode> solicitations) {
    Set<MessageType> types = EnumSet.noneOf(MessageType.class);
    types.addAll(messagingActions(messaging));
    solicitations.ifPresent(s -> types.addAll(solicitationActions(s)));
    return Order.builder().from(order).offeredMessageTypes(types).build();
  }

  /**
   * {@return the message type of an SP-API action name, such as {@code confirmDeliveryDetails} or
   * {@code productReviewAndSellerFeedback}; empty for other names}
   *
   * @param action the action name
   */
  @SuppressWarnings("deprecation")
  public static Optional<MessageType> typeOf(String action) {
    switch (action.strip().toLowerCase(Locale.ROOT)) {
      case "confirmcustomizationdetails":
        return Optional.of(MessageType.CONFIRM_CUSTOMIZATION_DETAILS);
      case "confirmdeliverydetails":
        return Optional.of(MessageType.CONFIRM_DELIVERY_DETAILS);
      case "confirmorderdetails":
        return Optional.of(MessageType.CONFIRM_ORDER_DETAILS);
      case "confirmservicedetails":
        return Optional.of(MessageType.CONFIRM_SERVICE_DETAILS);
      case "unexpectedproblem":
        return Optional.of(MessageType.UNEXPECTED_PROBLEM);
      case "legaldisclosure":
        return Optional.of(MessageType.LEGAL_DISCLOSURE);
      case "warranty":
        return Optional.of(MessageType.WARRANTY);
      case "digitalaccesskey":
        return Optional.of(MessageType.DIGITAL_ACCESS_KEY);
      case "invoice":
      case "sendinvoice":
        return Optional.of(MessageType.INVOICE);
      case "productreviewandsellerfeedback":
      case "productreviewandsellerfeedbacksolicitation":
        return Optional.of(MessageType.REVIEW_REQUEST);
      case "negativefeedbackremoval":
        return Optional.of(MessageType.NEGATIVE_FEEDBACK_REMOVAL);
      case "amazonmotors":
        return Optional.of(MessageType.AMAZON_MOTORS);
      default:
        return Optional.empty();
    }
  }

  private static Set<MessageType> actions(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new JsonInputException("", "the actions response must be an object, got " + json);
    }
    JsonNode errors = json.path("errors");
    if (errors.isArray() && errors.size() > 0) {
      JsonNode e = errors.get(0);
      throw new JsonInputException("errors", "errors: Amazon answered with an error instead of actions: " + e.path("code").asText("?")
          + " " + e.path("message").asText(""));
    }
    JsonNode links = json.path("_links").path("actions");
    JsonNode embedded = json.path("_embedded").path("actions");
    if (!links.isArray() && !embedded.isArray()) {
      throw new JsonInputException("_links.actions", "_links.actions must be an array of actions, got " + (links.isMissingNode() ? "nothing" : links));
    }
    Set<MessageType> types = EnumSet.noneOf(MessageType.class);
    for (int i = 0; i < links.size(); i++) {
      name(links.get(i), "_links.actions[" + i + "]").flatMap(SpApiActions::typeOf).ifPresent(types::add);
    }
    for (int i = 0; i < embedded.size(); i++) {
      name(embedded.get(i).path("_links").path("self"), "_embedded.actions[" + i + "]._links.self").flatMap(SpApiActions::typeOf).ifPresent(types::add);
    }
    return types;
  }

  private static Optional<String> name(JsonNode link, String where) {
    if (!link.isObject()) {
      return Optional.empty();
    }
    return Values.string(link, where, "name");
  }
}
