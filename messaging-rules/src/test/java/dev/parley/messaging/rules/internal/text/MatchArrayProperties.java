package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseMatcher.MatchArray} packs a match into two ints (its length in the low bits of its
 * pattern's, longer ones aside): it must give back every pattern, first and last token as a plain
 * list of triples does, across block boundaries and for spans of any length.
 */
class MatchArrayProperties {
  private static final int PATTERNS = 1 << 20;

  @Test
  void givesBackEveryMatchAsAddedWhateverItsSpan() {
    Tokens tokens = Tokens.of("a b c");
    List<PhraseMatcher.Pattern> patterns = Collections.nCopies(PATTERNS, null);
    // (pattern, first token, span) with spans mostly short, some at and past the packed limit
    var spans = integers().between(0, 40).mix(integers().between(250, 260)).mix(integers().between(0, 100_000));
    var triples = integers().between(0, PATTERNS - 1).zip(integers().between(0, 5_000_000), spans, (p, f, sp) -> new int[] {p, f, f + sp});
    qt().withExamples(60).forAll(lists().of(triples).ofSizeBetween(0, 5_000)).checkAssert(list -> {
      PhraseMatcher.MatchArray array = new PhraseMatcher.MatchArray(patterns, tokens);
      List<int[]> plain = new ArrayList<>();
      for (int[] m : list) {
        array.add(m[0], m[1], m[2]);
        plain.add(m);
      }
      assertThat(array.size()).isEqualTo(plain.size());
      for (int i = 0; i < plain.size(); i++) {
        assertThat(new int[] {array.pattern(i), array.firstToken(i), array.lastToken(i)}).as("match %d", i).containsExactly(plain.get(i));
      }
    });
  }

  @Test
  void theLargestPatternIndexFits() {
    PhraseMatcher.MatchArray array = new PhraseMatcher.MatchArray(Collections.nCopies(Integer.MAX_VALUE >>> 8, null), Tokens.of("a"));
    array.add((Integer.MAX_VALUE >>> 8) - 1, 7, 7 + 254);
    array.add((Integer.MAX_VALUE >>> 8) - 1, 7, 7 + 255);
    assertThat(new int[] {array.pattern(0), array.lastToken(0), array.pattern(1), array.lastToken(1)})
        .containsExactly((Integer.MAX_VALUE >>> 8) - 1, 261, (Integer.MAX_VALUE >>> 8) - 1, 262);
  }
}
