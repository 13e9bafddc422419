package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Drafts through the topology: every report equals what {@code parley check} prints for the same
 * line (drafts.jsonl is the tool's sample input, check-expected.jsonl the tool's output for it),
 * blocked drafts also reach the blocked topic, and unreadable drafts the dead-letter topic.
 */
class CheckTopologyTest {
  static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(CheckTopologyTest.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  @Test
  void reportsEqualTheCommandLineToolsAndBlockedDraftsAreRoutedApart() throws IOException {
    List<String> drafts = lines("drafts.jsonl");
    List<String> expected = lines("check-expected.jsonl");
    assertThat(drafts).hasSameSizeAs(expected);
    try (Harness h = new Harness(ParleyTopology.builder().deadlines(false).build())) {
      for (String d : drafts) {
        JsonNode order = Harness.read(d).path("order").path("orderId");
        h.draft(order.isMissingNode() ? null : order.asText(), d, Instant.parse("2026-03-01T00:00:00Z"));
      }
      List<TestRecord<String, String>> verdicts = h.verdicts.readRecordsToList();
      assertThat(verdicts).hasSameSizeAs(drafts);
      int blocked = 0;
      for (int i = 0; i < drafts.size(); i++) {
        JsonNode got = Harness.read(verdicts.get(i).value());
        assertThat(got).as(drafts.get(i)).isEqualTo(Harness.read(expected.get(i)));
        JsonNode order = Harness.read(drafts.get(i)).path("order").path("orderId");
        assertThat(verdicts.get(i).key()).isEqualTo(order.isMissingNode() ? null : order.asText());
        if (got.get("decision").asText().equals("BLOCKED")) {
          blocked++;
        }
      }
      assertThat(blocked).isPositive();
      List<TestRecord<String, String>> blockedRecords = h.blocked.readRecordsToList();
      assertThat(blockedRecords).hasSize(blocked)
          .allSatisfy(r -> assertThat(Harness.read(r.value()).get("decision").asText()).isEqualTo("BLOCKED"));
      assertThat(h.deadLetters.readRecordsToList()).isEmpty();
    }
  }

  @Test
  void aDraftWithoutSentAtIsCheckedAtItsRecordTimestamp() {
    try (Harness h = new Harness(ParleyTopology.builder().deadlines(false).build())) {
      h.draft("111-2223334-4445556", "{\"id\": \"d1\", \"body\": \"Thank you for your order.\", \"type\": \"REVIEW_REQUEST\","
          + " \"order\": {\"orderId\": \"111-2223334-4445556\", \"purchasedAt\": \"2026-03-01T00:00:00Z\","
          + " \"deliveredAt\": \"2026-03-02T00:00:00Z\"}}", Instant.parse("2026-03-03T00:00:00Z"));
      JsonNode report = Harness.read(h.verdicts.readValue());
      // Too early for a review request at the record timestamp: the window starts five days after delivery.
      assertThat(report.get("earliestAllowedAt").asText()).isEqualTo("2026-03-07T00:00:00Z");
    }
  }

  @Test
  void unreadableDraftsGoToTheDeadLetterTopic() {
    try (Harness h = new Harness(ParleyTopology.builder().deadlines(false).build())) {
      Instant at = Instant.parse("2026-03-01T00:00:00Z");
      h.draft("k1", "{\"id\": \"x\"", at);
      h.draft("k2", "{\"id\": \"x\"}", at);
      h.draft("k3", "{\"body\": \"hi\", \"marketplace\": \"Atlantis\"}", at);
      h.draft("k4", "{\"body\": \"hi\", \"sentAt\": \"soon\"}", at);
      h.draft("k5", "{\"body\": \"Thanks!\"}", at);
      var letters = h.deadLetters.readRecordsToList();
      assertThat(letters).hasSize(4);
      assertThat(letters).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("k1", "k2", "k3", "k4");
      assertThat(new String(letters.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"x\"}");
      assertThat(new String(letters.get(1).headers().lastHeader(DeadLetters.ERROR).value(), StandardCharsets.UTF_8))
          .isEqualTo("body is required");
      assertThat(new String(letters.get(3).headers().lastHeader(DeadLetters.ERROR).value(), StandardCharsets.UTF_8))
          .contains("sentAt", "soon");
      assertThat(h.verdicts.readRecordsToList()).hasSize(1);
    }
  }
}
