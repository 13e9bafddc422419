package dev.parley.messaging.kafka;

import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.StandardPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * The additive parts of {@link ResponseMetrics} for the three standard periods, as a flat array:
 * per period answered on time, answered late, unanswered late, pending, excluded, and the total
 * response time (seconds, nanoseconds). A thread's contribution, a delta between two
 * contributions, and a seller's total are all of this shape; they add and subtract exactly.
 *
 * <p>Mutable; confined to one processor.
 */
final class MetricCounts {
  static final int FIELDS = 7;
  static final int ON_TIME = 0;
  static final int ANSWERED_LATE = 1;
  static final int UNANSWERED_LATE = 2;
  static final int PENDING = 3;
  static final int EXCLUDED = 4;
  static final int SECONDS = 5;
  static final int NANOS = 6;
  static final StandardPeriod[] PERIODS = StandardPeriod.values();

  final long[] values = new long[PERIODS.length * FIELDS];

  static MetricCounts of(Map<StandardPeriod, ResponseMetrics> metrics) {
    MetricCounts c = new MetricCounts();
    for (int p = 0; p < PERIODS.length; p++) {
      ResponseMetrics m = metrics.get(PERIODS[p]);
      int o = p * FIELDS;
      c.values[o + ON_TIME] = m.answeredOnTime();
      c.values[o + ANSWERED_LATE] = m.answeredLate();
      c.values[o + UNANSWERED_LATE] = m.unansweredLate();
      c.values[o + PENDING] = m.pending();
      c.values[o + EXCLUDED] = m.excluded();
      c.values[o + SECONDS] = m.totalResponseTime().getSeconds();
      c.values[o + NANOS] = m.totalResponseTime().getNano();
    }
    return c;
  }

  long get(StandardPeriod period, int field) {
    return values[period.ordinal() * FIELDS + field];
  }

  Duration totalResponseTime(StandardPeriod period) {
    return Duration.ofSeconds(get(period, SECONDS)).plusNanos(get(period, NANOS));
  }

  void add(MetricCounts other, int sign) {
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.addExact(values[i], sign * other.values[i]);
    }
  }

  boolean isZero() {
    for (long v : values) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  static MetricCounts difference(MetricCounts after, MetricCounts before) {
    MetricCounts d = new MetricCounts();
    d.add(after, 1);
    d.add(before, -1);
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricCounts && Arrays.equals(values, ((MetricCounts) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MetricCounts" + Arrays.toString(values);
  }

  /** A seller's totals, or a delta to them, as seen at a stream-time instant. */
  static final class AtInstant {
    final MetricCounts counts;
    final Instant at;

    AtInstant(MetricCounts counts, Instant at) {
      this.counts = counts;
      this.at = at;
    }
  }
}
