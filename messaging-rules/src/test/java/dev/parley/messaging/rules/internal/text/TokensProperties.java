package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The tokens keep each token's length in a byte and the ends of the few tokens of 255 characters or
 * more apart: every token reads back its own start and end, however long it is.
 */
class TokensProperties {
  private static final String SEPARATORS = " .,-\n/";

  /** A word of letters and digits of 1 to 700 characters, mostly short. */
  private static Gen<String> words() {
    Gen<Integer> length = integers().between(1, 12).mix(integers().between(200, 700), 20);
    return length.zip(integers().between(0, 25), (n, first) -> {
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(i % 7 == 6 ? (char) ('0' + (first + i) % 10) : (char) ('a' + (first + i) % 26));
      }
      return sb.toString();
    });
  }

  @Test
  void everyTokenReadsBackItsStartAndEnd() {
    AtomicInteger longTokens = new AtomicInteger();
    Gen<String> separator = integers().between(1, 3).zip(integers().between(0, SEPARATORS.length() - 1),
        (n, c) -> String.valueOf(SEPARATORS.charAt(c)).repeat(n));
    qt().withExamples(1000).forAll(lists().of(words()).ofSizeBetween(0, 40), separator).checkAssert((words, sep) -> {
      StringBuilder text = new StringBuilder(sep);
      List<int[]> spans = new ArrayList<>();
      for (String w : words) {
        spans.add(new int[] {text.length(), text.length() + w.length()});
        text.append(w).append(sep);
      }
      Tokens tokens = Tokens.of(text.toString());
      assertThat(tokens.size()).isEqualTo(words.size());
      for (int i = 0; i < words.size(); i++) {
        assertThat(tokens.start(i)).isEqualTo(spans.get(i)[0]);
        assertThat(tokens.end(i)).as("end of token %s of %s characters", i, words.get(i).length()).isEqualTo(spans.get(i)[1]);
        assertThat(tokens.token(i)).isEqualTo(words.get(i));
        if (words.get(i).length() >= 255) {
          longTokens.incrementAndGet();
        }
      }
    });
    assertThat(longTokens.get()).as("tokens of 255 characters or more").isGreaterThan(500);
  }
}
