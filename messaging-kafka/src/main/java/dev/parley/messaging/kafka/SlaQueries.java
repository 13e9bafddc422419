package dev.parley.messaging.kafka;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.OrderDates;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the work queue and metrics out of the thread store ({@link ParleyTopology#THREAD_STORE},
 * obtained with {@code KafkaStreams.store(...)} or a test driver), using the same engines as a
 * batch run: the answers equal {@link WorkQueue#at} and {@link ResponseMetrics#standard} over the
 * same threads. Each call scans the store once (the store of one instance holds its partitions
 * only). Stateless and thread-safe.
 */
public final class SlaQueries {
  private SlaQueries() {}

  /**
   * {@return the threads held in the store, by thread id}
   *
   * @param store the thread store
   */
  public static List<MessageThread> threads(ReadOnlyKeyValueStore<String, TrackedThread> store) {
    List<MessageThread> out = new ArrayList<>();
    for (TrackedThread t : tracked(store)) {
      out.add(t.toMessageThread());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@return the work queue of the store's threads at an instant}
   *
   * @param store the thread store
   * @param policy the policy the topology runs with
   * @param at the instant
   */
  public static WorkQueue workQueue(ReadOnlyKeyValueStore<String, TrackedThread> store, SlaPolicy policy, Instant at) {
    List<TrackedThread> all = tracked(store);
    List<MessageThread> threads = new ArrayList<>(all.size());
    for (TrackedThread t : all) {
      threads.add(t.toMessageThread());
    }
    return WorkQueue.at(threads, policy, orderDates(all), at);
  }

  /**
   * {@return each seller's 7, 30 and 90-day metrics at an instant, by seller id}
   *
   * @param store the thread store
   * @param policy the policy the topology runs with
   * @param at the instant
   */
  public static Map<String, Map<StandardPeriod, ResponseMetrics>> sellerMetrics(
      ReadOnlyKeyValueStore<String, TrackedThread> store, SlaPolicy policy, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    List<TrackedThread> all = tracked(store);
    Map<String, List<MessageThread>> bySeller = new TreeMap<>();
    for (TrackedThread t : all) {
      bySeller.computeIfAbsent(t.sellerId(), s -> new ArrayList<>()).add(t.toMessageThread());
    }
    OrderDates dates = orderDates(all);
    Map<String, Map<StandardPeriod, ResponseMetrics>> out = new TreeMap<>();
    for (Map.Entry<String, List<MessageThread>> e : bySeller.entrySet()) {
      out.put(e.getKey(), ResponseMetrics.standard(e.getValue(), policy, dates, at));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<TrackedThread> tracked(ReadOnlyKeyValueStore<String, TrackedThread> store) {
    Objects.requireNonNull(store, "store must not be null");
    List<TrackedThread> out = new ArrayList<>();
    try (KeyValueIterator<String, TrackedThread> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, TrackedThread> kv = it.next();
        out.add(kv.value);
      }
    }
    out.sort((a, b) -> a.threadId().compareTo(b.threadId()));
    return out;
  }

  private static OrderDates orderDates(List<TrackedThread> threads) {
    Map<OrderId, Instant> dates = new HashMap<>();
    for (TrackedThread t : threads) {
      if (t.orderId().isPresent() && t.purchasedAt().isPresent()) {
        dates.put(t.orderId().get(), t.purchasedAt().get());
      }
    }
    return OrderDates.of(dates);
  }
}
