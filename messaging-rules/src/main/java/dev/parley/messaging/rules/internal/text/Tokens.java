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
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Tokens(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
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
    int[] ends = new int[capacity];
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
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    return new Tokens(text, starts, ends, count);
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
    return ends[index];
  }

  /**
   * {@return the token's text}
   *
   * @param index token index
   */
  public String token(int index) {
    return text.substring(starts[index], ends[index]);
  }

  /** {@return the folded text the tokens are taken from} */
  public String text() {
    return text;
  }
}
