package dev.parley.messaging.sla;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Response-time metrics over a period as seen at an instant (rule {@code sla.metrics}): messages
 * counted, answered within the window, answered late, unanswered past the window, Late Response
 * Rate, share answered in time and Average Response Time.
 *
 * <p>Which messages count: inbound messages that need a reply and were <em>received</em> in {@code
 * [from, to)} and not after the instant {@code at} (the period is chosen by the question's
 * arrival, so a message belongs to exactly one of two disjoint periods whatever happens later).
 * Each such message, seen at {@code at}:
 *
 * <ul>
 *   <li>answered at or before {@code at}: on time if the answer came at or before its due
 *       instant, else late;
 *   <li>unanswered and past its due instant: unanswered late;
 *   <li>unanswered and not yet due: <em>pending</em>, not counted yet (Amazon's "messages younger
 *       than 24 hours do not count yet").
 * </ul>
 *
 * <p>Late Response Rate = (answered late + unanswered late) / counted, Amazon's split kept in the
 * two counts; Average Response Time = the mean time to answer over answered counted messages,
 * truncated to the nanosecond. With nothing counted the rates and the average are empty, never
 * {@code NaN}. Deterministic for a given input and instant. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResponseMetrics {
  ResponseMetrics() {}

  /** {@return the first instant of the period} */
  public abstract Instant start();

  /** {@return the first instant after the period} */
  public abstract Instant end();

  /** {@return the instant at which the metrics are seen} */
  public abstract Instant at();

  /** {@return messages answered at or before their due instant} */
  public abstract long answeredOnTime();

  /** {@return messages answered after their due instant} */
  public abstract long answeredLate();

  /** {@return messages without an answer whose due instant has passed} */
  public abstract long unansweredLate();

  /** {@return messages without an answer that are not yet due; not counted} */
  public abstract long pending();

  /** {@return inbound messages in the period that need no reply; not counted} */
  public abstract long excluded();

  /** {@return the sum of the response times of the answered counted messages} */
  public abstract Duration totalResponseTime();

  /** {@return the messages counted: answered on time + answered late + unanswered late} */
  public long counted() {
    return answeredOnTime() + answeredLate() + unansweredLate();
  }

  /** {@return the messages answered, on time or late} */
  public long answered() {
    return answeredOnTime() + answeredLate();
  }

  /** {@return the messages not answered within the window: answered late + unanswered late} */
  public long late() {
    return answeredLate() + unansweredLate();
  }

  /** {@return the Late Response Rate in [0, 1]; empty when nothing was counted} */
  public OptionalDouble lateResponseRate() {
    return ratio(late(), counted());
  }

  /** {@return the share answered late in [0, 1], the first part of the Late Response Rate; empty when nothing was counted} */
  public OptionalDouble answeredLateRate() {
    return ratio(answeredLate(), counted());
  }

  /** {@return the share unanswered past the window in [0, 1], the second part of the Late Response Rate; empty when nothing was counted} */
  public OptionalDouble unansweredLateRate() {
    return ratio(unansweredLate(), counted());
  }

  /** {@return the share answered within the window in [0, 1]; empty when nothing was counted} */
  public OptionalDouble onTimeRate() {
    return ratio(answeredOnTime(), counted());
  }

  /** {@return the Average Response Time over answered counted messages; empty when none was answered} */
  public Optional<Duration> averageResponseTime() {
    long n = answered();
    return n == 0 ? Optional.empty() : Optional.of(totalResponseTime().dividedBy(n));
  }

  private static OptionalDouble ratio(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /**
   * Combines the metrics of two adjacent periods seen at the same instant into the metrics of
   * their union; equal to computing over the union directly.
   *
   * @param other metrics of the period right before or right after this one
   * @return the combined metrics
   * @throws IllegalArgumentException if the instants differ or the periods are not adjacent
   */
  public ResponseMetrics plus(ResponseMetrics other) {
    Args.check(other.at().equals(at()), "other.at", other.at(), "the same instant " + at());
    Instant from;
    Instant to;
    if (end().equals(other.start())) {
      from = start();
      to = other.end();
    } else if (other.end().equals(start())) {
      from = other.start();
      to = end();
    } else {
      throw new IllegalArgumentException("other is invalid: got the period [" + other.start() + ", " + other.end()
          + "), expected one adjacent to [" + start() + ", " + end() + ")");
    }
    return ImmutableResponseMetrics.builder()
        .start(from)
        .end(to)
        .at(at())
        .answeredOnTime(answeredOnTime() + other.answeredOnTime())
        .answeredLate(answeredLate() + other.answeredLate())
        .unansweredLate(unansweredLate() + other.unansweredLate())
        .pending(pending() + other.pending())
        .excluded(excluded() + other.excluded())
        .totalResponseTime(dev.parley.messaging.sla.internal.Saturating.plus(totalResponseTime(), other.totalResponseTime()))
        .build();
  }

  @Value.Check
  void check() {
    Args.check(!end().isBefore(start()), "end", end(), "an instant not before start (" + start() + ")");
    Args.check(answeredOnTime() >= 0 && answeredLate() >= 0 && unansweredLate() >= 0 && pending() >= 0
        && excluded() >= 0, "counts", this, "non-negative counts");
  }

  /**
   * Computes the metrics of a period from deadlines.
   *
   * @param deadlines the deadlines, of any threads
   * @param from first instant of the period
   * @param to first instant after the period
   * @param at the instant at which the metrics are seen
   * @return the metrics
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static ResponseMetrics of(Iterable<ResponseDeadline> deadlines, Instant from, Instant to, Instant at) {
    Args.notNull("deadlines", deadlines);
    Accumulator acc = new Accumulator(Args.notNull("from", from), Args.notNull("to", to), Args.notNull("at", at), null);
    Args.check(!to.isBefore(from), "to", to, "an instant not before from (" + from + ")");
    for (ResponseDeadline d : deadlines) {
      acc.add(d);
    }
    return acc.build();
  }

  /**
   * Computes the metrics of a period over threads, without order data.
   *
   * @param threads the threads
   * @param policy the policy
   * @param from first instant of the period
   * @param to first instant after the period
   * @param at the instant at which the metrics are seen
   * @return the metrics
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static ResponseMetrics over(
      Collection<MessageThread> threads, SlaPolicy policy, Instant from, Instant to, Instant at) {
    return over(threads, policy, OrderDates.none(), from, to, at);
  }

  /**
   * Computes the metrics of a period over threads.
   *
   * @param threads the threads
   * @param policy the policy
   * @param orderDates purchase instants for the seed's vacation reading
   * @param from first instant of the period
   * @param to first instant after the period
   * @param at the instant at which the metrics are seen
   * @return the metrics
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static ResponseMetrics over(
      Collection<MessageThread> threads, SlaPolicy policy, OrderDates orderDates, Instant from, Instant to, Instant at) {
    Args.notNull("threads", threads);
    Accumulator acc = new Accumulator(
        Args.notNull("from", from), Args.notNull("to", to), Args.notNull("at", at), policy.responseWindow());
    Args.check(!to.isBefore(from), "to", to, "an instant not before from (" + from + ")");
    for (MessageThread t : threads) {
      ResponseDeadlines.scan(t, policy, orderDates, (m, exclusion, answer) ->
          acc.add(m.sentAt(), exclusion != null, answer == null ? null : answer.sentAt()));
    }
    return acc.build();
  }

  /**
   * Computes Amazon's 7, 30 and 90-day metrics ending at an instant, without order data.
   *
   * @param threads the threads
   * @param policy the policy
   * @param at the end of every period and the instant at which the metrics are seen
   * @return the metrics by period, in {@link StandardPeriod} order; unmodifiable
   */
  public static Map<StandardPeriod, ResponseMetrics> standard(
      Collection<MessageThread> threads, SlaPolicy policy, Instant at) {
    return standard(threads, policy, OrderDates.none(), at);
  }

  /**
   * Computes Amazon's 7, 30 and 90-day metrics ending at an instant in one pass.
   *
   * @param threads the threads
   * @param policy the policy
   * @param orderDates purchase instants for the seed's vacation reading
   * @param at the end of every period and the instant at which the metrics are seen
   * @return the metrics by period, in {@link StandardPeriod} order; unmodifiable
   */
  public static Map<StandardPeriod, ResponseMetrics> standard(
      Collection<MessageThread> threads, SlaPolicy policy, OrderDates orderDates, Instant at) {
    Args.notNull("threads", threads);
    Args.notNull("at", at);
    StandardPeriod[] periods = StandardPeriod.values();
    Accumulator[] accs = new Accumulator[periods.length];
    for (int i = 0; i < periods.length; i++) {
      accs[i] = new Accumulator(periods[i].startFor(at), at, at, policy.responseWindow());
    }
    for (MessageThread t : threads) {
      ResponseDeadlines.scan(t, policy, orderDates, (m, exclusion, answer) -> {
        Instant answeredAt = answer == null ? null : answer.sentAt();
        for (Accumulator acc : accs) {
          acc.add(m.sentAt(), exclusion != null, answeredAt);
        }
      });
    }
    Map<StandardPeriod, ResponseMetrics> out = new EnumMap<>(StandardPeriod.class);
    for (int i = 0; i < periods.length; i++) {
      out.put(periods[i], accs[i].build());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Computes Amazon's 7, 30 and 90-day metrics ending at an instant from deadlines.
   *
   * @param deadlines the deadlines, of any threads
   * @param at the end of every period and the instant at which the metrics are seen
   * @return the metrics by period, in {@link StandardPeriod} order; unmodifiable
   */
  public static Map<StandardPeriod, ResponseMetrics> standardOf(Iterable<ResponseDeadline> deadlines, Instant at) {
    Args.notNull("deadlines", deadlines);
    Args.notNull("at", at);
    Map<StandardPeriod, ResponseMetrics> out = new EnumMap<>(StandardPeriod.class);
    for (StandardPeriod p : StandardPeriod.values()) {
      out.put(p, of(deadlines, p.startFor(at), at, at));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Counts deadlines into one period without allocating per message; not thread-safe. */
  static final class Accumulator {
    private static final long NANOS = 1_000_000_000L;
    private final Instant from;
    private final Instant to;
    private final Instant at;
    private final Duration window;
    private long onTime;
    private long answeredLate;
    private long unansweredLate;
    private long pending;
    private long excluded;
    private long totalSeconds;
    private long totalNanos;

    /** {@code window} may be null when only {@link #add(ResponseDeadline)} is used. */
    Accumulator(Instant from, Instant to, Instant at, Duration window) {
      this.from = from;
      this.to = to;
      this.at = at;
      this.window = window;
    }

    void add(ResponseDeadline d) {
      if (!d.needsReply()) {
        add(d.receivedAt(), true, null, null);
      } else {
        add(d.receivedAt(), false, d.answeredAt().orElse(null), Duration.between(d.receivedAt(), d.due().orElseThrow()));
      }
    }

    void add(Instant received, boolean isExcluded, Instant answeredAt) {
      add(received, isExcluded, answeredAt, window);
    }

    private void add(Instant received, boolean isExcluded, Instant answeredAt, Duration win) {
      if (received.isBefore(from) || !received.isBefore(to) || received.isAfter(at)) {
        return;
      }
      if (isExcluded) {
        excluded++;
        return;
      }
      if (answeredAt != null && !answeredAt.isAfter(at)) {
        long seconds = answeredAt.getEpochSecond() - received.getEpochSecond();
        long nanos = (long) answeredAt.getNano() - received.getNano();
        if (nanos < 0) {
          seconds--;
          nanos += NANOS;
        }
        if (exceeds(seconds, nanos, win)) {
          answeredLate++;
        } else {
          onTime++;
        }
        totalSeconds = dev.parley.messaging.sla.internal.Saturating.add(totalSeconds, seconds);
        totalNanos += nanos;
        if (totalNanos >= NANOS) {
          totalSeconds = dev.parley.messaging.sla.internal.Saturating.add(totalSeconds, 1);
          totalNanos -= NANOS;
        }
      } else {
        long seconds = at.getEpochSecond() - received.getEpochSecond();
        long nanos = (long) at.getNano() - received.getNano();
        if (nanos < 0) {
          seconds--;
          nanos += NANOS;
        }
        if (exceeds(seconds, nanos, win)) {
          unansweredLate++;
        } else {
          pending++;
        }
      }
    }

    /** True if the elapsed time (seconds, nanos in [0, 1e9)) is longer than the window. */
    private static boolean exceeds(long seconds, long nanos, Duration win) {
      return seconds > win.getSeconds() || (seconds == win.getSeconds() && nanos > win.getNano());
    }

    ResponseMetrics build() {
      return ImmutableResponseMetrics.builder()
          .start(from)
          .end(to)
          .at(at)
          .answeredOnTime(onTime)
          .answeredLate(answeredLate)
          .unansweredLate(unansweredLate)
          .pending(pending)
          .excluded(excluded)
          .totalResponseTime(Duration.ofSeconds(totalSeconds, totalNanos))
          .build();
    }
  }
}
