package dev.parley.messaging.kafka;

import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds Parley's Kafka Streams topology from the public engines: {@link SendCheck} for outgoing
 * drafts and the deadline engine of {@code messaging-sla} for message events.
 *
 * <pre>{@code
 * drafts ──▶ send-check ──▶ verdicts (+ blocked) ; unreadable ──▶ dead-letters
 * message-events ──▶ deadlines [thread store, timer store] ──▶ deadline-events
 *                         │  unreadable ──▶ dead-letters
 *                         └─ seller deltas ──▶ (repartition by seller) ──▶ seller-metrics [seller store] ──▶ seller-metrics
 * }</pre>
 *
 * <p>The thread store holds one {@link TrackedThread} per thread id and is the interactive-query
 * source of {@link SlaQueries}; all three stores are persistent (RocksDB) and changelogged, so a
 * restarted instance restores them before processing. Deadline events and metrics are driven by
 * <em>stream time</em> (the record timestamps): producers set each event's record timestamp to
 * its {@code sentAt}, and a quiet partition needs heartbeat ticks ({@code {"tick": true}}) for its
 * deadlines to fire. Run it with {@link #streamsProperties}, which turns on exactly-once
 * processing.
 *
 * <p>Immutable and thread-safe; {@link #build()} returns a new {@link Topology} each time.
 */
public final class ParleyTopology {
  /** The store of {@link TrackedThread}s by thread id. */
  public static final String THREAD_STORE = "parley-threads";
  /** The store of each thread's next change instant. */
  public static final String TIMER_STORE = "parley-deadline-timers";
  /** The store of each seller's metric totals. */
  public static final String SELLER_STORE = "parley-seller-totals";
  /** The default punctuation interval of stream time. */
  public static final Duration DEFAULT_PUNCTUATION_INTERVAL = Duration.ofMinutes(1);
  /** The default retention of a settled thread after its last message. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(100);

  private final Topics topics;
  private final SendCheck sendCheck;
  private final SlaPolicy slaPolicy;
  private final Duration punctuationInterval;
  private final Duration retention;
  private final boolean checks;
  private final boolean deadlines;
  private final boolean inMemoryStores;

  private ParleyTopology(Builder b) {
    this.topics = b.topics;
    this.sendCheck = b.sendCheck;
    this.slaPolicy = b.slaPolicy;
    this.punctuationInterval = b.punctuationInterval;
    this.retention = b.retention;
    this.checks = b.checks;
    this.deadlines = b.deadlines;
    this.inMemoryStores = b.inMemoryStores;
    if (punctuationInterval.isNegative() || punctuationInterval.toMillis() < 1) {
      throw new IllegalArgumentException("punctuationInterval is invalid: got " + punctuationInterval
          + ", expected at least PT0.001S");
    }
    Duration minimum = StandardPeriod.LAST_90_DAYS.length().plus(slaPolicy.responseWindow());
    if (retention.compareTo(minimum) < 0) {
      throw new IllegalArgumentException("retention is invalid: got " + retention + ", expected at least " + minimum
          + " (90 days plus the response window) so no counted message is forgotten");
    }
    if (!checks && !deadlines) {
      throw new IllegalArgumentException("checks and deadlines are both off: expected at least one part of the topology");
    }
  }

  /** {@return a builder with the default topics, {@link SendCheck#standard()}, {@link SlaPolicy#defaults()}, a one-minute punctuation and 100 days' retention} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the topics} */
  public Topics topics() {
    return topics;
  }

  /** {@return the deadline policy} */
  public SlaPolicy slaPolicy() {
    return slaPolicy;
  }

  /** {@return a new topology} */
  public Topology build() {
    StreamsBuilder b = new StreamsBuilder();
    Serde<byte[]> bytes = Serdes.ByteArray();
    Produced<byte[], byte[]> out = Produced.with(bytes, bytes);
    if (checks) {
      KStream<byte[], Routed> checked = b.stream(topics.drafts(), Consumed.with(bytes, bytes).withName("drafts"))
          .process(() -> new CheckProcessor(sendCheck), Named.as("send-check"));
      Map<String, KStream<byte[], Routed>> branches = checked.split(Named.as("check-"))
          .branch((k, v) -> v.kind == Routed.Kind.VERDICT, Branched.as("verdicts"))
          .branch((k, v) -> v.kind == Routed.Kind.BLOCKED, Branched.as("blocked"))
          .defaultBranch(Branched.as("dead-letters"));
      branches.get("check-verdicts").mapValues(Routed::payload, Named.as("verdict-json"))
          .to(topics.verdicts(), out.withName("verdicts-sink"));
      branches.get("check-blocked").mapValues(Routed::payload, Named.as("blocked-json"))
          .to(topics.blocked(), out.withName("blocked-sink"));
      branches.get("check-dead-letters").mapValues(Routed::payload, Named.as("check-dead-letter-bytes"))
          .to(topics.deadLetters(), out.withName("check-dead-letters-sink"));
    }
    if (deadlines) {
      b.addStateStore(Stores.keyValueStoreBuilder(store(THREAD_STORE), Serdes.String(), Codec.threadSerde()));
      b.addStateStore(Stores.keyValueStoreBuilder(store(TIMER_STORE), Serdes.Bytes(), Serdes.ByteArray()));
      b.addStateStore(Stores.keyValueStoreBuilder(store(SELLER_STORE), Serdes.String(), Codec.countsSerde()));
      Duration interval = punctuationInterval;
      Duration keep = retention;
      SlaPolicy policy = slaPolicy;
      KStream<byte[], Routed> tracked = b.stream(topics.messageEvents(), Consumed.with(bytes, bytes).withName("message-events"))
          .process(() -> new ThreadProcessor(policy, interval, keep, THREAD_STORE, TIMER_STORE),
              Named.as("deadlines"), THREAD_STORE, TIMER_STORE);
      Map<String, KStream<byte[], Routed>> branches = tracked.split(Named.as("sla-"))
          .branch((k, v) -> v.kind == Routed.Kind.DEADLINE, Branched.as("deadline-events"))
          .branch((k, v) -> v.kind == Routed.Kind.SELLER_DELTA, Branched.as("seller-deltas"))
          .defaultBranch(Branched.as("dead-letters"));
      branches.get("sla-deadline-events").mapValues(Routed::payload, Named.as("deadline-json"))
          .to(topics.deadlineEvents(), out.withName("deadline-events-sink"));
      branches.get("sla-dead-letters").mapValues(Routed::payload, Named.as("sla-dead-letter-bytes"))
          .to(topics.deadLetters(), out.withName("sla-dead-letters-sink"));
      branches.get("sla-seller-deltas").mapValues(Routed::payload, Named.as("seller-delta-bytes"))
          .repartition(Repartitioned.with(bytes, bytes).withName("seller-deltas"))
          .process(() -> new SellerMetricsProcessor(SELLER_STORE), Named.as("seller-metrics"), SELLER_STORE)
          .to(topics.sellerMetrics(), out.withName("seller-metrics-sink"));
    }
    return b.build();
  }

  private org.apache.kafka.streams.state.KeyValueBytesStoreSupplier store(String name) {
    return inMemoryStores ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
  }

  /**
   * {@return Kafka Streams properties for running the topology: the application id, the brokers,
   * exactly-once processing (version 2) and byte-array default serdes}. Add the platform's own
   * settings (security, replication factor, standby replicas, state directory) to the result.
   *
   * @param applicationId the Streams application id (consumer group, internal topic prefix)
   * @param bootstrapServers the brokers, {@code host:port,…}
   */
  public static Properties streamsProperties(String applicationId, String bootstrapServers) {
    Objects.requireNonNull(applicationId, "applicationId must not be null");
    Objects.requireNonNull(bootstrapServers, "bootstrapServers must not be null");
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
    return p;
  }

  @Override
  public String toString() {
    return "ParleyTopology{topics=" + topics + ", slaPolicy=" + slaPolicy + ", punctuationInterval="
        + punctuationInterval + ", retention=" + retention + ", checks=" + checks + ", deadlines=" + deadlines + ", inMemoryStores=" + inMemoryStores + "}";
  }

  /** Builds a {@link ParleyTopology}; not thread-safe. */
  public static final class Builder {
    private Topics topics = Topics.defaults();
    private SendCheck sendCheck = SendCheck.standard();
    private SlaPolicy slaPolicy = SlaPolicy.defaults();
    private Duration punctuationInterval = DEFAULT_PUNCTUATION_INTERVAL;
    private Duration retention = DEFAULT_RETENTION;
    private boolean checks = true;
    private boolean deadlines = true;
    private boolean inMemoryStores;

    private Builder() {}

    /**
     * Sets the topic names.
     *
     * @param value the topics
     * @return this builder
     */
    public Builder topics(Topics value) {
      topics = Objects.requireNonNull(value, "topics must not be null");
      return this;
    }

    /**
     * Sets the send check applied to drafts.
     *
     * @param value the check
     * @return this builder
     */
    public Builder sendCheck(SendCheck value) {
      sendCheck = Objects.requireNonNull(value, "sendCheck must not be null");
      return this;
    }

    /**
     * Sets the deadline policy.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder slaPolicy(SlaPolicy value) {
      slaPolicy = Objects.requireNonNull(value, "slaPolicy must not be null");
      return this;
    }

    /**
     * Sets how often, in stream time, deadlines and metrics are re-evaluated: the latency of
     * deadline events and metric updates.
     *
     * @param value the interval, at least one millisecond
     * @return this builder
     */
    public Builder punctuationInterval(Duration value) {
      punctuationInterval = Objects.requireNonNull(value, "punctuationInterval must not be null");
      return this;
    }

    /**
     * Sets how long after its last message a settled thread is kept (for de-duplication);
     * events older than this relative to stream time are ignored.
     *
     * @param value the retention, at least 90 days plus the response window
     * @return this builder
     */
    public Builder retention(Duration value) {
      retention = Objects.requireNonNull(value, "retention must not be null");
      return this;
    }

    /**
     * Turns the draft-checking part on or off.
     *
     * @param value true to check drafts
     * @return this builder
     */
    public Builder checks(boolean value) {
      checks = value;
      return this;
    }

    /**
     * Turns the deadline and metrics part on or off.
     *
     * @param value true to track deadlines
     * @return this builder
     */
    public Builder deadlines(boolean value) {
      deadlines = value;
      return this;
    }

    /**
     * Keeps the stores in memory instead of RocksDB (still changelogged, so restorable, but
     * restored in full on every start and bounded by the heap). Off by default.
     *
     * @param value true for in-memory stores
     * @return this builder
     */
    public Builder inMemoryStores(boolean value) {
      inMemoryStores = value;
      return this;
    }

    /**
     * {@return the topology description}
     *
     * @throws IllegalArgumentException if a setting is out of range (the message names it)
     */
    public ParleyTopology build() {
      return new ParleyTopology(this);
    }
  }
}
