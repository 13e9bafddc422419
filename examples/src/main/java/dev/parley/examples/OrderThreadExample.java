package dev.parley.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds a realistic order and its buyer thread from bundled sample data (the same fields a
 * seller tool gets from the SP-API Orders API and the messaging relay) and prints them.
 *
 * <p>Run: {@code java -cp examples/target/parley.jar dev.parley.examples.OrderThreadExample}.
 */
public final class OrderThreadExample {
  private OrderThreadExample() {}

  /**
   * Prints the sample order and thread.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JsonNode sample = load();
    Order order = order(sample.get("order"));
    MessageThread thread = thread(sample.get("thread"), order);
    DateTimeFormatter local = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.ENGLISH).withZone(order.marketplace().zone());

    out.printf("Order %s on %s (%s), %s, placed %s%n", order.id(), order.marketplace().domain(), order.marketplace().marketplaceId(), order.status(), local.format(order.purchasedAt()));
    order.items().forEach(i -> out.printf("  %d x %s%s%n", i.quantity(), i.asin(), i.customized() ? " (customised)" : ""));
    order.latestDeliveryDate().ifPresent(d -> out.printf("  promised delivery by %s%n", local.format(d)));
    out.printf("  buyer %s, writes in %s%n", order.buyerAlias().map(BuyerAlias::address).orElse("?"), order.effectiveBuyerLocale().getDisplayLanguage(Locale.ENGLISH));
    out.printf("Thread %s: %d messages, started by %s%n", thread.id(), thread.messages().size(), thread.startedBy().map(Enum::name).orElse("nobody"));
    for (Message m : thread.messages()) {
      out.printf("  %s  %-6s %s%n", local.format(m.sentAt()), m.author(), m.subject());
    }
    thread.lastMessageFrom(Author.BUYER).ifPresent(m -> out.printf("Last buyer message: %s at %s%n", m.id(), m.sentAt()));
  }

  private static JsonNode load() {
    try (InputStream in = OrderThreadExample.class.getResourceAsStream("sample-order-thread.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Order order(JsonNode o) {
    Order.Builder b = Order.builder()
        .id(OrderId.parse(o.get("orderId").asText()))
        .marketplace(Marketplace.of(o.get("marketplace").asText()))
        .purchasedAt(Instant.parse(o.get("purchasedAt").asText()))
        .status(OrderStatus.valueOf(o.get("status").asText()))
        .buyerAlias(BuyerAlias.parse(o.get("buyerAlias").asText()))
        .buyerLocale(Locale.forLanguageTag(o.get("buyerLocale").asText()))
        .earliestDeliveryDate(Instant.parse(o.get("earliestDeliveryDate").asText()))
        .latestDeliveryDate(Instant.parse(o.get("latestDeliveryDate").asText()))
        .shippedAt(Instant.parse(o.get("shippedAt").asText()));
    for (JsonNode i : o.get("items")) {
      b.addItems(OrderItem.builder().asin(i.get("asin").asText()).sellerSku(i.get("sku").asText()).quantity(i.get("quantity").asInt()).customized(i.get("customized").asBoolean()).build());
    }
    return b.build();
  }

  private static MessageThread thread(JsonNode t, Order order) {
    MessageThread.Builder b = MessageThread.builder()
        .id(t.get("id").asText())
        .orderId(order.id())
        .marketplace(order.marketplace());
    order.buyerAlias().ifPresent(b::buyerAlias);
    for (JsonNode m : t.get("messages")) {
      Message.Builder mb = Message.builder()
          .id(m.get("id").asText())
          .author(Author.valueOf(m.get("author").asText()))
          .sentAt(Instant.parse(m.get("sentAt").asText()))
          .subject(m.path("subject").asText(""))
          .body(m.path("body").asText(""));
      if (m.has("inReplyTo")) {
        mb.inReplyTo(m.get("inReplyTo").asText());
      }
      b.addMessages(mb.build());
    }
    return b.build();
  }
}
