package dev.parley.messaging.sla;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A fixed set of holiday dates. Immutable and thread-safe. */
final class ExplicitHolidays implements HolidayCalendar {
  static final ExplicitHolidays NONE = new ExplicitHolidays(Set.of());

  private final Set<LocalDate> dates;

  ExplicitHolidays(Set<LocalDate> dates) {
    this.dates = dates;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return dates.contains(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExplicitHolidays && ((ExplicitHolidays) o).dates.equals(dates);
  }

  @Override
  public int hashCode() {
    return dates.hashCode();
  }

  @Override
  public String toString() {
    return "HolidayCalendar" + new TreeSet<>(dates);
  }
}
