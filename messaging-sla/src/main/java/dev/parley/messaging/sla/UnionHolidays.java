package dev.parley.messaging.sla;

import java.time.LocalDate;

/** The union of two holiday calendars. Immutable and thread-safe if both parts are. */
final class UnionHolidays implements HolidayCalendar {
  private final HolidayCalendar first;
  private final HolidayCalendar second;

  UnionHolidays(HolidayCalendar first, HolidayCalendar second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return first.isHoliday(date) || second.isHoliday(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnionHolidays && ((UnionHolidays) o).first.equals(first) && ((UnionHolidays) o).second.equals(second);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + second.hashCode();
  }

  @Override
  public String toString() {
    return first + " and " + second;
  }
}
