package dev.parley.messaging.kafka;

import dev.parley.messaging.core.Author;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import dev.parley.messaging.sla.SlaPolicy;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The scale measurement of the deadline processors, run by hand (not a test): a deterministic
 * stream of {@code EVENTS} message events over {@code EVENTS / 10} threads of 1,000 sellers, in
 * time order with 1 % duplicates and 2 % events stamped one to three hours before stream time (late
 * arrivals), fed to the topology's two processors in process with real RocksDB stores (changelog
 * off) and stream-time punctuation as Kafka Streams schedules it: one partition on one core, no
 * broker. (The TopologyTestDriver is not used here: it commits and flushes RocksDB after every
 * record, which would measure the disk.) Prints events/s per 100,000 events, the output counts,
 * and the thread store's size (entries, serialized bytes, bytes on disk).
 *
 * <p>Run (see README, "Scale"): {@code java -Xmx1g -cp … dev.parley.messaging.kafka.ScaleRun
 * 1000000 100000}.
 */
public final class ScaleRun {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration SPAN = Duration.ofDays(60);
  private static final long LAP = 250_000;

  private ScaleRun() {}

  /**
   * Runs the measurement.
   *
   * @param args events, threads
   * @throws IOException if the state directory cannot be made or measured
   */
  public static void main(String[] args) throws IOException {
    long events = Long.parseLong(args[0]);
    int threads = Integer.parseInt(args[1]);
    Path stateDir = Files.createTempDirectory("parley-scale");
    Properties p = ParleyTopology.streamsProperties("parley-scale", "localhost:9");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    boolean inMemory = args.length > 2 && args[2].equals("memory");
    long perThread = Math.max(1, events / threads);
    SplittableRandom r = new SplittableRandom(20261204L);
    // Threads by the instant of their next message: the stream is in time order, like a live feed.
    PriorityQueue<long[]> next = new PriorityQueue<>(Comparator.comparingLong((long[] a) -> a[1]));
    for (int t = 0; t < threads; t++) {
      next.add(new long[] {t, START.getEpochSecond() + r.nextLong(SPAN.getSeconds()), 0});
    }
    Map<String, Long> outputs = new HashMap<>();
    Duration interval = ParleyTopology.DEFAULT_PUNCTUATION_INTERVAL;
    SlaPolicy policy = SlaPolicy.defaults();
    MockProcessorContext<byte[], Routed> threadContext = new MockProcessorContext<>(p, new org.apache.kafka.streams.processor.TaskId(0, 0), stateDir.toFile());
    KeyValueStore<String, TrackedThread> threadStore = store(threadContext, inMemory, ParleyTopology.THREAD_STORE,
        Serdes.String(), Codec.threadSerde());
    store(threadContext, inMemory, ParleyTopology.TIMER_STORE, Serdes.Bytes(), Serdes.ByteArray());
    MockProcessorContext<byte[], byte[]> sellerContext = new MockProcessorContext<>(p, new org.apache.kafka.streams.processor.TaskId(1, 0), stateDir.resolve("sellers").toFile());
    store(sellerContext, inMemory, ParleyTopology.SELLER_STORE, Serdes.String(), Codec.countsSerde());
    ThreadProcessor processor = new ThreadProcessor(policy, interval, ParleyTopology.DEFAULT_RETENTION,
        ParleyTopology.THREAD_STORE, ParleyTopology.TIMER_STORE);
    processor.init(threadContext);
    SellerMetricsProcessor sellers = new SellerMetricsProcessor(ParleyTopology.SELLER_STORE);
    sellers.init(sellerContext);
    Punctuator punctuator = threadContext.scheduledPunctuators().get(0).getPunctuator();
    long streamTime = Long.MIN_VALUE;
    long nextPunctuation = Long.MIN_VALUE;
    long sent = 0;
    long t0 = System.nanoTime();
    long lap = t0;
    long cpu0 = processCpuNanos();
    long cpuLap = cpu0;
    MessageEvent previous = null;
    while (sent < events && !next.isEmpty()) {
      long[] thread = next.poll();
      long k = thread[2];
      Instant at = Instant.ofEpochSecond(thread[1]);
      boolean buyer = k % 2 == 0 ? r.nextInt(10) != 0 : r.nextInt(5) == 0;
      Instant stamped = r.nextInt(50) == 0 ? at.minusSeconds(3600 + r.nextInt(7200)) : at;
      MessageEvent e = MessageEvent.builder()
          .threadId("T-" + thread[0])
          .messageId("m" + k)
          .sellerId("S-" + (thread[0] % 1000))
          .author(buyer ? Author.BUYER : Author.SELLER)
          .sentAt(stamped)
          .noResponseNeeded(buyer && r.nextInt(30) == 0)
          .automated(!buyer && r.nextInt(15) == 0)
          .build();
      List<MessageEvent> batch = previous != null && r.nextInt(100) == 0 ? List.of(e, previous) : List.of(e);
      for (MessageEvent x : batch) {
        long ts = x.sentAt().toEpochMilli();
        processor.process(new Record<>(x.threadId().getBytes(StandardCharsets.UTF_8), x.toJson(), ts));
        sent++;
        // Stream-time punctuation as Kafka Streams does it: once stream time reaches the schedule.
        streamTime = Math.max(streamTime, ts);
        if (streamTime >= nextPunctuation) {
          punctuator.punctuate(streamTime);
          nextPunctuation = streamTime + interval.toMillis();
        }
        route(threadContext, sellers, sellerContext, outputs);
      }
      previous = e;
      if (k + 1 < perThread) {
        thread[1] += 300 + r.nextLong(36 * 3600);
        thread[2] = k + 1;
        next.add(thread);
      }
      if (sent % LAP < batch.size() && sent >= LAP) {
        long now = System.nanoTime();
        long cpu = processCpuNanos();
        System.out.printf(Locale.ROOT, "%,d events: %.1f s, last %,d at %,.0f events/s, %.1f us CPU/event, %s%n", sent,
            (now - t0) / 1e9, LAP, LAP / ((now - lap) / 1e9), (cpu - cpuLap) / 1e3 / LAP, Instant.ofEpochMilli(streamTime));
        lap = now;
        cpuLap = cpu;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "total: %,d events over %,d threads in %.1f s = %,.0f events/s (stream time %s)%n",
        sent, threads, seconds, sent / seconds, Instant.ofEpochMilli(streamTime));
    System.out.printf(Locale.ROOT, "CPU: %.1f s for the process (all threads, RocksDB's included) = %.1f us per event%n",
        cpuSeconds, cpuSeconds * 1e6 / Math.max(1, sent));
    long entries = 0;
    long serialized = 0;
    try (KeyValueIterator<String, TrackedThread> it = threadStore.all()) {
      while (it.hasNext()) {
        KeyValue<String, TrackedThread> kv = it.next();
        entries++;
        serialized += kv.key.length() + Codec.writeThread(kv.value).length;
      }
    }
    System.out.printf(Locale.ROOT, "thread store: %,d threads, %,d serialized bytes (%.0f per thread)%n", entries,
        serialized, (double) serialized / Math.max(1, entries));
    threadStore.flush();
    System.out.printf(Locale.ROOT, "state directory on disk (thread, timer and seller stores, RocksDB, flushed): %,d bytes%n",
        size(stateDir));
    outputs.forEach((kind, n) -> System.out.printf(Locale.ROOT, "  %s: %,d records%n", kind, n));
  }

  private static <K, V> KeyValueStore<K, V> store(MockProcessorContext<?, ?> context, boolean inMemory, String name,
      org.apache.kafka.common.serialization.Serde<K> keys, org.apache.kafka.common.serialization.Serde<V> values) {
    KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(
            inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name), keys, values)
        .withLoggingDisabled()
        .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  /** Counts the thread processor's outputs and hands seller deltas to the seller processor. */
  private static void route(MockProcessorContext<byte[], Routed> threadContext, SellerMetricsProcessor sellers,
      MockProcessorContext<byte[], byte[]> sellerContext, Map<String, Long> outputs) {
    for (MockProcessorContext.CapturedForward<? extends byte[], ? extends Routed> f : threadContext.forwarded()) {
      Record<? extends byte[], ? extends Routed> rec = f.record();
      outputs.merge(rec.value().kind.name(), 1L, Long::sum);
      if (rec.value().kind == Routed.Kind.SELLER_DELTA) {
        sellers.process(new Record<>(rec.key(), rec.value().payload, rec.timestamp()));
      }
    }
    threadContext.resetForwards();
    outputs.merge("SELLER_METRICS", (long) sellerContext.forwarded().size(), Long::sum);
    sellerContext.resetForwards();
  }

  /** CPU time of the whole process (JIT, GC and RocksDB's background threads included), so a shared, loaded machine still gives a comparable cost per event. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
        : 0;
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
