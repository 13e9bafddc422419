package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.SendVerdict;
import dev.parley.messaging.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds, for a checked message, the SP-API request that sends it: the Messaging API operation of
 * its type ({@code createConfirmDeliveryDetails}, {@code createUnexpectedProblem}, {@code
 * createWarranty} with coverage dates, {@code createLegalDisclosure}, ...) or the Solicitations
 * API's {@code createProductReviewAndSellerFeedbackSolicitation}, with the body as the Messaging
 * API v1 model defines it.
 *
 * <p>A message whose check was {@link SendVerdict#BLOCKED} is refused, as are free-form and
 * retired types and a request without an order. Attachments are sent by reference: upload each
 * file first (see {@link SpApiUploads}) and pass the upload destination ids in attachment order.
 * Pass the report of the check of this very request.
 *
 * <pre>{@code
 * SendReport report = SendCheck.standard().check(request);
 * SpApiRequest call = SpApiRequests.forMessage(request, report).build();
 * }</pre>
 */
public final class SpApiRequests {
  private final SendRequest request;
  private final SendReport report;
  private List<String> uploadDestinationIds = List.of();
  private Instant coverageStart;
  private Instant coverageEnd;

  private SpApiRequests(SendRequest request, SendReport report) {
    this.request = Objects.requireNonNull(request, "request");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Starts a request for a checked message.
   *
   * @param request what was checked
   * @param report the result of checking it
   * @return a builder; not thread-safe
   */
  public static SpApiRequests forMessage(SendRequest request, SendReport report) {
    return new SpApiRequests(request, report);
  }

  /**
   * Sets the upload destination ids of the message's attachments, in attachment order.
   *
   * @param ids one id per attachment, as {@code createUploadDestinationForResource} returned
   * @return this builder
   */
  public SpApiRequests uploadDestinationIds(List<String> ids) {
    this.uploadDestinationIds = List.copyOf(ids);
    return this;
  }

  /**
   * Sets the warranty coverage dates ({@code createWarranty} only).
   *
   * @param start when coverage starts
   * @param end when coverage ends, not before {@code start}
   * @return this builder
   */
  public SpApiRequests warrantyCoverage(Instant start, Instant end) {
    this.coverageStart = Objects.requireNonNull(start, "start");
    this.coverageEnd = Objects.requireNonNull(end, "end");
    return this;
  }

  /**
   * Builds the request.
   *
   * @return the request
   * @throws SpApiRefusal if the message is blocked or the request cannot be built; the message says why
   */
  @SuppressWarnings("deprecation")
  public SpApiRequest build() {
    Message m = request.message();
    MessageType type = m.type();
    if (report.verdict() == SendVerdict.BLOCKED) {
      List<String> rules = report.findings().stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::ruleId).distinct()
          .collect(Collectors.toList());
      throw new SpApiRefusal("message " + m.id() + " is BLOCKED (" + String.join(", ", rules) + "): no SP-API request is built for it");
    }
    if (!type.isSpApi()) {
      throw new SpApiRefusal("type is FREE_FORM: free-form messages have no SP-API operation; choose the message type that fits");
    }
    if (type.isRetired()) {
      throw new SpApiRefusal("type " + type + " was retired by Amazon: its operation no longer exists");
    }
    Order order = request.order().orElseThrow(() -> new SpApiRefusal("order is required: every SP-API messaging call names an order"));
    if (coverageStart != null && type != MessageType.WARRANTY) {
      throw new SpApiRefusal("warrantyCoverage is only for WARRANTY messages, not " + type);
    }
    if (coverageStart != null && coverageEnd.isBefore(coverageStart)) {
      throw new SpApiRefusal("warrantyCoverage end " + coverageEnd + " is before its start " + coverageStart);
    }
    List<Attachment> attachments = m.attachments();
    if (attachments.size() > type.maxAttachments()) {
      throw new SpApiRefusal("attachments: " + type + " takes at most " + type.maxAttachments() + ", the message has " + attachments.size());
    }
    if (attachments.size() < type.minAttachments()) {
      throw new SpApiRefusal("attachments: " + type + " needs at least " + type.minAttachments() + ", the message has " + attachments.size());
    }
    if (uploadDestinationIds.size() != attachments.size()) {
      throw new SpApiRefusal("uploadDestinationIds: one per attachment is needed, got " + uploadDestinationIds.size() + " for "
          + attachments.size() + " attachments");
    }
    for (int i = 0; i < uploadDestinationIds.size(); i++) {
      if (uploadDestinationIds.get(i) == null || uploadDestinationIds.get(i).isBlank()) {
        throw new SpApiRefusal("uploadDestinationIds[" + i + "] is blank");
      }
    }
    String market = "?marketplaceIds=" + order.marketplace().marketplaceId();
    String orderId = order.id().toString();
    if (type == MessageType.REVIEW_REQUEST) {
      return new SpApiRequest("createProductReviewAndSellerFeedbackSolicitation",
          "/solicitations/v1/orders/" + orderId + "/solicitations/productReviewAndSellerFeedback" + market, null, null);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (type.allowsText()) {
      body.put("text", m.body());
    }
    if (!attachments.isEmpty()) {
      ArrayNode arr = body.putArray("attachments");
      for (int i = 0; i < attachments.size(); i++) {
        ObjectNode a = arr.addObject();
        a.put("uploadDestinationId", uploadDestinationIds.get(i));
        a.put("fileName", attachments.get(i).fileName());
      }
    }
    if (coverageStart != null) {
      body.put("coverageStartDate", coverageStart.toString());
      body.put("coverageEndDate", coverageEnd.toString());
    }
    Operation op = Operation.of(type);
    return new SpApiRequest(op.operationId, "/messaging/v1/orders/" + orderId + "/messages/" + op.pathSegment + market, op.definition, body);
  }

  /** The Messaging API operation of each type, as the model names it. */
  static final class Operation {
    final String operationId;
    final String pathSegment;
    final String definition;

    private Operation(String operationId, String pathSegment, String definition) {
      this.operationId = operationId;
      this.pathSegment = pathSegment;
      this.definition = definition;
    }

    static Operation of(MessageType type) {
      switch (type) {
        case CONFIRM_CUSTOMIZATION_DETAILS:
          return new Operation("confirmCustomizationDetails", "confirmCustomizationDetails", "CreateConfirmCustomizationDetailsRequest");
        case CONFIRM_DELIVERY_DETAILS:
          return new Operation("createConfirmDeliveryDetails", "confirmDeliveryDetails", "CreateConfirmDeliveryDetailsRequest");
        case CONFIRM_ORDER_DETAILS:
          return new Operation("createConfirmOrderDetails", "confirmOrderDetails", "CreateConfirmOrderDetailsRequest");
        case CONFIRM_SERVICE_DETAILS:
          return new Operation("createConfirmServiceDetails", "confirmServiceDetails", "CreateConfirmServiceDetailsRequest");
        case UNEXPECTED_PROBLEM:
          return new Operation("createUnexpectedProblem", "unexpectedProblem", "CreateUnexpectedProblemRequest");
        case LEGAL_DISCLOSURE:
          return new Operation("createLegalDisclosure", "legalDisclosure", "CreateLegalDisclosureRequest");
        case WARRANTY:
          return new Operation("createWarranty", "warranty", "CreateWarrantyRequest");
        case DIGITAL_ACCESS_KEY:
          return new Operation("createDigitalAccessKey", "digitalAccessKey", "CreateDigitalAccessKeyRequest");
        case INVOICE:
          return new Operation("sendInvoice", "invoice", "InvoiceRequest");
        default:
          throw new SpApiRefusal("type " + type + " has no Messaging API operation");
      }
    }
  }

  /** {@return the Messaging API path segment of a type, such as {@code invoice}; used for upload resources} */
  static String pathSegment(MessageType type) {
    return Operation.of(type).pathSegment;
  }

}
