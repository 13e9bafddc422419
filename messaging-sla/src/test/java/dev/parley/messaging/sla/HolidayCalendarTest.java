package dev.parley.messaging.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.sla.internal.Easter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {
  @ParameterizedTest
  @CsvSource({"1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31",
      "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25", "2285, 2285-03-22"})
  void easterSundays(int year, String date) {
    assertThat(Easter.sunday(year)).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void usFederalHolidaysWithWeekendObservance() {
    HolidayCalendar us = HolidayCalendar.country("US");
    assertThat(us.holidaysIn(2026)).contains(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 5, 25),
        LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4), LocalDate.of(2026, 9, 7),
        LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    // 1 Jan 2022 was a Saturday: observed on Friday 31 Dec 2021, across the year end.
    assertThat(us.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(us.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    assertThat(us.isHoliday(LocalDate.of(2026, 7, 6))).isFalse();
  }

  @Test
  void englandAndWalesSubstituteDaysAndOneOffs() {
    HolidayCalendar uk = HolidayCalendar.country("GB");
    assertThat(uk).isEqualTo(HolidayCalendar.country("uk"));
    // Christmas Saturday, Boxing Day Sunday 2021 -> Monday 27 and Tuesday 28
    assertThat(uk.holidaysIn(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28), LocalDate.of(2021, 4, 2),
        LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 31), LocalDate.of(2021, 8, 30));
    // Christmas Sunday 2022 -> Tuesday 27 (Boxing Day is Monday 26)
    assertThat(uk.isHoliday(LocalDate.of(2022, 12, 26))).isTrue();
    assertThat(uk.isHoliday(LocalDate.of(2022, 12, 27))).isTrue();
    assertThat(uk.isHoliday(LocalDate.of(2022, 12, 28))).isFalse();
    assertThat(uk.isHoliday(LocalDate.of(2022, 5, 30))).isFalse();
    assertThat(uk.isHoliday(LocalDate.of(2022, 6, 3))).isTrue();
    // New Year's Day Saturday 2022 -> Monday 3 January
    assertThat(uk.isHoliday(LocalDate.of(2022, 1, 3))).isTrue();
  }

  @Test
  void germanyAndFranceEasterRelativeAndFixed() {
    HolidayCalendar de = HolidayCalendar.country("DE");
    assertThat(de.holidaysIn(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3),
        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    assertThat(de.isHoliday(LocalDate.of(2017, 10, 31))).isTrue();
    HolidayCalendar fr = HolidayCalendar.forMarketplace(Marketplace.FR).orElseThrow();
    assertThat(fr.holidaysIn(2026)).hasSize(11).contains(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15));
    assertThat(fr.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
    assertThat(HolidayCalendar.forMarketplace(Marketplace.JP)).isEmpty();
  }

  @Test
  void precomputedYearsAgreeWithTheRulesAndTheCacheEdgeIsSeamless() {
    for (String country : HolidayCalendar.builtInCountries()) {
      CountryHolidays c = CountryHolidays.find(country).orElseThrow();
      for (int year : new int[] {1969, 1970, 2026, 2199, 2200, 2201}) {
        java.util.Set<LocalDate> expected = new java.util.TreeSet<>();
        for (int y = year; y <= year + 1; y++) {
          for (LocalDate d : c.rulesOf(y)) {
            if (d.getYear() == year) {
              expected.add(d);
            }
          }
        }
        assertThat(c.holidaysIn(year)).as("%s %s", country, year).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void explicitDatesUnionsAndErrors() {
    HolidayCalendar bavaria = HolidayCalendar.country("DE").and(HolidayCalendar.of(LocalDate.of(2026, 1, 6)));
    assertThat(bavaria.isHoliday(LocalDate.of(2026, 1, 6))).isTrue();
    assertThat(bavaria.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(HolidayCalendar.none().holidaysIn(2026)).isEmpty();
    assertThat(HolidayCalendar.of(LocalDate.of(2026, 1, 6))).isEqualTo(HolidayCalendar.of(LocalDate.of(2026, 1, 6)));
    assertThatThrownBy(() -> HolidayCalendar.country("JP")).hasMessageContaining("DE, FR, UK, US");
    assertThat(HolidayCalendar.country("US").isHoliday(LocalDate.of(1500, 1, 1))).isFalse();
  }
}
