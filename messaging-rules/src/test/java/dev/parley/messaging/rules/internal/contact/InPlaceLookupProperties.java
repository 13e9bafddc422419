package dev.parley.messaging.rules.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The lookups the contact scanners make without building strings give the answers of the string
 * versions they replace: {@link TopLevelDomains#isTld(ContactText, int, int)} against the set, and
 * {@link PhoneScanner#isDate}, which reads a run's parts in place, against splitting every run, and {@link
 * PhoneLabels#isNotPhoneWord} by first character against scanning the whole list.
 */
class InPlaceLookupProperties {
  /** Characters of host labels, dates and phone runs, with a few that are neither. */
  private static final String ALPHABET = "abcdeilmnorstuwxz0123456789./- ()+\u00e9\u0430\u2588";

  private static Gen<String> shortText(int max) {
    return integers().between(0, 1 << 30).zip(integers().between(0, max), (seed, len) -> {
      StringBuilder sb = new StringBuilder();
      java.util.Random r = new java.util.Random(seed);
      for (int i = 0; i < len; i++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      return sb.toString();
    });
  }

  @Test
  void everyTopLevelDomainIsFoundInPlace() {
    int checked = 0;
    for (String tld : TopLevelDomains.ALL) {
      ContactText v = ContactText.of(tld);
      if (v.substring(0, v.length()).equals(tld)) {
        assertThat(TopLevelDomains.isTld(v, 0, v.length())).as(tld).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void aLabelIsATopLevelDomainInPlaceExactlyWhenTheSetHoldsIt() {
    List<String> some = List.copyOf(TopLevelDomains.ALL);
    Gen<String> labels = shortText(6).mix(integers().between(0, some.size() - 1).zip(shortText(2), (i, tail) -> some.get(i) + tail));
    qt().withExamples(20_000).forAll(labels).checkAssert(label -> {
      ContactText v = ContactText.of(label);
      for (int s = 0; s <= v.length(); s++) {
        for (int e = s; e <= v.length(); e++) {
          String sub = v.substring(s, e);
          assertThat(TopLevelDomains.isTld(v, s, e)).as("%s [%d,%d)", label, s, e).isEqualTo(TopLevelDomains.isTld(sub));
        }
      }
    });
  }

  @Test
  void datesAreReadAsBySplittingEveryRun() {
    Gen<String> runs = shortText(14).mix(strings().numericBetween(0, 99_999_999).map(n -> n.replace('1', '.').replace('7', '-')));
    qt().withExamples(50_000).forAll(runs).checkAssert(raw -> {
      String digits = raw.replaceAll("[^0-9]", "");
      assertThat(PhoneScanner.isDate(raw, digits)).as(raw).isEqualTo(isDateBySplitting(raw, digits));
      String eight = "20" + digits + "1231";
      assertThat(PhoneScanner.isDate(raw, eight)).as(raw).isEqualTo(isDateBySplitting(raw, eight));
    });
  }

  @Test
  void knownDatesAndNonDates() {
    for (String d : new String[] {"(2026-11-28", "01/12/2028)", "1.2.26", "2026 11 28", "20261128"}) {
      assertThat(PhoneScanner.isDate(d, d.replaceAll("[^0-9]", ""))).as(d).isTrue();
    }
    for (String d : new String[] {"2026-11", "1.2.3.4", "+49 30 1234567", "2026-13-01", "20261328", ""}) {
      assertThat(PhoneScanner.isDate(d, d.replaceAll("[^0-9]", ""))).as(d).isFalse();
    }
  }

  @Test
  void notPhoneWordsAreFoundByFirstCharacterAsByScanningTheList() {
    List<String> entries = PhoneLabels.NOT_PHONE;
    Gen<String> words = shortText(6).mix(integers().between(0, entries.size() - 1).zip(shortText(3), (i, tail) -> entries.get(i) + tail))
        .mix(integers().between(0, entries.size() - 1).zip(integers().between(0, 3), (i, cut) -> {
          String e = entries.get(i);
          return e.substring(0, Math.max(0, e.length() - cut));
        }))
        .mix(integers().between(0, entries.size() - 1).map(i -> "\u0627\u0644" + entries.get(i)));
    qt().withExamples(30_000).forAll(words).checkAssert(w ->
        assertThat(PhoneLabels.isNotPhoneWord(w)).as(w).isEqualTo(isNotPhoneWordByScanning(w)));
  }

  /** {@code PhoneLabels.isNotPhoneWord} as it was before the entries were bucketed by first character. */
  private static boolean isNotPhoneWordByScanning(String w) {
    if (w.startsWith("kontor")) {
      return false;
    }
    for (String suffix : List.of("nummer", "nummern", "numret", "nummeret")) {
      if (w.length() >= suffix.length() + 3 && w.endsWith(suffix)) {
        return true;
      }
    }
    String stem = PhoneLabels.arabicStem(w);
    for (String p : PhoneLabels.NOT_PHONE) {
      if (p.length() <= 3 ? w.equals(p) || stem.equals(p) : w.startsWith(p) || stem.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DATE_SEPARATORS = Pattern.compile("[./\\- ]+");

  /** {@code PhoneScanner.isDate} as it was before it counted the separator runs: split every run. */
  private static boolean isDateBySplitting(String raw, String digits) {
    int from = 0;
    int to = raw.length();
    while (from < to && !Character.isDigit(raw.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isDigit(raw.charAt(to - 1))) {
      to--;
    }
    String[] parts = DATE_SEPARATORS.split(raw.substring(from, to));
    if (parts.length == 3) {
      int a = parseOr(parts[0]);
      int b = parseOr(parts[1]);
      int c = parseOr(parts[2]);
      boolean dmy = parts[0].length() <= 2 && parts[1].length() <= 2 && (parts[2].length() == 4 || parts[2].length() == 2)
          && a >= 1 && a <= 31 && b >= 1 && b <= 31;
      boolean ymd = parts[0].length() == 4 && parts[1].length() <= 2 && parts[2].length() <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      if (dmy || ymd) {
        return true;
      }
    }
    if (parts.length == 1 && digits.length() == 8 && (digits.startsWith("19") || digits.startsWith("20"))) {
      int m = parseOr(digits.substring(4, 6));
      int d = parseOr(digits.substring(6, 8));
      return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }
    return false;
  }

  private static int parseOr(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
