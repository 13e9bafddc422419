package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --version, --help on every command, usage lines that show what is optional, errors that echo ids. */
class CliMannersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void version() {
    for (String flag : List.of("--version", "-V", "version")) {
      CliRunner r = CliRunner.run(flag);
      assertThat(r.code).isZero();
      assertThat(r.out).matches("parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }
  }

  @Test
  void helpOnEveryCommandPrintsItsUsageNotItsWork() {
    for (String command : List.of("check", "lint", "sla", "rules")) {
      for (String flag : List.of("--help", "-h")) {
        CliRunner r = CliRunner.run(command, flag);
        assertThat(r.code).as(command + " " + flag).isZero();
        assertThat(r.out).as(command + " " + flag).startsWith("usage: parley " + command);
      }
    }
    assertThat(CliRunner.run("rules", "--help").out).doesNotContain("content.link");
    assertThat(CliRunner.run("--help").out).contains("lint").contains("--version");
  }

  @Test
  void usageLinesBracketWhatIsOptional() {
    assertThat(CheckCommand.USAGE).startsWith("usage: parley check [--format text|json|sarif] [--settings FILE] [--redact] [FILE|-]...");
    assertThat(LintCommand.USAGE).startsWith("usage: parley lint [--format text|json|sarif] [--settings FILE] [--marketplace CODE] [--no-values] [--jobs N] PATH...");
    assertThat(Parley.USAGE).contains("sla [FILE|-] [--at INSTANT] [--json]");
  }

  @Test
  void badOptionsExitWithTwoAndTheUsage() {
    CliRunner r = CliRunner.run("check", "--pretty");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("unknown option --pretty").contains("usage: parley check");
    assertThat(CliRunner.run("check", "--format", "xml").err).contains("--format is unknown: got \"xml\"");
    assertThat(CliRunner.run("lint").err).contains("no PATH given");
    assertThat(CliRunner.run("lint", "--marketplace", "XX", "x").code).isEqualTo(2);
  }

  @Test
  void malformedLineErrorEchoesItsId() throws IOException {
    String in = "{\"id\":\"a-1\",\"marketplace\":\"XX\",\"body\":\"Hello\"}\n"
        + "{\"id\": \"b-2\", \"body\": \"unterminated}\n"
        + "[1, 2]\n"
        + "{\"id\": {\"nested\": true}, \"body\": 3, \"marketplace\": \"nowhere\"}\n";
    CliRunner r = CliRunner.run(false, in, "check");
    assertThat(r.code).isEqualTo(2);
    String[] lines = r.out.split("\n");
    JsonNode first = JSON.readTree(lines[0]);
    assertThat(first.path("line").asInt()).isEqualTo(1);
    assertThat(first.path("id").asText()).isEqualTo("a-1");
    assertThat(first.path("error").asText()).contains("marketplace").contains("XX");
    JsonNode second = JSON.readTree(lines[1]);
    assertThat(second.path("id").asText()).isEqualTo("b-2");
    assertThat(second.path("error").asText()).startsWith("not valid JSON").doesNotContain("Source:");
    assertThat(JSON.readTree(lines[2]).has("id")).isFalse();
    assertThat(JSON.readTree(lines[3]).has("id")).isFalse();
  }

  @Test
  void lintOutputDoesNotDependOnTheNumberOfJobs() {
    CliRunner one = CliRunner.run("lint", "--jobs", "1", "src/test/resources/lint");
    CliRunner four = CliRunner.run("lint", "--jobs=4", "src/test/resources/lint");
    assertThat(four.out).isEqualTo(one.out);
    assertThat(four.code).isEqualTo(one.code);
    assertThat(CliRunner.run("lint", "--jobs", "0", "x").err).contains("--jobs must be a number from 1 to 256");
  }

  @Test
  void lintTakesTheSettingsOfCheck() throws IOException {
    java.nio.file.Path settings = java.nio.file.Files.createTempFile("parley-settings", ".json");
    try {
      java.nio.file.Files.writeString(settings, "{\"severityOverrides\": {\"template.unknown-placeholder\": \"BLOCK\"}, \"disabledRules\": [\"template.unsafe-value\"]}");
      CliRunner r = CliRunner.run("lint", "--settings", settings.toString(), "src/test/resources/lint/delay.md");
      JsonNode result = JSON.readTree(r.out.split("\n")[0]);
      assertThat(result.path("verdict").asText()).isEqualTo("BLOCK");
      assertThat(r.out).doesNotContain("template.unsafe-value").contains("template.unknown-placeholder");
      assertThat(r.code).isEqualTo(1);
    } finally {
      java.nio.file.Files.deleteIfExists(settings);
    }
  }

  @Test
  void lintMissingPathIsReported() {
    CliRunner r = CliRunner.run("lint", "--format", "text", "does/not/exist");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).contains("does/not/exist:1:1  ERROR  no such file or folder");
  }
}
