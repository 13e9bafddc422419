package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.Easter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Built-in public holiday rules of a few marketplace countries: fixed dates, Easter-relative dates
 * and n-th weekdays, with the country's weekend substitution, plus dated one-off changes.
 *
 * <p>Sources: the US federal holiday list (5 U.S.C. 6103, Juneteenth from 2021, weekend observance
 * per OPM), the UK government's bank holiday list for England and Wales, the German federal
 * holidays and the French Code du travail (article L3133-1). Immutable and thread-safe.
 */
final class CountryHolidays implements HolidayCalendar {
  static final List<String> COUNTRIES = List.of("DE", "FR", "UK", "US");

  /** UK one-offs: bank holidays moved or added by proclamation. */
  private static final Set<LocalDate> UK_ADDED = Set.of(
      LocalDate.of(2020, 5, 8), // VE Day 75, replacing 4 May
      LocalDate.of(2022, 6, 2), // Platinum Jubilee, replacing 30 May
      LocalDate.of(2022, 6, 3),
      LocalDate.of(2022, 9, 19), // State funeral of Queen Elizabeth II
      LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
  private static final Set<LocalDate> UK_REMOVED = Set.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
  /** Germany: the 500th anniversary of the Reformation was a national holiday once. */
  private static final Set<LocalDate> DE_ADDED = Set.of(LocalDate.of(2017, 10, 31));

  // Created after the one-off sets above: the constructor reads them.
  private static final CountryHolidays US = new CountryHolidays("US");
  private static final CountryHolidays UK = new CountryHolidays("UK");
  private static final CountryHolidays DE = new CountryHolidays("DE");
  private static final CountryHolidays FR = new CountryHolidays("FR");

  /** Years whose holidays are computed once, at class initialisation; others are computed per call. */
  private static final int FIRST_CACHED_YEAR = 1970;
  private static final int LAST_CACHED_YEAR = 2199;

  private final String country;
  private final Set<LocalDate> cached;

  private CountryHolidays(String country) {
    this.country = country;
    TreeSet<LocalDate> all = new TreeSet<>();
    for (int year = FIRST_CACHED_YEAR; year <= LAST_CACHED_YEAR + 1; year++) {
      all.addAll(rulesOf(year));
    }
    this.cached = Set.copyOf(all);
  }

  static Optional<CountryHolidays> find(String code) {
    switch (code) {
      case "US":
        return Optional.of(US);
      case "UK":
        return Optional.of(UK);
      case "DE":
        return Optional.of(DE);
      case "FR":
        return Optional.of(FR);
      default:
        return Optional.empty();
    }
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    int year = date.getYear();
    if (year >= FIRST_CACHED_YEAR && year <= LAST_CACHED_YEAR) {
      return cached.contains(date);
    }
    if (year < 1583) {
      return false;
    }
    // A rule of the next year can fall on 31 December (US New Year's Day observed on Friday).
    return rulesOf(year).contains(date) || (year < LocalDate.MAX.getYear() && rulesOf(year + 1).contains(date));
  }

  /** The holidays produced by the rules of one year, including observed and substitute days. */
  Set<LocalDate> rulesOf(int year) {
    TreeSet<LocalDate> out = new TreeSet<>();
    switch (country) {
      case "US":
        usObserved(out, LocalDate.of(year, 1, 1));
        if (year >= 1986) {
          out.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
        }
        out.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
        out.add(last(year, Month.MAY, DayOfWeek.MONDAY));
        if (year >= 2021) {
          usObserved(out, LocalDate.of(year, 6, 19));
        }
        usObserved(out, LocalDate.of(year, 7, 4));
        out.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
        out.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
        usObserved(out, LocalDate.of(year, 11, 11));
        out.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
        usObserved(out, LocalDate.of(year, 12, 25));
        break;
      case "UK": {
        LocalDate easter = Easter.sunday(year);
        out.add(easter.minusDays(2));
        out.add(easter.plusDays(1));
        out.add(nth(year, Month.MAY, 1, DayOfWeek.MONDAY));
        out.add(last(year, Month.MAY, DayOfWeek.MONDAY));
        out.add(last(year, Month.AUGUST, DayOfWeek.MONDAY));
        // Substitutes go to the next weekday that is not already a holiday, in date order,
        // so Christmas and Boxing Day on a weekend become the following Monday and Tuesday.
        for (LocalDate d : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26))) {
          out.add(d);
          if (isWeekend(d)) {
            LocalDate sub = d.plusDays(1);
            while (isWeekend(sub) || out.contains(sub) || sub.equals(LocalDate.of(year, 12, 26))) {
              sub = sub.plusDays(1);
            }
            out.add(sub);
          }
        }
        out.removeAll(UK_REMOVED);
        for (LocalDate d : UK_ADDED) {
          if (d.getYear() == year) {
            out.add(d);
          }
        }
        break;
      }
      case "DE": {
        LocalDate easter = Easter.sunday(year);
        out.add(LocalDate.of(year, 1, 1));
        out.add(easter.minusDays(2));
        out.add(easter.plusDays(1));
        out.add(LocalDate.of(year, 5, 1));
        out.add(easter.plusDays(39));
        out.add(easter.plusDays(50));
        out.add(LocalDate.of(year, 10, 3));
        out.add(LocalDate.of(year, 12, 25));
        out.add(LocalDate.of(year, 12, 26));
        for (LocalDate d : DE_ADDED) {
          if (d.getYear() == year) {
            out.add(d);
          }
        }
        break;
      }
      default: {
        LocalDate easter = Easter.sunday(year);
        out.add(LocalDate.of(year, 1, 1));
        out.add(easter.plusDays(1));
        out.add(LocalDate.of(year, 5, 1));
        out.add(LocalDate.of(year, 5, 8));
        out.add(easter.plusDays(39));
        out.add(easter.plusDays(50));
        out.add(LocalDate.of(year, 7, 14));
        out.add(LocalDate.of(year, 8, 15));
        out.add(LocalDate.of(year, 11, 1));
        out.add(LocalDate.of(year, 11, 11));
        out.add(LocalDate.of(year, 12, 25));
        break;
      }
    }
    return out;
  }

  /** US federal observance: a Saturday holiday is observed on Friday, a Sunday one on Monday. */
  private static void usObserved(Set<LocalDate> out, LocalDate actual) {
    out.add(actual);
    if (actual.getDayOfWeek() == DayOfWeek.SATURDAY) {
      out.add(actual.minusDays(1));
    } else if (actual.getDayOfWeek() == DayOfWeek.SUNDAY) {
      out.add(actual.plusDays(1));
    }
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static LocalDate last(int year, Month month, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryHolidays && ((CountryHolidays) o).country.equals(country);
  }

  @Override
  public int hashCode() {
    return country.hashCode();
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + country + "]";
  }
}
