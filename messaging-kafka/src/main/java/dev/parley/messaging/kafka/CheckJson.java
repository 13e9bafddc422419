package dev.parley.messaging.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.order.PriorMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code parley check} JSON contract (README, "the JSON Lines contract"): a check request in,
 * a report out, field for field as the command-line tool reads and writes them. Until the shared
 * JSON mapping module lands this is the one place in the Kafka module that knows the contract.
 *
 * <p>Stateless and thread-safe. Malformed values throw {@link IllegalArgumentException} whose
 * message names the field and the value.
 */
final class CheckJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckJson() {}

  /** A request read from JSON with the id it echoes. */
  static final class Request {
    final String id;
    final SendRequest request;

    Request(String id, SendRequest request) {
      this.id = id;
      this.request = request;
    }
  }

  static Request read(JsonNode in, Instant now) {
    if (!in.isObject()) {
      throw new IllegalArgumentException("value is invalid: got " + in.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", expected a JSON object");
    }
    if (!in.has("body") || in.get("body").isNull()) {
      throw new IllegalArgumentException("body is required");
    }
    String id = text(in, "id").orElse("");
    Marketplace marketplace = text(in, "marketplace").map(Marketplace::of).orElse(Marketplace.US);
    MessageType type = text(in, "type").map(t -> enumValue(MessageType.class, "type", t)).orElse(MessageType.FREE_FORM);
    BodyFormat format = text(in, "format").map(f -> enumValue(BodyFormat.class, "format", f)).orElse(BodyFormat.TEXT);
    Instant sentAt = instant(in, "sentAt").orElse(now);
    Message message = Message.builder()
        .id(id.isEmpty() ? "message" : id)
        .author(Author.SELLER)
        .sentAt(sentAt)
        .type(type)
        .subject(text(in, "subject").orElse(""))
        .body(text(in, "body").orElse(""))
        .bodyFormat(format)
        .attachments(attachments(in))
        .build();
    CheckContext.Builder context = CheckContext.builder()
        .marketplace(marketplace)
        .replyToBuyer(bool(in, "replyToBuyer").orElse(false));
    text(in, "buyerLocale").filter(s -> !s.isBlank()).map(CheckJson::locale).ifPresent(context::buyerLocale);
    SendRequest.Builder request = SendRequest.builder()
        .message(message)
        .context(context.build())
        .at(sentAt)
        .buyerOptedOut(bool(in, "buyerOptedOut").orElse(null))
        .priorMessages(priorMessages(in));
    order(in, marketplace).ifPresent(request::order);
    return new Request(id, request.build());
  }

  static ObjectNode report(String id, SendReport report) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    Severity worst = null;
    ArrayNode findings = JSON.createArrayNode();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(SendCheck.DELIVERY_UNCERTAIN)) {
        continue; // reported as "deliverable": null with the delivery reason, as the tool does
      }
      if (f.severity() != Severity.INFO && (worst == null || f.severity().compareTo(worst) < 0)) {
        worst = f.severity();
      }
      ObjectNode fn = findings.addObject();
      fn.put("rule", f.ruleId());
      fn.put("severity", f.severity().name());
      fn.put("field", f.field().toString());
      fn.put("start", f.start());
      fn.put("end", f.end());
      fn.put("excerpt", f.excerpt());
      fn.put("message", f.explanation());
      fn.put("explanation", f.explanation());
      fn.put("evidence", f.evidence());
    }
    out.put("verdict", worst == null ? "PASS" : worst == Severity.BLOCK ? "BLOCK" : "WARN");
    out.set("findings", findings);
    Classification c = report.classification();
    out.put("category", c.category().name());
    out.put("critical", report.critical());
    if (report.deliverable().isPresent()) {
      out.put("deliverable", report.deliverable().get());
    } else {
      out.putNull("deliverable");
    }
    out.put("decision", report.verdict().name());
    ObjectNode delivery = out.putObject("delivery");
    delivery.put("outcome", report.delivery().outcome().name());
    delivery.put("reason", report.delivery().reason().name());
    delivery.put("explanation", report.delivery().explanation());
    out.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
    report.earliestAllowedAt().ifPresent(t -> out.put("earliestAllowedAt", t.toString()));
    report.allowedUntil().ifPresent(t -> out.put("allowedUntil", t.toString()));
    return out;
  }

  private static Optional<Order> order(JsonNode in, Marketplace marketplace) {
    JsonNode o = in.get("order");
    if (o == null || o.isNull()) {
      return Optional.empty();
    }
    if (!o.isObject()) {
      throw new IllegalArgumentException("order must be an object, got " + o);
    }
    String orderId = text(o, "orderId").orElseThrow(() -> new IllegalArgumentException("order.orderId is required"));
    Instant purchasedAt = instant(o, "purchasedAt")
        .orElseThrow(() -> new IllegalArgumentException("order.purchasedAt is required"));
    Optional<Instant> shippedAt = instant(o, "shippedAt");
    Optional<Instant> deliveredAt = instant(o, "deliveredAt");
    OrderStatus status = text(o, "status")
        .map(st -> enumValue(OrderStatus.class, "order.status", st))
        .orElse(shippedAt.isPresent() || deliveredAt.isPresent() ? OrderStatus.SHIPPED : OrderStatus.UNSHIPPED);
    Order.Builder b = Order.builder()
        .id(OrderId.parse(orderId))
        .marketplace(marketplace)
        .purchasedAt(purchasedAt)
        .status(status);
    instant(o, "earliestShipDate").ifPresent(b::earliestShipDate);
    instant(o, "latestShipDate").ifPresent(b::latestShipDate);
    instant(o, "earliestDeliveryDate").ifPresent(b::earliestDeliveryDate);
    instant(o, "latestDeliveryDate").ifPresent(b::latestDeliveryDate);
    shippedAt.ifPresent(b::shippedAt);
    deliveredAt.ifPresent(b::deliveredAt);
    text(in, "buyerLocale").filter(s -> !s.isBlank()).map(CheckJson::locale).ifPresent(b::buyerLocale);
    return Optional.of(b.build());
  }

  private static List<PriorMessage> priorMessages(JsonNode in) {
    List<PriorMessage> list = new ArrayList<>();
    JsonNode arr = in.get("priorMessages");
    if (arr == null || arr.isNull()) {
      return list;
    }
    if (!arr.isArray()) {
      throw new IllegalArgumentException("priorMessages must be an array, got " + arr);
    }
    int i = 0;
    for (JsonNode p : arr) {
      String field = "priorMessages[" + i++ + "]";
      MessageType type = text(p, "type").map(t -> enumValue(MessageType.class, field + ".type", t))
          .orElse(MessageType.FREE_FORM);
      Instant at = instant(p, "sentAt").orElseThrow(() -> new IllegalArgumentException(field + ".sentAt is required"));
      Optional<String> category = text(p, "category").filter(c -> !c.isBlank());
      list.add(category.isPresent()
          ? PriorMessage.of(type, enumValue(Category.class, field + ".category", category.get()), at)
          : PriorMessage.of(type, at));
    }
    return list;
  }

  private static List<Attachment> attachments(JsonNode in) {
    List<Attachment> list = new ArrayList<>();
    JsonNode arr = in.get("attachments");
    if (arr == null || arr.isNull()) {
      return list;
    }
    if (!arr.isArray()) {
      throw new IllegalArgumentException("attachments must be an array, got " + arr);
    }
    int i = 0;
    for (JsonNode a : arr) {
      String field = "attachments[" + i++ + "]";
      String name = text(a, "fileName").orElseThrow(() -> new IllegalArgumentException(field + ".fileName is required"));
      Attachment attachment;
      if (a.hasNonNull("contentBase64")) {
        byte[] bytes;
        try {
          bytes = Base64.getMimeDecoder().decode(a.get("contentBase64").asText());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(field + ".contentBase64 is not valid base64: " + e.getMessage());
        }
        attachment = Attachment.withContent(name, bytes);
        if (a.hasNonNull("sizeBytes") && a.get("sizeBytes").asLong() != bytes.length) {
          throw new IllegalArgumentException(field + ".sizeBytes is " + a.get("sizeBytes").asLong()
              + " but the content has " + bytes.length + " bytes");
        }
      } else {
        JsonNode size = a.get("sizeBytes");
        if (size == null || !size.canConvertToLong()) {
          throw new IllegalArgumentException(field
              + ".sizeBytes must be a number of bytes when contentBase64 is absent, got " + size);
        }
        attachment = Attachment.of(name, size.asLong());
      }
      if (a.hasNonNull("mediaType")) {
        attachment = attachment.withDeclaredMediaType(a.get("mediaType").asText());
      }
      list.add(attachment);
    }
    return list;
  }

  private static Locale locale(String tag) {
    Locale l = Locale.forLanguageTag(tag.replace('_', '-'));
    if (l.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("buyerLocale must be a language tag such as de-DE, got \"" + tag + "\"");
    }
    return l;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(field + " must be a string, got " + v);
    }
    return Optional.of(v.asText());
  }

  private static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(v.asText().toLowerCase(Locale.ROOT)));
    }
    throw new IllegalArgumentException(field + " must be true or false, got " + v);
  }

  private static Optional<Instant> instant(JsonNode node, String field) {
    Optional<String> s = text(node, field);
    if (s.isEmpty() || s.get().isBlank()) {
      return Optional.empty();
    }
    String v = s.get().strip();
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
      return Optional.of(t instanceof OffsetDateTime
          ? ((OffsetDateTime) t).toInstant()
          : ((LocalDateTime) t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an ISO-8601 instant such as 2026-03-01T10:00:00Z, got \""
          + v + "\"");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    String key = squash(value);
    for (E e : type.getEnumConstants()) {
      if (squash(e.name()).equals(key)) {
        return e;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new IllegalArgumentException(field + " is unknown: got \"" + value + "\", expected one of " + valid);
  }

  private static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }
}
