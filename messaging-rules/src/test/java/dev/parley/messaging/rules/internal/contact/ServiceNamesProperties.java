package dev.parley.messaging.rules.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PhoneLabels#lastServiceEnd} tries at each position only the service names that begin
 * with the text's next two characters: it gives what trying every name at every position gives.
 */
class ServiceNamesProperties {
  /** Pieces of names cut short or glued, letters and separators around them. */
  private static final String[] GLUE = {" ", "", "x", "s", "-", ".", "\n", "é", "ー", "1", "の", "ال"};

  private static Gen<String> texts() {
    int names = PhoneLabels.SERVICE.size();
    Gen<String> name = integers().between(0, names - 1).map(PhoneLabels.SERVICE::get);
    Gen<String> cut = name.zip(integers().between(0, 6), (w, k) -> w.substring(0, Math.max(0, w.length() - k)));
    Gen<String> glue = integers().between(0, GLUE.length - 1).map(i -> GLUE[i]);
    Gen<String> piece = name.mix(cut).mix(glue);
    return lists().of(piece).ofSizeBetween(0, 12).map(ps -> String.join("", ps));
  }

  @Test
  void givesWhatTryingEveryNameEverywhereGives() {
    AtomicInteger named = new AtomicInteger();
    qt().withExamples(20000).forAll(texts()).checkAssert(text -> {
      int expected = everyNameEverywhere(text);
      assertThat(PhoneLabels.lastServiceEnd(text)).as("%s", text).isEqualTo(expected);
      if (expected >= 0) {
        named.incrementAndGet();
      }
    });
    assertThat(named.get()).as("texts that name a service").isGreaterThan(5000);
  }

  /** The definition: every name at every position, Latin names as words, Japanese ones anywhere. */
  private static int everyNameEverywhere(String text) {
    int best = -1;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      for (String w : PhoneLabels.SERVICE) {
        if (w.isEmpty() || !text.startsWith(w, k)) {
          continue;
        }
        char first = w.charAt(0);
        boolean latin = first < 0x0250;
        boolean startOk = !latin || k == 0 || !Character.isLetter(text.charAt(k - 1));
        int e = k + w.length();
        boolean endOk = PhoneLabels.isJapanese(first) || (latin && w.length() >= 6) || e >= n || !Character.isLetter(text.charAt(e));
        if (startOk && endOk) {
          best = Math.max(best, e);
        }
      }
    }
    return best;
  }
}
