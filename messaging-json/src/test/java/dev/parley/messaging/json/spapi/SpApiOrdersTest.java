package dev.parley.messaging.json.spapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.FulfillmentChannel;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.json.JsonInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpApiOrdersTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void everyV0GetOrderExampleOfTheModelReads() {
    List<JsonNode> examples = Models.responses("ordersV0.json", "/orders/v0/orders/{orderId}", "get", "200");
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode e : examples) {
      Order o = SpApiOrders.readV0(e);
      assertThat(o.id().toString()).isEqualTo(e.path("payload").path("AmazonOrderId").asText());
    }
    Order first = SpApiOrders.readV0(examples.get(0));
    assertThat(first.marketplace()).isEqualTo(Marketplace.US);
    assertThat(first.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(first.purchasedAt()).isEqualTo(Instant.parse("2017-01-20T19:49:35Z"));
    assertThat(first.fulfillmentChannel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(first.latestShipDate()).contains(Instant.parse("2017-01-25T19:49:35Z"));
  }

  @Test
  void everyV0GetOrdersExampleOfTheModelReads() {
    List<JsonNode> examples = Models.responses("ordersV0.json", "/orders/v0/orders", "get", "200");
    assertThat(examples).isNotEmpty();
    int orders = 0;
    for (JsonNode e : examples) {
      orders += SpApiOrders.readV0List(e).size();
    }
    assertThat(orders).isPositive();
  }

  @Test
  void v0ItemsComeFromGetOrderItemsWithCustomisation() {
    List<JsonNode> items = Models.responses("ordersV0.json", "/orders/v0/orders/{orderId}/orderItems", "get", "200");
    assertThat(items).isNotEmpty();
    JsonNode order = Models.responses("ordersV0.json", "/orders/v0/orders/{orderId}", "get", "200").get(0);
    // The model's first example lists a 12-character ASIN ("BCTU1104UEFB"), which no real item has:
    // it is refused with the path of the value; the sandbox example reads.
    assertThatThrownBy(() -> SpApiOrders.readV0(order, items.get(0)))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.path()).isEqualTo("payload.OrderItems[1].ASIN"))
        .hasMessageContaining("BCTU1104UEFB");
    Order o = SpApiOrders.readV0(order, items.get(1));
    assertThat(o.items()).singleElement().satisfies(i -> assertThat(i.asin()).isEqualTo("B00551Q3CS"));
    ObjectNode custom = (ObjectNode) items.get(1).deepCopy();
    ((ObjectNode) custom.path("payload").path("OrderItems").get(0)).putObject("BuyerInfo").putObject("BuyerCustomizedInfo")
        .put("CustomizedURL", "https://example.com/custom.zip");
    assertThat(SpApiOrders.readV0(order, custom).hasCustomizedItem()).isTrue();
    assertThat(SpApiOrders.readV0(order, items.get(1)).hasCustomizedItem()).isFalse();
  }

  @Test
  void the2026GetOrderExampleReadsWithWindowsShipmentAndItems() {
    List<JsonNode> examples = Models.responses("orders_2026-01-01.json", "/orders/2026-01-01/orders/{orderId}", "get", "200");
    assertThat(examples).isNotEmpty();
    Order o = SpApiOrders.read2026(examples.get(0));
    assertThat(o.id().toString()).isEqualTo("202-1234567-8901234");
    assertThat(o.marketplace()).isEqualTo(Marketplace.UK);
    assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(o.purchasedAt()).isEqualTo(Instant.parse("2024-12-25T09:15:00Z"));
    assertThat(o.earliestDeliveryDate()).contains(Instant.parse("2024-12-27T00:00:00Z"));
    assertThat(o.latestDeliveryDate()).contains(Instant.parse("2024-12-30T23:59:59Z"));
    assertThat(o.shippedAt()).contains(Instant.parse("2024-12-26T14:00:00Z"));
    assertThat(o.items()).singleElement().satisfies(i -> {
      assertThat(i.asin()).isEqualTo("B08DFPV54V");
      assertThat(i.quantity()).isEqualTo(3);
      assertThat(i.customized()).isFalse();
    });
    for (JsonNode e : examples) {
      assertThat(SpApiOrders.read2026(e).id().toString()).isEqualTo(e.path("order").path("orderId").asText());
    }
  }

  @Test
  void every2026SearchOrdersExampleReads() {
    List<JsonNode> examples = Models.responses("orders_2026-01-01.json", "/orders/2026-01-01/orders", "get", "200");
    assertThat(examples).isNotEmpty();
    for (JsonNode e : examples) {
      assertThat(SpApiOrders.read2026List(e)).hasSize(e.path("orders").size());
    }
  }

  @Test
  void cancelledAndBusinessOrdersOf2026() throws Exception {
    JsonNode o = M.readTree("{\"orderId\":\"111-1234567-1234567\",\"createdTime\":\"2026-01-05T10:00:00Z\",\"lastUpdatedTime\":\"2026-01-05T10:00:00Z\","
        + "\"programs\":[\"AMAZON_BUSINESS\"],\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"A1PA6795UKMFR9\"},"
        + "\"fulfillment\":{\"fulfillmentStatus\":\"CANCELLED\",\"fulfilledBy\":\"AMAZON\"},\"orderItems\":[]}");
    Order order = SpApiOrders.read2026(o);
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(order.marketplace()).isEqualTo(Marketplace.DE);
    assertThat(order.businessOrder()).isTrue();
    assertThat(order.fulfillmentChannel()).isEqualTo(FulfillmentChannel.AMAZON);
  }

  @Test
  void errorsNameTheJsonPath() throws Exception {
    assertThatThrownBy(() -> SpApiOrders.readV0(M.readTree("{\"payload\":{\"AmazonOrderId\":\"902-3159896-1390916\",\"MarketplaceId\":\"ATVPDKIKX0DER\","
        + "\"OrderStatus\":\"Shipped\",\"PurchaseDate\":\"yesterday\"}}")))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.path()).isEqualTo("payload.PurchaseDate"))
        .hasMessageContaining("yesterday");
    assertThatThrownBy(() -> SpApiOrders.readV0(M.readTree("{\"payload\":{\"AmazonOrderId\":\"902-3159896-1390916\",\"MarketplaceId\":\"XX\","
        + "\"OrderStatus\":\"Shipped\",\"PurchaseDate\":\"2026-01-01T00:00:00Z\"}}")))
        .hasMessageStartingWith("payload.MarketplaceId").hasMessageContaining("XX");
    assertThatThrownBy(() -> SpApiOrders.read2026(M.readTree("{\"order\":{\"orderId\":\"1\",\"createdTime\":\"2026-01-01T00:00:00Z\","
        + "\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},\"orderItems\":[]}}")))
        .hasMessageStartingWith("order.orderId");
    assertThatThrownBy(() -> SpApiOrders.read2026(M.readTree("{\"order\":{\"orderId\":\"111-1234567-1234567\",\"createdTime\":\"2026-01-01T00:00:00Z\","
        + "\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},\"orderItems\":[{\"orderItemId\":\"1\",\"quantityOrdered\":1,\"product\":{}}]}}")))
        .hasMessageStartingWith("order.orderItems[0].product.asin");
  }
}
