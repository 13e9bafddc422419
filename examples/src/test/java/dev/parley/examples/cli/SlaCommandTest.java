package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaCommandTest {
  private static final Path SAMPLE = Path.of("data", "threads.jsonl");

  private static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  private static Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SlaCommand.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sampleDataAsJson() throws Exception {
    Result r = run("", SAMPLE.toString(), "--at", "2026-06-10T12:00:00Z", "--json");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("threads").asInt()).isEqualTo(24);
    JsonNode queue = root.get("queue");
    assertThat(queue.size()).isEqualTo(11);
    assertThat(queue.get(0).get("threadId").asText()).isEqualTo("T-1011");
    assertThat(queue.get(0).get("urgency").asText()).isEqualTo("OVERDUE");
    assertThat(queue.get(4).get("urgency").asText()).isEqualTo("DUE_SOON");
    assertThat(queue.get(10).get("urgency").asText()).isEqualTo("OPEN");
    JsonNode week = root.get("metrics").get("LAST_7_DAYS");
    assertThat(week.get("counted").asInt()).isEqualTo(10);
    assertThat(week.get("answeredLate").asInt()).isEqualTo(2);
    assertThat(week.get("unansweredLate").asInt()).isEqualTo(3);
    assertThat(week.get("lateResponseRate").asDouble()).isEqualTo(0.5);
    assertThat(root.get("excluded").get("NO_RESPONSE_NEEDED").asInt()).isEqualTo(2);
    assertThat(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void tableShowsQueueAndMetrics() {
    Result r = run("", SAMPLE.toString(), "--at=2026-06-10T12:00:00Z");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("WORK QUEUE: 11 threads await a reply", "overdue 7d13h45m", "(pre-sale)",
        "last 90 days", "NEED NO REPLY: 4");
  }

  @Test
  void windowAndDueSoonOptionsChangeTheQueue() throws Exception {
    Result r = run("", SAMPLE.toString(), "--at", "2026-06-10T12:00:00Z", "--json", "--window", "PT48H", "--due-soon", "PT0S");
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("policy").get("responseWindow").asText()).isEqualTo("PT48H");
    for (JsonNode e : root.get("queue")) {
      assertThat(e.get("urgency").asText()).isNotEqualTo("DUE_SOON");
    }
  }

  @Test
  void malformedLinesAreReportedAndSkippedWithExitTwo() throws Exception {
    String in = String.join("\n",
        "{\"id\":\"A\",\"messages\":[{\"id\":\"1\",\"author\":\"buyer\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}",
        "{broken",
        "",
        "{\"id\":\"B\",\"messages\":[{\"id\":\"1\",\"author\":\"robot\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}",
        "{\"id\":\"A\",\"messages\":[]}",
        "{\"id\":\"C\",\"messages\":[{\"id\":\"2\",\"author\":\"SELLER\",\"sentAt\":\"2026-06-10T11:00:00Z\"},"
            + "{\"id\":\"1\",\"author\":\"Buyer\",\"sentAt\":\"2026-06-10T10:00:00+02:00\"}]}");
    Result r = run(in, "-", "--at", "2026-06-10T12:00:00Z", "--json");
    assertThat(r.code).isEqualTo(2);
    ObjectMapper m = new ObjectMapper();
    List<String> errLines = r.err.lines().toList();
    assertThat(errLines).hasSize(3);
    assertThat(m.readTree(errLines.get(0)).get("line").asInt()).isEqualTo(2);
    assertThat(m.readTree(errLines.get(1)).get("error").asText()).contains("robot");
    assertThat(m.readTree(errLines.get(2)).get("error").asText()).contains("repeats");
    JsonNode root = m.readTree(r.out);
    assertThat(root.get("errors").size()).isEqualTo(3);
    assertThat(root.get("threads").asInt()).isEqualTo(2);
    // C's messages were listed out of order; the buyer message (08:00Z) is answered at 11:00Z.
    assertThat(root.get("queue").size()).isEqualTo(1);
  }

  @Test
  void usageErrorsExitTwoAndHelpExitsZero() {
    assertThat(run("", "--nope").code).isEqualTo(2);
    assertThat(run("", "--at").err).contains("--at needs a value");
    assertThat(run("", "--at", "tomorrow").err).contains("ISO-8601 instant");
    assertThat(run("", "--window", "24h").err).contains("ISO-8601 duration");
    assertThat(run("", "a.jsonl", "b.jsonl").err).contains("only one input");
    assertThat(run("", "missing-file.jsonl", "--at", "2026-06-10T12:00:00Z").err).contains("no such file");
    Result help = run("", "--help");
    assertThat(help.code).isZero();
    assertThat(help.out).contains("usage: parley sla");
  }

  @Test
  void emptyInputGivesEmptyQueueAndEmptyRates() throws Exception {
    Result r = run("", "--at", "2026-06-10T12:00:00Z", "--json");
    assertThat(r.code).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("queue").size()).isZero();
    assertThat(root.get("metrics").get("LAST_30_DAYS").get("lateResponseRate").isNull()).isTrue();
  }
}
