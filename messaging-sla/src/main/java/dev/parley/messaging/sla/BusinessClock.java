package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * A business-hours clock: a {@link WeeklySchedule} of local opening hours in a named time zone,
 * closed on the dates of a {@link HolidayCalendar}. It measures internal targets such as "reply
 * within 4 business hours"; Amazon's own deadline never uses it.
 *
 * <p>The clock is open at an instant when the instant's local date in the zone is not a holiday
 * and its local time lies in an interval of that date's weekday. Business time is the elapsed time
 * during which the clock is open, so:
 *
 * <ul>
 *   <li>on a spring-forward night the skipped local hour does not exist and counts nothing (an
 *       interval 01:00–04:00 in a zone that jumps from 02:00 to 03:00 holds 2 hours);
 *   <li>on a fall-back night the repeated local hour counts twice (the same interval holds 4
 *       hours), because both instants carry an open local time;
 *   <li>holidays and weekdays are judged by the local date, across midnight and year ends.
 * </ul>
 *
 * <p>Searches for the next opening give up after {@value #SEARCH_HORIZON_DAYS} consecutive days
 * without an opening (a holiday calendar that closes every day): {@link #nextOpening} then
 * returns empty and {@link #plusBusinessTime} throws. Immutable and thread-safe.
 */
public final class BusinessClock {
  /** How many consecutive closed days a search crosses before it gives up. */
  public static final int SEARCH_HORIZON_DAYS = 3660;

  private final WeeklySchedule schedule;
  private final ZoneId zone;
  private final HolidayCalendar holidays;

  private BusinessClock(WeeklySchedule schedule, ZoneId zone, HolidayCalendar holidays) {
    this.schedule = schedule;
    this.zone = zone;
    this.holidays = holidays;
  }

  /**
   * Creates a clock.
   *
   * @param schedule the weekly opening hours
   * @param zone a named region zone such as {@code Europe/Berlin}
   * @param holidays the closed dates; {@link HolidayCalendar#none()} for none
   * @return the clock
   * @throws IllegalArgumentException if the zone is a fixed offset rather than a named region
   * @throws NullPointerException if an argument is null
   */
  public static BusinessClock of(WeeklySchedule schedule, ZoneId zone, HolidayCalendar holidays) {
    Args.notNull("schedule", schedule);
    Args.notNull("zone", zone);
    Args.notNull("holidays", holidays);
    Args.check(!(zone instanceof ZoneOffset), "zone", zone,
        "a named region such as Europe/Berlin (fixed offsets ignore DST); use Etc/UTC for UTC");
    return new BusinessClock(schedule, zone, holidays);
  }

  /** {@return the weekly schedule} */
  public WeeklySchedule schedule() {
    return schedule;
  }

  /** {@return the time zone of the schedule} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the holiday calendar} */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /**
   * {@return true if the clock is open at the instant}
   *
   * @param instant the instant
   */
  public boolean isOpen(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(Args.notNull("instant", instant), zone);
    return !holidays.isHoliday(local.toLocalDate())
        && schedule.isOpen(local.getDayOfWeek(), local.toLocalTime());
  }

  /**
   * {@return the earliest instant at or after the given one at which the clock is open (the
   * instant itself when open); empty if none within the search horizon}
   *
   * @param instant where to start
   */
  public Optional<Instant> nextOpening(Instant instant) {
    Instant[] found = new Instant[1];
    forEachOpenPiece(Args.notNull("instant", instant), null, (s, e) -> {
      found[0] = s;
      return false;
    });
    return Optional.ofNullable(found[0]);
  }

  /**
   * {@return the earliest instant at or after the given one at which the clock is closed (the
   * instant itself when closed); empty if the clock stays open for {@value #SEARCH_HORIZON_DAYS}
   * days}
   *
   * @param instant where to start
   */
  public Optional<Instant> nextClosing(Instant instant) {
    Args.notNull("instant", instant);
    Instant[] end = {instant};
    boolean[] done = {false};
    Instant horizon = instant.plus(Duration.ofDays(SEARCH_HORIZON_DAYS));
    // Bounded: a clock open around the clock would otherwise be searched forever.
    forEachOpenPiece(instant, horizon, (s, e) -> {
      if (s.isAfter(end[0])) {
        done[0] = true;
        return false;
      }
      end[0] = e;
      return true;
    });
    return done[0] || !isOpen(end[0]) ? Optional.of(end[0]) : Optional.empty();
  }

  /**
   * Adds business time to an instant: the instant at which the clock has been open for the given
   * time since {@code start}. When the total is reached exactly at a closing, that closing
   * instant is returned; zero returns {@code start}.
   *
   * @param start where to start
   * @param businessTime the business time to add, zero or more
   * @return the resulting instant
   * @throws IllegalArgumentException if the business time is negative or longer than {@value
   *     #SEARCH_HORIZON_DAYS} days
   * @throws IllegalStateException if the clock stays closed longer than the search horizon, or the
   *     result lies more than ten horizons after {@code start}
   */
  public Instant plusBusinessTime(Instant start, Duration businessTime) {
    Args.notNull("start", start);
    Args.notNegative("businessTime", businessTime);
    Args.check(businessTime.compareTo(Duration.ofDays(SEARCH_HORIZON_DAYS)) <= 0, "businessTime", businessTime,
        "at most " + SEARCH_HORIZON_DAYS + " days");
    if (businessTime.isZero()) {
      return start;
    }
    Duration[] remaining = {businessTime};
    Instant[] result = new Instant[1];
    // A sparse schedule could need centuries for a long target: stop after ten horizons of elapsed time.
    forEachOpenPiece(start, start.plus(Duration.ofDays(10L * SEARCH_HORIZON_DAYS)), (s, e) -> {
      Duration piece = Duration.between(s, e);
      if (remaining[0].compareTo(piece) <= 0) {
        result[0] = s.plus(remaining[0]);
        return false;
      }
      remaining[0] = remaining[0].minus(piece);
      return true;
    });
    if (result[0] == null) {
      throw new IllegalStateException("business clock " + this + " cannot accumulate " + businessTime + " after "
          + start + ": it stays closed for more than " + SEARCH_HORIZON_DAYS + " days in a row or needs more than "
          + 10 * SEARCH_HORIZON_DAYS + " days; check its schedule and holiday calendar");
    }
    return result[0];
  }

  /**
   * {@return the business time in {@code [from, to)}: how long the clock is open in between}
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    Args.notNull("from", from);
    Args.notNull("to", to);
    Args.check(!to.isBefore(from), "to", to, "an instant not before from (" + from + ")");
    Duration[] total = {Duration.ZERO};
    forEachOpenPiece(from, to, (s, e) -> {
      total[0] = total[0].plus(Duration.between(s, e));
      return true;
    });
    return total[0];
  }

  /** Receives open pieces in time order. */
  @FunctionalInterface
  interface PieceVisitor {
    /** Returns false to stop. */
    boolean visit(Instant start, Instant end);
  }

  /**
   * Visits the maximal open pieces {@code [s, e)} inside {@code [start, end)} in time order; pieces
   * may touch. Splits the timeline at the zone's offset transitions: within one offset, local time
   * is a shift of the instant, so an opening interval maps to one instant interval exactly, and the
   * repeated or skipped local hour of a transition is handled by the two neighbouring offsets.
   *
   * @param end exclusive end, or null to run until the visitor stops or the horizon is exhausted
   */
  void forEachOpenPiece(Instant start, Instant end, PieceVisitor visitor) {
    ZoneRules rules = zone.getRules();
    Instant segStart = start;
    int idleDays = 0;
    while (end == null || segStart.isBefore(end)) {
      ZoneOffset offset = rules.getOffset(segStart);
      ZoneOffsetTransition tr = rules.nextTransition(segStart);
      Instant segEnd = end;
      if (tr != null && (end == null || tr.getInstant().isBefore(end))) {
        segEnd = tr.getInstant();
      }
      LocalDateTime l0 = LocalDateTime.ofInstant(segStart, offset);
      LocalDateTime l1 = segEnd == null ? null : LocalDateTime.ofInstant(segEnd, offset);
      for (LocalDate d = l0.toLocalDate(); l1 == null || d.atStartOfDay().isBefore(l1); d = d.plusDays(1)) {
        boolean found = false;
        if (!holidays.isHoliday(d)) {
          long[] iv = schedule.nanoIntervals(d.getDayOfWeek());
          LocalDateTime midnight = d.atStartOfDay();
          for (int i = 0; i < iv.length; i += 2) {
            LocalDateTime s = midnight.plusNanos(iv[i]);
            LocalDateTime e = midnight.plusNanos(iv[i + 1]);
            if (s.isBefore(l0)) {
              s = l0;
            }
            if (l1 != null && e.isAfter(l1)) {
              e = l1;
            }
            if (s.isBefore(e)) {
              found = true;
              if (!visitor.visit(s.toInstant(offset), e.toInstant(offset))) {
                return;
              }
            }
          }
        }
        idleDays = found ? 0 : idleDays + 1;
        if (idleDays > SEARCH_HORIZON_DAYS) {
          return;
        }
      }
      if (segEnd == null) {
        return;
      }
      segStart = segEnd;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BusinessClock)) {
      return false;
    }
    BusinessClock c = (BusinessClock) o;
    return c.schedule.equals(schedule) && c.zone.equals(zone) && c.holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return (schedule.hashCode() * 31 + zone.hashCode()) * 31 + holidays.hashCode();
  }

  @Override
  public String toString() {
    return "BusinessClock{zone=" + zone + ", schedule=" + schedule.describe() + ", holidays=" + holidays + "}";
  }
}
