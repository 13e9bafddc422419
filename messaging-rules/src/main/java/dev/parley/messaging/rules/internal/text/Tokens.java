package dev.parley.messaging.rules.internal.text;

import java.util.Arrays;

/**
 * The word tokens of a folded text: maximal runs of letters, digits and combining marks, except
 * that every Han, kana and Hangul character is a token of its own (so phrases match in Japanese,
 * which has no spaces between words). Offsets are into the folded text.
 *
 * <p>Immutable after construction; built in one linear pass.
 */
public final class Tokens {
  /** The length that marks a token of {@value} or more characters, whose end is kept in {@link #longEnds}. */
  private static final int LONG = 0xFF;
  private static final int[] NO_LONG_ENDS = new int[0];

  private final String text;
  private final int[] starts;
  /*
   * Per token, its length in UTF-16 units as an unsigned byte, or LONG; a token is rarely that long,
   * so the ends cost a byte per token instead of an int.
   */
  private final byte[] lengths;
  /** Pairs (token index, end) of the tokens of LONG characters or more, by token index. */
  private final int[] longEnds;
  private final int longCount;
  private final int count;

  private Tokens(String text, int[] starts, byte[] lengths, int[] longEnds, int longCount, int count) {
    this.text = text;
    this.starts = starts;
    this.lengths = lengths;
    this.longEnds = longEnds;
    this.longCount = longCount;
    this.count = count;
  }

  /**
   * Splits a folded text into tokens.
   *
   * @param text folded text (see {@link NormalizedText})
   * @return its tokens
   */
  public static Tokens of(String text) {
    int n = text.length();
    // Sized for a word and its separator every six characters or so (ordinary prose), so a long
    // text is not copied into arrays twice as long again and again; grown if the text is denser.
    int capacity = 16 + n / 5;
    int[] starts = new int[capacity];
    byte[] lengths = new byte[capacity];
    int[] longEnds = NO_LONG_ENDS;
    int longCount = 0;
    int count = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (!isWordChar(cp)) {
        i += len;
        continue;
      }
      int start = i;
      if (isIdeographic(cp)) {
        i += len;
        // keep following combining marks (dakuten) with the kana
        while (i < n && Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        i += len;
        while (i < n) {
          int c = text.codePointAt(i);
          if (!isWordChar(c) || isIdeographic(c)) {
            break;
          }
          i += Character.charCount(c);
        }
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
      }
      starts[count] = start;
      if (i - start < LONG) {
        lengths[count] = (byte) (i - start);
      } else {
        lengths[count] = (byte) LONG;
        if (2 * longCount + 2 > longEnds.length) {
          longEnds = Arrays.copyOf(longEnds, Math.max(8, longEnds.length * 2));
        }
        longEnds[2 * longCount] = count;
        longEnds[2 * longCount + 1] = i;
        longCount++;
      }
      count++;
    }
    return new Tokens(text, starts, lengths, longEnds, longCount, count);
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x10000) {
      return CharClass.isTokenWord(cp);
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == 0x30FC; // katakana prolonged sound mark
  }

  static boolean isIdeographic(int cp) {
    if (cp < 0x10000) {
      return CharClass.isIdeographic(cp);
    }
    if (cp < 0x1100) {
      // No Han, kana or Hangul below the Hangul Jamo block; skips the script lookup for most text.
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL
        || cp == 0x30FC;
  }

  /** {@return the number of tokens} */
  public int size() {
    return count;
  }

  /**
   * The number of words the tokens stand for, so that a bound on words means words in every
   * language: a token of letters or digits is one word; a run of Han, kana and Hangul tokens
   * written without a gap, where every character is a token of its own, counts half its characters,
   * rounded up (a Japanese word with its particle averages about two characters: "当店を", "お選び",
   * "いただき"). One pass over the tokens. s20.
   *
   * @return the count of words
   */
  public int wordCount() {
    int words = 0;
    int run = 0;
    int runEnd = -1;
    for (int t = 0; t < count; t++) {
      if (isIdeographic(text.codePointAt(starts[t]))) {
        if (run > 0 && starts[t] != runEnd) {
          words += (run + 1) / 2;
          run = 0;
        }
        run++;
        runEnd = end(t);
      } else {
        words++;
      }
    }
    return words + (run + 1) / 2;
  }

  /**
   * {@return the start offset of a token in the folded text}
   *
   * @param index token index
   */
  public int start(int index) {
    return starts[index];
  }

  /**
   * {@return the end offset (exclusive) of a token in the folded text}
   *
   * @param index token index
   */
  public int end(int index) {
    int length = lengths[index] & 0xFF;
    return length != LONG ? starts[index] + length : longEnd(index);
  }

  /** {@return the end of a token of {@link #LONG} characters or more}: a binary search over the pairs, added by token index */
  private int longEnd(int index) {
    int lo = 0;
    int hi = longCount - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (longEnds[2 * mid] < index) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return longEnds[2 * lo + 1];
  }

  /**
   * {@return the token's text}
   *
   * @param index token index
   */
  public String token(int index) {
    return text.substring(starts[index], end(index));
  }

  /** {@return the folded text the tokens are taken from} */
  public String text() {
    return text;
  }
}
