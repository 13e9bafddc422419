package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.Author;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlaTopologyTest {
  static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  static MessageEvent event(String thread, String id, Author author, Instant at) {
    return MessageEvent.builder().threadId(thread).messageId(id).sellerId("S-1").author(author).sentAt(at).build();
  }

  static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.isNull() ? "TOMBSTONE" : e.get("type").asText() + ":" + e.get("messageId").asText())
        .collect(Collectors.toList());
  }

  @Test
  void dueSoonThenOverdueFireOnceEachOnStreamTime() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofHours(19)));
      assertThat(types(h.deadlineEvents())).isEmpty();
      h.tick(T0.plus(Duration.ofHours(20)));
      assertThat(types(h.deadlineEvents())).containsExactly("DUE_SOON:m1");
      h.tick(T0.plus(Duration.ofHours(24)));
      assertThat(types(h.deadlineEvents())).containsExactly("DUE_SOON:m1");
      h.tick(T0.plus(Duration.ofHours(24)).plusSeconds(60));
      h.tick(T0.plus(Duration.ofHours(30)));
      assertThat(types(h.deadlineEvents())).containsExactly("DUE_SOON:m1", "OVERDUE:m1");
      JsonNode overdue = h.deadlineEvents().get(1);
      assertThat(overdue.get("due").asText()).isEqualTo("2026-06-02T10:00:00Z");
      assertThat(overdue.get("sellerId").asText()).isEqualTo("S-1");
      assertThat(overdue.get("status").asText()).isEqualTo("OVERDUE");
      JsonNode last7 = h.sellerMetrics().get("S-1").get("metrics").get("LAST_7_DAYS");
      assertThat(last7.get("unansweredLate").asLong()).isEqualTo(1);
      assertThat(last7.get("lateResponseRate").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void aReplyLateInTheStreamButOnTimeWithdrawsTheOverdueAndCorrectsTheMetric() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofHours(26)));
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1");
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/unansweredLate").asLong()).isEqualTo(1);
      // The reply was sent 5 h after the question but reaches the stream two days later.
      h.send(event("T-1", "r1", Author.SELLER, T0.plus(Duration.ofHours(5))));
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1", "WITHDRAWN:m1");
      JsonNode m = h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS");
      assertThat(m.get("unansweredLate").asLong()).isZero();
      assertThat(m.get("answeredOnTime").asLong()).isEqualTo(1);
      assertThat(m.get("averageResponseTime").asText()).isEqualTo("PT5H");
    }
  }

  @Test
  void aLateReplyEmitsAnsweredLate() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofHours(25)));
      h.send(event("T-1", "r1", Author.SELLER, T0.plus(Duration.ofHours(30))));
      h.tick(T0.plus(Duration.ofHours(31)));
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1", "ANSWERED_LATE:m1");
      JsonNode m = h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS");
      assertThat(m.get("answeredLate").asLong()).isEqualTo(1);
      assertThat(m.get("unansweredLate").asLong()).isZero();
    }
  }

  @Test
  void eventsOutOfOrderGiveTheSameAnswer() {
    try (Harness h = new Harness()) {
      // The reply arrives before the question it answers.
      h.send(event("T-1", "r1", Author.SELLER, T0.plus(Duration.ofHours(2))));
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofDays(3)));
      assertThat(types(h.deadlineEvents())).isEmpty();
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/answeredOnTime").asLong()).isEqualTo(1);
    }
  }

  @Test
  void duplicatesChangeNothing() {
    try (Harness h = new Harness()) {
      MessageEvent m1 = event("T-1", "m1", Author.BUYER, T0);
      h.send(m1);
      h.send(m1);
      h.tick(T0.plus(Duration.ofDays(2)));
      h.send(m1);
      h.tick(T0.plus(Duration.ofDays(3)));
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1");
      assertThat(h.threadStore().get("T-1").messages()).hasSize(1);
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/counted").asLong()).isEqualTo(1);
    }
  }

  @Test
  void markingNoResponseNeededAfterTheDeadlineWithdrawsIt() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofDays(2)));
      h.send(MessageEvent.builder().threadId("T-1").messageId("m1").sellerId("S-1").author(Author.BUYER).sentAt(T0)
          .noResponseNeeded(true).build());
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1", "WITHDRAWN:m1");
      JsonNode m = h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS");
      assertThat(m.get("counted").asLong()).isZero();
      assertThat(m.get("excluded").asLong()).isEqualTo(1);
      assertThat(m.get("lateResponseRate").isNull()).isTrue();
    }
  }

  @Test
  void aTombstoneForgetsTheThreadAndItsMetrics() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.send(event("T-2", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofDays(2)));
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/unansweredLate").asLong()).isEqualTo(2);
      h.sendRaw("T-1", null, T0.plus(Duration.ofDays(2)));
      assertThat(h.threadStore().get("T-1")).isNull();
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/unansweredLate").asLong()).isEqualTo(1);
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1", "OVERDUE:m1", "TOMBSTONE");
    }
  }

  @Test
  void messagesLeaveTheSevenDayPeriodAndSettledThreadsArePurged() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.send(event("T-1", "r1", Author.SELLER, T0.plus(Duration.ofHours(1))));
      h.tick(T0.plus(Duration.ofDays(1)));
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/answeredOnTime").asLong()).isEqualTo(1);
      h.tick(T0.plus(Duration.ofDays(8)));
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_7_DAYS/answeredOnTime").asLong()).isZero();
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_30_DAYS/answeredOnTime").asLong()).isEqualTo(1);
      h.tick(T0.plus(Duration.ofDays(91)));
      assertThat(h.sellerMetrics().get("S-1").at("/metrics/LAST_90_DAYS/counted").asLong()).isZero();
      assertThat(h.threadStore().get("T-1")).isNotNull();
      h.tick(T0.plus(Duration.ofDays(101)));
      assertThat(h.threadStore().get("T-1")).isNull();
      // A duplicate older than the retention is ignored rather than starting the thread again.
      h.send(event("T-1", "m1", Author.BUYER, T0));
      assertThat(h.threadStore().get("T-1")).isNull();
    }
  }

  @Test
  void unreadableEventsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
    try (Harness h = new Harness()) {
      h.sendRaw("T-1", "{not json", T0);
      h.sendRaw("T-2", "{\"messageId\": \"m1\", \"author\": \"buyer\", \"sentAt\": \"2026-06-01T10:00:00Z\"}", T0);
      h.sendRaw("T-3", "{\"messageId\": \"m1\", \"sellerId\": \"S\", \"author\": \"robot\", \"sentAt\": \"2026-06-01T10:00:00Z\"}", T0);
      h.sendRaw("T-4", "{\"messageId\": \"m1\", \"sellerId\": \"S\", \"author\": \"buyer\", \"sentAt\": \"yesterday\"}", T0);
      h.sendRaw(" ", "{}", T0);
      h.events.pipeInput(new byte[] {(byte) 0xff, (byte) 0xfe}, Harness.utf8("{}"), T0);
      h.sendRaw("T-5", "[1, 2]", T0);
      h.send(event("T-6", "m1", Author.BUYER, T0));
      h.tick(T0.plus(Duration.ofDays(2)));
      var letters = h.deadLetters.readRecordsToList();
      assertThat(letters).hasSize(7);
      assertThat(new String(letters.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{not json");
      List<String> errors = letters.stream()
          .map(r -> new String(r.headers().lastHeader(DeadLetters.ERROR).value(), java.nio.charset.StandardCharsets.UTF_8))
          .collect(Collectors.toList());
      assertThat(errors.get(0)).startsWith("value is not valid JSON");
      assertThat(errors.get(1)).isEqualTo("sellerId is missing");
      assertThat(errors.get(2)).contains("author", "robot");
      assertThat(errors.get(3)).contains("sentAt", "yesterday");
      assertThat(errors.get(4)).contains("threadId", "blank");
      assertThat(errors.get(5)).contains("not UTF-8");
      assertThat(errors.get(6)).contains("expected a JSON object");
      assertThat(new String(letters.get(0).headers().lastHeader(DeadLetters.TOPIC).value(),
          java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("parley.message-events");
      assertThat(types(h.deadlineEvents())).containsExactly("OVERDUE:m1");
    }
  }

  @Test
  void aThreadIdFieldMustMatchTheKey() {
    try (Harness h = new Harness()) {
      h.sendRaw("T-1", "{\"threadId\": \"T-9\", \"messageId\": \"m1\", \"sellerId\": \"S\", \"author\": \"buyer\","
          + " \"sentAt\": \"2026-06-01T10:00:00Z\"}", T0);
      assertThat(h.deadLetters.readRecordsToList()).hasSize(1);
    }
  }

  @Test
  void metricsAreKeptPerSeller() {
    try (Harness h = new Harness()) {
      h.send(MessageEvent.builder().threadId("A-1").messageId("m1").sellerId("S-A").author(Author.BUYER).sentAt(T0).build());
      h.send(MessageEvent.builder().threadId("B-1").messageId("m1").sellerId("S-B").author(Author.BUYER).sentAt(T0).build());
      h.send(MessageEvent.builder().threadId("B-1").messageId("r1").sellerId("S-B").author(Author.SELLER)
          .sentAt(T0.plusSeconds(600)).build());
      h.tick(T0.plus(Duration.ofDays(2)));
      assertThat(h.sellerMetrics().get("S-A").at("/metrics/LAST_30_DAYS/unansweredLate").asLong()).isEqualTo(1);
      assertThat(h.sellerMetrics().get("S-B").at("/metrics/LAST_30_DAYS/answeredOnTime").asLong()).isEqualTo(1);
      assertThat(h.sellerMetrics().get("S-B").at("/metrics/LAST_30_DAYS/unansweredLate").asLong()).isZero();
    }
  }

  @Test
  void workQueueComesFromTheStore() {
    try (Harness h = new Harness()) {
      h.send(event("T-1", "m1", Author.BUYER, T0));
      h.send(event("T-2", "m1", Author.BUYER, T0.plus(Duration.ofHours(10))));
      Instant at = T0.plus(Duration.ofHours(25));
      h.tick(at);
      var queue = SlaQueries.workQueue(h.threadStore(), h.topology.slaPolicy(), at);
      assertThat(queue.entries()).extracting(s -> s.threadId() + ":" + s.urgency())
          .containsExactly("T-1:OVERDUE", "T-2:OPEN");
    }
  }
}
