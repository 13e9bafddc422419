package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParleyCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final class Run {
    final int code;
    final List<JsonNode> lines = new ArrayList<>();
    final String err;

    Run(int code, String out, String err) throws IOException {
      this.code = code;
      this.err = err;
      for (String l : out.split("\n")) {
        if (l.startsWith("{")) {
          lines.add(JSON.readTree(l));
        }
      }
    }
  }

  static Run run(String stdin, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Parley.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cleanMessagePassesWithExitZero() throws IOException {
    Run r = run("{\"id\":\"a\",\"marketplace\":\"DE\",\"buyerLocale\":\"de-DE\",\"replyToBuyer\":true,\"body\":\"Guten Tag, die Lieferung kommt am Montag. Viele Grüße\"}\n", "check", "-");
    assertThat(r.code).isZero();
    assertThat(r.lines).hasSize(1);
    assertThat(r.lines.get(0).get("id").asText()).isEqualTo("a");
    assertThat(r.lines.get(0).get("verdict").asText()).isEqualTo("PASS");
    assertThat(r.lines.get(0).get("findings").isArray()).isTrue();
  }

  @Test
  void malformedLinesAreReportedInOrderAndTheRestStillRun() throws IOException {
    String in = String.join("\n",
        "{\"id\":\"1\",\"body\":\"hello\",\"replyToBuyer\":true}",
        "{not json",
        "",
        "{\"id\":\"3\"}",
        "{\"id\":\"4\",\"body\":\"x\",\"marketplace\":\"XX\"}",
        "{\"id\":\"5\",\"body\":\"x\",\"type\":\"confirm-order-details\",\"replyToBuyer\":true}",
        "{\"id\":\"6\",\"body\":\"x\",\"sentAt\":\"yesterday\"}",
        "[1,2]") + "\n";
    Run r = run(in, "check");
    assertThat(r.code).isEqualTo(2);
    // Every input line gives one record, the blank line included.
    assertThat(r.lines).hasSize(8);
    assertThat(r.lines.get(0).get("id").asText()).isEqualTo("1");
    assertThat(r.lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(r.lines.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(r.lines.get(2).get("error").asText()).contains("blank");
    assertThat(r.lines.get(3).get("line").asInt()).isEqualTo(4);
    assertThat(r.lines.get(3).get("error").asText()).contains("body");
    assertThat(r.lines.get(3).get("id").asText()).isEqualTo("3");
    assertThat(r.lines.get(4).get("error").asText()).contains("marketplace").contains("XX");
    assertThat(r.lines.get(5).get("id").asText()).isEqualTo("5");
    assertThat(r.lines.get(6).get("error").asText()).contains("sentAt").contains("yesterday");
    assertThat(r.lines.get(7).get("line").asInt()).isEqualTo(8);
  }

  @Test
  void enumValuesAcceptAnyCaseAndUnderscores() {
    assertThat(dev.parley.messaging.json.Values.enumValue(dev.parley.messaging.core.OrderStatus.class, "status", "PartiallyShipped"))
        .isEqualTo(dev.parley.messaging.core.OrderStatus.PARTIALLY_SHIPPED);
    assertThat(dev.parley.messaging.json.Values.enumValue(dev.parley.messaging.core.OrderStatus.class, "status", "shipped"))
        .isEqualTo(dev.parley.messaging.core.OrderStatus.SHIPPED);
    assertThat(dev.parley.messaging.json.Values.enumValue(dev.parley.messaging.core.MessageType.class, "type", "confirm_order_details"))
        .isEqualTo(dev.parley.messaging.core.MessageType.CONFIRM_ORDER_DETAILS);
  }

  @Test
  void instantsAcceptOffsetsUtcLocalDateTimesAndDates() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("a", "2026-03-01T10:00:00+01:00");
    n.put("b", "2026-03-01T09:00:00Z");
    n.put("c", "2026-03-01T09:00:00");
    n.put("d", "2026-03-01");
    java.time.Instant nine = java.time.Instant.parse("2026-03-01T09:00:00Z");
    assertThat(dev.parley.messaging.json.Values.instant(n, "", "a")).contains(nine);
    assertThat(dev.parley.messaging.json.Values.instant(n, "", "b")).contains(nine);
    assertThat(dev.parley.messaging.json.Values.instant(n, "", "c")).contains(nine);
    assertThat(dev.parley.messaging.json.Values.instant(n, "", "d")).contains(java.time.Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void theFullCheckReportsCategoryDeliveryAndTiming() throws IOException {
    String in = String.join("\n",
        "{\"id\":\"r\",\"marketplace\":\"US\",\"body\":\"Hi! How do you like the kettle? We would appreciate an honest review on Amazon. Order 112-1234567-1234567\",\"buyerOptedOut\":true,"
            + "\"order\":{\"orderId\":\"112-1234567-1234567\",\"purchasedAt\":\"2026-03-01T10:00:00Z\",\"status\":\"Shipped\",\"deliveredAt\":\"2026-03-03T10:00:00Z\"},\"sentAt\":\"2026-03-06T10:00:00Z\"}",
        "{\"id\":\"c\",\"marketplace\":\"UK\",\"type\":\"CONFIRM_CUSTOMIZATION_DETAILS\",\"body\":\"Could you confirm the engraving text for order 203-1234567-1234567?\",\"buyerOptedOut\":true,"
            + "\"order\":{\"orderId\":\"203-1234567-1234567\",\"purchasedAt\":\"2026-03-01T10:00:00Z\",\"status\":\"Unshipped\"},\"sentAt\":\"2026-03-01T12:00:00Z\"}",
        "{\"id\":\"x\",\"marketplace\":\"US\",\"body\":\"We would appreciate your honest feedback on order 112-1234567-1234567.\",\"order\":{\"orderId\":\"112-1234567-1234567\",\"purchasedAt\":\"2026-03-01T10:00:00Z\",\"status\":\"Shipped\",\"deliveredAt\":\"2026-03-03T10:00:00Z\"},"
            + "\"priorMessages\":[{\"type\":\"REVIEW_REQUEST\",\"sentAt\":\"2026-03-05T10:00:00Z\"}],\"sentAt\":\"2026-03-09T10:00:00Z\"}") + "\n";
    Run r = run(in, "check");
    JsonNode review = r.lines.get(0);
    assertThat(review.get("category").asText()).isEqualTo("REVIEW_REQUEST");
    assertThat(review.get("critical").asBoolean()).isFalse();
    assertThat(review.get("deliverable").asBoolean()).isFalse();
    assertThat(review.get("decision").asText()).isEqualTo("WILL_NOT_BE_DELIVERED");
    JsonNode custom = r.lines.get(1);
    assertThat(custom.get("category").asText()).isEqualTo("PRODUCT_CUSTOMIZATION");
    assertThat(custom.get("critical").asBoolean()).isTrue();
    assertThat(custom.get("deliverable").asBoolean()).isTrue();
    JsonNode repeat = r.lines.get(2);
    assertThat(repeat.get("verdict").asText()).isEqualTo("BLOCK");
    assertThat(repeat.get("findings").findValuesAsText("rule")).contains("review.repeat");
    assertThat(repeat.get("deliverable").isNull()).isTrue();
    assertThat(r.code).isEqualTo(1);
  }

  @Test
  void unknownCommandAndMissingFileExitTwo() throws IOException {
    assertThat(run("", "frobnicate").code).isEqualTo(2);
    Run r = run("", "check", "does-not-exist.jsonl");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.lines).hasSize(1);
    assertThat(r.lines.get(0).get("file").asText()).isEqualTo("does-not-exist.jsonl");
    assertThat(r.lines.get(0).get("error").asText()).contains("no such file");
    assertThat(run("", "rules").code).isZero();
  }

  @Test
  void bundledSamplesAllProduceAResult() throws IOException {
    Run r = run("", "check", "data/messages.jsonl");
    assertThat(r.lines).isNotEmpty().allSatisfy(l -> assertThat(l.has("verdict")).isTrue());
    assertThat(r.code).isIn(0, 1);
  }
}
