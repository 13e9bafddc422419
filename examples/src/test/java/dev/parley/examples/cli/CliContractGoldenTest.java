package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CLI's output is a public contract: these files are recorded from the tool (findings with
 * explanation and evidence, {@code --redact}, one record per input line, error records with file,
 * line and id, the SLA report), and any change to the output must show up here as a changed
 * recording, on purpose.
 */
class CliContractGoldenTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = CliContractGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String[] run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Parley.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void bundledMessagesGiveTheRecordedResults() throws IOException {
    String[] r = run("", "check", "data/messages.jsonl");
    assertThat(r[1]).isEqualTo(resource("messages.out"));
    assertThat(r[0]).isEqualTo("1");
  }

  @Test
  void redactionGivesTheRecordedResults() throws IOException {
    assertThat(run("", "check", "--redact", "data/messages.jsonl")[1]).isEqualTo(resource("messages-redact.out"));
  }

  @Test
  void edgeCasesAndMalformedLinesGiveTheRecordedResults() throws IOException {
    String[] r = run(resource("check-edge.jsonl"), "check", "-");
    assertThat(r[1]).isEqualTo(resource("check-edge.out"));
    assertThat(r[0]).isEqualTo("2");
  }

  @Test
  void slaJsonAndTablesGiveTheRecordedOutput() throws IOException {
    assertThat(run("", "sla", "data/threads.jsonl", "--at", "2026-06-10T12:00:00Z", "--json")[1]).isEqualTo(resource("threads.json"));
    assertThat(run("", "sla", "data/threads.jsonl", "--at", "2026-06-10T12:00:00Z")[1]).isEqualTo(resource("threads.txt"));
  }

  @Test
  void slaEdgeCasesGiveTheRecordedOutputAndErrors() throws IOException {
    String[] r = run(resource("threads-edge.jsonl"), "sla", "-", "--at", "2026-06-10T12:00:00Z", "--json");
    assertThat(r[1]).isEqualTo(resource("sla-edge.json"));
    assertThat(r[2]).isEqualTo(resource("sla-edge.err"));
    assertThat(r[0]).isEqualTo("2");
  }
}
