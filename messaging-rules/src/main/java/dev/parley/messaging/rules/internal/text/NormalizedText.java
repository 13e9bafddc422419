package dev.parley.messaging.rules.internal.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for matching, with a map from every folded character back to the original.
 *
 * <p>Folding, per code point of the original: compatibility decomposition (NFKD, so fullwidth,
 * ligatures and circled letters become plain letters); removal of invisible characters (zero-width
 * characters, soft hyphen, bidi controls, variation selectors, byte-order marks); removal of
 * accents on Latin letters (not on kana, where the marks carry meaning); folding of look-alike
 * Cyrillic and Greek letters to Latin and of alternative dots (U+3002, U+FF0E, U+2024 ...) to
 * {@code .}; lower case ({@link java.util.Locale#ROOT} rules, so the result never depends on the
 * JVM locale); every run of white space becomes one space, or one {@code \n} if it held a line
 * break. Unpaired surrogates are kept as they are.
 *
 * <p>Arabic script: harakat, Quranic marks, the superscript alef and tatweel (except right after white
 * space, where it is kept so that a white-space run maps to white space only) are removed; the alef
 * forms (with hamza, madda or wasla) become a plain alef, hamza seats on waw and yeh their bare
 * letter, alef maksura and the Persian yeh become yeh, teh marbuta becomes heh, the Persian keheh
 * becomes kaf; Arabic-Indic and Extended Arabic-Indic digits become ASCII digits, and the Arabic
 * comma, semicolon, question mark, percent sign and decimal separator their ASCII counterparts.
 * Presentation forms reach the same letters through the compatibility decomposition.
 *
 * <p>Folding is idempotent: folding a folded text changes nothing. Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /** Per folded character, the range of the original it comes from (stored by runs). */
  private final OffsetMap map;

  private NormalizedText(String original, String text, OffsetMap map) {
    this.original = original;
    this.text = text;
    this.map = map;
  }

  /**
   * Folds a text.
   *
   * @param original any text, including unpaired surrogates
   * @return the folded text with its offset map
   */
  public static NormalizedText of(String original) {
    if (original.indexOf('\u202E') < 0) {
      return foldLogical(original);
    }
    // A right-to-left override shows its characters reversed ("\u202Emoc.pohs\u202C" reads
    // "shop.com"): fold the text in display order. Every character of a reversed run maps back to
    // the whole run, so spans stay ordered.
    int n = original.length();
    StringBuilder display = new StringBuilder(n);
    int[] ds = new int[n + 1];
    int[] de = new int[n + 1];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (c != '\u202E') {
        ds[display.length()] = i;
        de[display.length()] = i + 1;
        display.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      int depth = 1;
      while (end < n) {
        char d = original.charAt(end);
        if (d == '\n' || d == '\r' || d == '\u2029') {
          break;
        }
        if (d >= '\u202A' && d <= '\u202E') {
          depth++;
        } else if (d == '\u202C' && --depth == 0) {
          break;
        }
        end++;
      }
      String reversed = new StringBuilder(original.substring(i + 1, end)).reverse().toString();
      int runEnd = end < n && original.charAt(end) == '\u202C' ? end + 1 : end;
      for (int k = 0; k < reversed.length(); k++) {
        ds[display.length()] = i;
        de[display.length()] = runEnd;
        display.append(reversed.charAt(k));
      }
      i = runEnd;
    }
    NormalizedText inner = foldLogical(display.toString());
    OffsetMap map = new OffsetMap();
    int len = display.length();
    for (int k = 0; k < inner.text.length(); k++) {
      int s = inner.map.start(k);
      int e = inner.map.end(k);
      map.add(s >= len ? n : ds[s], e <= 0 ? ds[0] : de[Math.min(e, len) - 1]);
    }
    return new NormalizedText(original, inner.text, map);
  }

  private static NormalizedText foldLogical(String original) {
    int n = original.length();
    // Folded text is about as long as the original (white space runs shrink, a few decompositions
    // grow): the array is sized once and grown only if the text grows past its original.
    char[] out = new char[Math.max(16, n)];
    OffsetMap map = new OffsetMap();
    int outLen = 0;
    boolean pendingSpace = false;
    boolean pendingNewline = false;
    int spaceStart = 0;
    int spaceEnd = 0;
    int lastBase = -1; // the last base character written, which decides whether a lone combining mark stays
    int[] seenKeys = null;
    String[] seenValues = null;
    int i = 0;
    while (i < n) {
      char ch = original.charAt(i);
      if ((ch < 0x80 && ch > ' ') || ch == MASK) {
        // fast path for printable ASCII (the bulk of most messages) and the redaction mask (much of
        // a redacted message): no decomposition, no allocation. The mask folds to itself after any
        // base and is no mark, so the slow path below would write it and take it as the base too.
        // Room for this character and a pending space: never short while each output character
        // has its own input character, so plain text never grows the arrays.
        if (outLen + (pendingSpace ? 2 : 1) > out.length) {
          int size = Math.max(out.length + (out.length >> 1), outLen + 2);
          out = Arrays.copyOf(out, size);
        }
        if (pendingSpace) {
          if (outLen > 0) {
            out[outLen] = pendingNewline ? '\n' : ' ';
            map.add(spaceStart, spaceEnd);
            outLen++;
          }
          pendingSpace = false;
          pendingNewline = false;
        }
        out[outLen] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        lastBase = ch;
        map.add(i, i + 1);
        outLen++;
        i++;
        continue;
      }
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isSpace(cp)) {
        if (!pendingSpace) {
          spaceStart = i;
          pendingSpace = true;
        }
        pendingNewline |= cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85;
        spaceEnd = next;
        i = next;
        continue;
      }
      // A tatweel only stretches a word: it is dropped inside words, but kept after white space, so
      // a run of white space never spans a letter of the original
      String folded;
      if (cp == 0x0640 && pendingSpace) {
        folded = "\u0640";
      } else if (cp < CACHED) {
        folded = foldCached(cp, lastBase);
      } else {
        // Other scripts (kana, Han, Hangul, symbols, the redaction mask) repeat their characters:
        // each distinct one is decomposed once per text, in a small table that lives for this call.
        if (seenKeys == null) {
          seenKeys = new int[SEEN];
          seenValues = new String[SEEN];
        }
        int key = 2 * cp + (lastBase < 0 || isLatinLike(lastBase) ? 0 : 1);
        int slot = (key * 0x9E3779B1 >>> 24) & (SEEN - 1);
        if (seenKeys[slot] == key + 1) {
          folded = seenValues[slot];
        } else {
          folded = fold(cp, lastBase);
          seenKeys[slot] = key + 1;
          seenValues[slot] = folded;
        }
      }
      if (folded.isEmpty()) {
        i = next;
        continue;
      }
      int fl = folded.length();
      if (outLen + fl + (pendingSpace ? 1 : 0) > out.length) {
        int size = Math.max(out.length + (out.length >> 1), outLen + fl + 1);
        out = Arrays.copyOf(out, size);
      }
      if (pendingSpace) {
        if (outLen > 0) {
          out[outLen] = pendingNewline ? '\n' : ' ';
          map.add(spaceStart, spaceEnd);
          outLen++;
        }
        pendingSpace = false;
        pendingNewline = false;
      }
      for (int k = fl; k > 0; ) {
        int c = folded.codePointBefore(k);
        k -= Character.charCount(c);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          lastBase = c;
          break;
        }
      }
      for (int k = 0; k < fl; k++) {
        out[outLen] = folded.charAt(k);
        map.add(i, next);
        outLen++;
      }
      i = next;
    }
    if (pendingSpace && outLen > 0) {
      if (outLen + 1 > out.length) {
        out = Arrays.copyOf(out, outLen + 1);
      }
      out[outLen] = pendingNewline ? '\n' : ' ';
      map.add(spaceStart, spaceEnd);
      outLen++;
    }
    return new NormalizedText(original, new String(out, 0, outLen), map);
  }

  /**
   * The folding of the code points below {@link #CACHED} (Latin, Greek, Cyrillic, Arabic and the
   * other alphabets of the first two blocks of Unicode), worked out once: index {@code 2 * cp} after
   * a Latin-like base (or at the start), {@code 2 * cp + 1} after any other base. A lone combining
   * mark is the only code point whose folding depends on what came before, and only through that
   * distinction.
   */
  private static final int CACHED = 0x800;

  /**
   * The redaction mask, U+2588: a redacted message has one in place of every non-space character
   * of a masked span (the redactor's {@code MASK} is this one). Folding keeps it as it is.
   */
  public static final char MASK = '\u2588';

  /** Slots of the per-call table of foldings above {@link #CACHED} (a power of two). */
  private static final int SEEN = 256;

  private static final String[] FOLDED = foldTable();

  private static String[] foldTable() {
    String[] table = new String[2 * CACHED];
    for (int cp = 0; cp < CACHED; cp++) {
      table[2 * cp] = fold(cp, -1);
      table[2 * cp + 1] = fold(cp, 0x3042);
    }
    return table;
  }

  /** {@link #fold(int, int)}, read from the table for the first blocks of Unicode. */
  private static String foldCached(int cp, int baseBefore) {
    if (cp < CACHED) {
      return FOLDED[2 * cp + (baseBefore < 0 || isLatinLike(baseBefore) ? 0 : 1)];
    }
    return fold(cp, baseBefore);
  }

  /**
   * Folds a text without keeping the offset map (for lexicon entries and tests).
   *
   * @param s any text
   * @return the folded form
   */
  public static String fold(String s) {
    return of(s).text();
  }

  private static boolean isSpace(int cp) {
    if (cp < 0x80) {
      // ASCII, most of every text: tab to carriage return, the four separators and the space,
      // what the two Character tests below give there
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
    }
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** Whether a code point is invisible formatting that disguises text. */
  static boolean isInvisible(int cp) {
    switch (cp) {
      case 0x00AD: // soft hyphen
      case 0x034F: // combining grapheme joiner
      case 0x061C: // Arabic letter mark
      case 0x115F:
      case 0x1160:
      case 0x17B4:
      case 0x17B5:
      case 0x180E: // Mongolian vowel separator
      case 0x3164: // Hangul filler
      case 0xFEFF: // byte-order mark / zero-width no-break space
      case 0xFFA0:
        return true;
      default:
        return (cp >= 0x200B && cp <= 0x200F) // zero-width space, joiners, LRM/RLM
            || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides
            || (cp >= 0x2060 && cp <= 0x206F) // word joiner, invisible operators, bidi isolates
            || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
            || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors supplement
            || (cp >= 0xE0000 && cp <= 0xE007F) // tags
            || (cp >= 0x1BCA0 && cp <= 0x1BCA3); // shorthand format controls
    }
  }

  private static String fold(int cp, int baseBefore) {
    if (isInvisible(cp)) {
      return "";
    }
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return String.valueOf((char) cp);
    }
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    int prevBase = baseBefore;
    for (int k = 0; k < decomposed.length(); ) {
      int c = decomposed.codePointAt(k);
      k += Character.charCount(c);
      if (isInvisible(c) || isSpace(c)) {
        // a spacing accent (¨ ´ ¸) decomposes to a space and a mark: it is no white space in the text
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK && (prevBase < 0 || isLatinLike(prevBase))) {
        continue;
      }
      if (isArabicMark(c)) {
        continue;
      }
      int mapped = confusable(Character.toLowerCase(c));
      if (mapped != Character.toLowerCase(c) || Character.toLowerCase(c) != c) {
        // A lower-cased or folded letter may decompose further (e.g. U+0130 to i + dot above).
        String again = Normalizer.normalize(new String(Character.toChars(mapped)), Normalizer.Form.NFKD);
        for (int m = 0; m < again.length(); ) {
          int d = again.codePointAt(m);
          m += Character.charCount(d);
          if (Character.getType(d) == Character.NON_SPACING_MARK && isLatinLike(mapped)) {
            continue;
          }
          sb.appendCodePoint(confusable(Character.toLowerCase(d)));
        }
      } else {
        sb.appendCodePoint(mapped);
      }
      prevBase = mapped;
    }
    return sb.toString();
  }

  /** Whether a code point is an Arabic vowel sign, Quranic annotation mark or the tatweel: dropped by folding. */
  static boolean isArabicMark(int cp) {
    return cp == 0x0640 // tatweel (kashida), stretches a word without changing it
        || (cp >= 0x0610 && cp <= 0x061A) // honorific and Quranic signs above letters
        || (cp >= 0x064B && cp <= 0x065F) // harakat, tanwin, shadda, sukun, hamza and madda above/below
        || cp == 0x0670 // superscript alef
        || (cp >= 0x06D6 && cp <= 0x06DC)
        || (cp >= 0x06DF && cp <= 0x06E4)
        || cp == 0x06E7 || cp == 0x06E8
        || (cp >= 0x06EA && cp <= 0x06ED);
  }

  private static boolean isLatinLike(int cp) {
    return cp < 0x0370 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x0400 && cp <= 0x052F) || (cp >= 0x0370 && cp <= 0x03FF);
  }

  /** Folds look-alike letters and alternative dots; returns the code point itself otherwise. */
  static int confusable(int cp) {
    switch (cp) {
      // Cyrillic look-alikes of Latin letters
      case 0x0430: return 'a';
      case 0x0435: return 'e';
      case 0x043E: return 'o';
      case 0x0440: return 'p';
      case 0x0441: return 'c';
      case 0x0443: return 'y';
      case 0x0445: return 'x';
      case 0x0456: return 'i';
      case 0x0458: return 'j';
      case 0x0455: return 's';
      case 0x0501: return 'd';
      case 0x051B: return 'q';
      case 0x051D: return 'w';
      case 0x04BB: return 'h';
      case 0x043A: return 'k';
      case 0x043C: return 'm';
      case 0x043D: return 'h';
      case 0x0442: return 't';
      case 0x0432: return 'b';
      case 0x0491: return 'r';
      case 0x04CF: return 'l';
      // Greek look-alikes
      case 0x03B1: return 'a';
      case 0x03B2: return 'b';
      case 0x03B5: return 'e';
      case 0x03B9: return 'i';
      case 0x03BA: return 'k';
      case 0x03BD: return 'v';
      case 0x03BF: return 'o';
      case 0x03C1: return 'p';
      case 0x03C4: return 't';
      case 0x03C5: return 'u';
      case 0x03C7: return 'x';
      case 0x03F2: return 'c';
      case 0x03F3: return 'j';
      // Latin letters that look like others
      case 0x0131: return 'i'; // dotless i
      case 0x0261: return 'g'; // script g
      case 0x01C0: return 'l';
      // Alternative dots
      case 0x3002: // ideographic full stop
      case 0xFF0E: // fullwidth full stop (NFKD already maps it; kept for clarity)
      case 0xFF61: // halfwidth ideographic full stop
      case 0x2024: // one dot leader
      case 0xFE52: // small full stop
      case 0x2E33: // raised dot
      case 0x0701: // Syriac supralinear full stop
      case 0x0702:
      case 0x06D4: // Arabic full stop
      case 0x00B7: // middle dot
      case 0x2027: // hyphenation point
      case 0x2219: // bullet operator
      case 0x22C5: // dot operator
        return '.';
      // Arabic letter variants (the forms with hamza or madda decompose to the bare letter and a
      // mark, which is dropped)
      case 0x0671: // alef wasla
      case 0x0672:
      case 0x0673:
        return 0x0627;
      case 0x0649: // alef maksura
      case 0x06CC: // Persian yeh
        return 0x064A;
      case 0x0629: // teh marbuta
        return 0x0647;
      case 0x06A9: // keheh
        return 0x0643;
      // Arabic punctuation
      case 0x060C: // Arabic comma
        return ',';
      case 0x061B:
        return ';';
      case 0x061F:
        return '?';
      case 0x066A:
        return '%';
      case 0x066B: // Arabic decimal separator
        return '.';
      case 0x066C: // Arabic thousands separator
        return ',';
      // Alternative at signs
      case 0xFF20:
      case 0xFE6B:
        return '@';
      default:
        if (cp >= 0x0660 && cp <= 0x0669) {
          return '0' + (cp - 0x0660); // Arabic-Indic digits
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
          return '0' + (cp - 0x06F0); // Extended Arabic-Indic (Persian, Urdu) digits
        }
        return cp;
    }
  }

  /** {@return the original text} */
  public String original() {
    return original;
  }

  /** {@return the folded text} */
  public String text() {
    return text;
  }

  /** {@return the folded text's length} */
  public int length() {
    return text.length();
  }

  /**
   * {@return the offset in the original text where the folded character at the index starts}
   *
   * @param index a folded offset in {@code [0, length()]}; {@code length()} maps to the original's
   *     length
   */
  public int originalStart(int index) {
    return index >= text.length() ? original.length() : map.start(index);
  }

  /**
   * {@return the offset in the original text just past the folded characters before the index}
   *
   * @param index a folded end offset in {@code [0, length()]}; 0 maps to the original start of the
   *     first character (or 0)
   */
  public int originalEnd(int index) {
    if (index <= 0) {
      return text.isEmpty() ? 0 : map.start(0);
    }
    return map.end(Math.min(index, text.length()) - 1);
  }
}
