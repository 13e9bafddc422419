package dev.parley.messaging.json;

import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.classify.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** Generated check requests (as JSON, the way callers send them) for the property tests. */
final class Generators {
  private static final String[] WORDS = {
    "Hello", "thank you", "your order", "302-1234567-1234567", "review", "www.example.com", "call 030 1234567", "mail me at a@b.de",
    "Lieferung", "colis", "ordine", "pedido", "5 stars", "unsubscribe", "warranty", "<b>bold</b>", "😀", "refund", "\n", "  "};
  private static final MessageType[] TYPES = {
    MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.CONFIRM_DELIVERY_DETAILS, MessageType.UNEXPECTED_PROBLEM,
    MessageType.WARRANTY, MessageType.LEGAL_DISCLOSURE, MessageType.INVOICE, MessageType.REVIEW_REQUEST, MessageType.DIGITAL_ACCESS_KEY,
    MessageType.CONFIRM_ORDER_DETAILS, MessageType.CONFIRM_CUSTOMIZATION_DETAILS};
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  private Generators() {}

  /** A check request as JSON: every member the contract knows, each present or not. */
  static Gen<ObjectNode> checkRequests() {
    return longs().all().map(seed -> request(new SplittableRandom(seed))).describedAs(ObjectNode::toString);
  }

  private static ObjectNode request(SplittableRandom r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode n = f.objectNode();
    if (r.nextBoolean()) {
      n.put("id", "g-" + r.nextInt(1000));
    }
    Marketplace m = Marketplace.values()[r.nextInt(Marketplace.values().length)];
    if (r.nextInt(4) > 0) {
      n.put("marketplace", r.nextBoolean() ? m.code() : m.marketplaceId());
    } else {
      m = Marketplace.US;
    }
    MessageType type = TYPES[r.nextInt(TYPES.length)];
    if (type != MessageType.FREE_FORM || r.nextBoolean()) {
      n.put("type", r.nextBoolean() ? type.name() : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    if (r.nextBoolean()) {
      n.put("subject", text(r, 4));
    }
    n.put("body", type.allowsText() || r.nextInt(4) == 0 ? text(r, 12) : "");
    if (r.nextInt(5) == 0) {
      n.put("format", "html");
    }
    if (r.nextBoolean()) {
      n.put("buyerLocale", m.defaultLocale().toLanguageTag());
    }
    if (r.nextBoolean()) {
      n.put("replyToBuyer", r.nextBoolean());
    }
    if (r.nextBoolean()) {
      n.put("buyerOptedOut", r.nextBoolean());
    }
    int attachments = r.nextInt(3);
    if (attachments > 0) {
      ArrayNode arr = n.putArray("attachments");
      for (int i = 0; i < attachments; i++) {
        ObjectNode a = arr.addObject();
        a.put("fileName", "file" + i + (r.nextBoolean() ? ".pdf" : ".txt"));
        if (r.nextBoolean()) {
          byte[] bytes = text(r, 3).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          a.put("contentBase64", Base64.getEncoder().encodeToString(bytes));
        } else {
          a.put("sizeBytes", r.nextInt(100_000));
        }
        if (r.nextBoolean()) {
          a.put("mediaType", "application/pdf");
        }
      }
    }
    Instant purchased = BASE.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 200)));
    Instant sent = purchased.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 60)));
    n.put("sentAt", sent.toString());
    if (r.nextInt(3) > 0) {
      ObjectNode o = n.putObject("order");
      o.put("orderId", String.format(java.util.Locale.ROOT, "%03d-%07d-%07d", r.nextInt(1000), r.nextInt(10_000_000), r.nextInt(10_000_000)));
      o.put("purchasedAt", purchased.toString());
      OrderStatus status = OrderStatus.values()[r.nextInt(OrderStatus.values().length)];
      if (r.nextBoolean()) {
        o.put("status", status.name());
      }
      if (r.nextBoolean()) {
        Instant shipped = purchased.plus(Duration.ofHours(r.nextInt(72)));
        o.put("shippedAt", shipped.toString());
        if (r.nextBoolean()) {
          o.put("deliveredAt", shipped.plus(Duration.ofHours(r.nextInt(120))).toString());
        }
      }
      if (r.nextBoolean()) {
        Instant earliest = purchased.plus(Duration.ofDays(r.nextInt(5)));
        o.put("earliestDeliveryDate", earliest.toString());
        o.put("latestDeliveryDate", earliest.plus(Duration.ofDays(r.nextInt(5))).toString());
      }
      if (r.nextInt(4) == 0) {
        ArrayNode offered = o.putArray("offeredMessageTypes");
        for (int i = 0; i < 3; i++) {
          MessageType t = TYPES[r.nextInt(TYPES.length)];
          if (t != MessageType.FREE_FORM) {
            offered.add(t.name());
          }
        }
      }
      if (r.nextInt(4) == 0) {
        o.putArray("items").addObject().put("asin", "B08N5WRWNW").put("quantity", 1 + r.nextInt(3)).put("customized", r.nextBoolean());
      }
    }
    if (r.nextInt(3) == 0) {
      ArrayNode prior = n.putArray("priorMessages");
      int k = 1 + r.nextInt(2);
      for (int i = 0; i < k; i++) {
        ObjectNode p = prior.addObject();
        p.put("type", TYPES[r.nextInt(TYPES.length)].name());
        if (r.nextBoolean()) {
          p.put("category", Category.values()[r.nextInt(Category.values().length)].name());
        }
        p.put("sentAt", purchased.plus(Duration.ofHours(r.nextInt(200))).toString());
      }
    }
    if (r.nextInt(6) == 0) {
      n.putObject("dailyVolume").put("averageDailyOrders", r.nextInt(100)).put("proactiveSentToday", r.nextInt(1500));
    }
    return n;
  }

  private static String text(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    int k = 1 + r.nextInt(words);
    for (int i = 0; i < k; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
