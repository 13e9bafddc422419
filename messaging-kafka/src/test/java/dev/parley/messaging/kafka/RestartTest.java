package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.Author;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * A restart restores every store from its changelog (here: the changelog records the first driver
 * wrote, replayed into a fresh driver's empty stores, as Kafka Streams does before processing):
 * no deadline is lost or fired twice and the metrics go on from where they were.
 */
class RestartTest {
  static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  static List<MessageEvent> before() {
    return List.of(
        SlaTopologyTest.event("T-1", "m1", Author.BUYER, T0),
        SlaTopologyTest.event("T-2", "m1", Author.BUYER, T0.plus(Duration.ofHours(20))),
        SlaTopologyTest.event("T-3", "m1", Author.BUYER, T0.plus(Duration.ofHours(1))),
        SlaTopologyTest.event("T-3", "r1", Author.SELLER, T0.plus(Duration.ofHours(3))));
  }

  static final Instant RESTART = T0.plus(Duration.ofHours(26));

  static void after(Harness h) {
    h.send(SlaTopologyTest.event("T-4", "m1", Author.BUYER, T0.plus(Duration.ofHours(27))));
    h.tick(T0.plus(Duration.ofHours(41)));
    h.send(SlaTopologyTest.event("T-2", "r1", Author.SELLER, T0.plus(Duration.ofHours(46))));
    h.tick(T0.plus(Duration.ofHours(60)));
  }

  @Test
  void aRestartFromTheChangelogLosesNoDeadlineAndFiresNoneTwice() {
    List<String> control;
    Map<String, JsonNode> controlMetrics;
    try (Harness c = new Harness(ParleyTopology.builder().build(), true)) {
      before().forEach(c::send);
      c.tick(RESTART);
      int firedBefore = c.deadlineEvents().size();
      after(c);
      control = SlaTopologyTest.types(c.deadlineEvents().subList(firedBefore, c.deadlineEvents().size()));
      controlMetrics = c.sellerMetrics();
    }
    // T-2 due soon at 41 h, answered late at 46 h (its reply moves stream time), T-4 overdue by 60 h.
    assertThat(control).containsExactly("DUE_SOON:m1", "ANSWERED_LATE:m1", "OVERDUE:m1");

    Map<String, Map<Bytes, byte[]>> changelogs = new LinkedHashMap<>();
    List<String> firstRun;
    try (Harness a = new Harness(ParleyTopology.builder().build(), true)) {
      before().forEach(a::send);
      a.tick(RESTART);
      firstRun = SlaTopologyTest.types(a.deadlineEvents());
      for (String store : List.of(ParleyTopology.THREAD_STORE, ParleyTopology.TIMER_STORE, ParleyTopology.SELLER_STORE)) {
        Map<Bytes, byte[]> latest = new LinkedHashMap<>();
        var topic = a.driver.createOutputTopic("parley-test-" + store + "-changelog", new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
        for (TestRecord<byte[], byte[]> r : topic.readRecordsToList()) {
          latest.put(Bytes.wrap(r.key()), r.value());
        }
        changelogs.put(store, latest);
      }
    }
    assertThat(firstRun).containsExactly("DUE_SOON:m1", "OVERDUE:m1"); // T-1, as stream time passes 20 h and 26 h

    try (Harness b = new Harness(ParleyTopology.builder().build(), true)) {
      restore(b, changelogs);
      after(b);
      assertThat(SlaTopologyTest.types(b.deadlineEvents())).isEqualTo(control);
      Map<String, JsonNode> metrics = b.sellerMetrics();
      assertThat(metrics.get("S-1").get("metrics")).isEqualTo(controlMetrics.get("S-1").get("metrics"));
    }
  }

  private static void restore(Harness h, Map<String, Map<Bytes, byte[]>> changelogs) {
    KeyValueStore<String, TrackedThread> threads = h.driver.getKeyValueStore(ParleyTopology.THREAD_STORE);
    KeyValueStore<Bytes, byte[]> timers = h.driver.getKeyValueStore(ParleyTopology.TIMER_STORE);
    KeyValueStore<String, MetricCounts.AtInstant> sellers = h.driver.getKeyValueStore(ParleyTopology.SELLER_STORE);
    List<String> restored = new ArrayList<>();
    changelogs.get(ParleyTopology.THREAD_STORE).forEach((k, v) -> {
      String key = new String(k.get(), java.nio.charset.StandardCharsets.UTF_8);
      threads.put(key, v == null ? null : Codec.readThread(v));
      restored.add(key);
    });
    changelogs.get(ParleyTopology.TIMER_STORE).forEach(timers::put);
    changelogs.get(ParleyTopology.SELLER_STORE).forEach((k, v) ->
        sellers.put(new String(k.get(), java.nio.charset.StandardCharsets.UTF_8), v == null ? null : Codec.readCounts(v)));
    assertThat(restored).contains("T-1", "T-2", "T-3");
  }
}
