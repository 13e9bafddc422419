package dev.parley.messaging.json;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.MetricsTally;
import dev.parley.messaging.sla.OrderDates;
import dev.parley.messaging.sla.ResponseDeadline;
import dev.parley.messaging.sla.ResponseDeadlines;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code parley sla} reports for a set of threads at an instant: how many threads were read,
 * the work queue, the messages that need no reply by reason, and Amazon's 7/30/90-day response
 * metrics. Of the threads themselves it keeps only the marketplace of those in the queue (for the
 * queue's local due time), so a report over a stream of threads ({@link #streaming}) needs memory
 * for the queue, not for the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaReport {
  private final Instant at;
  private final SlaPolicy policy;
  private final long threadCount;
  private final WorkQueue queue;
  private final Map<String, Marketplace> queueMarketplaces;
  private final Map<StandardPeriod, ResponseMetrics> metrics;
  private final Map<ExclusionReason, Integer> excluded;

  private SlaReport(Instant at, SlaPolicy policy, long threadCount, WorkQueue queue, Map<String, Marketplace> queueMarketplaces,
      Map<StandardPeriod, ResponseMetrics> metrics, Map<ExclusionReason, Integer> excluded) {
    this.at = at;
    this.policy = policy;
    this.threadCount = threadCount;
    this.queue = queue;
    Map<String, Marketplace> inQueue = new HashMap<>();
    for (ThreadState s : queue.entries()) {
      Marketplace m = queueMarketplaces.get(s.threadId());
      if (m != null) {
        inQueue.put(s.threadId(), m);
      }
    }
    this.queueMarketplaces = Collections.unmodifiableMap(inQueue);
    this.metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    this.excluded = Collections.unmodifiableMap(new EnumMap<>(excluded));
  }

  /**
   * Computes the report over threads held in memory; a thread's purchase instant is known to
   * every thread of the same order.
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
    Map<String, Marketplace> marketplaces = new HashMap<>();
    for (MessageThread t : threads) {
      countExclusions(t, policy, dates, at, excluded);
      t.marketplace().ifPresent(m -> marketplaces.put(t.id(), m));
    }
    return new SlaReport(at, policy, threads.size(), queue, marketplaces, metrics, excluded);
  }

  private static void countExclusions(MessageThread t, SlaPolicy policy, OrderDates dates, Instant at, Map<ExclusionReason, Integer> excluded) {
    for (ResponseDeadline d : ResponseDeadlines.compute(t, policy, dates)) {
      if (!d.receivedAt().isAfter(at)) {
        d.exclusion().ifPresent(r -> excluded.merge(r, 1, Integer::sum));
      }
    }
  }

  /**
   * {@return an empty report to which threads are added one at a time}
   *
   * @param policy the response window and due-soon lead
   * @param at the instant to evaluate
   * @throws NullPointerException if an argument is null
   */
  public static Streaming streaming(SlaPolicy policy, Instant at) {
    return new Streaming(policy, at);
  }

  /**
   * A report built from threads streamed one at a time: the queue ({@link WorkQueue.Builder}),
   * the metrics ({@link MetricsTally}) and the exclusion counts are updated per thread and
   * nothing else of a thread is kept. A thread's purchase instant is read from its own input only,
   * which is what {@link #compute} gives unless the policy's vacation reading needs the purchase
   * instant of an order that another thread carries.
   *
   * <p>Thread ids are not checked for uniqueness (that would keep every id); the caller does it
   * if it must. Mutable and not thread-safe: one per stream.
   */
  public static final class Streaming {
    private final SlaPolicy policy;
    private final Instant at;
    private final WorkQueue.Builder queue;
    private final MetricsTally metrics;
    private final Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
    private final Map<String, Marketplace> marketplaces = new HashMap<>();
    private long threads;

    private Streaming(SlaPolicy policy, Instant at) {
      this.policy = Objects.requireNonNull(policy, "policy");
      this.at = Objects.requireNonNull(at, "at");
      this.queue = WorkQueue.builder(policy, at);
      this.metrics = MetricsTally.standard(policy, at);
    }

    /**
     * Checks that a thread can be reported (its deadlines compute) without adding it.
     *
     * @param in the thread
     * @throws IllegalArgumentException (or another runtime exception of the SLA engine) if its
     *     deadlines cannot be computed
     */
    public void verify(ThreadInput in) {
      OrderDates dates = dates(in);
      ResponseDeadlines.compute(in.thread(), policy, dates);
      WorkQueue.at(List.of(in.thread()), policy, dates, at);
    }

    /**
     * Adds a thread. A thread whose deadlines cannot be computed is refused whole: check with
     * {@link #verify} first to keep the report unchanged when it fails.
     *
     * @param in the thread
     * @return this report
     */
    public Streaming add(ThreadInput in) {
      MessageThread t = in.thread();
      OrderDates dates = dates(in);
      countExclusions(t, policy, dates, at, excluded);
      metrics.add(t, dates);
      if (queue.add(t, dates)) {
        t.marketplace().ifPresent(m -> marketplaces.put(t.id(), m));
      }
      threads++;
      return this;
    }

    private static OrderDates dates(ThreadInput in) {
      Optional<OrderId> order = in.thread().orderId();
      return order.isPresent() && in.purchasedAt().isPresent() ? OrderDates.of(Map.of(order.get(), in.purchasedAt().get())) : OrderDates.none();
    }

    /** {@return the report of the threads added so far} */
    public SlaReport build() {
      return new SlaReport(at, policy, threads, queue.build(), marketplaces, metrics.result(), excluded);
    }
  }

  /** {@return the instant evaluated} */
  public Instant at() {
    return at;
  }

  /** {@return the policy} */
  public SlaPolicy policy() {
    return policy;
  }

  /** {@return how many threads the report covers} */
  public long threadCount() {
    return threadCount;
  }

  /**
   * {@return the marketplace of a thread in the queue, when its input names one}
   *
   * @param threadId the thread's id
   */
  public Optional<Marketplace> marketplaceOf(String threadId) {
    return Optional.ofNullable(queueMarketplaces.get(threadId));
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
