package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.FulfillmentChannel;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads SP-API Orders API answers, as Amazon returns them, into Parley {@link Order}s.
 *
 * <p>Covered models: Orders API v0 ({@code getOrder}, {@code getOrders}, {@code getOrderItems})
 * and Orders API 2026-01-01 ({@code getOrder}, {@code searchOrders}). Only what Parley's rules read
 * is taken: id, marketplace, purchase instant, status, fulfilment channel, ship and delivery
 * windows, ship instant (2026-01-01 packages), items (ASIN, SKU, quantity, customisation),
 * business order and the buyer's masked alias. Unknown fields are ignored; errors name the JSON
 * path. Stateless and thread-safe.
 */
public final class SpApiOrders {
  private SpApiOrders() {}

  // ---------------------------------------------------------------- v0

  /**
   * Reads an Orders API v0 order: a {@code getOrder} response ({@code {"payload": {...}}}) or the
   * {@code Order} object itself.
   *
   * @param json the response or order
   * @return the order, without items
   * @throws JsonInputException if a required value is missing or malformed
   */
  public static Order readV0(JsonNode json) {
    return readV0(json, null);
  }

  /**
   * Reads an Orders API v0 order with its items from a {@code getOrderItems} response ({@code
   * {"payload": {"OrderItems": [...]}}}) or the items array.
   *
   * @param json the {@code getOrder} response or order
   * @param items the {@code getOrderItems} response or items array; null for none
   * @return the order
   * @throws JsonInputException if a required value is missing or malformed
   */
  public static Order readV0(JsonNode json, JsonNode items) {
    String where = json != null && json.has("payload") ? "payload" : "";
    JsonNode o = where.isEmpty() ? json : json.get("payload");
    return v0(o, where, items);
  }

  /**
   * Reads every order of an Orders API v0 {@code getOrders} response ({@code {"payload":
   * {"Orders": [...]}}}).
   *
   * @param json the response
   * @return the orders, in response order
   * @throws JsonInputException if an order is malformed
   */
  public static List<Order> readV0List(JsonNode json) {
    JsonNode arr = json.path("payload").path("Orders");
    if (!arr.isArray()) {
      throw new JsonInputException("payload.Orders", "payload.Orders must be an array, got " + (arr.isMissingNode() ? "nothing" : arr));
    }
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      orders.add(v0(arr.get(i), "payload.Orders[" + i + "]", null));
    }
    return orders;
  }

  private static Order v0(JsonNode o, String where, JsonNode items) {
    object(o, where);
    Order.Builder b = Order.builder()
        .id(orderId(o, where, "AmazonOrderId"))
        .marketplace(marketplace(o, where, "MarketplaceId"))
        .purchasedAt(requiredInstant(o, where, "PurchaseDate"))
        .status(v0Status(o, where));
    Values.string(o, where, "FulfillmentChannel").ifPresent(f -> b.fulfillmentChannel(f.equals("AFN") ? FulfillmentChannel.AMAZON : FulfillmentChannel.MERCHANT));
    instant(o, where, "EarliestShipDate").ifPresent(b::earliestShipDate);
    instant(o, where, "LatestShipDate").ifPresent(b::latestShipDate);
    instant(o, where, "EarliestDeliveryDate").ifPresent(b::earliestDeliveryDate);
    instant(o, where, "LatestDeliveryDate").ifPresent(b::latestDeliveryDate);
    Values.bool(o, where, "IsBusinessOrder").ifPresent(b::businessOrder);
    alias(o.path("BuyerInfo").path("BuyerEmail")).ifPresent(b::buyerAlias);
    if (items != null) {
      String iw = items.has("payload") ? "payload.OrderItems" : "";
      JsonNode arr = items.has("payload") ? items.path("payload").path("OrderItems") : items;
      if (!arr.isArray()) {
        throw new JsonInputException(iw, (iw.isEmpty() ? "the order items" : iw) + " must be an array, got " + arr);
      }
      for (int i = 0; i < arr.size(); i++) {
        String at = (iw.isEmpty() ? "" : iw) + "[" + i + "]";
        JsonNode it = arr.get(i);
        object(it, at);
        OrderItem.Builder ib = OrderItem.builder().asin(asin(Values.string(it, at, "ASIN").orElseThrow(() -> missing(at, "ASIN")), Values.path(at, "ASIN")));
        Values.string(it, at, "SellerSKU").filter(s -> !s.isBlank()).ifPresent(ib::sellerSku);
        quantity(it, at, "QuantityOrdered").ifPresent(ib::quantity);
        String url = it.path("BuyerInfo").path("BuyerCustomizedInfo").path("CustomizedURL").asText("");
        ib.customized(!url.isBlank());
        b.addItems(build(ib, at));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(where, (where.isEmpty() ? "" : where + ": ") + e.getMessage());
    }
  }

  private static OrderStatus v0Status(JsonNode o, String where) {
    String s = Values.string(o, where, "OrderStatus").orElseThrow(() -> missing(where, "OrderStatus"));
    // v0 spells them Pending, Unshipped, PartiallyShipped, Shipped, Canceled, Unfulfillable,
    // InvoiceUnconfirmed, PendingAvailability.
    return Values.enumValue(OrderStatus.class, Values.path(where, "OrderStatus"), s);
  }

  // ---------------------------------------------------------------- 2026-01-01

  /**
   * Reads an Orders API 2026-01-01 order: a {@code getOrder} response ({@code {"order": {...}}})
   * or the {@code Order} object itself. The ship instant is the earliest package {@code shipTime};
   * the model has no delivery instant.
   *
   * @param json the response or order
   * @return the order
   * @throws JsonInputException if a required value is missing or malformed
   */
  public static Order read2026(JsonNode json) {
    String where = json != null && json.has("order") && json.get("order").isObject() ? "order" : "";
    return v2026(where.isEmpty() ? json : json.get("order"), where);
  }

  /**
   * Reads every order of an Orders API 2026-01-01 {@code searchOrders} response ({@code {"orders": [...]}}).
   *
   * @param json the response
   * @return the orders, in response order
   * @throws JsonInputException if an order is malformed
   */
  public static List<Order> read2026List(JsonNode json) {
    JsonNode arr = json.path("orders");
    if (!arr.isArray()) {
      throw new JsonInputException("orders", "orders must be an array, got " + (arr.isMissingNode() ? "nothing" : arr));
    }
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      orders.add(v2026(arr.get(i), "orders[" + i + "]"));
    }
    return orders;
  }

  private static Order v2026(JsonNode o, String where) {
    object(o, where);
    String sc = Values.path(where, "salesChannel");
    JsonNode channel = o.get("salesChannel");
    object(channel, sc);
    String f = Values.path(where, "fulfillment");
    JsonNode fulfillment = o.path("fulfillment");
    OrderStatus status = OrderStatus.UNSHIPPED;
    if (fulfillment.isObject()) {
      String st = Values.string(fulfillment, f, "fulfillmentStatus").orElseThrow(() -> missing(f, "fulfillmentStatus"));
      status = st.equals("CANCELLED") ? OrderStatus.CANCELED : Values.enumValue(OrderStatus.class, Values.path(f, "fulfillmentStatus"), st);
    }
    Order.Builder b = Order.builder()
        .id(orderId(o, where, "orderId"))
        .marketplace(marketplace(channel, sc, "marketplaceId"))
        .purchasedAt(requiredInstant(o, where, "createdTime"))
        .status(status);
    if (fulfillment.isObject()) {
      Values.string(fulfillment, f, "fulfilledBy").ifPresent(by -> b.fulfillmentChannel(by.equals("AMAZON") ? FulfillmentChannel.AMAZON : FulfillmentChannel.MERCHANT));
      JsonNode ship = fulfillment.path("shipByWindow");
      instant(ship, Values.path(f, "shipByWindow"), "earliestDateTime").ifPresent(b::earliestShipDate);
      instant(ship, Values.path(f, "shipByWindow"), "latestDateTime").ifPresent(b::latestShipDate);
      JsonNode deliver = fulfillment.path("deliverByWindow");
      instant(deliver, Values.path(f, "deliverByWindow"), "earliestDateTime").ifPresent(b::earliestDeliveryDate);
      instant(deliver, Values.path(f, "deliverByWindow"), "latestDateTime").ifPresent(b::latestDeliveryDate);
    }
    JsonNode programs = o.path("programs");
    for (JsonNode p : programs) {
      if (p.asText().equals("AMAZON_BUSINESS")) {
        b.businessOrder(true);
      }
    }
    alias(o.path("buyer").path("buyerEmail")).ifPresent(b::buyerAlias);
    JsonNode packages = o.path("packages");
    Instant shipped = null;
    for (int i = 0; i < packages.size(); i++) {
      Optional<Instant> t = instant(packages.get(i), Values.path(where, "packages[" + i + "]"), "shipTime");
      if (t.isPresent() && (shipped == null || t.get().isBefore(shipped))) {
        shipped = t.get();
      }
    }
    if (shipped != null) {
      b.shippedAt(shipped);
    }
    JsonNode items = o.path("orderItems");
    for (int i = 0; i < items.size(); i++) {
      String at = Values.path(where, "orderItems[" + i + "]");
      JsonNode it = items.get(i);
      object(it, at);
      JsonNode product = it.path("product");
      String pw = Values.path(at, "product");
      OrderItem.Builder ib = OrderItem.builder().asin(asin(Values.string(product, pw, "asin").orElseThrow(() -> missing(pw, "asin")), Values.path(pw, "asin")));
      Values.string(product, pw, "sellerSku").filter(s -> !s.isBlank()).ifPresent(ib::sellerSku);
      quantity(it, at, "quantityOrdered").ifPresent(ib::quantity);
      ib.customized(!product.path("customization").path("customizedUrl").asText("").isBlank());
      b.addItems(build(ib, at));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(where, (where.isEmpty() ? "" : where + ": ") + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String asin(String asin, String where) {
    boolean ok = asin.length() == 10;
    for (int i = 0; ok && i < 10; i++) {
      char c = asin.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (!ok) {
      throw new JsonInputException(where, where + " is not an ASIN (10 upper-case letters or digits): got \"" + asin + "\"");
    }
    return asin;
  }

  private static OrderItem build(OrderItem.Builder ib, String at) {
    try {
      return ib.build();
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(at, at + ": " + e.getMessage());
    }
  }

  private static void object(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new JsonInputException(where, (where.isEmpty() ? "the order" : where) + " must be an object, got " + n);
    }
  }

  private static JsonInputException missing(String where, String field) {
    String p = Values.path(where, field);
    return new JsonInputException(p, p + " is required");
  }

  private static OrderId orderId(JsonNode o, String where, String field) {
    String s = Values.string(o, where, field).orElseThrow(() -> missing(where, field));
    if (!OrderId.isValid(s)) {
      String p = Values.path(where, field);
      throw new JsonInputException(p, p + " is not an Amazon order id (3-7-7 digits): got \"" + s + "\"");
    }
    return OrderId.parse(s);
  }

  private static Marketplace marketplace(JsonNode o, String where, String field) {
    String id = Values.string(o, where, field).orElseThrow(() -> missing(where, field));
    return Marketplace.byMarketplaceId(id).orElseThrow(() -> {
      String p = Values.path(where, field);
      return new JsonInputException(p, p + " is not a marketplace Parley knows: got \"" + id + "\"");
    });
  }

  private static Instant requiredInstant(JsonNode o, String where, String field) {
    return instant(o, where, field).orElseThrow(() -> missing(where, field));
  }

  private static Optional<Instant> instant(JsonNode o, String where, String field) {
    if (o == null || !o.isObject()) {
      return Optional.empty();
    }
    return Values.string(o, where, field).filter(s -> !s.isBlank()).map(s -> Values.offsetInstant(Values.path(where, field), s));
  }

  private static Optional<Integer> quantity(JsonNode o, String where, String field) {
    JsonNode q = o.get(field);
    if (q == null || q.isNull()) {
      return Optional.empty();
    }
    if (!q.isIntegralNumber() || !q.canConvertToInt()) {
      String p = Values.path(where, field);
      throw new JsonInputException(p, p + " must be a whole number, got " + q);
    }
    return Optional.of(q.intValue());
  }

  private static Optional<BuyerAlias> alias(JsonNode email) {
    String s = email.asText("").strip().toLowerCase(Locale.ROOT);
    return BuyerAlias.isValid(s) ? Optional.of(BuyerAlias.parse(s)) : Optional.empty();
  }
}
