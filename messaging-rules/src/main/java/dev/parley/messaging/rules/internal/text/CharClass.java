package dev.parley.messaging.rules.internal.text;

/**
 * Per-character classes of the Basic Multilingual Plane, read from one table built when the
 * class is loaded: the scanners ask "is this a word character?" for every character of a field,
 * several times, and {@link Character#getType} and {@link Character.UnicodeScript#of} cost a table
 * walk or a binary search each. Each test gives exactly the answer of the method it stands in for
 * (the table is filled by calling it); characters outside the table are not asked here.
 *
 * <p>Immutable: the table is written once, in the static initialiser, and only read afterwards.
 */
public final class CharClass {
  /** {@link Character#isLetterOrDigit} or a non-spacing mark: a word character of the contact scanners. */
  private static final byte CONTACT_WORD = 1;
  /** A word character of {@link Tokens}: letter, digit, combining mark or the katakana prolonged sound mark. */
  private static final byte TOKEN_WORD = 2;
  /** Han, Hiragana, Katakana or Hangul, or the prolonged sound mark: a token of its own. */
  private static final byte IDEOGRAPHIC = 4;
  /** A non-spacing mark. */
  private static final byte NON_SPACING_MARK = 8;

  private static final byte[] TABLE = build();

  private CharClass() {}

  private static byte[] build() {
    byte[] t = new byte[0x10000];
    for (int c = 0; c < t.length; c++) {
      int type = Character.getType(c);
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      int bits = 0;
      if (letterOrDigit || type == Character.NON_SPACING_MARK) {
        bits |= CONTACT_WORD;
      }
      if (letterOrDigit || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == 0x30FC) {
        bits |= TOKEN_WORD;
      }
      if (type == Character.NON_SPACING_MARK) {
        bits |= NON_SPACING_MARK;
      }
      if (c >= 0x1100) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
            || s == Character.UnicodeScript.HANGUL || c == 0x30FC) {
          bits |= IDEOGRAPHIC;
        }
      }
      t[c] = (byte) bits;
    }
    return t;
  }

  /**
   * {@return whether the character is a letter, a digit or a non-spacing mark}: the same as
   * {@code Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isLetterDigitOrMark(char c) {
    return (TABLE[c] & CONTACT_WORD) != 0;
  }

  /**
   * {@return whether the character is a non-spacing mark}: the same as {@code
   * Character.getType(c) == Character.NON_SPACING_MARK}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isNonSpacingMark(char c) {
    return (TABLE[c] & NON_SPACING_MARK) != 0;
  }

  /** {@return whether a code point of the Basic Multilingual Plane is a word character of {@link Tokens}} */
  static boolean isTokenWord(int cp) {
    return (TABLE[cp] & TOKEN_WORD) != 0;
  }

  /** {@return whether a code point of the Basic Multilingual Plane is Han, kana or Hangul (a token of its own)} */
  static boolean isIdeographic(int cp) {
    return (TABLE[cp] & IDEOGRAPHIC) != 0;
  }
}
