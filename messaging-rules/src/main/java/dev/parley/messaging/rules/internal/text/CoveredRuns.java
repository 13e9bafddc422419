package dev.parley.messaging.rules.internal.text;

import java.util.Arrays;

/**
 * Positions covered by spans {@code [from, to]} (tokens, sentences), kept as the sorted maximal
 * runs of their union: whether a span {@code [a, b]} meets a covered position is one binary
 * search. What a difference array over every position and its prefix count of covered positions
 * answered ({@code prefix[b + 1] - prefix[a] > 0}), without arrays as long as the text: there
 * are as many runs as spans at most. {@code CoveredRunsProperties} compares the two. Used by the
 * lexicon scans (the exceptions' coverage) and the concept index (a specific concept's spans over
 * a general one's). Not thread-safe while spans are added; read-only after {@link #close()}.
 */
public final class CoveredRuns {
  private long[] spans = new long[4];
  private int count;
  private int[] from;
  private int[] to;
  private int runs;

  /** Adds the span {@code [first, last]}; an empty one ({@code last < first}) covers nothing. */
  public void add(int first, int last) {
    if (last < first) {
      return;
    }
    if (count == spans.length) {
      spans = Arrays.copyOf(spans, count * 2);
    }
    spans[count++] = (long) first << 32 | (last & 0xFFFFFFFFL);
  }

  /** Joins the spans added into runs; no span is added after. */
  public CoveredRuns close() {
    boolean sorted = true;
    for (int k = 1; k < count && sorted; k++) {
      sorted = spans[k - 1] <= spans[k];
    }
    if (!sorted) {
      Arrays.sort(spans, 0, count);
    }
    from = new int[count];
    to = new int[count];
    for (int k = 0; k < count; k++) {
      int f = (int) (spans[k] >> 32);
      int l = (int) spans[k];
      if (runs > 0 && f <= to[runs - 1] + 1) {
        to[runs - 1] = Math.max(to[runs - 1], l);
      } else {
        from[runs] = f;
        to[runs] = l;
        runs++;
      }
    }
    spans = null;
    return this;
  }

  /** {@return whether a position from {@code a} to {@code b} (inclusive) is covered}; false when {@code b < a}. */
  public boolean meets(int a, int b) {
    if (b < a || runs == 0) {
      return false;
    }
    int r = Arrays.binarySearch(from, 0, runs, b);
    if (r < 0) {
      r = -r - 2;
    }
    return r >= 0 && to[r] >= a;
  }

  /** {@return whether one run holds the positions from {@code a} to {@code b} (inclusive) whole}; false when {@code b < a}. */
  public boolean holds(int a, int b) {
    if (b < a || runs == 0) {
      return false;
    }
    int r = Arrays.binarySearch(from, 0, runs, a);
    if (r < 0) {
      r = -r - 2;
    }
    return r >= 0 && to[r] >= b;
  }
}
