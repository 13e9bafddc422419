package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.Args;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opening hours per day of the week, several half-open intervals {@code [start, end)} of local time
 * per day, for a {@link BusinessClock}.
 *
 * <p>An end of {@code 00:00} means the end of the day (24:00). An interval that crosses midnight,
 * such as 22:00–02:00, is rejected with a message that says how to split it across the two days;
 * so are empty and overlapping intervals. Adjacent intervals are fine.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
public final class WeeklySchedule {
  private static final long DAY_NANOS = 86_400_000_000_000L;

  /** Per day of week ({@code ordinal()}), sorted pairs of start and end nano-of-day. */
  private final long[][] intervals;

  private WeeklySchedule(long[][] intervals) {
    this.intervals = intervals;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a schedule open on the given days between the same two local times}
   *
   * @param start opening time
   * @param end closing time; {@code 00:00} for the end of the day
   * @param days the open days
   * @throws IllegalArgumentException if the interval is empty or crosses midnight, or no day is given
   */
  public static WeeklySchedule of(LocalTime start, LocalTime end, DayOfWeek... days) {
    Builder b = builder();
    for (DayOfWeek d : days) {
      b.open(d, start, end);
    }
    return b.build();
  }

  /** {@return Monday to Friday, 09:00–17:00} */
  public static WeeklySchedule officeHours() {
    return of(LocalTime.of(9, 0), LocalTime.of(17, 0),
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  }

  /** Pairs {@code [start, end)} of nano-of-day for the day; callers must not modify it. */
  long[] nanoIntervals(DayOfWeek day) {
    return intervals[day.ordinal()];
  }

  /**
   * {@return true if the local time on that day of the week is within an interval}
   *
   * @param day the day of the week
   * @param time the local time
   */
  public boolean isOpen(DayOfWeek day, LocalTime time) {
    long t = time.toNanoOfDay();
    long[] iv = intervals[day.ordinal()];
    for (int i = 0; i < iv.length; i += 2) {
      if (t >= iv[i] && t < iv[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** {@return the open time per week, ignoring DST and holidays} */
  public java.time.Duration weeklyOpenTime() {
    long total = 0;
    for (long[] iv : intervals) {
      for (int i = 0; i < iv.length; i += 2) {
        total += iv[i + 1] - iv[i];
      }
    }
    return java.time.Duration.ofNanos(total);
  }

  /** {@return the intervals of each day as text, such as {@code MONDAY=[09:00-17:00]}} */
  public Map<DayOfWeek, List<String>> describe() {
    Map<DayOfWeek, List<String>> out = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      long[] iv = intervals[d.ordinal()];
      if (iv.length > 0) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < iv.length; i += 2) {
          parts.add(format(iv[i]) + "-" + (iv[i + 1] == DAY_NANOS ? "24:00" : format(iv[i + 1])));
        }
        out.put(d, List.copyOf(parts));
      }
    }
    return out;
  }

  private static String format(long nanoOfDay) {
    return LocalTime.ofNanoOfDay(nanoOfDay).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklySchedule && Arrays.deepEquals(((WeeklySchedule) o).intervals, intervals);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(intervals);
  }

  @Override
  public String toString() {
    return "WeeklySchedule" + describe();
  }

  /** Builds a {@link WeeklySchedule}; not thread-safe. */
  public static final class Builder {
    private final List<List<long[]>> days = new ArrayList<>();

    Builder() {
      for (int i = 0; i < 7; i++) {
        days.add(new ArrayList<>());
      }
    }

    /**
     * Adds an opening interval {@code [start, end)} on a day.
     *
     * @param day the day of the week
     * @param start opening time
     * @param end closing time; {@code 00:00} for the end of the day (so {@code 00:00}–{@code 00:00} is the whole day)
     * @return this builder
     * @throws IllegalArgumentException if the interval is empty, crosses midnight or overlaps another on that day
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      Args.notNull("day", day);
      Args.notNull("start", start);
      Args.notNull("end", end);
      long s = start.toNanoOfDay();
      long e = end.equals(LocalTime.MIDNIGHT) ? DAY_NANOS : end.toNanoOfDay();
      if (e < s) {
        throw new IllegalArgumentException("interval is invalid: got " + start + "-" + end + " on " + day
            + ", which crosses midnight; expected an interval within one day: split it into " + start
            + "-00:00 on " + day + " and 00:00-" + end + " on " + day.plus(1));
      }
      Args.check(e > s, "interval", start + "-" + end + " on " + day, "an end after the start");
      for (long[] other : days.get(day.ordinal())) {
        Args.check(e <= other[0] || s >= other[1], "interval", start + "-" + end + " on " + day,
            "no overlap with " + format(other[0]) + "-" + (other[1] == DAY_NANOS ? "24:00" : format(other[1])));
      }
      days.get(day.ordinal()).add(new long[] {s, e});
      return this;
    }

    /**
     * Opens a whole day.
     *
     * @param day the day of the week
     * @return this builder
     * @throws IllegalArgumentException if the day already has an interval
     */
    public Builder openAllDay(DayOfWeek day) {
      return open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /**
     * {@return the schedule}
     *
     * @throws IllegalArgumentException if no interval was added (the clock would never open)
     */
    public WeeklySchedule build() {
      long[][] out = new long[7][];
      boolean any = false;
      for (int d = 0; d < 7; d++) {
        List<long[]> list = new ArrayList<>(days.get(d));
        list.sort((a, b) -> Long.compare(a[0], b[0]));
        out[d] = new long[list.size() * 2];
        for (int i = 0; i < list.size(); i++) {
          out[d][2 * i] = list.get(i)[0];
          out[d][2 * i + 1] = list.get(i)[1];
          any = true;
        }
      }
      Args.check(any, "schedule", "no intervals", "at least one opening interval");
      return new WeeklySchedule(out);
    }
  }
}
