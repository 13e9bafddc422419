package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.internal.analysis.Redactor;
import dev.parley.messaging.rules.internal.text.CharClass;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.OffsetMap;

import java.util.Arrays;
import java.util.Set;

/**
 * A folded text with the usual disguises of links and e-mail addresses undone, and a map from
 * every character back to the folded text.
 *
 * <p>Undone, in one left-to-right pass with bounded look-ahead (so the whole is linear): bracketed
 * separators ({@code (.)}, {@code [dot]}, {@code {at}}, {@code <at>}, {@code [:]}); separator words
 * between two words ({@code dot}, {@code punkt}, {@code point}, {@code punto}, {@code ponto},
 * {@code kropka}, {@code d0t}, {@code arobase}, {@code chiocciola}, {@code klammeraffe},
 * {@code małpa}, {@code arroba} ..., and plain {@code at}, which is marked weak); spaces around
 * {@code .}, {@code @} and {@code /} between two words ({@code www . shop . de}); runs of single
 * spaced-out characters ({@code w w w . s h o p . c o m}); {@code hxxp} for {@code http}; percent
 * escapes of host characters after a word character ({@code amazon.com%2eshop.com}), which browsers
 * decode in a host; Arabic separator words ({@code نقطة}, {@code دوت} for dot, {@code آت} for at)
 * and top-level domains in Arabic or Japanese letters after them ({@code نقطة كوم} → {@code .com});
 * Japanese separator words glued to the address ({@code infoアットマークshopドットコム}).
 * Characters that come from a disguise are marked, so the scanners can demand less other evidence.
 *
 * <p>Created per field; not shared between threads.
 */
public final class ContactText {
  public static final Set<String> DOT_WORDS = folded("dot", "d0t", "punkt", "point", "punto", "ponto", "kropka", "punt", "nokta", "pkt", "ドット", "どっと",
      "نقطة", "دوت");
  public static final Set<String> SLASH_WORDS = folded("slash", "barra", "schrägstrich", "barre", "ukośnik", "スラッシュ");
  public static final Set<String> ROMANCE_DOT_WORDS = Set.of("point", "punto", "ponto", "punt");
  public static final Set<String> AT_WORDS = folded("arobase", "chiocciola", "chiocciolina", "klammeraffe", "małpa", "malpa", "arroba", "apenstaartje", "atsign", "snabela", "アットマーク", "あっとまーく",
      "آت", "ات");
  /** Top-level domains written in Arabic or Japanese letters after a dot word ("نقطة كوم", "ドット コム"), with their ASCII form. */
  static final java.util.Map<String, String> TLD_WORDS = foldedKeys(
      "كوم", "com", "نت", "net", "اورج", "org", "اورغ", "org", "انفو", "info",
      "コム", "com", "ネット", "net", "ジェーピー", "jp", "オーグ", "org");
  /** Japanese separators that are glued to the address around them ("infoアットマークshopドットコム"), with what they stand for. */
  private static final java.util.Map<String, String> JA_GLUED = foldedKeys(
      "アットマーク", "@", "あっとまーく", "@", "ドットコム", ".com", "ドットネット", ".net", "ドットジェーピー", ".jp", "ドット", ".",
      "どっと", ".", "スラッシュ", "/");

  private static java.util.Map<String, String> foldedKeys(String... pairs) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(dev.parley.messaging.rules.internal.text.NormalizedText.fold(pairs[i]), pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
  /** Second words that make "at" (or a first word) a strong at sign: "at sign", "snabel-a", "et işareti". */
  public static final Set<String> AT_SECOND_WORDS = folded("sign", "symbol", "işareti");

  /** First letters of every separator word (a cheap test before any set look-up). */
  private static final String SEPARATOR_FIRST = firstLetters();

  /** {@link #SEPARATOR_FIRST} as a table by character, up to its largest: asked at the start of every word. */
  private static final boolean[] IS_SEPARATOR_FIRST = tableOf(SEPARATOR_FIRST);

  private static boolean[] tableOf(String chars) {
    char max = 0;
    for (int i = 0; i < chars.length(); i++) {
      max = (char) Math.max(max, chars.charAt(i));
    }
    boolean[] table = new boolean[max + 1];
    for (int i = 0; i < chars.length(); i++) {
      table[chars.charAt(i)] = true;
    }
    return table;
  }

  /** {@return whether a special word may begin with the character}: the same as {@code SEPARATOR_FIRST.indexOf(c) >= 0} */
  private static boolean isSeparatorFirst(char c) {
    return c < IS_SEPARATOR_FIRST.length && IS_SEPARATOR_FIRST[c];
  }

  private static String firstLetters() {
    StringBuilder sb = new StringBuilder("aehs");
    for (Set<String> set : java.util.List.of(DOT_WORDS, SLASH_WORDS, AT_WORDS)) {
      for (String w : set) {
        if (sb.indexOf(w.substring(0, 1)) < 0) {
          sb.append(w.charAt(0));
        }
      }
    }
    return sb.toString();
  }

  private static Set<String> folded(String... words) {
    java.util.Set<String> set = new java.util.HashSet<>();
    for (String w : words) {
      set.add(dev.parley.messaging.rules.internal.text.NormalizedText.fold(w));
    }
    return Set.copyOf(set);
  }

  /**
   * Every word the separator branch of {@link #build} acts on, by length: a word that is none of
   * these is copied as it is, without cutting it out of the text.
   */
  private static final String[][] SPECIAL_BY_LENGTH = specialWords();

  private static String[][] specialWords() {
    java.util.Set<String> all = new java.util.TreeSet<>();
    all.addAll(DOT_WORDS);
    all.addAll(SLASH_WORDS);
    all.addAll(AT_WORDS);
    all.addAll(java.util.List.of("at", "et", "snabel", "hxxp", "hxxps", "hxtp", "htxp", "hxtps", "htxps"));
    int max = 0;
    for (String w : all) {
      max = Math.max(max, w.length());
    }
    java.util.List<java.util.List<String>> byLength = new java.util.ArrayList<>();
    for (int len = 0; len <= max; len++) {
      byLength.add(new java.util.ArrayList<>());
    }
    for (String w : all) {
      byLength.get(w.length()).add(w);
    }
    String[][] out = new String[max + 1][];
    for (int len = 0; len <= max; len++) {
      out[len] = byLength.get(len).toArray(new String[0]);
    }
    return out;
  }

  /** {@return whether the folded text from start to end is one of {@link #SPECIAL_BY_LENGTH}}, compared in place. */
  private static boolean isSpecialWord(String f, int start, int end) {
    int len = end - start;
    if (len >= SPECIAL_BY_LENGTH.length) {
      return false;
    }
    for (String w : SPECIAL_BY_LENGTH[len]) {
      if (f.regionMatches(start, w, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private final String folded;
  /*
   * The view's characters: one byte each while every one is Latin-1 (most texts, whatever their
   * language of Western Europe), else two; exactly one of the arrays is non-null. A large Latin-1
   * text thus costs as many bytes as it has characters, as a compact String does.
   */
  private byte[] latin1;
  private char[] chars;
  /** Per view character, the range of the folded text it comes from (stored by runs). */
  private final OffsetMap map = new OffsetMap();
  /*
   * The flags, kept only for the characters that have any (few: those a disguise produced), as
   * their indices in increasing order and the flags at the same index of flagBits.
   */
  private int[] flagAt = NO_FLAGS;
  private byte[] flagBits = NO_FLAG_BITS;
  private int flagCount;
  private int length;

  /**
   * The e-mail addresses of this view once {@link AddressScanner#emails} has read them, or null:
   * the link and e-mail rules both read them, and the view is theirs alone for one field.
   */
  java.util.List<AddressScanner.Hit> emailHits;

  private static final int[] NO_FLAGS = new int[0];
  private static final byte[] NO_FLAG_BITS = new byte[0];

  /** The character comes from a disguise, or spaces around it were removed. */
  public static final byte DISGUISED = 1;
  /** An {@code @} that was the plain word "at". */
  public static final byte WEAK_AT = 2;
  /** A {@code .} that was a Romance separator word ("point", "punto"), ambiguous before "de". */
  public static final byte ROMANCE_DOT = 4;

  /**
   * A view of the folded text, kept from its first character in one byte per character when {@code
   * narrow}, else in two.
   */
  private ContactText(String folded, boolean narrow) {
    this.folded = folded;
    int cap = Math.max(16, folded.length());
    if (narrow) {
      latin1 = new byte[cap];
    } else {
      chars = new char[cap];
    }
  }

  /**
   * {@return the contact view of a folded text}: kept in one byte per character if the text is all
   * Latin-1 (a view may still widen, should a disguise produce a character past it), else in two
   * from the start, so that a text past Latin-1 costs no one-byte array that is widened and dropped
   * at its first such character. The storage changes nothing a scanner reads.
   */
  public static ContactText of(String folded) {
    ContactText t = new ContactText(folded, latin1Only(folded));
    t.build();
    return t;
  }

  /**
   * {@link #of} as it was built before: one byte per character from the start, widened at the first
   * character past Latin-1. The reference the properties compare the view with.
   */
  static ContactText narrowFirst(String folded) {
    ContactText t = new ContactText(folded, true);
    t.build();
    return t;
  }

  /** Whether every character of the text is Latin-1; stops at the first that is not. */
  private static boolean latin1Only(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  public int length() {
    return length;
  }

  public char charAt(int i) {
    byte[] narrow = latin1;
    if (narrow != null) {
      return (char) (narrow[i] & 0xFF);
    }
    return chars[i];
  }

  public boolean disguised(int i) {
    return (flagsOf(i) & DISGUISED) != 0;
  }

  public boolean flag(int i, byte f) {
    return (flagsOf(i) & f) != 0;
  }

  /** {@return the flags of the view character at the index (0 for most): a binary search over the few flagged ones} */
  private int flagsOf(int i) {
    int lo = 0;
    int hi = flagCount - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = flagAt[mid];
      if (at < i) {
        lo = mid + 1;
      } else if (at > i) {
        hi = mid - 1;
      } else {
        return flagBits[mid];
      }
    }
    return 0;
  }

  /** Adds a flag to the view character at the index, which is the last one flagged or after it. */
  private void addFlag(int i, byte f) {
    if (flagCount > 0 && flagAt[flagCount - 1] == i) {
      flagBits[flagCount - 1] |= f;
      return;
    }
    if (flagCount == flagAt.length) {
      int cap = Math.max(8, flagCount * 2);
      flagAt = Arrays.copyOf(flagAt, cap);
      flagBits = Arrays.copyOf(flagBits, cap);
    }
    flagAt[flagCount] = i;
    flagBits[flagCount] = f;
    flagCount++;
  }

  /** Folded offset where the view character at {@code i} starts. */
  public int foldedStart(int i) {
    return i >= length ? folded.length() : map.start(i);
  }

  /** Folded offset just past the view characters before {@code end}. */
  public int foldedEnd(int end) {
    return end <= 0 ? 0 : map.end(Math.min(end, length) - 1);
  }

  public String substring(int s, int e) {
    if (latin1 != null) {
      return new String(latin1, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    return new String(chars, s, e - s);
  }

  /** Whether the characters from {@code start} equal {@code word}, compared in place. */
  public boolean regionMatches(int start, String word) {
    if (start < 0 || start + word.length() > length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (charAt(start + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public String folded() {
    return folded;
  }

  private void emit(char c, int s, int e, byte flag) {
    if (latin1 != null && c > 0xFF) {
      // The first character past Latin-1: the view is kept in two bytes per character from here.
      widen();
    }
    int capacity = latin1 != null ? latin1.length : chars.length;
    if (length == capacity) {
      if (latin1 != null) {
        latin1 = Arrays.copyOf(latin1, capacity * 2);
      } else {
        chars = Arrays.copyOf(chars, capacity * 2);
      }
    }
    if (latin1 != null) {
      latin1[length] = (byte) c;
    } else {
      chars[length] = c;
    }
    map.add(s, e);
    if (flag != 0) {
      addFlag(length, flag);
    }
    length++;
  }

  /**
   * Emits the folded characters from {@code from} to {@code to} as they are, unflagged, each from
   * itself: what {@code emit(c, k, k + 1, 0)} for each would do, in one step. {@code widest} is the
   * largest of them.
   */
  private void emitCopy(int from, int to, char widest) {
    int count = to - from;
    if (latin1 != null && widest > 0xFF) {
      widen();
    }
    int capacity = latin1 != null ? latin1.length : chars.length;
    if (length + count > capacity) {
      int grown = Math.max(capacity * 2, length + count);
      if (latin1 != null) {
        latin1 = Arrays.copyOf(latin1, grown);
      } else {
        chars = Arrays.copyOf(chars, grown);
      }
    }
    String f = folded;
    if (latin1 != null) {
      byte[] narrow = latin1;
      for (int k = from, at = length; k < to; k++, at++) {
        narrow[at] = (byte) f.charAt(k);
      }
    } else {
      f.getChars(from, to, chars, length);
    }
    map.addRun(from, count);
    length += count;
  }

  /** Keeps the view in two bytes per character from here on (a character past Latin-1 comes). */
  private void widen() {
    chars = new char[latin1.length];
    for (int k = 0; k < latin1.length; k++) {
      chars[k] = (char) (latin1[k] & 0xFF);
    }
    latin1 = null;
  }

  /** Removes a trailing space from the output and marks the character before it as disguised. */
  private boolean popSpace() {
    if (length >= 2 && charAt(length - 1) == ' ' && isWordChar(charAt(length - 2))) {
      length--;
      map.removeLast();
      while (flagCount > 0 && flagAt[flagCount - 1] >= length) {
        flagCount--;
      }
      addFlag(length - 1, DISGUISED);
      return true;
    }
    return false;
  }

  private boolean lastIsWordAfterSpace() {
    return length >= 2 && charAt(length - 1) == ' ' && isWordChar(charAt(length - 2));
  }

  public static boolean isWordChar(char c) {
    return CharClass.isLetterDigitOrMark(c);
  }

  private int skipSpace(int i) {
    return i < folded.length() && folded.charAt(i) == ' ' ? i + 1 : i;
  }

  private boolean wordCharAt(int i) {
    return i < folded.length() && isWordChar(folded.charAt(i));
  }

  private void build() {
    String f = folded;
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (c == ' ') {
        // A space starts nothing below: the most frequent character, emitted at once.
        emit(c, i, i + 1, (byte) 0);
        i++;
        continue;
      }
      if (c == Redactor.MASK) {
        // A run of redaction masks (much of a redacted message) is copied in one step: a mask is no
        // word character, no bracket, no percent sign and none of . @ /, so each of them would
        // reach the plain emit at the end of this loop.
        int end = i + 1;
        while (end < n && f.charAt(end) == Redactor.MASK) {
          end++;
        }
        emitCopy(i, end, Redactor.MASK);
        i = end;
        continue;
      }
      if (c == '%' && i + 2 < n && length > 0 && isWordChar(charAt(length - 1))) {
        // Browsers decode percent-escapes in a host: "amazon.com%2eshop.com" leads to shop.com.
        int hi = Character.digit(f.charAt(i + 1), 16);
        int lo = Character.digit(f.charAt(i + 2), 16);
        char d = hi < 0 || lo < 0 ? 0 : Character.toLowerCase((char) (hi << 4 | lo));
        if (d == '.' || d == '-' || d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
          emit(d, i, i + 3, DISGUISED);
          i += 3;
          continue;
        }
      }
      if (c == '(' || c == '[' || c == '{' || c == '<') {
        int end = bracketEnd(i);
        if (end > 0) {
          char sym = bracketSymbol(i, end);
          boolean before = length > 0 && (isWordChar(charAt(length - 1)) || lastIsWordAfterSpace() || charAt(length - 1) == ':' || charAt(length - 1) == '/');
          int after = skipSpace(end);
          if (before && (wordCharAt(after) || (sym == ':' && after < n && f.charAt(after) == '/'))) {
            popSpace();
            emit(sym, i, end, DISGUISED);
            i = after;
            continue;
          }
        }
      }
      if (isWordChar(c) && (i == 0 || !isWordChar(f.charAt(i - 1)))) {
        int spacedEnd = spacedRunEnd(i);
        if (spacedEnd > 0) {
          for (int k = i; k < spacedEnd; k++) {
            char ch = f.charAt(k);
            if (ch != ' ') {
              emit(ch, k, k + 1, DISGUISED);
            }
          }
          i = spacedEnd;
          continue;
        }
        // One read of the whole word: where it ends, whether it holds kana, its widest character.
        int wordEnd = i;
        boolean kana = false;
        char widest = 0;
        while (wordEnd < n) {
          char d = f.charAt(wordEnd);
          if (!isWordChar(d)) {
            break;
          }
          kana |= isKana(d);
          widest = (char) Math.max(widest, d);
          wordEnd++;
        }
        // where a special word would end: the word's end, read up to 17 characters
        int wEnd = Math.min(wordEnd, i + 17);
        if (isSeparatorFirst(c) && wEnd - i >= 2 && wEnd - i <= 16 && (wEnd >= n || !isWordChar(f.charAt(wEnd)))
            && isSpecialWord(f, i, wEnd)) {
          String w = f.substring(i, wEnd);
          char sym = 0;
          byte flag = DISGUISED;
          if (DOT_WORDS.contains(w)) {
            sym = '.';
            if (ROMANCE_DOT_WORDS.contains(w)) {
              flag |= ROMANCE_DOT;
            }
          } else if (AT_WORDS.contains(w)) {
            sym = '@';
          } else if (w.equals("at")) {
            sym = '@';
            flag |= WEAK_AT;
          }
          if (SLASH_WORDS.contains(w)) {
            sym = '/';
          }
          // two-word at signs: "at sign", "et işareti", "snabel-a"
          if ((w.equals("at") || w.equals("et")) && wEnd + 1 < n && f.charAt(wEnd) == ' ') {
            int w2 = wEnd + 1;
            int w2End = w2;
            while (w2End < n && isWordChar(f.charAt(w2End)) && w2End - w2 <= 10) {
              w2End++;
            }
            if (AT_SECOND_WORDS.contains(f.substring(w2, w2End))) {
              sym = '@';
              flag = DISGUISED;
              wEnd = w2End;
            }
          } else if (w.equals("snabel") && wEnd + 1 < n && (f.charAt(wEnd) == '-' || f.charAt(wEnd) == ' ') && f.charAt(wEnd + 1) == 'a'
              && (wEnd + 2 >= n || !isWordChar(f.charAt(wEnd + 2)))) {
            sym = '@';
            flag = DISGUISED;
            wEnd = wEnd + 2;
          }
          if (sym != 0 && lastIsWordAfterSpace() && wEnd < n && f.charAt(wEnd) == ' ' && wordCharAt(wEnd + 1)) {
            popSpace();
            emit(sym, i, wEnd, flag);
            i = wEnd + 1;
            continue;
          }
          if ((w.equals("hxxp") || w.equals("hxxps") || w.equals("hxtp") || w.equals("htxp") || w.equals("hxtps") || w.equals("htxps"))
              && wEnd < n && (f.charAt(wEnd) == ':' || f.charAt(wEnd) == '[')) {
            String real = w.length() == 4 ? "http" : "https";
            for (int k = 0; k < real.length(); k++) {
              emit(real.charAt(k), i + k, i + k + 1, DISGUISED);
            }
            i = wEnd;
            continue;
          }
        }
        // a top-level domain in Arabic or Japanese letters after a disguised dot: "gmail نقطة كوم"
        if (length > 0 && charAt(length - 1) == '.' && disguised(length - 1)) {
          String tld = TLD_WORDS.get(f.substring(i, wEnd));
          if (tld != null && (wEnd >= n || !isWordChar(f.charAt(wEnd)))) {
            for (int k = 0; k < tld.length(); k++) {
              emit(tld.charAt(k), i, wEnd, DISGUISED);
            }
            i = wEnd;
            continue;
          }
        }
        // copy the whole word at once (keeps the pass linear on long words): without kana in one
        // step; else kana one by one, as they may begin a Japanese separator word, and every run of
        // other word characters in one step
        if (!kana) {
          emitCopy(i, wordEnd, widest);
          i = wordEnd;
          continue;
        }
        int k = i;
        while (k < n) {
          char ch = f.charAt(k);
          if (!isWordChar(ch)) {
            break;
          }
          if (isKana(ch)) {
            int glued = japaneseSeparator(k);
            if (glued > k) {
              k = glued;
            } else {
              emit(ch, k, k + 1, (byte) 0);
              k++;
            }
            continue;
          }
          int runEnd = k + 1;
          char runWidest = ch;
          while (runEnd < n) {
            char d = f.charAt(runEnd);
            if (!isWordChar(d) || isKana(d)) {
              break;
            }
            runWidest = (char) Math.max(runWidest, d);
            runEnd++;
          }
          emitCopy(k, runEnd, runWidest);
          k = runEnd;
        }
        i = k;
        continue;
      }
      if ((c == '.' || c == '@' || c == '/') && lastIsWordAfterSpace()) {
        int after = skipSpace(i + 1);
        if (after > i + 1 && wordCharAt(after)) {
          popSpace();
          emit(c, i, i + 1, DISGUISED);
          i = after;
          continue;
        }
      }
      emit(c, i, i + 1, (byte) 0);
      i++;
    }
  }

  private static boolean isKana(char c) {
    return c >= '\u3040' && c <= '\u30FF';
  }

  /**
   * Undoes a Japanese separator word at {@code k} that stands between ASCII letters or digits (spaces
   * allowed): emits what it stands for and returns where the word ends, or -1 (nothing emitted).
   * Looks at most at the longest separator word ahead.
   */
  private int japaneseSeparator(int k) {
    String f = folded;
    boolean spaced = lastIsWordAfterSpace() && isAsciiWord(charAt(length - 2));
    if (!spaced && (length == 0 || !isAsciiWord(charAt(length - 1)))) {
      return -1;
    }
    for (java.util.Map.Entry<String, String> e : JA_GLUED.entrySet()) {
      String w = e.getKey();
      if (!f.startsWith(w, k)) {
        continue;
      }
      int end = k + w.length();
      String sym = e.getValue();
      int after = skipSpace(end);
      boolean tld = sym.length() > 1;
      if (!tld && !(after < f.length() && isAsciiWord(f.charAt(after)))) {
        continue;
      }
      if (spaced) {
        popSpace();
      }
      for (int m = 0; m < sym.length(); m++) {
        emit(sym.charAt(m), k, end, DISGUISED);
      }
      return tld ? end : after;
    }
    return -1;
  }

  private static boolean isAsciiWord(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /** End (exclusive) of a bracketed separator starting at {@code i}, or -1. */
  private int bracketEnd(int i) {
    String f = folded;
    int n = f.length();
    char open = f.charAt(i);
    char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : '>';
    int j = skipSpace(i + 1);
    int wStart = j;
    while (j < n && j - wStart <= 12 && (isWordChar(f.charAt(j)) || f.charAt(j) == '.' || f.charAt(j) == '@' || f.charAt(j) == ':' || f.charAt(j) == '-')) {
      j++;
    }
    if (j == wStart || j - wStart > 12) {
      return -1;
    }
    // a hyphenated at word ("[snabel-a]") is the word without its hyphen
    String w = withoutHyphens(f.substring(wStart, j));
    j = skipSpace(j);
    if (j >= n || f.charAt(j) != close) {
      return -1;
    }
    if (w.equals(".") || w.equals("@") || w.equals(":") || DOT_WORDS.contains(w) || AT_WORDS.contains(w) || w.equals("at")) {
      return j + 1;
    }
    return -1;
  }

  private static String withoutHyphens(String w) {
    return w.indexOf('-') < 0 ? w : w.replace("-", "");
  }

  private char bracketSymbol(int i, int end) {
    String inner = withoutHyphens(folded.substring(i + 1, end - 1).strip());
    if (inner.equals(":")) {
      return ':';
    }
    return inner.equals("@") || inner.equals("at") || AT_WORDS.contains(inner) ? '@' : '.';
  }

  /**
   * End of a run of spaced-out single characters starting at {@code i} ({@code w w w . s h o p .
   * c o m}): at least five atoms (single letters or digits, or one of {@code . : / @ -}) joined by
   * single spaces, at least four of them letters or digits; -1 if there is none.
   */
  private int spacedRunEnd(int i) {
    String f = folded;
    int n = f.length();
    int atoms = 0;
    int alnum = 0;
    int j = i;
    int lastAtomEnd = i;
    // every atom must be followed by one space (or end the run), so an unspaced text such as
    // "a.a.a" ends the run after one atom: the look-ahead never re-reads a long stretch
    while (j < n) {
      char c = f.charAt(j);
      if (isWordChar(c) && (j + 1 >= n || !isWordChar(f.charAt(j + 1)))) {
        alnum++;
      } else if (!isSep(c)) {
        break;
      }
      atoms++;
      j++;
      lastAtomEnd = j;
      if (j + 1 < n && f.charAt(j) == ' ' && f.charAt(j + 1) != ' ') {
        j++;
      } else {
        break;
      }
    }
    if (atoms >= 5 && alnum >= 4) {
      return lastAtomEnd;
    }
    return -1;
  }

  private static boolean isSep(char c) {
    return c == '.' || c == ':' || c == '/' || c == '@' || c == '-';
  }
}
