package dev.parley.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.Author;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topology on a real single-node Kafka cluster (KRaft, one combined controller and broker,
 * started in this JVM by Kafka's own {@link KafkaClusterTestKit}), under exactly-once v2: drafts
 * and message events are produced to real topics, the verdicts, blocked drafts, dead letters,
 * deadline events and seller metrics are read back with {@code read_committed}; then the
 * application is stopped, its local state deleted, and a new instance restores every store from
 * the changelog topics and goes on with no deadline lost or fired twice.
 *
 * <p>Events are produced one at a time, each after the previous one's offset is committed by the
 * application, so that stream-time punctuation sees the same sequence of stream times as the
 * {@link org.apache.kafka.streams.TopologyTestDriver} control run (Kafka Streams may otherwise
 * process several records before it punctuates, which skips "due soon" events legitimately).
 */
class ParleyStreamsIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String APP = "parley-it";
  private static final Topics TOPICS = Topics.defaults();

  private static KafkaClusterTestKit cluster;
  private static Admin admin;
  private static KafkaProducer<byte[], byte[]> producer;
  private static KafkaConsumer<byte[], byte[]> consumer;
  private static final Map<String, List<ConsumerRecord<byte[], byte[]>>> READ = new TreeMap<>();

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("transaction.state.log.num.partitions", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();

    Properties a = new Properties();
    a.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    admin = Admin.create(a);
    List<NewTopic> topics = new ArrayList<>();
    for (String t : TOPICS.all()) {
      topics.add(new NewTopic(t, 1, (short) 1));
    }
    admin.createTopics(topics).all().get();

    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());

    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> outputs = Stream.of(TOPICS.verdicts(), TOPICS.blocked(), TOPICS.deadLetters(),
            TOPICS.deadlineEvents(), TOPICS.sellerMetrics())
        .map(t -> new TopicPartition(t, 0))
        .collect(Collectors.toList());
    consumer.assign(outputs);
    consumer.seekToBeginning(outputs);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (consumer != null) {
      consumer.close();
    }
    if (producer != null) {
      producer.close();
    }
    if (admin != null) {
      admin.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void checksDraftsAndKeepsDeadlinesExactlyOnceAcrossARestartFromTheChangelog() throws Exception {
    // The control: the same events through the TopologyTestDriver (see RestartTest).
    List<String> controlAfter;
    Map<String, JsonNode> controlMetrics;
    try (Harness control = new Harness(ParleyTopology.builder().build(), true)) {
      RestartTest.before().forEach(control::send);
      control.tick(RestartTest.RESTART);
      int before = control.deadlineEvents().size();
      RestartTest.after(control);
      controlAfter = SlaTopologyTest.types(control.deadlineEvents().subList(before, control.deadlineEvents().size()));
      controlMetrics = control.sellerMetrics();
    }

    Path stateDir = Files.createTempDirectory("parley-it-state");
    Restored restoredFirst = new Restored();
    KafkaStreams first = start(stateDir, restoredFirst);
    try {
      assertThat(restoredFirst.counts.values()).as("nothing to restore on a first start")
          .allSatisfy(n -> assertThat(n.get()).isZero());
      // Drafts: each report equals the tool's, blocked ones are routed apart, an unreadable one is parked.
      List<String> drafts = CheckTopologyTest.lines("drafts.jsonl");
      List<String> expected = CheckTopologyTest.lines("check-expected.jsonl");
      Instant draftTime = Instant.parse("2026-03-01T00:00:00Z");
      for (String d : drafts) {
        JsonNode order = Harness.read(d).path("order").path("orderId");
        send(TOPICS.drafts(), order.isMissingNode() ? null : order.asText(), d, draftTime);
      }
      send(TOPICS.drafts(), "bad-draft", "{\"id\": \"x\"}", draftTime);
      awaitRecords(TOPICS.verdicts(), drafts.size());
      List<ConsumerRecord<byte[], byte[]>> verdicts = READ.get(TOPICS.verdicts());
      assertThat(verdicts).hasSize(drafts.size());
      int blocked = 0;
      for (int i = 0; i < drafts.size(); i++) {
        JsonNode got = Harness.read(utf8(verdicts.get(i).value()));
        assertThat(got).as(drafts.get(i)).isEqualTo(Harness.read(expected.get(i)));
        if (got.get("decision").asText().equals("BLOCKED")) {
          blocked++;
        }
      }
      assertThat(blocked).isPositive();
      awaitRecords(TOPICS.blocked(), blocked);
      assertThat(READ.get(TOPICS.blocked()))
          .allSatisfy(r -> assertThat(Harness.read(utf8(r.value())).get("decision").asText()).isEqualTo("BLOCKED"));

      // Message events, one at a time, then an unreadable one.
      long offset = 0;
      for (MessageEvent e : RestartTest.before()) {
        send(TOPICS.messageEvents(), e.threadId(), utf8(e.toJson()), e.sentAt());
        awaitCommitted(++offset);
      }
      send(TOPICS.messageEvents(), "heartbeat", "{\"tick\": true}", RestartTest.RESTART);
      awaitCommitted(++offset);
      send(TOPICS.messageEvents(), "T-9", "not json", RestartTest.RESTART);
      awaitCommitted(++offset);

      awaitRecords(TOPICS.deadLetters(), 2);
      List<ConsumerRecord<byte[], byte[]>> letters = READ.get(TOPICS.deadLetters());
      assertThat(letters).extracting(r -> utf8(r.key())).containsExactlyInAnyOrder("bad-draft", "T-9");
      for (ConsumerRecord<byte[], byte[]> r : letters) {
        String key = utf8(r.key());
        assertThat(utf8(r.value())).isEqualTo(key.equals("T-9") ? "not json" : "{\"id\": \"x\"}");
        assertThat(header(r, DeadLetters.TOPIC)).isEqualTo(key.equals("T-9") ? TOPICS.messageEvents() : TOPICS.drafts());
        assertThat(header(r, DeadLetters.ERROR)).isNotBlank();
      }
      assertThat(header(letters.stream().filter(r -> utf8(r.key()).equals("bad-draft")).findFirst().orElseThrow(),
          DeadLetters.ERROR)).isEqualTo("body is required");

      awaitRecords(TOPICS.deadlineEvents(), 2);
      assertThat(SlaTopologyTest.types(deadlineEvents())).containsExactly("DUE_SOON:m1", "OVERDUE:m1");
      assertThat(deadlineEvents()).allSatisfy(e -> assertThat(e.get("threadId").asText()).isEqualTo("T-1"));
      awaitRecords(TOPICS.sellerMetrics(), 1);
    } finally {
      first.close(WAIT);
      first.cleanUp();
    }
    deleteRecursively(stateDir);
    assertThat(stateDir).doesNotExist();

    // A new instance with no local state: every store comes back from its changelog topic.
    Path stateDir2 = Files.createTempDirectory("parley-it-state-2");
    Restored restored = new Restored();
    KafkaStreams second = start(stateDir2, restored);
    try {
      long offset = RestartTest.before().size() + 2;
      for (Step step : afterRestart()) {
        send(TOPICS.messageEvents(), step.key, step.value, step.at);
        awaitCommitted(++offset);
      }
      assertThat(restored.counts.get(ParleyTopology.THREAD_STORE)).as("threads restored").isNotNull()
          .satisfies(n -> assertThat(n.get()).isGreaterThanOrEqualTo(3));
      assertThat(restored.counts.get(ParleyTopology.TIMER_STORE)).as("timers restored").isNotNull();
      assertThat(restored.counts.get(ParleyTopology.SELLER_STORE)).as("seller totals restored").isNotNull();

      awaitRecords(TOPICS.deadlineEvents(), 2 + controlAfter.size());
      List<JsonNode> all = deadlineEvents();
      assertThat(SlaTopologyTest.types(all.subList(2, all.size()))).isEqualTo(controlAfter);
      Set<String> seen = new HashSet<>();
      for (JsonNode e : all) {
        String key = e.get("threadId").asText() + "/" + e.get("messageId").asText() + "/" + e.get("type").asText();
        assertThat(seen.add(key)).as("fired twice: " + key).isTrue();
      }
      // The seller's last published metrics equal the control run's: totals went on from the restored ones.
      JsonNode expectedMetrics = controlMetrics.get("S-1").get("metrics");
      await(() -> {
        poll();
        List<ConsumerRecord<byte[], byte[]>> m = READ.getOrDefault(TOPICS.sellerMetrics(), List.of());
        return !m.isEmpty() && Harness.read(utf8(m.get(m.size() - 1).value())).get("metrics").equals(expectedMetrics);
      }, "seller metrics equal to the control run's " + expectedMetrics);
    } finally {
      second.close(WAIT);
      second.cleanUp();
    }
    deleteRecursively(stateDir2);
  }

  /** One record to produce. */
  private record Step(String key, String value, Instant at) {
    static Step of(MessageEvent e) {
      return new Step(e.threadId(), utf8(e.toJson()), e.sentAt());
    }

    static Step tick(Instant at) {
      return new Step("heartbeat", "{\"tick\": true}", at);
    }
  }

  /** The records {@link RestartTest#after} pipes into its driver, for the real topic. */
  private static List<Step> afterRestart() {
    Instant t0 = RestartTest.T0;
    return List.of(
        Step.of(SlaTopologyTest.event("T-4", "m1", Author.BUYER, t0.plus(Duration.ofHours(27)))),
        Step.tick(t0.plus(Duration.ofHours(41))),
        Step.of(SlaTopologyTest.event("T-2", "r1", Author.SELLER, t0.plus(Duration.ofHours(46)))),
        Step.tick(t0.plus(Duration.ofHours(60))));
  }

  /** Counts the records restored into each store. */
  private static final class Restored implements StateRestoreListener {
    final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
      counts.computeIfAbsent(store, s -> new AtomicLong());
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
      counts.computeIfAbsent(store, s -> new AtomicLong()).addAndGet(numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
      counts.computeIfAbsent(store, s -> new AtomicLong());
    }
  }

  private static KafkaStreams start(Path stateDir, StateRestoreListener listener) throws InterruptedException {
    Properties p = ParleyTopology.streamsProperties(APP, cluster.bootstrapServers());
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
    KafkaStreams streams = new KafkaStreams(ParleyTopology.builder().build().build(), p);
    streams.setGlobalStateRestoreListener(listener);
    streams.start();
    await(() -> streams.state() == KafkaStreams.State.RUNNING, "the application to be RUNNING");
    return streams;
  }

  private static void send(String topic, String key, String value, Instant timestamp) throws Exception {
    producer.send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key == null ? null : bytes(key),
        bytes(value))).get();
  }

  /** Waits until the application has committed the message-event partition up to the offset. */
  private static void awaitCommitted(long offset) throws InterruptedException {
    TopicPartition tp = new TopicPartition(TOPICS.messageEvents(), 0);
    await(() -> {
      try {
        OffsetAndMetadata o = admin.listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get().get(tp);
        return o != null && o.offset() >= offset;
      } catch (Exception e) {
        return false;
      }
    }, "offset " + offset + " of " + tp + " to be committed");
  }

  private static void awaitRecords(String topic, int n) throws InterruptedException {
    await(() -> {
      poll();
      return READ.getOrDefault(topic, List.of()).size() >= n;
    }, n + " records on " + topic);
  }

  private static void poll() {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      READ.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r);
    }
  }

  private static List<JsonNode> deadlineEvents() {
    return READ.getOrDefault(TOPICS.deadlineEvents(), List.of()).stream()
        .map(r -> Harness.read(utf8(r.value())))
        .collect(Collectors.toList());
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return r.headers().lastHeader(name) == null ? null : utf8(r.headers().lastHeader(name).value());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(f);
      }
    }
  }
}
