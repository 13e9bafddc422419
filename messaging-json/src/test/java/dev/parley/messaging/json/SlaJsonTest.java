package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.sla.SlaPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thread input and the SLA report, on the bundled sample threads, against their schemas. */
class SlaJsonTest {
  private static final ParleyJson JSON = ParleyJson.standard();

  @Test
  void sampleThreadsAndTheirReportMatchTheSchemas() throws Exception {
    var threadSchema = Schemas.parley("thread-input");
    List<ThreadInput> inputs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "examples", "data", "threads.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.parse(line);
      Schemas.assertValid(threadSchema, node);
      ThreadInput in = JSON.readThreadInput(node);
      assertThat(JSON.readThreadInput(JSON.writeThreadInput(in))).isEqualTo(in);
      Schemas.assertValid(threadSchema, JSON.writeThreadInput(in));
      inputs.add(in);
    }
    assertThat(inputs).hasSize(24);
    SlaReport report = SlaReport.compute(inputs, SlaPolicy.builder().build(), Instant.parse("2026-06-10T12:00:00Z"));
    JsonNode out = JSON.writeSlaReport(report, List.of(InputError.of(3, "messages[0].sentAt must be an ISO-8601 instant")));
    Schemas.assertValid(Schemas.parley("sla-report"), out);
    assertThat(out.path("queue").size()).isEqualTo(report.queue().size()).isPositive();
  }

  @Test
  void theServicesSlaRequestReadsPolicyAndThreads() {
    SlaRequest r = JSON.readSlaRequest(JSON.parse("{\"at\":\"2026-06-10T12:00:00Z\",\"responseWindow\":\"PT48H\",\"dueSoonLead\":\"PT2H\","
        + "\"threads\":[{\"id\":\"T\",\"messages\":[{\"id\":\"m\",\"author\":\"buyer\",\"sentAt\":\"2026-06-09T12:00:00Z\"}]}]}"));
    assertThat(r.policy().responseWindow()).hasHours(48);
    assertThat(r.report().queue().size()).isEqualTo(1);
    Schemas.assertValid(Schemas.parley("sla-report"), JSON.writeSlaReport(r.report(), List.of()));
  }

  @Test
  void aStreamedReportEqualsTheBatchReportAndWritesTheSameBytes() throws Exception {
    List<ThreadInput> inputs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "examples", "data", "threads.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        inputs.add(JSON.readThreadInput(JSON.parse(line)));
      }
    }
    SlaPolicy policy = SlaPolicy.builder().build();
    Instant at = Instant.parse("2026-06-10T12:00:00Z");
    SlaReport batch = SlaReport.compute(inputs, policy, at);
    SlaReport.Streaming streaming = SlaReport.streaming(policy, at);
    inputs.forEach(in -> {
      streaming.verify(in);
      streaming.add(in);
    });
    SlaReport streamed = streaming.build();
    assertThat(streamed.queue()).isEqualTo(batch.queue());
    assertThat(streamed.metrics()).isEqualTo(batch.metrics());
    assertThat(streamed.excluded()).isEqualTo(batch.excluded());
    assertThat(streamed.threadCount()).isEqualTo(24);
    List<InputError> errors = List.of(InputError.of("-", 3, "T", "messages[0] must be an object, got 1"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JSON.writeSlaReport(streamed, errors, out);
    assertThat(out.toByteArray()).isEqualTo(JSON.writeLine(JSON.writeSlaReport(batch, errors)));
  }
}
