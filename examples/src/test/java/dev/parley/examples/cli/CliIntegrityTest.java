package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One regression test per data-integrity bug of issue 15 in {@code parley check} and {@code parley sla}. */
class CliIntegrityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OK = "{\"id\":\"ID\",\"body\":\"Your parcel ships today.\",\"replyToBuyer\":true}";

  /** Runs the tool on raw bytes; returns code, records (stdout, one JSON per line) and stderr. */
  static Object[] run(byte[] stdin, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Parley.run(List.of(args), new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    List<JsonNode> records = new ArrayList<>();
    String text = out.toString(StandardCharsets.UTF_8);
    for (String l : text.split("\n")) {
      if (l.startsWith("{")) {
        records.add(JSON.readTree(l));
      }
    }
    return new Object[] {code, records, err.toString(StandardCharsets.UTF_8), text};
  }

  @SuppressWarnings("unchecked")
  static List<JsonNode> records(Object[] r) {
    return (List<JsonNode>) r[1];
  }

  static byte[] lines(int n, int badLine) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 1; i <= n; i++) {
      byte[] line = OK.replace("ID", "m" + i).getBytes(StandardCharsets.UTF_8);
      if (i == badLine) {
        line[line.length - 5] = (byte) 0xFF;
      }
      b.writeBytes(line);
      b.write('\n');
    }
    return b.toByteArray();
  }

  @Test
  void oneInvalidUtf8ByteSpoilsOnlyItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, lines(1001, 501));
    Path good = dir.resolve("good.jsonl");
    Files.write(good, lines(3, -1));
    Object[] r = run(new byte[0], "check", bad.toString(), good.toString());
    List<JsonNode> recs = records(r);
    assertThat(recs).hasSize(1004);
    assertThat(recs.get(500).get("error").asText()).contains("UTF-8");
    assertThat(recs.get(500).get("line").asInt()).isEqualTo(501);
    assertThat(recs.get(500).get("file").asText()).isEqualTo(bad.toString());
    assertThat(recs.get(499).get("id").asText()).isEqualTo("m500");
    assertThat(recs.get(1003).get("id").asText()).isEqualTo("m3");
    assertThat(r[0]).isEqualTo(2);
  }

  @Test
  void invalidUtf8OnStandardInputIsAnErrorNotAReplacement() throws IOException {
    Object[] r = run(lines(3, 2), "check");
    assertThat(records(r)).hasSize(3);
    assertThat(records(r).get(1).get("error").asText()).contains("UTF-8");
    assertThat(r[0]).isEqualTo(2);
  }

  @Test
  void aMissingFirstFileIsOneErrorAndTheNextFileStillRuns(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.jsonl");
    Files.write(good, lines(2, -1));
    List<JsonNode> recs = records(run(new byte[0], "check", dir.resolve("missing.jsonl").toString(), good.toString()));
    assertThat(recs).hasSize(3);
    assertThat(recs.get(0).get("error").asText()).contains("no such file");
    assertThat(recs.get(2).get("id").asText()).isEqualTo("m2");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] in = ("\uFEFF" + OK.replace("ID", "a") + "\n").getBytes(StandardCharsets.UTF_8);
    List<JsonNode> recs = records(run(in, "check"));
    assertThat(recs).hasSize(1);
    assertThat(recs.get(0).get("id").asText()).isEqualTo("a");
    byte[] sla = ("\uFEFF{\"id\":\"t\",\"messages\":[]}\n").getBytes(StandardCharsets.UTF_8);
    Object[] s = run(sla, "sla", "--json", "--at", "2026-06-10T12:00:00Z");
    assertThat(s[0]).isEqualTo(0);
  }

  @Test
  void trailingContentAndDuplicateKeysAreErrors() throws IOException {
    String two = OK.replace("ID", "a") + OK.replace("ID", "b") + "\n";
    List<JsonNode> recs = records(run(two.getBytes(StandardCharsets.UTF_8), "check"));
    assertThat(recs).hasSize(1);
    assertThat(recs.get(0).has("error")).isTrue();
    String dup = "{\"id\":\"a\",\"body\":\"x\",\"body\":\"y\"}\n";
    assertThat(records(run(dup.getBytes(StandardCharsets.UTF_8), "check")).get(0).get("error").asText()).contains("body");
  }

  @Test
  void invalidBase64AndWrongTypesAreErrors() throws IOException {
    String b64 = "{\"id\":\"a\",\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentBase64\":\"aGVsbG8*\"}]}\n";
    assertThat(records(run(b64.getBytes(StandardCharsets.UTF_8), "check")).get(0).get("error").asText()).contains("base64");
    String numberBody = "{\"id\":\"a\",\"body\":42}\n";
    assertThat(records(run(numberBody.getBytes(StandardCharsets.UTF_8), "check")).get(0).get("error").asText()).contains("body must be a string");
    String boolContent = "{\"id\":\"a\",\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentBase64\":true}]}\n";
    assertThat(records(run(boolContent.getBytes(StandardCharsets.UTF_8), "check")).get(0).get("error").asText())
        .contains("attachments[0].contentBase64 must be a string");
  }

  @Test
  void aLoneSurrogateInAnIdSurvivesAsAnEscape() throws IOException {
    String in = "{\"id\":\"a\\ud800b\",\"body\":\"x\",\"replyToBuyer\":true}\n";
    Object[] r = run(in.getBytes(StandardCharsets.UTF_8), "check");
    assertThat((String) r[3]).contains("a\\ud800b");
    assertThat(records(r).get(0).get("id").asText()).isEqualTo("a\ud800b");
  }

  private static final String SLA_AT = "2026-06-10T12:00:00Z";

  @Test
  void slaSurvivesAnInstantAtTheEdgeOfTheRange() throws IOException {
    String in = "{\"id\":\"edge\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"-999999999-01-01T00:00:00+18:00\"}]}\n"
        + "{\"id\":\"ok\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}\n";
    Object[] r = run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT);
    JsonNode report = records(r).get(0);
    assertThat(report.get("threads").asInt()).isEqualTo(2);
    assertThat(r[0]).isEqualTo(0);
  }

  @Test
  void slaSurvivesAHugeWindow() throws IOException {
    String in = "{\"id\":\"t\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}\n";
    Object[] r = run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT, "--window", "PT9223372036854775807S");
    assertThat(r[0]).isEqualTo(0);
    assertThat(records(r).get(0).get("queue").get(0).get("due").asText()).isEqualTo("+1000000000-12-31T23:59:59.999999999Z");
  }

  @Test
  void aSameInstantSellerMessageIsNoReplyUnlessAsked() throws IOException {
    String in = "{\"id\":\"t\",\"marketplace\":\"DE\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"2026-06-10T10:00:00Z\"},"
        + "{\"id\":\"s\",\"author\":\"seller\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}\n";
    JsonNode strict = records(run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT)).get(0);
    assertThat(strict.get("queue")).hasSize(1);
    JsonNode same = records(run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT, "--same-instant-replies")).get(0);
    assertThat(same.get("queue")).isEmpty();
  }

  @Test
  void slaOutputIsWellFormed() throws IOException {
    String in = "{\"id\":\"t\",\"marketplace\":\"DE\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"2026-01-01T10:00:00Z\"},"
        + "{\"id\":\"a\",\"author\":\"amazon\",\"sentAt\":\"2026-01-01T11:00:00Z\"},{\"id\":\"s\",\"author\":\"seller\",\"sentAt\":\"2026-06-11T10:00:00Z\"}]}\n";
    JsonNode report = records(run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT)).get(0);
    JsonNode entry = report.get("queue").get(0);
    assertThat(entry.get("timeLeft").asText()).startsWith("-PT").doesNotContain("H-");
    assertThat(entry.get("dueLocal").asText()).isEqualTo("2026-01-02T11:00:00+01:00");
    for (JsonNode m : entry.get("messages")) {
      if (m.has("excluded")) {
        assertThat(m.has("answeredBy")).isFalse();
      }
    }
    Object[] table = run(in.getBytes(StandardCharsets.UTF_8), "sla", "--at", SLA_AT);
    assertThat((String) table[3]).contains("for 1 thread\n").doesNotContain("1 threads");
  }

  @Test
  void aWrongTypedMessageFieldKeepsItsPathAndTheOtherThreadsStillPrint() throws IOException {
    String in = "{\"id\":\"bad\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":5}]}\n"
        + "{\"id\":\"ok\",\"messages\":[{\"id\":\"b\",\"author\":\"buyer\",\"sentAt\":\"2026-06-10T10:00:00Z\"}]}\n";
    Object[] r = run(in.getBytes(StandardCharsets.UTF_8), "sla", "--json", "--at", SLA_AT);
    JsonNode report = records(r).get(0);
    assertThat(report.get("errors").get(0).get("error").asText()).startsWith("messages[0].sentAt must be a string");
    assertThat(report.get("errors").get(0).get("id").asText()).isEqualTo("bad");
    assertThat(report.get("threads").asInt()).isEqualTo(1);
    assertThat(r[0]).isEqualTo(2);
  }
}
