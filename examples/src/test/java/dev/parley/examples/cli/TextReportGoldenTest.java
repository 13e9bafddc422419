package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The human-readable output, byte for byte, against golden files in src/test/resources/golden/.
 * Run with {@code -Dparley.writeGolden=true} to rewrite them after an intended change (and read
 * the diff).
 */
class TextReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("parley.writeGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file " + file + " (rewrite with -Dparley.writeGolden=true)")
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void lintFolderAsText() throws IOException {
    CliRunner r = CliRunner.run("lint", "--format", "text", "src/test/resources/lint");
    assertThat(r.code).isEqualTo(2); // templates.json holds a template without body
    assertGolden("lint.txt", r.out);
  }

  @Test
  void lintWithoutValuesAsText() throws IOException {
    CliRunner r = CliRunner.run("lint", "--format=text", "--no-values", "src/test/resources/lint/review-request.txt", "src/test/resources/lint/yaml");
    assertThat(r.code).isEqualTo(1);
    assertGolden("lint-no-values.txt", r.out);
  }

  @Test
  void checkAsText() throws IOException {
    CliRunner r = CliRunner.run("check", "--format", "text", "src/test/resources/messages.jsonl");
    assertThat(r.code).isEqualTo(2);
    assertGolden("check.txt", r.out);
  }

  @Test
  void colourOnlyOnATerminal() {
    CliRunner plain = CliRunner.run("lint", "--format", "text", "src/test/resources/lint/delay.md");
    CliRunner terminal = CliRunner.run(true, "", "lint", "src/test/resources/lint/delay.md");
    assertThat(plain.out).doesNotContain("\u001b[");
    assertThat(terminal.out).contains("\u001b[").contains("template");
    // Without colour codes the terminal output is the plain text output: text is the default there.
    assertThat(terminal.out.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out);
  }

  @Test
  void jsonIsTheDefaultOffATerminal() {
    CliRunner r = CliRunner.run("lint", "src/test/resources/lint/delay.md");
    assertThat(r.out).startsWith("{\"file\":");
  }
}
