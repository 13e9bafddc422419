package dev.parley.messaging.sla;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Amazon's 7, 30 and 90-day response metrics at an instant, counted one thread at a time: after
 * {@link #add} has seen every thread, {@link #result()} equals {@link
 * ResponseMetrics#standard(java.util.Collection, SlaPolicy, OrderDates, Instant)} over the same
 * threads. A tally holds a few counters per period and nothing of the threads it has seen, so a
 * caller can stream any number of threads through it in constant memory.
 *
 * <p>Thread ids are not checked for uniqueness (nothing of a thread is kept); adding a thread twice
 * counts its messages twice. Mutable and not thread-safe: one tally per stream; the metrics it
 * returns are immutable.
 */
public final class MetricsTally {
  private final SlaPolicy policy;
  private final Instant at;
  private final ResponseMetrics.Accumulator[] accumulators;
  private long threads;

  private MetricsTally(SlaPolicy policy, Instant at) {
    this.policy = Args.notNull("policy", policy);
    this.at = Args.notNull("at", at);
    StandardPeriod[] periods = StandardPeriod.values();
    this.accumulators = new ResponseMetrics.Accumulator[periods.length];
    for (int i = 0; i < periods.length; i++) {
      accumulators[i] = new ResponseMetrics.Accumulator(periods[i].startFor(at), at, at, policy.responseWindow());
    }
  }

  /**
   * {@return an empty tally of the standard periods ending at an instant}
   *
   * @param policy the policy
   * @param at the end of every period and the instant at which the metrics are seen
   * @throws NullPointerException if an argument is null
   */
  public static MetricsTally standard(SlaPolicy policy, Instant at) {
    return new MetricsTally(policy, at);
  }

  /**
   * Counts one thread's inbound messages, without order data.
   *
   * @param thread the thread
   * @return this tally
   */
  public MetricsTally add(MessageThread thread) {
    return add(thread, OrderDates.none());
  }

  /**
   * Counts one thread's inbound messages.
   *
   * @param thread the thread
   * @param orderDates purchase instants for the seed's vacation reading
   * @return this tally
   * @throws NullPointerException if an argument is null
   */
  public MetricsTally add(MessageThread thread, OrderDates orderDates) {
    Args.notNull("thread", thread);
    Args.notNull("orderDates", orderDates);
    ResponseDeadlines.scan(thread, policy, orderDates, (m, exclusion, answer) -> {
      Instant answeredAt = answer == null ? null : answer.sentAt();
      for (ResponseMetrics.Accumulator acc : accumulators) {
        acc.add(m.sentAt(), exclusion != null, answeredAt);
      }
    });
    threads++;
    return this;
  }

  /** {@return how many threads have been added} */
  public long threads() {
    return threads;
  }

  /** {@return the metrics of the threads added so far, by period in {@link StandardPeriod} order; unmodifiable} */
  public Map<StandardPeriod, ResponseMetrics> result() {
    StandardPeriod[] periods = StandardPeriod.values();
    Map<StandardPeriod, ResponseMetrics> out = new EnumMap<>(StandardPeriod.class);
    for (int i = 0; i < periods.length; i++) {
      out.put(periods[i], accumulators[i].build());
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "MetricsTally{at=" + at + ", threads=" + threads + "}";
  }
}
