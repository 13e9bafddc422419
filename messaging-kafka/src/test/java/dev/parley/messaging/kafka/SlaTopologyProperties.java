package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The topology's final metrics and work queue equal what {@link ResponseMetrics} and {@link
 * WorkQueue} compute over the same threads in one batch, whatever the order of the events,
 * duplicates, late arrivals after deadlines fired, and markings that come later.
 */
class SlaTopologyProperties {
  @Test
  void streamAnswersEqualTheBatchAnswers() {
    qt().withExamples(12).forAll(longs().all(), integers().between(1, 12), integers().between(0, 1))
        .checkAssert((seed, threads, policyChoice) -> {
          SlaPolicy policy = policyChoice == 0
              ? SlaPolicy.defaults()
              : SlaPolicy.builder().responseWindow(Duration.ofHours(48)).dueSoonLead(Duration.ofHours(10)).build();
          EventStreams.Case c = EventStreams.generate(seed, threads, 7, 20);
          ParleyTopology topology = ParleyTopology.builder().slaPolicy(policy).checks(false)
              .punctuationInterval(Duration.ofMinutes(5)).build();
          try (Harness h = new Harness(topology)) {
            for (EventStreams.Step s : c.steps) {
              if (s.event != null) {
                h.send(s.event);
              } else {
                h.tick(s.tick);
              }
            }
            h.tick(c.end);

            assertThat(SlaQueries.workQueue(h.threadStore(), policy, c.end))
                .isEqualTo(WorkQueue.at(c.threads, policy, c.end));
            Map<String, JsonNode> streamed = h.sellerMetrics();
            for (String seller : Set.copyOf(c.sellers)) {
              Map<StandardPeriod, ResponseMetrics> batch = ResponseMetrics.standard(c.threadsOf(seller), policy, c.end);
              JsonNode json = streamed.get(seller);
              for (StandardPeriod p : StandardPeriod.values()) {
                ResponseMetrics m = batch.get(p);
                String where = seller + " " + p + " seed " + seed;
                JsonNode n = json == null ? null : json.get("metrics").get(p.name());
                assertThat(n == null ? 0 : n.get("answeredOnTime").asLong()).as(where).isEqualTo(m.answeredOnTime());
                assertThat(n == null ? 0 : n.get("answeredLate").asLong()).as(where).isEqualTo(m.answeredLate());
                assertThat(n == null ? 0 : n.get("unansweredLate").asLong()).as(where).isEqualTo(m.unansweredLate());
                assertThat(n == null ? 0 : n.get("pending").asLong()).as(where).isEqualTo(m.pending());
                assertThat(n == null ? 0 : n.get("excluded").asLong()).as(where).isEqualTo(m.excluded());
                String average = m.averageResponseTime().map(Duration::toString).orElse(null);
                assertThat(n == null || n.get("averageResponseTime").isNull() ? null : n.get("averageResponseTime").asText())
                    .as(where).isEqualTo(average);
              }
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode e : h.deadlineEvents()) {
              String key = e.get("threadId").asText() + "/" + e.get("messageId").asText() + "/" + e.get("type").asText();
              assertThat(seen.add(key)).as("fired twice: " + key).isTrue();
            }
            // Every thread whose message is overdue at the end was announced as overdue.
            for (MessageThread t : c.threads) {
              WorkQueue.at(List.of(t), policy, c.end).entries().forEach(s -> s.messages().forEach(m -> {
                if (m.status() == dev.parley.messaging.sla.MessageStatus.OVERDUE) {
                  assertThat(seen).contains(t.id() + "/" + m.messageId() + "/OVERDUE");
                }
              }));
            }
          }
        });
  }
}
