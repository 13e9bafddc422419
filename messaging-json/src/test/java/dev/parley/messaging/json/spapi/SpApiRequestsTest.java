package dev.parley.messaging.json.spapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.json.Schemas;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.SendVerdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpApiRequestsTest {
  private static final Instant PURCHASE = Instant.parse("2026-03-02T10:00:00Z");
  private static final OrderId ID = OrderId.parse("112-1234567-7654321");

  private static final Map<MessageType, String> PATHS = Map.of(
      MessageType.CONFIRM_CUSTOMIZATION_DETAILS, "/messaging/v1/orders/{amazonOrderId}/messages/confirmCustomizationDetails",
      MessageType.CONFIRM_DELIVERY_DETAILS, "/messaging/v1/orders/{amazonOrderId}/messages/confirmDeliveryDetails",
      MessageType.CONFIRM_ORDER_DETAILS, "/messaging/v1/orders/{amazonOrderId}/messages/confirmOrderDetails",
      MessageType.CONFIRM_SERVICE_DETAILS, "/messaging/v1/orders/{amazonOrderId}/messages/confirmServiceDetails",
      MessageType.UNEXPECTED_PROBLEM, "/messaging/v1/orders/{amazonOrderId}/messages/unexpectedProblem",
      MessageType.LEGAL_DISCLOSURE, "/messaging/v1/orders/{amazonOrderId}/messages/legalDisclosure",
      MessageType.WARRANTY, "/messaging/v1/orders/{amazonOrderId}/messages/warranty",
      MessageType.DIGITAL_ACCESS_KEY, "/messaging/v1/orders/{amazonOrderId}/messages/digitalAccessKey",
      MessageType.INVOICE, "/messaging/v1/orders/{amazonOrderId}/messages/invoice");

  /** An order and an instant at which every type is offered, per Amazon's answer on the order. */
  private static Order order() {
    return Order.builder().id(ID).marketplace(Marketplace.US).purchasedAt(PURCHASE).status(OrderStatus.UNSHIPPED)
        .addItems(OrderItem.builder().asin("B08N5WRWNW").customized(true).build())
        .offeredMessageTypes(java.util.EnumSet.of(MessageType.CONFIRM_CUSTOMIZATION_DETAILS, MessageType.CONFIRM_DELIVERY_DETAILS,
            MessageType.CONFIRM_ORDER_DETAILS, MessageType.CONFIRM_SERVICE_DETAILS, MessageType.UNEXPECTED_PROBLEM,
            MessageType.LEGAL_DISCLOSURE, MessageType.WARRANTY, MessageType.DIGITAL_ACCESS_KEY, MessageType.INVOICE))
        .build();
  }

  private static Attachment pdf(String name) {
    byte[] bytes = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    return Attachment.withContent(name, bytes).withDeclaredMediaType("application/pdf");
  }

  private static SendRequest request(MessageType type) {
    Message.Builder m = Message.builder().id("m-" + type).author(Author.SELLER).sentAt(PURCHASE.plusSeconds(3600)).type(type);
    if (type.allowsText()) {
      m.body("Order 112-1234567-7654321: " + textFor(type));
    }
    for (int i = 0; i < type.minAttachments() || (type.maxAttachments() > 0 && i < 1); i++) {
      m.addAttachments(pdf("document-" + i + ".pdf"));
    }
    return SendRequest.builder().message(m.build()).context(CheckContext.builder().marketplace(Marketplace.US).buyerLocale(Locale.US).build())
        .order(order()).at(PURCHASE.plusSeconds(3600)).buyerOptedOut(false).build();
  }

  private static String textFor(MessageType type) {
    switch (type) {
      case CONFIRM_CUSTOMIZATION_DETAILS:
        return "please confirm the engraving text for your ring.";
      case CONFIRM_DELIVERY_DETAILS:
        return "which day suits you for the delivery?";
      case CONFIRM_ORDER_DETAILS:
        return "please confirm the size you need before we ship.";
      case CONFIRM_SERVICE_DETAILS:
        return "the technician can come on Tuesday morning.";
      case UNEXPECTED_PROBLEM:
        return "the item was damaged in our warehouse; a replacement ships tomorrow.";
      default:
        return "your access key is ABCD-EFGH-IJKL.";
    }
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("4e936e26-7b72-4b84-af27-e6baee1d546" + i);
    }
    return ids;
  }

  @Test
  void everyTypesRequestBodyValidatesAgainstTheModel() {
    for (Map.Entry<MessageType, String> e : PATHS.entrySet()) {
      MessageType type = e.getKey();
      SendRequest r = request(type);
      SendReport report = SendCheck.standard().check(r);
      assertThat(report.verdict()).as("%s: %s", type, report.findings()).isNotEqualTo(SendVerdict.BLOCKED);
      SpApiRequests b = SpApiRequests.forMessage(r, report).uploadDestinationIds(ids(r.message().attachments().size()));
      if (type == MessageType.WARRANTY) {
        b.warrantyCoverage(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2028-03-02T00:00:00Z"));
      }
      SpApiRequest call = b.build();
      assertThat(call.path()).isEqualTo(e.getValue().replace("{amazonOrderId}", ID.toString()) + "?marketplaceIds=ATVPDKIKX0DER");
      assertThat(call.method()).isEqualTo("POST");
      JsonNode operation = Models.model("messaging.json").path("paths").path(e.getValue()).path("post");
      assertThat(call.operationId()).isEqualToIgnoringCase(operation.path("operationId").asText());
      Schema schema = Schemas.spApi("messaging.json", call.modelDefinition());
      Schemas.assertValid(schema, call.body());
      assertThat(operation.path("parameters").findValuesAsText("$ref")).contains("#/definitions/" + call.modelDefinition());
    }
  }

  @Test
  void bodiesAreExactlyTheModelsShape() {
    SendRequest delivery = request(MessageType.CONFIRM_DELIVERY_DETAILS);
    SpApiRequest call = SpApiRequests.forMessage(delivery, SendCheck.standard().check(delivery)).build();
    assertThat(call.operationId()).isEqualTo("createConfirmDeliveryDetails");
    assertThat(call.body().toString()).isEqualTo("{\"text\":\"Order 112-1234567-7654321: which day suits you for the delivery?\"}");

    SendRequest warranty = request(MessageType.WARRANTY);
    SpApiRequest w = SpApiRequests.forMessage(warranty, SendCheck.standard().check(warranty)).uploadDestinationIds(List.of("dest-1"))
        .warrantyCoverage(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2028-03-02T00:00:00Z")).build();
    assertThat(w.body().toString()).isEqualTo("{\"attachments\":[{\"uploadDestinationId\":\"dest-1\",\"fileName\":\"document-0.pdf\"}],"
        + "\"coverageStartDate\":\"2026-03-02T00:00:00Z\",\"coverageEndDate\":\"2028-03-02T00:00:00Z\"}");

    SendRequest legal = request(MessageType.LEGAL_DISCLOSURE);
    SpApiRequest l = SpApiRequests.forMessage(legal, SendCheck.standard().check(legal)).uploadDestinationIds(List.of("dest-2")).build();
    assertThat(l.operationId()).isEqualTo("createLegalDisclosure");
    assertThat(l.body().toString()).isEqualTo("{\"attachments\":[{\"uploadDestinationId\":\"dest-2\",\"fileName\":\"document-0.pdf\"}]}");

    SendRequest problem = request(MessageType.UNEXPECTED_PROBLEM);
    assertThat(SpApiRequests.forMessage(problem, SendCheck.standard().check(problem)).build().operationId()).isEqualTo("createUnexpectedProblem");
  }

  @Test
  void theModelsOwnSandboxBodiesValidateAndAWrongBodyDoesNot() {
    for (Map.Entry<MessageType, String> e : PATHS.entrySet()) {
      JsonNode operation = Models.model("messaging.json").path("paths").path(e.getValue()).path("post");
      String ref = operation.path("parameters").findValuesAsText("$ref").stream().filter(s -> s.startsWith("#/definitions/")).findFirst().orElseThrow();
      Schema schema = Schemas.spApi("messaging.json", ref.substring("#/definitions/".length()));
      for (JsonNode body : Models.requestBodies("messaging.json", e.getValue(), "201")) {
        Schemas.assertValid(schema, body);
      }
    }
    Schema delivery = Schemas.spApi("messaging.json", "CreateConfirmDeliveryDetailsRequest");
    assertThat(Schemas.errors(delivery, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("text", "x".repeat(2001))))
        .isNotEmpty();
    assertThat(Schemas.errors(Schemas.spApi("messaging.json", "CreateWarrantyRequest"),
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("coverageStartDate", "soon"))).isNotEmpty();
  }

  @Test
  void theReviewRequestIsASolicitationWithoutBody() {
    Order shipped = Order.builder().from(order()).status(OrderStatus.SHIPPED).offeredMessageTypes(java.util.Set.of(MessageType.REVIEW_REQUEST))
        .earliestDeliveryDate(PURCHASE.plusSeconds(86400)).latestDeliveryDate(PURCHASE.plusSeconds(3 * 86400)).build();
    Instant at = PURCHASE.plusSeconds(10 * 86400);
    SendRequest r = SendRequest.builder().message(Message.builder().id("rr").author(Author.SELLER).sentAt(at).type(MessageType.REVIEW_REQUEST).build())
        .context(CheckContext.of(Marketplace.US)).order(shipped).at(at).build();
    SpApiRequest call = SpApiRequests.forMessage(r, SendCheck.standard().check(r)).build();
    assertThat(call.operationId()).isEqualTo("createProductReviewAndSellerFeedbackSolicitation");
    assertThat(call.path()).isEqualTo("/solicitations/v1/orders/112-1234567-7654321/solicitations/productReviewAndSellerFeedback?marketplaceIds=ATVPDKIKX0DER");
    assertThat(call.hasBody()).isFalse();
    assertThat(Models.model("solicitations.json").path("paths").has("/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback")).isTrue();
  }

  @Test
  void aBlockedMessageGetsNoRequest() {
    SendRequest ok = request(MessageType.CONFIRM_DELIVERY_DETAILS);
    SendRequest blocked = SendRequest.builder().from(ok)
        .message(Message.builder().from(ok.message()).body("Order 112-1234567-7654321: write to me at seller@example.com").build()).build();
    SendReport report = SendCheck.standard().check(blocked);
    assertThat(report.verdict()).isEqualTo(SendVerdict.BLOCKED);
    assertThatThrownBy(() -> SpApiRequests.forMessage(blocked, report).build())
        .isInstanceOf(SpApiRefusal.class).hasMessageContaining("BLOCKED").hasMessageContaining("content.email");
  }

  @Test
  void requestsThatDoNotFitTheOperationAreRefused() {
    SendRequest warranty = request(MessageType.WARRANTY);
    SendReport report = SendCheck.standard().check(warranty);
    assertThatThrownBy(() -> SpApiRequests.forMessage(warranty, report).build()).hasMessageContaining("uploadDestinationIds");
    assertThatThrownBy(() -> SpApiRequests.forMessage(warranty, report).uploadDestinationIds(List.of(" ")).build()).hasMessageContaining("uploadDestinationIds[0]");
    assertThatThrownBy(() -> SpApiRequests.forMessage(warranty, report).uploadDestinationIds(List.of("d"))
        .warrantyCoverage(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).build()).hasMessageContaining("before its start");
    SendRequest delivery = request(MessageType.CONFIRM_DELIVERY_DETAILS);
    assertThatThrownBy(() -> SpApiRequests.forMessage(delivery, SendCheck.standard().check(delivery))
        .warrantyCoverage(PURCHASE, PURCHASE).build()).hasMessageContaining("only for WARRANTY");
    SendRequest free = SendRequest.builder().from(delivery).message(Message.builder().from(delivery.message()).type(MessageType.FREE_FORM).build()).build();
    assertThatThrownBy(() -> SpApiRequests.forMessage(free, SendCheck.standard().check(free)).build()).hasMessageContaining("FREE_FORM");
    SendRequest noOrder = SendRequest.builder().message(delivery.message()).context(delivery.context()).at(delivery.at()).build();
    assertThatThrownBy(() -> SpApiRequests.forMessage(noOrder, SendCheck.standard().check(noOrder)).build()).hasMessageContaining("order is required");
  }

  @Test
  void uploadMetadataCarriesTheBase64OfTheRawMd5() {
    Attachment hello = Attachment.withContent("hello.txt", "Hello".getBytes(StandardCharsets.US_ASCII));
    SpApiUploads.UploadMetadata m = SpApiUploads.metadata(hello, order(), MessageType.INVOICE);
    // MD5("Hello") = 8b1a9953c4611296a827abf8c47804d7; its 16 raw bytes in base64:
    assertThat(m.contentMd5()).isEqualTo("ixqZU8RhEpaoJ6v4xHgE1w==");
    assertThat(m.resource()).isEqualTo("messaging/v1/orders/112-1234567-7654321/messages/invoice");
    assertThat(m.contentType()).isEqualTo("text/plain");
    assertThat(m.path()).isEqualTo("/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/112-1234567-7654321/messages/invoice"
        + "?marketplaceIds=ATVPDKIKX0DER&contentMD5=ixqZU8RhEpaoJ6v4xHgE1w%3D%3D&contentType=text%2Fplain");
    assertThat(SpApiUploads.metadata(pdf("w.pdf"), order(), MessageType.WARRANTY).contentType()).isEqualTo("application/pdf");
    assertThatThrownBy(() -> SpApiUploads.metadata(Attachment.of("x.pdf", 10), order(), MessageType.INVOICE)).hasMessageContaining("no content");
    assertThatThrownBy(() -> SpApiUploads.metadata(hello, order(), MessageType.CONFIRM_DELIVERY_DETAILS)).hasMessageContaining("takes no attachments");
  }
}
