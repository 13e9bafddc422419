package dev.parley.messaging.sla;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.sla.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which calendar dates are holidays for a {@link BusinessClock}.
 *
 * <p>Built in: explicit dates ({@link #of}), and rule sets for a few marketplace countries ({@link
 * #country}: US federal holidays, England and Wales bank holidays, German national and French
 * public holidays) made of fixed dates, Easter-relative dates and n-th weekdays, with each
 * country's weekend substitution. Regional holidays (a German state's, a US state's) are not
 * built in: combine a country with explicit dates via {@link #and}. Built-in rules cover
 * Gregorian years from 1583; observances shifted by law for one year are listed where known.
 *
 * <p>Implementations must be immutable, thread-safe and deterministic; the built-in ones are, and
 * they implement {@code equals}, {@code hashCode} and a readable {@code toString}.
 */
public interface HolidayCalendar {
  /**
   * {@return true if the date is a holiday}
   *
   * @param date a calendar date
   */
  boolean isHoliday(LocalDate date);

  /**
   * {@return the holidays of a year, in date order}
   *
   * @param year the year
   */
  default List<LocalDate> holidaysIn(int year) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isHoliday(d)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@return a calendar whose holidays are this one's and the other's}
   *
   * @param other another calendar
   */
  default HolidayCalendar and(HolidayCalendar other) {
    return new UnionHolidays(this, Args.notNull("other", other));
  }

  /** {@return a calendar without holidays} */
  static HolidayCalendar none() {
    return ExplicitHolidays.NONE;
  }

  /**
   * {@return a calendar of explicit dates}
   *
   * @param dates the holidays
   */
  static HolidayCalendar of(Collection<LocalDate> dates) {
    return new ExplicitHolidays(Set.copyOf(Args.notNull("dates", dates)));
  }

  /**
   * {@return a calendar of explicit dates}
   *
   * @param dates the holidays
   */
  static HolidayCalendar of(LocalDate... dates) {
    return of(List.of(dates));
  }

  /**
   * Returns the built-in rule set of a country.
   *
   * @param countryCode {@code US}, {@code UK} (or {@code GB}), {@code DE} or {@code FR}, any case
   * @return the calendar
   * @throws IllegalArgumentException if the country has no built-in rules; the message lists those
   *     that do
   */
  static HolidayCalendar country(String countryCode) {
    Args.notNull("countryCode", countryCode);
    String code = countryCode.strip().toUpperCase(Locale.ROOT);
    return CountryHolidays.find("GB".equals(code) ? "UK" : code)
        .orElseThrow(() -> new IllegalArgumentException("countryCode is invalid: got " + Args.quote(countryCode)
            + ", expected one of " + String.join(", ", CountryHolidays.COUNTRIES)));
  }

  /**
   * {@return the built-in rule set of a marketplace's country, when there is one}
   *
   * @param marketplace the marketplace
   */
  static Optional<HolidayCalendar> forMarketplace(Marketplace marketplace) {
    return CountryHolidays.find(Args.notNull("marketplace", marketplace).code()).map(c -> c);
  }

  /** {@return the country codes with built-in rules} */
  static List<String> builtInCountries() {
    return CountryHolidays.COUNTRIES;
  }
}
