package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.MessageStatus;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The topology's metrics and work queue equal what {@link ResponseMetrics} and {@link WorkQueue}
 * compute over the same threads in one batch, whatever the order of the events, duplicates, late
 * arrivals after deadlines fired, and markings that come later: at every heartbeat (over the
 * events seen so far, at the task's clock, the stream time of its last punctuation) and at the end.
 */
class SlaTopologyProperties {
  @Test
  void streamAnswersEqualTheBatchAnswersAtEveryHeartbeat() {
    qt().withExamples(12).forAll(longs().all(), integers().between(1, 12), integers().between(0, 1))
        .checkAssert((seed, threads, policyChoice) -> {
          SlaPolicy policy = policyChoice == 0
              ? SlaPolicy.defaults()
              : SlaPolicy.builder().responseWindow(Duration.ofHours(48)).dueSoonLead(Duration.ofHours(10)).build();
          EventStreams.Case c = EventStreams.generate(seed, threads, 7, 20);
          ParleyTopology topology = ParleyTopology.builder().slaPolicy(policy).checks(false)
              .punctuationInterval(Duration.ofMinutes(5)).build();
          try (Harness h = new Harness(topology)) {
            Seen seen = new Seen();
            int heartbeats = 0;
            for (EventStreams.Step s : c.steps) {
              if (s.event != null) {
                h.send(s.event);
                seen.add(s.event);
              } else {
                h.tick(s.tick);
                heartbeats += checkAtClock(h, seen, policy, "seed " + seed + " heartbeat " + s.tick) ? 1 : 0;
              }
            }
            h.tick(c.end);
            assertThat(checkAtClock(h, seen, policy, "seed " + seed + " end")).isTrue();
            assertThat(heartbeats).isLessThanOrEqualTo(c.steps.size());

            // At the end the threads seen are the generated threads, and the answers are the batch's at the end.
            assertThat(seen.threads()).containsExactlyInAnyOrderElementsOf(c.threads);
            assertThat(SlaQueries.workQueue(h.threadStore(), policy, c.end))
                .isEqualTo(WorkQueue.at(c.threads, policy, c.end));
            Instant clock = clock(h);
            for (String seller : Set.copyOf(c.sellers)) {
              assertMetrics(h.sellerMetrics().get(seller), ResponseMetrics.standard(c.threadsOf(seller), policy, clock),
                  seller + " seed " + seed + " end");
            }
            assertThat(Duration.between(clock, c.end)).isLessThan(Duration.ofMinutes(5)).isGreaterThanOrEqualTo(Duration.ZERO);

            Set<String> fired = new HashSet<>();
            for (JsonNode e : h.deadlineEvents()) {
              String key = e.get("threadId").asText() + "/" + e.get("messageId").asText() + "/" + e.get("type").asText();
              assertThat(fired.add(key)).as("fired twice: " + key).isTrue();
            }
            // Every message overdue at the clock was announced as overdue.
            for (MessageThread t : c.threads) {
              WorkQueue.at(List.of(t), policy, clock).entries().forEach(s -> s.messages().forEach(m -> {
                if (m.status() == MessageStatus.OVERDUE) {
                  assertThat(fired).contains(t.id() + "/" + m.messageId() + "/OVERDUE");
                }
              }));
            }
          }
        });
  }

  /**
   * Compares the topology with the batch engines over the events seen so far, at the task's clock;
   * {@return false if there has been no punctuation yet}
   */
  private static boolean checkAtClock(Harness h, Seen seen, SlaPolicy policy, String where) {
    Instant clock = clock(h);
    if (clock == null) {
      return false;
    }
    List<MessageThread> threads = seen.threads();
    assertThat(SlaQueries.workQueue(h.threadStore(), policy, clock)).as(where)
        .isEqualTo(WorkQueue.at(threads, policy, clock));
    Map<String, JsonNode> streamed = h.sellerMetrics();
    for (String seller : seen.sellers()) {
      assertMetrics(streamed.get(seller), ResponseMetrics.standard(seen.threadsOf(seller), policy, clock),
          where + " " + seller + " at " + clock);
    }
    return true;
  }

  private static void assertMetrics(JsonNode json, Map<StandardPeriod, ResponseMetrics> batch, String where) {
    for (StandardPeriod p : StandardPeriod.values()) {
      ResponseMetrics m = batch.get(p);
      String at = where + " " + p;
      JsonNode n = json == null ? null : json.get("metrics").get(p.name());
      assertThat(n == null ? 0 : n.get("answeredOnTime").asLong()).as(at).isEqualTo(m.answeredOnTime());
      assertThat(n == null ? 0 : n.get("answeredLate").asLong()).as(at).isEqualTo(m.answeredLate());
      assertThat(n == null ? 0 : n.get("unansweredLate").asLong()).as(at).isEqualTo(m.unansweredLate());
      assertThat(n == null ? 0 : n.get("pending").asLong()).as(at).isEqualTo(m.pending());
      assertThat(n == null ? 0 : n.get("excluded").asLong()).as(at).isEqualTo(m.excluded());
      String average = m.averageResponseTime().map(Duration::toString).orElse(null);
      assertThat(n == null || n.get("averageResponseTime").isNull() ? null : n.get("averageResponseTime").asText())
          .as(at).isEqualTo(average);
    }
  }

  /** {@return the task's clock (the stream time of its last punctuation), or null before the first} */
  private static Instant clock(Harness h) {
    KeyValueStore<Bytes, byte[]> timers = h.driver.getKeyValueStore(ParleyTopology.TIMER_STORE);
    byte[] saved = timers.get(Bytes.wrap(Codec.CLOCK_KEY));
    return saved == null ? null : Codec.timerInstant(saved);
  }

  /** The threads as the events seen so far describe them: first copy of each message, marked if any copy is. */
  private static final class Seen {
    private final Map<String, Map<String, Message>> messages = new TreeMap<>();
    private final Map<String, String> sellers = new LinkedHashMap<>();

    void add(MessageEvent e) {
      sellers.putIfAbsent(e.threadId(), e.sellerId());
      Map<String, Message> thread = messages.computeIfAbsent(e.threadId(), t -> new LinkedHashMap<>());
      Message old = thread.get(e.messageId());
      if (old == null) {
        thread.put(e.messageId(), e.toMessage());
      } else if (e.noResponseNeeded() && !old.noResponseNeeded()) {
        thread.put(e.messageId(), Message.builder().from(old).noResponseNeeded(true).build());
      }
    }

    List<MessageThread> threads() {
      List<MessageThread> out = new ArrayList<>();
      for (String id : messages.keySet()) {
        out.add(thread(id));
      }
      return out;
    }

    Set<String> sellers() {
      return new HashSet<>(sellers.values());
    }

    List<MessageThread> threadsOf(String seller) {
      List<MessageThread> out = new ArrayList<>();
      for (String id : messages.keySet()) {
        if (sellers.get(id).equals(seller)) {
          out.add(thread(id));
        }
      }
      return out;
    }

    private MessageThread thread(String id) {
      List<Message> list = new ArrayList<>(messages.get(id).values());
      list.sort(TrackedThread.ORDER);
      return MessageThread.builder().id(id).messages(list).build();
    }
  }
}
