package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CoveredRuns}, coverage as sorted runs, answers what the difference array over every
 * position and its prefix count of covered positions answered before: whether a span {@code [a,
 * b]} holds a covered position ({@code meets}, the lexicon scans' exceptions) and whether every
 * position of it is covered ({@code holds}, the concept index's specific-over-general pass), for
 * every span over the positions, on generated spans that overlap, touch, nest, repeat and come
 * out of order.
 */
class CoveredRunsProperties {
  private static final int POSITIONS = 48;

  /** A span as {first, length less one}. */
  private static Gen<int[]> span() {
    return integers().between(0, POSITIONS - 1).zip(integers().between(0, 6), (f, l) -> new int[] {f, Math.min(POSITIONS - 1, f + l)});
  }

  /** The former reading: a difference array, its prefix count of covered positions, and {@code prefix[b + 1] - prefix[a] > 0}. */
  private static int[] prefixOfCovered(List<int[]> spans) {
    int[] diff = new int[POSITIONS + 1];
    for (int[] s : spans) {
      diff[s[0]]++;
      diff[s[1] + 1]--;
    }
    int[] prefix = new int[diff.length + 1];
    int running = 0;
    for (int i = 0; i < diff.length; i++) {
      running += diff[i];
      prefix[i + 1] = prefix[i] + (running > 0 ? 1 : 0);
    }
    return prefix;
  }

  @Test
  void runsAnswerWhatThePrefixCountAnswered() {
    AtomicInteger met = new AtomicInteger();
    qt().withExamples(3000).forAll(lists().of(span()).ofSizeBetween(0, 12)).checkAssert(spans -> {
      CoveredRuns runs = new CoveredRuns();
      for (int[] s : spans) {
        runs.add(s[0], s[1]);
      }
      runs.close();
      int[] prefix = prefixOfCovered(spans);
      for (int a = 0; a < POSITIONS; a++) {
        for (int b = a - 1; b < POSITIONS; b++) {
          boolean expected = b >= a && prefix[b + 1] - prefix[a] > 0;
          assertThat(runs.meets(a, b)).as("[%s, %s]", a, b).isEqualTo(expected);
          assertThat(runs.holds(a, b)).as("[%s, %s] whole", a, b).isEqualTo(b >= a && prefix[b + 1] - prefix[a] == b - a + 1);
          if (expected) {
            met.incrementAndGet();
          }
        }
      }
    });
    assertThat(met.get()).as("covered spans the generator reaches").isGreaterThan(100_000);
  }
}
