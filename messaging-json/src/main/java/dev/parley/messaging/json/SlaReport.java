package dev.parley.messaging.json;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.OrderDates;
import dev.parley.messaging.sla.ResponseDeadline;
import dev.parley.messaging.sla.ResponseDeadlines;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code parley sla} reports for a set of threads at an instant: the work queue, the
 * messages that need no reply by reason, and Amazon's 7/30/90-day response metrics.
 *
 * <p>Computed once by {@link #compute}; immutable and thread-safe.
 */
public final class SlaReport {
  private final Instant at;
  private final SlaPolicy policy;
  private final Map<String, MessageThread> threads;
  private final WorkQueue queue;
  private final Map<StandardPeriod, ResponseMetrics> metrics;
  private final Map<ExclusionReason, Integer> excluded;

  private SlaReport(Instant at, SlaPolicy policy, Map<String, MessageThread> threads, WorkQueue queue,
      Map<StandardPeriod, ResponseMetrics> metrics, Map<ExclusionReason, Integer> excluded) {
    this.at = at;
    this.policy = policy;
    this.threads = Collections.unmodifiableMap(threads);
    this.queue = queue;
    this.metrics = Collections.unmodifiableMap(metrics);
    this.excluded = Collections.unmodifiableMap(excluded);
  }

  /**
   * Computes the report.
   *
   * @param inputs the threads, with ids unique among them
   * @param policy the response window and due-soon lead
   * @param at the instant to evaluate
   * @return the report
   * @throws IllegalArgumentException if two threads share an id
   */
  public static SlaReport compute(List<ThreadInput> inputs, SlaPolicy policy, Instant at) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    Map<String, MessageThread> byId = new LinkedHashMap<>();
    Map<OrderId, Instant> purchases = new HashMap<>();
    for (ThreadInput in : inputs) {
      if (byId.put(in.thread().id(), in.thread()) != null) {
        throw new IllegalArgumentException("threads is invalid: thread id \"" + in.thread().id() + "\" appears twice");
      }
      if (in.thread().orderId().isPresent() && in.purchasedAt().isPresent()) {
        purchases.put(in.thread().orderId().get(), in.purchasedAt().get());
      }
    }
    List<MessageThread> threads = List.copyOf(byId.values());
    OrderDates dates = OrderDates.of(purchases);
    WorkQueue queue = WorkQueue.at(threads, policy, dates, at);
    Map<StandardPeriod, ResponseMetrics> metrics = ResponseMetrics.standard(threads, policy, dates, at);
    Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
    for (MessageThread t : threads) {
      for (ResponseDeadline d : ResponseDeadlines.compute(t, policy, dates)) {
        if (!d.receivedAt().isAfter(at)) {
          d.exclusion().ifPresent(r -> excluded.merge(r, 1, Integer::sum));
        }
      }
    }
    return new SlaReport(at, policy, byId, queue, new EnumMap<>(metrics), excluded);
  }

  /** {@return the instant evaluated} */
  public Instant at() {
    return at;
  }

  /** {@return the policy} */
  public SlaPolicy policy() {
    return policy;
  }

  /** {@return the threads by id, in input order} */
  public Map<String, MessageThread> threads() {
    return threads;
  }

  /** {@return the threads awaiting a reply, most urgent first} */
  public WorkQueue queue() {
    return queue;
  }

  /** {@return the metrics over the last 7, 30 and 90 days} */
  public Map<StandardPeriod, ResponseMetrics> metrics() {
    return metrics;
  }

  /** {@return how many messages received by the instant need no reply, by reason} */
  public Map<ExclusionReason, Integer> excluded() {
    return excluded;
  }
}
