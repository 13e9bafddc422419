package dev.parley.messaging.rules.internal.text;

import java.util.Arrays;

/**
 * A map from each character of a derived text (folded text, contact text) to the range
 * {@code [start, end)} of the text it was derived from, stored by runs instead of two {@code int}s
 * per character.
 *
 * <p>Most characters come from exactly one character of their source, the one after the source
 * character of the character before them ({@code start = previous start + 1}, {@code end = start +
 * 1}): such a run is stored as one anchor (its first index and start). Every other character (a
 * collapsed run of white space, one of several characters a decomposition gave, a removed
 * disguise) is stored explicitly with its start and end. A lookup is a binary search over the
 * entries, so plain text costs a few bytes per run rather than eight per character, and any text
 * at most three {@code int}s per character.
 *
 * <p>Filled once by {@link #add} (and {@link #removeLast}) while the derived text is built, then
 * read only; not shared between threads while it is filled.
 */
public final class OffsetMap {
  /** Index in the derived text where each entry begins. */
  private int[] index = new int[8];
  /** Source start of the entry's (first) character. */
  private int[] start = new int[8];
  /** Source end of an explicit entry's character; -1 for an anchor, whose run maps i to start + (i - index), end one past it. */
  private int[] end = new int[8];
  private int entries;
  private int length;
  /** Whether the last character added belongs to an anchored run, and its source start. */
  private boolean lastInRun;
  private int lastStart;

  /** {@return the number of characters mapped} */
  public int length() {
    return length;
  }

  /**
   * Maps the next character of the derived text.
   *
   * @param s source start of the character, inclusive
   * @param e source end, exclusive
   */
  public void add(int s, int e) {
    if (e == s + 1) {
      if (!(lastInRun && s == lastStart + 1)) {
        entry(length, s, -1);
      }
      lastInRun = true;
    } else {
      entry(length, s, e);
      lastInRun = false;
    }
    lastStart = s;
    length++;
  }

  /**
   * Maps the next {@code count} characters of the derived text, each to the one source character
   * at its place from {@code s} on: the same as {@code add(s + k, s + k + 1)} for k from 0 to
   * {@code count - 1}, in one step.
   *
   * @param s source start of the first character
   * @param count how many characters; none if zero or less
   */
  public void addRun(int s, int count) {
    if (count <= 0) {
      return;
    }
    if (!(lastInRun && s == lastStart + 1)) {
      entry(length, s, -1);
    }
    lastInRun = true;
    lastStart = s + count - 1;
    length += count;
  }

  private void entry(int i, int s, int e) {
    if (entries == index.length) {
      int cap = entries * 2;
      index = Arrays.copyOf(index, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
    }
    index[entries] = i;
    start[entries] = s;
    end[entries] = e;
    entries++;
  }

  /** Unmaps the last character (the derived text dropped it). */
  public void removeLast() {
    length--;
    if (entries > 0 && index[entries - 1] == length) {
      entries--;
    }
    if (length == 0) {
      lastInRun = false;
      return;
    }
    int j = entryOf(length - 1);
    lastInRun = end[j] < 0;
    lastStart = end[j] < 0 ? start[j] + (length - 1 - index[j]) : start[j];
  }

  /** The entry that holds the character at {@code i}: the last entry that begins at or before it. */
  private int entryOf(int i) {
    int lo = 0;
    int hi = entries - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (index[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * {@return the source start of the character at the index}
   *
   * @param i an index in {@code [0, length())}
   */
  public int start(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + i + " out of [0, " + length + ")");
    }
    int j = entryOf(i);
    return end[j] < 0 ? start[j] + (i - index[j]) : start[j];
  }

  /**
   * {@return the source end of the character at the index}
   *
   * @param i an index in {@code [0, length())}
   */
  public int end(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + i + " out of [0, " + length + ")");
    }
    int j = entryOf(i);
    return end[j] < 0 ? start[j] + (i - index[j]) + 1 : end[j];
  }
}
