package dev.parley.messaging.json.spapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class SpApiActionsTest {
  private static final String ACTIONS_PATH = "/messaging/v1/orders/{amazonOrderId}";

  private static JsonNode sandboxActions() {
    return Models.responses("messaging.json", ACTIONS_PATH, "get", "200").get(1);
  }

  @Test
  void theModelsExamplesGiveTheirTypes() {
    List<JsonNode> examples = Models.responses("messaging.json", ACTIONS_PATH, "get", "200");
    assertThat(SpApiActions.messagingActions(examples.get(0))).containsExactly(MessageType.NEGATIVE_FEEDBACK_REMOVAL);
    assertThat(SpApiActions.messagingActions(sandboxActions())).containsExactlyInAnyOrder(
        MessageType.CONFIRM_CUSTOMIZATION_DETAILS, MessageType.CONFIRM_DELIVERY_DETAILS, MessageType.LEGAL_DISCLOSURE,
        MessageType.NEGATIVE_FEEDBACK_REMOVAL, MessageType.CONFIRM_ORDER_DETAILS, MessageType.CONFIRM_SERVICE_DETAILS,
        MessageType.AMAZON_MOTORS, MessageType.DIGITAL_ACCESS_KEY, MessageType.UNEXPECTED_PROBLEM, MessageType.WARRANTY);
    for (JsonNode s : Models.responses("solicitations.json", "/solicitations/v1/orders/{amazonOrderId}", "get", "200")) {
      assertThat(SpApiActions.solicitationActions(s)).containsExactly(MessageType.REVIEW_REQUEST);
    }
  }

  @Test
  void anErrorAnswerIsRefused() {
    JsonNode error = Models.responses("messaging.json", ACTIONS_PATH, "get", "400").get(0);
    assertThatThrownBy(() -> SpApiActions.messagingActions(error))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.path()).isEqualTo("errors")).hasMessageContaining("InvalidInput");
  }

  @Test
  void amazonsAnswerOverridesParleysTableInTheSendCheck() {
    Order unshipped = Order.builder().id(OrderId.parse("123-1234567-1234567")).marketplace(Marketplace.US)
        .purchasedAt(Instant.parse("2026-03-01T10:00:00Z")).status(OrderStatus.UNSHIPPED).build();
    Instant at = Instant.parse("2026-03-01T12:00:00Z");
    Message warranty = Message.builder().id("w").author(Author.SELLER).sentAt(at).type(MessageType.WARRANTY)
        .addAttachments(dev.parley.messaging.core.Attachment.of("warranty.pdf", 2000)).build();
    Message invoice = Message.builder().id("i").author(Author.SELLER).sentAt(at).type(MessageType.INVOICE)
        .addAttachments(dev.parley.messaging.core.Attachment.of("invoice.pdf", 2000)).build();
    CheckContext context = CheckContext.builder().marketplace(Marketplace.US).buyerLocale(Locale.US).build();

    // Parley's table: no warranty before shipping.
    assertThat(SendCheck.standard().check(SendRequest.builder().message(warranty).context(context).order(unshipped).at(at).build())
        .findings("message.type-unavailable")).isNotEmpty();
    Order asked = SpApiActions.offering(unshipped, sandboxActions(), Optional.empty());
    assertThat(asked.offeredMessageTypes()).isPresent();
    // Amazon's answer offers warranty for this order, and no invoice.
    assertThat(SendCheck.standard().check(SendRequest.builder().message(warranty).context(context).order(asked).at(at).build())
        .findings("message.type-unavailable")).isEmpty();
    assertThat(SendCheck.standard().check(SendRequest.builder().message(invoice).context(context).order(asked).at(at).build())
        .findings("message.type-unavailable")).singleElement().satisfies(f -> assertThat(f.explanation()).contains("Amazon does not offer"));
  }

  @Test
  void theSolicitationAnswerAddsTheReviewRequest() {
    Order o = Order.builder().id(OrderId.parse("123-1234567-1234567")).marketplace(Marketplace.US)
        .purchasedAt(Instant.parse("2026-03-01T10:00:00Z")).status(OrderStatus.SHIPPED).build();
    JsonNode solicitation = Models.responses("solicitations.json", "/solicitations/v1/orders/{amazonOrderId}", "get", "200").get(0);
    assertThat(SpApiActions.offering(o, sandboxActions(), Optional.of(solicitation)).offeredMessageTypes().orElseThrow())
        .contains(MessageType.REVIEW_REQUEST, MessageType.WARRANTY);
    assertThat(SpApiActions.offering(o, sandboxActions(), Optional.empty()).offeredMessageTypes().orElseThrow())
        .doesNotContain(MessageType.REVIEW_REQUEST);
  }

  @Test
  void attributesGiveTheBuyersLocale() throws Exception {
    for (JsonNode e : Models.responses("messaging.json", "/messaging/v1/orders/{amazonOrderId}/attributes", "get", "200")) {
      assertThat(SpApiAttributes.buyerLocale(e)).contains(Locale.US);
    }
    assertThat(SpApiAttributes.buyerLocale(new ObjectMapper().readTree("{}"))).isEmpty();
  }
}
