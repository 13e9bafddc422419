package dev.parley.messaging.sla.internal;

import java.time.LocalDate;

/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus. */
public final class Easter {
  private Easter() {}

  /**
   * {@return Easter Sunday of a Gregorian year}
   *
   * @param year the year, 1583 or later
   * @throws IllegalArgumentException if the year precedes the Gregorian calendar
   */
  public static LocalDate sunday(int year) {
    Args.check(year >= 1583, "year", year, "a Gregorian year, 1583 or later");
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int leapCenturies = century / 4;
    int centuryRemainder = century % 4;
    int lunarCorrection = (century + 8) / 25;
    int solarCorrection = (century - lunarCorrection + 1) / 3;
    int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int yearRemainder = yearOfCentury % 4;
    int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
    int correction = (golden + 11 * epact + 22 * weekday) / 451;
    int monthDay = epact + weekday - 7 * correction + 114;
    return LocalDate.of(year, monthDay / 31, monthDay % 31 + 1);
  }
}
