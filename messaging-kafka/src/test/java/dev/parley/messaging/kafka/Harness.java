package dev.parley.messaging.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link TopologyTestDriver} around the Parley topology with typed helpers; one per test. */
final class Harness implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final ParleyTopology topology;
  final TopologyTestDriver driver;
  final TestInputTopic<byte[], byte[]> events;
  final TestInputTopic<byte[], byte[]> drafts;
  final TestOutputTopic<String, String> deadlineEvents;
  final TestOutputTopic<String, String> sellerMetrics;
  final TestOutputTopic<String, String> verdicts;
  final TestOutputTopic<String, String> blocked;
  final TestOutputTopic<byte[], byte[]> deadLetters;
  private final List<JsonNode> deadlineLog = new ArrayList<>();
  private final Map<String, JsonNode> metricsBySeller = new TreeMap<>();

  Harness(ParleyTopology topology) {
    this(topology, false);
  }

  /**
   * Starts a driver. The driver commits after every record, and under exactly-once each commit
   * fsyncs a checkpoint; the tests that need not show exactly-once run at-least-once to stay fast.
   */
  Harness(ParleyTopology topology, boolean exactlyOnce) {
    this.topology = topology;
    Properties p = ParleyTopology.streamsProperties("parley-test", "localhost:9");
    if (!exactlyOnce) {
      p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    }
    try {
      p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("parley-kafka-test").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver = new TopologyTestDriver(topology.build(), p, Instant.parse("2026-01-01T00:00:00Z"));
    Topics t = topology.topics();
    ByteArraySerializer bytes = new ByteArraySerializer();
    events = driver.createInputTopic(t.messageEvents(), bytes, bytes);
    drafts = driver.createInputTopic(t.drafts(), bytes, bytes);
    deadlineEvents = driver.createOutputTopic(t.deadlineEvents(), new StringDeserializer(), new StringDeserializer());
    sellerMetrics = driver.createOutputTopic(t.sellerMetrics(), new StringDeserializer(), new StringDeserializer());
    verdicts = driver.createOutputTopic(t.verdicts(), new StringDeserializer(), new StringDeserializer());
    blocked = driver.createOutputTopic(t.blocked(), new StringDeserializer(), new StringDeserializer());
    deadLetters = driver.createOutputTopic(t.deadLetters(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  Harness() {
    this(ParleyTopology.builder().build());
  }

  void send(MessageEvent e) {
    events.pipeInput(utf8(e.threadId()), e.toJson(), e.sentAt());
  }

  void sendRaw(String key, String value, Instant timestamp) {
    events.pipeInput(key == null ? null : utf8(key), value == null ? null : utf8(value), timestamp);
  }

  /** Advances stream time to the instant (a heartbeat), which fires the punctuation. */
  void tick(Instant at) {
    events.pipeInput(utf8("heartbeat"), utf8("{\"tick\": true}"), at);
  }

  void draft(String orderId, String json, Instant timestamp) {
    drafts.pipeInput(orderId == null ? null : utf8(orderId), utf8(json), timestamp);
  }

  /** {@return every deadline event so far (tombstones as null nodes)} */
  List<JsonNode> deadlineEvents() {
    for (TestRecord<String, String> r : deadlineEvents.readRecordsToList()) {
      deadlineLog.add(r.value() == null ? JSON.nullNode() : read(r.value()));
    }
    return deadlineLog;
  }

  /** {@return the latest metrics record of each seller so far} */
  Map<String, JsonNode> sellerMetrics() {
    for (TestRecord<String, String> r : sellerMetrics.readRecordsToList()) {
      metricsBySeller.put(r.key(), read(r.value()));
    }
    return metricsBySeller;
  }

  KeyValueStore<String, TrackedThread> threadStore() {
    return driver.getKeyValueStore(ParleyTopology.THREAD_STORE);
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
  }
}
