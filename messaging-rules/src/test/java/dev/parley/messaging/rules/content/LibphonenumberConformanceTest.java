package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.contact.PhoneScanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.parley.messaging.core.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * libphonenumber's data (conformance/libphonenumber, Apache-2.0): its example numbers of every
 * marketplace country, each written three ways (E.164, international, national) in a sentence,
 * must be flagged (at least 99 %); its matcher's IMPOSSIBLE cases (dates, short runs) never.
 */
class LibphonenumberConformanceTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  static Marketplace marketplaceOf(String region) {
    return region.equals("GB") ? Marketplace.UK : Marketplace.valueOf(region);
  }

  @Test
  void exampleNumbersOfEveryMarketplaceAreFlaggedInThreeForms() throws NumberParseException {
    Map<String, Marketplace> regions = new TreeMap<>();
    for (Marketplace m : Marketplace.values()) {
      regions.put(PhoneScanner.region(m), m);
    }
    int total = 0;
    int flagged = 0;
    Map<String, int[]> byRegion = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (String[] row : ContactChecks.tsv("/conformance/libphonenumber/example_numbers.tsv")) {
      Marketplace m = regions.get(row[0]);
      if (m == null) {
        continue;
      }
      PhoneNumber pn = UTIL.parse("+" + row[1] + row[4], row[0]);
      for (PhoneNumberFormat form : List.of(PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL)) {
        String written = UTIL.format(pn, form);
        String text = "Questions? " + written + " (weekdays 9-17)";
        boolean hit = !ContactChecks.check(text, m).findings("content.phone").isEmpty();
        total++;
        int[] c = byRegion.computeIfAbsent(row[0], k -> new int[2]);
        c[1]++;
        if (hit) {
          flagged++;
          c[0]++;
        } else {
          misses.add(row[0] + " " + row[3] + " " + form + ": " + written);
        }
      }
    }
    StringBuilder per = new StringBuilder();
    byRegion.forEach((k, v) -> per.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("  "));
    double share = (double) flagged / total;
    System.out.printf(Locale.ROOT, "libphonenumber example numbers, 23 marketplaces x 3 forms: %d of %d flagged (%.2f %%)%n  %s%n  misses: %s%n",
        flagged, total, 100 * share, per, misses);
    assertThat(byRegion).hasSize(23);
    assertThat(share).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void matcherCasesImpossibleAreNeverFlagged() {
    int impossible = 0;
    int impossibleFlagged = 0;
    int phoneLike = 0;
    int phoneLikeFlagged = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] row : ContactChecks.tsv("/conformance/libphonenumber/matcher_cases.tsv")) {
      boolean hit = !ContactChecks.check(row[2], marketplaceOf(row[1])).findings("content.phone").isEmpty();
      if (row[0].equals("IMPOSSIBLE_CASES")) {
        impossible++;
        if (hit) {
          impossibleFlagged++;
          wrong.add(row[2]);
        }
      } else {
        phoneLike++;
        phoneLikeFlagged += hit ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "libphonenumber matcher cases: IMPOSSIBLE %d of %d flagged; other (phone-like) cases %d of %d flagged%n",
        impossibleFlagged, impossible, phoneLikeFlagged, phoneLike);
    assertThat(impossible).isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }
}
