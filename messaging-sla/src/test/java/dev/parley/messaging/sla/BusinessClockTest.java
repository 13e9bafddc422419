package dev.parley.messaging.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessClockTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static WeeklySchedule everyDay(LocalTime start, LocalTime end) {
    return WeeklySchedule.of(start, end, DayOfWeek.values());
  }

  private static Instant local(String ldt, ZoneId zone) {
    return LocalDateTime.parse(ldt).atZone(zone).toInstant();
  }

  /** A whole-day schedule measures the elapsed length of the local day: 23 h, 25 h on DST days. */
  @ParameterizedTest
  @CsvSource({
    "America/Los_Angeles, 2026-03-08, 23",
    "America/Los_Angeles, 2026-11-01, 25",
    "America/Los_Angeles, 2026-06-01, 24",
    "Europe/Berlin, 2026-03-29, 23",
    "Europe/Berlin, 2026-10-25, 25",
    "Australia/Sydney, 2026-04-05, 25",
    "Australia/Sydney, 2026-10-04, 23",
    "America/Santiago, 2026-04-04, 25",
    "America/Santiago, 2026-09-06, 23",
  })
  void allDayScheduleCountsTheElapsedLocalDay(String zone, String date, int hours) {
    ZoneId z = ZoneId.of(zone);
    BusinessClock c = BusinessClock.of(everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT), z, HolidayCalendar.none());
    LocalDate d = LocalDate.parse(date);
    assertThat(c.businessTimeBetween(d.atStartOfDay(z).toInstant(), d.plusDays(1).atStartOfDay(z).toInstant()))
        .isEqualTo(Duration.ofHours(hours));
  }

  /** The hour around the transition: skipped local time counts nothing, repeated local time counts twice. */
  @ParameterizedTest
  @CsvSource({
    "America/Los_Angeles, 2026-03-08, 01:00, 04:00, 2",
    "America/Los_Angeles, 2026-11-01, 01:00, 04:00, 4",
    "Europe/Berlin, 2026-03-29, 02:00, 03:00, 0",
    "Europe/Berlin, 2026-10-25, 02:00, 03:00, 2",
    "Australia/Sydney, 2026-04-05, 02:00, 03:00, 2",
    "Australia/Sydney, 2026-10-04, 02:00, 03:00, 0",
  })
  void dstTransitionsInsideAnOpeningInterval(String zone, String date, String start, String end, int hours) {
    ZoneId z = ZoneId.of(zone);
    BusinessClock c = BusinessClock.of(everyDay(LocalTime.parse(start), LocalTime.parse(end)), z, HolidayCalendar.none());
    LocalDate d = LocalDate.parse(date);
    Instant from = d.atStartOfDay(z).toInstant();
    Instant to = d.plusDays(1).atStartOfDay(z).toInstant();
    assertThat(c.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(hours));
  }

  @Test
  void repeatedLocalHourIsOpenAtBothInstantsAndSkippedHourNever() {
    BusinessClock c = BusinessClock.of(everyDay(LocalTime.of(2, 0), LocalTime.of(3, 0)), BERLIN, HolidayCalendar.none());
    // 25 Oct 2026: 02:30 CEST (00:30Z) and 02:30 CET (01:30Z) are both open.
    assertThat(c.isOpen(Instant.parse("2026-10-25T00:30:00Z"))).isTrue();
    assertThat(c.isOpen(Instant.parse("2026-10-25T01:30:00Z"))).isTrue();
    assertThat(c.isOpen(Instant.parse("2026-10-25T02:00:00Z"))).isFalse();
    // 29 Mar 2026 the clock jumps 02:00 -> 03:00: never open that day; next opening is the 30th.
    assertThat(c.nextOpening(Instant.parse("2026-03-28T23:00:00Z"))).contains(local("2026-03-30T02:00", BERLIN));
    // An overlap in the middle of an interval ending at 02:30: pieces 00:30-02:30 CEST and 02:00-02:30 CET.
    BusinessClock odd = BusinessClock.of(everyDay(LocalTime.of(0, 30), LocalTime.of(2, 30)), BERLIN, HolidayCalendar.none());
    assertThat(odd.businessTimeBetween(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-25T20:00:00Z")))
        .isEqualTo(Duration.ofMinutes(150));
    assertThat(odd.isOpen(Instant.parse("2026-10-25T01:15:00Z"))).isTrue();  // 02:15 CET
    assertThat(odd.isOpen(Instant.parse("2026-10-25T01:45:00Z"))).isFalse(); // 02:45 CET
  }

  /** Chile changes its clocks at midnight: the repeated hour belongs to the previous date, the skipped one to none. */
  @Test
  void transitionsAtMidnightKeepLocalDatesRight() {
    ZoneId santiago = ZoneId.of("America/Santiago");
    // Saturday 4 April 2026: 00:00 on the 5th falls back to 23:00 on the 4th, so 23:00-24:00 happens twice.
    BusinessClock lateSaturday = BusinessClock.of(
        WeeklySchedule.of(LocalTime.of(23, 0), LocalTime.MIDNIGHT, DayOfWeek.SATURDAY), santiago, HolidayCalendar.none());
    Instant friday = Instant.parse("2026-04-03T12:00:00Z");
    assertThat(lateSaturday.businessTimeBetween(friday, friday.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofHours(2));
    assertThat(lateSaturday.isOpen(Instant.parse("2026-04-05T03:30:00Z"))).isTrue();  // 23:30 -04:00, still Saturday
    assertThat(lateSaturday.isOpen(Instant.parse("2026-04-05T04:00:00Z"))).isFalse(); // Sunday 00:00 -04:00
    // Sunday 6 September 2026 starts at 01:00: a 00:00-02:00 Sunday interval holds one hour.
    BusinessClock earlySunday = BusinessClock.of(
        WeeklySchedule.of(LocalTime.MIDNIGHT, LocalTime.of(2, 0), DayOfWeek.SUNDAY), santiago, HolidayCalendar.none());
    Instant saturday = Instant.parse("2026-09-05T12:00:00Z");
    assertThat(earlySunday.nextOpening(saturday)).contains(Instant.parse("2026-09-06T04:00:00Z")); // 01:00 -03:00
    assertThat(earlySunday.businessTimeBetween(saturday, saturday.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(1));
    assertThat(earlySunday.plusBusinessTime(saturday, Duration.ofMinutes(90)))
        .isEqualTo(Instant.parse("2026-09-13T03:30:00Z")); // 1 h on the 6th, then 30 min from 00:00 on the 13th
  }

  @Test
  void addsBusinessHoursOverWeekendHolidaysAndYearEnd() {
    BusinessClock c = BusinessClock.of(WeeklySchedule.officeHours(), BERLIN, HolidayCalendar.country("DE"));
    // Friday 16:00 + 4 h -> Monday 12:00
    assertThat(c.plusBusinessTime(local("2026-05-08T16:00", BERLIN), Duration.ofHours(4))).isEqualTo(local("2026-05-11T12:00", BERLIN));
    // Thursday 24 Dec 16:00: 25 and 26 Dec are holidays, then the weekend -> Monday 28 Dec 12:00
    assertThat(c.plusBusinessTime(local("2026-12-24T16:00", BERLIN), Duration.ofHours(4))).isEqualTo(local("2026-12-28T12:00", BERLIN));
    // New Year's Eve 16:00 (Thursday): 1 Jan is a holiday, then the weekend -> Monday 4 Jan 2027 12:00
    assertThat(c.plusBusinessTime(local("2026-12-31T16:00", BERLIN), Duration.ofHours(4))).isEqualTo(local("2027-01-04T12:00", BERLIN));
    // Landing exactly on the close returns the close, not the next opening.
    assertThat(c.plusBusinessTime(local("2026-05-08T16:00", BERLIN), Duration.ofHours(1))).isEqualTo(local("2026-05-08T17:00", BERLIN));
    assertThat(c.plusBusinessTime(local("2026-05-09T10:00", BERLIN), Duration.ZERO)).isEqualTo(local("2026-05-09T10:00", BERLIN));
    assertThat(c.businessTimeBetween(local("2026-12-31T16:00", BERLIN), local("2027-01-04T12:00", BERLIN))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void intervalsAcrossMidnightAreSplitAcrossDays() {
    WeeklySchedule night = WeeklySchedule.builder()
        .open(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
        .open(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0))
        .build();
    BusinessClock c = BusinessClock.of(night, BERLIN, HolidayCalendar.none());
    assertThat(c.businessTimeBetween(local("2026-05-11T21:00", BERLIN), local("2026-05-12T03:00", BERLIN))).isEqualTo(Duration.ofHours(4));
    assertThat(c.plusBusinessTime(local("2026-05-11T23:00", BERLIN), Duration.ofHours(2))).isEqualTo(local("2026-05-12T01:00", BERLIN));
    assertThat(c.nextClosing(local("2026-05-11T23:00", BERLIN))).contains(local("2026-05-12T02:00", BERLIN));
    assertThat(c.nextClosing(local("2026-05-11T12:00", BERLIN))).contains(local("2026-05-11T12:00", BERLIN));
  }

  @Test
  void rejectsIntervalsCrossingMidnightWithAHelpfulMessage() {
    assertThatThrownBy(() -> WeeklySchedule.builder().open(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crosses midnight")
        .hasMessageContaining("22:00-00:00 on FRIDAY and 00:00-02:00 on SATURDAY");
    assertThatThrownBy(() -> WeeklySchedule.builder().open(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .hasMessageContaining("an end after the start");
    assertThatThrownBy(() -> WeeklySchedule.builder().open(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
        .open(DayOfWeek.FRIDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> WeeklySchedule.builder().build()).hasMessageContaining("at least one");
    assertThatThrownBy(() -> BusinessClock.of(WeeklySchedule.officeHours(), ZoneOffset.ofHours(2), HolidayCalendar.none()))
        .hasMessageContaining("named region");
  }

  @Test
  void severalIntervalsPerDay() {
    WeeklySchedule split = WeeklySchedule.builder()
        .open(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))
        .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
        .build();
    assertThat(split.describe().get(DayOfWeek.MONDAY)).containsExactly("09:00-12:00", "13:00-17:00");
    assertThat(split.weeklyOpenTime()).isEqualTo(Duration.ofHours(7));
    BusinessClock c = BusinessClock.of(split, BERLIN, HolidayCalendar.none());
    assertThat(c.isOpen(local("2026-05-11T12:30", BERLIN))).isFalse();
    assertThat(c.nextOpening(local("2026-05-11T12:30", BERLIN))).contains(local("2026-05-11T13:00", BERLIN));
    assertThat(c.plusBusinessTime(local("2026-05-11T11:00", BERLIN), Duration.ofHours(2))).isEqualTo(local("2026-05-11T14:00", BERLIN));
  }

  @Test
  void givesUpWhenTheCalendarNeverOpens() {
    BusinessClock c = BusinessClock.of(WeeklySchedule.officeHours(), BERLIN, d -> true);
    assertThat(c.nextOpening(Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
    assertThatThrownBy(() -> c.plusBusinessTime(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("3660");
    assertThatThrownBy(() -> c.businessTimeBetween(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClockOpenAroundTheClockHasNoClosingAndHugeTargetsAreRejected() {
    BusinessClock always = BusinessClock.of(everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT), BERLIN, HolidayCalendar.none());
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(always.nextClosing(t0)).isEmpty();
    assertThat(always.plusBusinessTime(t0, Duration.ofDays(400))).isEqualTo(t0.plus(Duration.ofDays(400)));
    assertThatThrownBy(() -> always.plusBusinessTime(t0, Duration.ofDays(3661))).hasMessageContaining("businessTime");
    assertThatThrownBy(() -> always.plusBusinessTime(t0, Duration.ofHours(-1))).hasMessageContaining("businessTime");
  }

  @Test
  void valueSemantics() {
    BusinessClock a = BusinessClock.of(WeeklySchedule.officeHours(), BERLIN, HolidayCalendar.country("de"));
    BusinessClock b = BusinessClock.of(WeeklySchedule.officeHours(), BERLIN, HolidayCalendar.country("DE"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("Europe/Berlin", "MONDAY=[09:00-17:00]", "DE");
  }
}
