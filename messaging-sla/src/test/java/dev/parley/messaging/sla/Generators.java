package dev.parley.messaging.sla;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** The module's QuickTheories generators, in one place. */
final class Generators {
  static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  /** Zones with DST in either hemisphere, odd offsets, a date-line zone and no-DST zones. */
  static final List<String> ZONES = List.of("America/Los_Angeles", "Europe/Berlin", "Australia/Sydney",
      "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Asia/Tehran", "America/Santiago",
      "Europe/London", "Pacific/Kiritimati", "Etc/UTC", "Australia/Lord_Howe");

  private Generators() {}

  /** Instants within ~100 days of {@link #BASE}, on whole hours plus small shifts so that exact-24 h ties happen. */
  static Gen<Instant> instants() {
    Gen<Integer> hours = integers().between(0, 24 * 100);
    Gen<Duration> shift = arbitrary().pick(Duration.ZERO, Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1),
        Duration.ofMinutes(30), Duration.ofMinutes(59));
    return hours.zip(shift, (h, s) -> BASE.plus(Duration.ofHours(h)).plus(s));
  }

  /** Durations from zero to 30 days on whole minutes. */
  static Gen<Duration> durations() {
    return integers().between(0, 30 * 24 * 60).map((Integer m) -> Duration.ofMinutes(m));
  }

  static Gen<ZoneId> zones() {
    return arbitrary().pick(ZONES).map((String z) -> ZoneId.of(z));
  }

  /** One message spec: author, flags, instant. */
  static Gen<Message> messages(String id) {
    Gen<Author> author = arbitrary().pick(Author.BUYER, Author.BUYER, Author.BUYER, Author.SELLER, Author.SELLER, Author.AMAZON);
    Gen<Integer> flags = integers().between(0, 9);
    return author.zip(flags, instants(), (a, f, at) -> Message.builder().id(id).author(a).sentAt(at)
        .automated(f == 0).noResponseNeeded(f == 1 && a == Author.BUYER).build());
  }

  /** A thread of 0 to 12 messages in time order (ties kept in generation order). */
  static Gen<MessageThread> threads(String id) {
    Gen<Integer> size = integers().between(0, 12);
    return in -> {
      int n = size.generate(in);
      List<Message> ms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ms.add(messages("m" + i).generate(in));
      }
      ms.sort(Comparator.comparing(Message::sentAt));
      return MessageThread.builder().id(id).messages(ms).build();
    };
  }

  /** Lists of 0 to 12 threads with unique ids. */
  static Gen<List<MessageThread>> threadLists() {
    Gen<Integer> size = integers().between(0, 12);
    return in -> {
      int n = size.generate(in);
      List<MessageThread> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(threads("t" + i).generate(in));
      }
      return out;
    };
  }

  /** Weekly schedules of 0 to 2 intervals per day on quarter hours, at least one interval overall. */
  static Gen<WeeklySchedule> schedules() {
    Gen<Integer> cuts = integers().between(0, 4);
    Gen<Integer> quarter = integers().between(0, 96);
    Gen<Boolean> open = booleans().all();
    return in -> {
      WeeklySchedule.Builder b = WeeklySchedule.builder();
      boolean any = false;
      for (DayOfWeek d : DayOfWeek.values()) {
        if (!open.generate(in)) {
          continue;
        }
        int k = cuts.generate(in);
        TreeSet<Integer> points = new TreeSet<>();
        for (int i = 0; i < 2 * k; i++) {
          points.add(quarter.generate(in));
        }
        List<Integer> p = new ArrayList<>(points);
        for (int i = 0; i + 1 < p.size(); i += 2) {
          b.open(d, time(p.get(i)), time(p.get(i + 1)));
          any = true;
        }
      }
      if (!any) {
        b.open(DayOfWeek.WEDNESDAY, LocalTime.of(1, 30), LocalTime.of(3, 15));
      }
      return b.build();
    };
  }

  private static LocalTime time(int quarter) {
    return quarter == 96 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(quarter * 900L);
  }

  /** Clocks over random schedules and zones, with or without a few explicit holidays. */
  static Gen<BusinessClock> clocks() {
    Gen<Boolean> withHolidays = booleans().all();
    return schedules().zip(zones(), withHolidays, (s, z, h) -> BusinessClock.of(s, z, h
        ? HolidayCalendar.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 10, 25))
            .and(HolidayCalendar.country("DE"))
        : HolidayCalendar.none()));
  }
}
