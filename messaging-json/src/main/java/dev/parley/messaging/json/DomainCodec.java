package dev.parley.messaging.json;

import static dev.parley.messaging.json.Values.array;
import static dev.parley.messaging.json.Values.element;
import static dev.parley.messaging.json.Values.fail;
import static dev.parley.messaging.json.Values.path;
import static dev.parley.messaging.json.Values.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.Channel;
import dev.parley.messaging.core.FulfillmentChannel;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.order.PriorMessage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes the domain types; every reader names the JSON path in its errors. */
final class DomainCodec {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DomainCodec() {}

  // ---------------------------------------------------------------- attachments

  static List<Attachment> attachments(JsonNode in, String parent, boolean strict) {
    List<Attachment> list = new ArrayList<>();
    JsonNode arr = array(in, parent, "attachments");
    if (arr == null) {
      return list;
    }
    int i = 0;
    for (JsonNode a : arr) {
      list.add(attachment(a, element(path(parent, "attachments"), i++), strict));
    }
    return list;
  }

  /**
   * An attachment; {@code strict} (the {@code parley} tool's contract) wants {@code fileName} and
   * {@code contentBase64} as JSON strings and base64 without line breaks or other characters.
   */
  static Attachment attachment(JsonNode a, String where, boolean strict) {
    Values.object(a, where);
    String name = Values.text(strict, a, where, "fileName").orElseThrow(() -> fail(path(where, "fileName"), "is required"));
    try {
      Attachment attachment;
      if (a.hasNonNull("contentBase64")) {
        byte[] bytes;
        try {
          String text = Values.text(strict, a, where, "contentBase64").orElse("");
          bytes = (strict ? Base64.getDecoder() : Base64.getMimeDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
          throw fail(path(where, "contentBase64"), "is not valid base64: " + e.getMessage());
        }
        attachment = Attachment.withContent(name, bytes);
        if (a.hasNonNull("sizeBytes") && a.get("sizeBytes").asLong() != bytes.length) {
          throw fail(path(where, "sizeBytes"), "is " + a.get("sizeBytes").asLong() + " but the content has " + bytes.length + " bytes");
        }
      } else {
        JsonNode size = a.get("sizeBytes");
        if (size == null || !size.canConvertToLong()) {
          throw fail(path(where, "sizeBytes"), "must be a number of bytes when contentBase64 is absent, got " + size);
        }
        attachment = Attachment.of(name, size.asLong());
      }
      if (a.hasNonNull("mediaType")) {
        attachment = attachment.withDeclaredMediaType(a.get("mediaType").asText());
      }
      return attachment;
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  static ArrayNode writeAttachments(List<Attachment> attachments) {
    ArrayNode arr = NODES.arrayNode();
    for (Attachment a : attachments) {
      arr.add(writeAttachment(a));
    }
    return arr;
  }

  static ObjectNode writeAttachment(Attachment a) {
    ObjectNode n = NODES.objectNode();
    n.put("fileName", a.fileName());
    n.put("sizeBytes", a.sizeBytes());
    a.content().ifPresent(b -> n.put("contentBase64", Base64.getEncoder().encodeToString(bytes(b))));
    a.declaredMediaType().ifPresent(t -> n.put("mediaType", t));
    return n;
  }

  static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  // ---------------------------------------------------------------- messages

  /** A message as in the thread input; {@code lenient} accepts instants without an offset. */
  static Message message(JsonNode m, String where, boolean lenient) {
    if (m == null || !m.isObject()) {
      throw fail(where, "must be an object, got " + m);
    }
    String id = Values.string(m, where, "id").filter(s -> !s.isBlank()).orElseThrow(() -> fail(path(where, "id"), "is missing"));
    String authorText = Values.string(m, where, "author").orElseThrow(() -> fail(path(where, "author"), "is missing"));
    Author author;
    try {
      author = Author.valueOf(authorText.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw fail(path(where, "author"), "must be buyer, seller or amazon, got \"" + authorText + "\"");
    }
    String sentAtText = Values.string(m, where, "sentAt").orElseThrow(() -> fail(path(where, "sentAt"), "is missing"));
    Instant sentAt = lenient ? Values.instant(path(where, "sentAt"), sentAtText) : Values.offsetInstant(path(where, "sentAt"), sentAtText);
    try {
      Message.Builder b = Message.builder()
          .id(id)
          .author(author)
          .sentAt(sentAt)
          .noResponseNeeded(Values.strictBool(m, where, "noResponseNeeded"))
          .automated(Values.strictBool(m, where, "automated"))
          .subject(Values.string(m, where, "subject").orElse(""))
          .body(Values.string(m, where, "body").orElse(""))
          .attachments(attachments(m, where, false));
      Values.string(m, where, "type").map(t -> Values.enumValue(MessageType.class, path(where, "type"), t)).ifPresent(b::type);
      Values.string(m, where, "channel").map(t -> Values.enumValue(Channel.class, path(where, "channel"), t)).ifPresent(b::channel);
      Values.string(m, where, "format").map(t -> Values.enumValue(BodyFormat.class, path(where, "format"), t)).ifPresent(b::bodyFormat);
      Values.string(m, where, "inReplyTo").filter(s -> !s.isBlank()).ifPresent(b::inReplyTo);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  static ObjectNode writeMessage(Message m) {
    ObjectNode n = NODES.objectNode();
    n.put("id", m.id());
    n.put("author", m.author().name().toLowerCase(Locale.ROOT));
    n.put("sentAt", m.sentAt().toString());
    if (m.type() != MessageType.FREE_FORM) {
      n.put("type", m.type().name());
    }
    if (m.channel() != (m.type().isSpApi() ? Channel.SP_API : Channel.SELLER_CENTRAL)) {
      n.put("channel", m.channel().name());
    }
    if (!m.subject().isEmpty()) {
      n.put("subject", m.subject());
    }
    if (!m.body().isEmpty()) {
      n.put("body", m.body());
    }
    if (m.bodyFormat() != BodyFormat.TEXT) {
      n.put("format", m.bodyFormat().name().toLowerCase(Locale.ROOT));
    }
    if (!m.attachments().isEmpty()) {
      n.set("attachments", writeAttachments(m.attachments()));
    }
    if (m.noResponseNeeded()) {
      n.put("noResponseNeeded", true);
    }
    if (m.automated()) {
      n.put("automated", true);
    }
    m.inReplyTo().ifPresent(r -> n.put("inReplyTo", r));
    return n;
  }

  // ---------------------------------------------------------------- threads

  /** A thread; {@code lenient} accepts instants without an offset. Messages are put in time order. */
  static MessageThread thread(JsonNode root, String where, boolean lenient) {
    if (root == null || !root.isObject()) {
      throw fail(where, "must be an object, got " + root);
    }
    String id = Values.string(root, where, "id").filter(s -> !s.isBlank())
        .orElseThrow(() -> fail(path(where, "id"), "is missing: every thread needs a non-blank id"));
    try {
      MessageThread.Builder b = MessageThread.builder().id(id);
      Values.string(root, where, "orderId").filter(s -> !s.isBlank()).map(s -> orderId(path(where, "orderId"), s)).ifPresent(b::orderId);
      Values.string(root, where, "marketplace").filter(s -> !s.isBlank()).map(s -> marketplace(path(where, "marketplace"), s)).ifPresent(b::marketplace);
      Values.string(root, where, "buyerAlias").filter(s -> !s.isBlank()).map(s -> buyerAlias(path(where, "buyerAlias"), s)).ifPresent(b::buyerAlias);
      JsonNode messages = root.get("messages");
      if (messages == null || !messages.isArray()) {
        throw fail(path(where, "messages"), "must be an array (it may be empty), got " + (messages == null ? "nothing" : messages));
      }
      List<Message> list = new ArrayList<>();
      int i = 0;
      for (JsonNode m : messages) {
        list.add(message(m, element(path(where, "messages"), i++), lenient));
      }
      // Input may list messages in any order; the thread keeps them in time order (ties in input order).
      list.sort((x, y) -> x.sentAt().compareTo(y.sentAt()));
      return b.messages(list).build();
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  static ObjectNode writeThread(MessageThread t) {
    ObjectNode n = NODES.objectNode();
    n.put("id", t.id());
    t.orderId().ifPresent(o -> n.put("orderId", o.toString()));
    t.marketplace().ifPresent(m -> n.put("marketplace", m.code()));
    t.buyerAlias().ifPresent(a -> n.put("buyerAlias", a.address()));
    ArrayNode ms = n.putArray("messages");
    for (Message m : t.messages()) {
      ms.add(writeMessage(m));
    }
    return n;
  }

  // ---------------------------------------------------------------- orders

  /**
   * An order. Its marketplace is its own {@code marketplace} member or, when absent, {@code
   * defaultMarketplace}; its buyer locale its own {@code buyerLocale} or {@code defaultLocale}.
   */
  static Order order(JsonNode o, String where, Marketplace defaultMarketplace, Optional<Locale> defaultLocale, boolean strict) {
    if (!o.isObject()) {
      throw fail(where, "must be an object, got " + o);
    }
    String orderId = Values.text(strict, o, where, "orderId").orElseThrow(() -> fail(path(where, "orderId"), "is required"));
    Instant purchasedAt = Values.instant(strict, o, where, "purchasedAt").orElseThrow(() -> fail(path(where, "purchasedAt"), "is required"));
    Optional<Instant> shippedAt = Values.instant(strict, o, where, "shippedAt");
    Optional<Instant> deliveredAt = Values.instant(strict, o, where, "deliveredAt");
    OrderStatus status = Values.text(strict, o, where, "status")
        .map(st -> Values.enumValue(OrderStatus.class, path(where, "status"), st))
        .orElse(shippedAt.isPresent() || deliveredAt.isPresent() ? OrderStatus.SHIPPED : OrderStatus.UNSHIPPED);
    Marketplace marketplace = Values.text(strict, o, where, "marketplace").filter(s -> !s.isBlank())
        .map(s -> marketplace(path(where, "marketplace"), s)).orElse(defaultMarketplace);
    try {
      Order.Builder b = Order.builder()
          .id(orderId(path(where, "orderId"), orderId))
          .marketplace(marketplace)
          .purchasedAt(purchasedAt)
          .status(status);
      Values.text(strict, o, where, "fulfillmentChannel").map(s -> Values.enumValue(FulfillmentChannel.class, path(where, "fulfillmentChannel"), s))
          .ifPresent(b::fulfillmentChannel);
      Values.instant(strict, o, where, "earliestShipDate").ifPresent(b::earliestShipDate);
      Values.instant(strict, o, where, "latestShipDate").ifPresent(b::latestShipDate);
      Values.instant(strict, o, where, "earliestDeliveryDate").ifPresent(b::earliestDeliveryDate);
      Values.instant(strict, o, where, "latestDeliveryDate").ifPresent(b::latestDeliveryDate);
      shippedAt.ifPresent(b::shippedAt);
      deliveredAt.ifPresent(b::deliveredAt);
      Values.bool(strict, o, where, "businessOrder").ifPresent(b::businessOrder);
      Values.text(strict, o, where, "buyerAlias").filter(s -> !s.isBlank()).map(s -> buyerAlias(path(where, "buyerAlias"), s)).ifPresent(b::buyerAlias);
      Optional<Locale> locale = Values.text(strict, o, where, "buyerLocale").filter(s -> !s.isBlank()).map(s -> Values.locale(path(where, "buyerLocale"), s));
      locale.or(() -> defaultLocale).ifPresent(b::buyerLocale);
      JsonNode items = array(o, where, "items");
      if (items != null) {
        int i = 0;
        for (JsonNode item : items) {
          b.addItems(item(item, element(path(where, "items"), i++)));
        }
      }
      JsonNode offered = array(o, where, "offeredMessageTypes");
      if (offered != null) {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        int i = 0;
        for (JsonNode t : offered) {
          String at = element(path(where, "offeredMessageTypes"), i++);
          if (!t.isTextual()) {
            throw fail(at, "must be a message type name, got " + t);
          }
          types.add(Values.enumValue(MessageType.class, at, t.textValue()));
        }
        b.offeredMessageTypes(types);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  static OrderItem item(JsonNode n, String where) {
    Values.object(n, where);
    String asin = Values.text(n, where, "asin").orElseThrow(() -> fail(path(where, "asin"), "is required"));
    try {
      OrderItem.Builder b = OrderItem.builder().asin(asin);
      Values.text(n, where, "sellerSku").ifPresent(b::sellerSku);
      JsonNode q = n.get("quantity");
      if (q != null && !q.isNull()) {
        if (!q.canConvertToInt() || !q.isIntegralNumber()) {
          throw fail(path(where, "quantity"), "must be a whole number, got " + q);
        }
        b.quantity(q.intValue());
      }
      Values.bool(n, where, "customized").ifPresent(b::customized);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  /**
   * Writes an order in the check request's shape; {@code withMarketplace} adds the marketplace
   * (the check request takes it from its own top-level member).
   */
  static ObjectNode writeOrder(Order o, boolean withMarketplace, boolean withLocale) {
    ObjectNode n = NODES.objectNode();
    n.put("orderId", o.id().toString());
    if (withMarketplace) {
      n.put("marketplace", o.marketplace().code());
    }
    n.put("purchasedAt", o.purchasedAt().toString());
    n.put("status", o.status().name());
    if (o.fulfillmentChannel() != FulfillmentChannel.MERCHANT) {
      n.put("fulfillmentChannel", o.fulfillmentChannel().name());
    }
    o.earliestShipDate().ifPresent(t -> n.put("earliestShipDate", t.toString()));
    o.latestShipDate().ifPresent(t -> n.put("latestShipDate", t.toString()));
    o.earliestDeliveryDate().ifPresent(t -> n.put("earliestDeliveryDate", t.toString()));
    o.latestDeliveryDate().ifPresent(t -> n.put("latestDeliveryDate", t.toString()));
    o.shippedAt().ifPresent(t -> n.put("shippedAt", t.toString()));
    o.deliveredAt().ifPresent(t -> n.put("deliveredAt", t.toString()));
    if (o.businessOrder()) {
      n.put("businessOrder", true);
    }
    o.buyerAlias().ifPresent(a -> n.put("buyerAlias", a.address()));
    if (withLocale) {
      o.buyerLocale().ifPresent(l -> n.put("buyerLocale", l.toLanguageTag()));
    }
    if (!o.items().isEmpty()) {
      ArrayNode items = n.putArray("items");
      for (OrderItem i : o.items()) {
        ObjectNode in = items.addObject();
        in.put("asin", i.asin());
        i.sellerSku().ifPresent(s -> in.put("sellerSku", s));
        in.put("quantity", i.quantity());
        if (i.customized()) {
          in.put("customized", true);
        }
      }
    }
    o.offeredMessageTypes().ifPresent(types -> {
      ArrayNode arr = n.putArray("offeredMessageTypes");
      for (MessageType t : new TreeSet<>(types)) {
        arr.add(t.name());
      }
    });
    return n;
  }

  // ---------------------------------------------------------------- prior messages

  static List<PriorMessage> priorMessages(JsonNode in, String parent, boolean strict) {
    List<PriorMessage> list = new ArrayList<>();
    JsonNode arr = array(in, parent, "priorMessages");
    if (arr == null) {
      return list;
    }
    int i = 0;
    for (JsonNode p : arr) {
      String where = element(path(parent, "priorMessages"), i++);
      Values.object(p, where);
      MessageType type = Values.text(strict, p, where, "type").map(t -> Values.enumValue(MessageType.class, path(where, "type"), t)).orElse(MessageType.FREE_FORM);
      Instant at = Values.instant(strict, p, where, "sentAt").orElseThrow(() -> fail(path(where, "sentAt"), "is required"));
      Optional<String> category = Values.text(strict, p, where, "category").filter(c -> !c.isBlank());
      list.add(category.isPresent()
          ? PriorMessage.of(type, Values.enumValue(Category.class, path(where, "category"), category.get()), at)
          : PriorMessage.of(type, at));
    }
    return list;
  }

  static ArrayNode writePriorMessages(List<PriorMessage> prior) {
    ArrayNode arr = NODES.arrayNode();
    for (PriorMessage p : prior) {
      ObjectNode n = arr.addObject();
      n.put("type", p.type().name());
      p.category().ifPresent(c -> n.put("category", c.name()));
      n.put("sentAt", p.sentAt().toString());
    }
    return arr;
  }

  // ---------------------------------------------------------------- scalars

  static Marketplace marketplace(String where, String key) {
    try {
      return Marketplace.of(key);
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(where, where + withoutField(e.getMessage()));
    }
  }

  static OrderId orderId(String where, String text) {
    try {
      return OrderId.parse(text);
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(where, where + withoutField(e.getMessage()));
    }
  }

  static BuyerAlias buyerAlias(String where, String text) {
    try {
      return BuyerAlias.parse(text);
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(where, where + withoutField(e.getMessage()));
    }
  }

  /** A core message "field is invalid: ..." without its leading field name, starting with a space. */
  private static String withoutField(String message) {
    if (message == null) {
      return " is invalid";
    }
    int space = message.indexOf(' ');
    return space < 0 ? " " + message : message.substring(space);
  }
}
