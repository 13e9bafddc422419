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
    assertThat(r.lines).hasSize(7);
    assertThat(r.lines.get(0).get("id").asText()).isEqualTo("1");
    assertThat(r.lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(r.lines.get(2).get("line").asInt()).isEqualTo(4);
    assertThat(r.lines.get(2).get("error").asText()).contains("body");
    assertThat(r.lines.get(3).get("error").asText()).contains("marketplace").contains("XX");
    assertThat(r.lines.get(4).get("id").asText()).isEqualTo("5");
    assertThat(r.lines.get(5).get("error").asText()).contains("sentAt").contains("yesterday");
    assertThat(r.lines.get(6).get("line").asInt()).isEqualTo(8);
  }

  @Test
  void enumValuesAcceptAnyCaseAndUnderscores() {
    assertThat(Json.enumValue(dev.parley.messaging.core.OrderStatus.class, "status", "PartiallyShipped"))
        .isEqualTo(dev.parley.messaging.core.OrderStatus.PARTIALLY_SHIPPED);
    assertThat(Json.enumValue(dev.parley.messaging.core.OrderStatus.class, "status", "shipped"))
        .isEqualTo(dev.parley.messaging.core.OrderStatus.SHIPPED);
    assertThat(Json.enumValue(dev.parley.messaging.core.MessageType.class, "type", "confirm_order_details"))
        .isEqualTo(dev.parley.messaging.core.MessageType.CONFIRM_ORDER_DETAILS);
  }

  @Test
  void unknownCommandAndMissingFileExitTwo() throws IOException {
    assertThat(run("", "frobnicate").code).isEqualTo(2);
    Run r = run("", "check", "does-not-exist.jsonl");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("does-not-exist.jsonl");
    assertThat(run("", "rules").code).isZero();
  }

  @Test
  void bundledSamplesAllProduceAResult() throws IOException {
    Run r = run("", "check", "data/messages.jsonl");
    assertThat(r.lines).isNotEmpty().allSatisfy(l -> assertThat(l.has("verdict")).isTrue());
    assertThat(r.code).isIn(0, 1);
  }
}
