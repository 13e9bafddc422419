package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley sla} in a JVM with a tiny heap: the out-of-memory condition is one line and exit code 3. */
class SlaCommandMemoryTest {
  @Test
  void runningOutOfHeapIsOneLineAndExitCodeThree(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("threads.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 200_000; i++) {
        // Every thread awaits a reply, so every one is kept for the work queue.
        w.write("{\"id\":\"T-" + i + "\",\"messages\":[{\"id\":\"m1\",\"author\":\"buyer\",\"sentAt\":\"2026-06-01T10:00:00Z\"}]}\n");
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx16m", "-XX:-UseCompressedOops", "-cp",
        System.getProperty("java.class.path"), Parley.class.getName(), "sla", input.toString(),
        "--at", "2026-06-10T12:00:00Z", "--json"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join("\n", err)).isEqualTo(SlaCommand.EXIT_OUT_OF_MEMORY);
    assertThat(err).hasSize(1);
    assertThat(err.get(0)).startsWith("parley sla: out of memory after ").contains("-Xmx");
  }
}
