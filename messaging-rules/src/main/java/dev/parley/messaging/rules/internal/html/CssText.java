package dev.parley.messaging.rules.internal.html;

import java.util.Locale;

/**
 * CSS as a browser reads it before it looks for URLs (CSS Syntax Level 3 §4.3.7): escapes decoded
 * ({@code \68 ttp} is {@code http}, {@code \"} a quote, a backslash before a line break nothing)
 * and comments removed, with a map from every decoded character back to its source offset. Then
 * every {@code url(...)} argument, every quoted string (what {@code @import}, {@code image-set()}
 * and {@code content:} take) and every {@code expression(}, {@code behavior:} or {@code
 * -moz-binding} (script in CSS) is handed to a visitor with its source range.
 *
 * <p>Linear; stateless apart from the one decoded text.
 */
final class CssText {
  /** Receives the URL-like pieces of a style sheet or a style attribute. */
  interface Visitor {
    /**
     * A url() or @import argument ({@code bareString} false), or another quoted string, which is
     * shown text or an image-set() source ({@code bareString} true); {@code property} is the
     * declaration's property in lower case, "@import", or "".
     */
    void url(String value, int sourceStart, int sourceEnd, String property, boolean bareString);

    /** Script in CSS: an IE expression(), a behavior or a -moz-binding. */
    void script(String what, int sourceStart, int sourceEnd);
  }

  final String text;
  private final int[] source;

  private CssText(String text, int[] source) {
    this.text = text;
    this.source = source;
  }

  /**
   * Decodes css[s, e); offsets are reported relative to the same string as s and e.
   */
  static CssText decode(String css, int s, int e) {
    StringBuilder sb = new StringBuilder(e - s);
    int[] map = new int[e - s + 1];
    int i = s;
    char quote = 0;
    while (i < e) {
      char c = css.charAt(i);
      if (quote == 0 && c == '/' && i + 1 < e && css.charAt(i + 1) == '*') {
        int k = css.indexOf("*/", i + 2);
        i = k < 0 || k + 2 > e ? e : k + 2;
        continue;
      }
      if (c == '\\') {
        int start = i;
        i++;
        if (i >= e) {
          break;
        }
        char d = css.charAt(i);
        if (d == '\n' || d == '\f') {
          i++;
          continue;
        }
        if (d == '\r') {
          i++;
          if (i < e && css.charAt(i) == '\n') {
            i++;
          }
          continue;
        }
        int hexEnd = i;
        long v = 0;
        while (hexEnd < e && hexEnd - i < 6 && Character.digit(css.charAt(hexEnd), 16) >= 0) {
          v = v * 16 + Character.digit(css.charAt(hexEnd), 16);
          hexEnd++;
        }
        if (hexEnd > i) {
          if (hexEnd < e && (css.charAt(hexEnd) == ' ' || css.charAt(hexEnd) == '\t' || css.charAt(hexEnd) == '\n' || css.charAt(hexEnd) == '\f')) {
            hexEnd++;
          } else if (hexEnd + 1 < e && css.charAt(hexEnd) == '\r' && css.charAt(hexEnd + 1) == '\n') {
            hexEnd += 2;
          } else if (hexEnd < e && css.charAt(hexEnd) == '\r') {
            hexEnd++;
          }
          int cp = v == 0 || v > Character.MAX_CODE_POINT || v >= 0xD800 && v <= 0xDFFF ? 0xFFFD : (int) v;
          for (char x : Character.toChars(cp)) {
            map = put(sb, map, x, start);
          }
          i = hexEnd;
        } else {
          map = put(sb, map, d, start);
          i++;
        }
        continue;
      }
      if (quote != 0 && c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      }
      map = put(sb, map, c, i);
      i++;
    }
    map = ensure(map, sb.length() + 1);
    map[sb.length()] = e;
    return new CssText(sb.toString(), map);
  }

  private static int[] ensure(int[] map, int n) {
    return n <= map.length ? map : java.util.Arrays.copyOf(map, Math.max(n, map.length * 2));
  }

  private static int[] put(StringBuilder sb, int[] map, char c, int src) {
    int[] m = ensure(map, sb.length() + 2);
    m[sb.length()] = src;
    sb.append(c);
    return m;
  }

  /** {@return the source offset of decoded position k} */
  int source(int k) {
    return source[Math.max(0, Math.min(k, text.length()))];
  }

  /** Visits every url(), quoted string and script construct, in order. */
  void visit(Visitor v) {
    String t = text;
    String lower = t.toLowerCase(Locale.ROOT);
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c == '"' || c == '\'') {
        int close = t.indexOf(c, i + 1);
        int end = close < 0 ? n : close;
        String prop = property(lower, i);
        v.url(t.substring(i + 1, end), source(i), source(Math.min(n, end + 1)), prop, !prop.equals("@import"));
        i = close < 0 ? n : close + 1;
        continue;
      }
      if ((c == 'u' || c == 'U') && lower.startsWith("url(", i) && (i == 0 || !isNameChar(t.charAt(i - 1)))) {
        int k = i + 4;
        while (k < n && isSpace(t.charAt(k))) {
          k++;
        }
        if (k < n && (t.charAt(k) == '"' || t.charAt(k) == '\'')) {
          char q = t.charAt(k);
          int close = t.indexOf(q, k + 1);
          int end = close < 0 ? n : close;
          v.url(t.substring(k + 1, end), source(i), source(Math.min(n, end + 1)), property(lower, i), false);
          int paren = close < 0 ? -1 : t.indexOf(')', close);
          i = close < 0 ? n : paren < 0 ? close + 1 : paren + 1;
          continue;
        }
        int close = t.indexOf(')', k);
        int end = close < 0 ? n : close;
        v.url(t.substring(k, end).strip(), source(i), source(Math.min(n, end + 1)), property(lower, i), false);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if ((c == 'e' || c == 'E') && lower.startsWith("expression(", i) && (i == 0 || !isNameChar(t.charAt(i - 1)))) {
        v.script("a CSS expression()", source(i), source(i + 11));
      } else if (c == 'b' && lower.startsWith("behavior", i) && (i == 0 || !isNameChar(t.charAt(i - 1))) || c == '-' && lower.startsWith("-moz-binding", i)) {
        v.script("a CSS " + (c == 'b' ? "behavior" : "-moz-binding"), source(i), source(i + (c == 'b' ? 8 : 12)));
      }
      i++;
    }
  }

  /** The property of the declaration around decoded position k: the name before the ':' after the last ';' or '{'. */
  private static String property(String lower, int k) {
    int semi = Math.max(lower.lastIndexOf(';', k), lower.lastIndexOf('{', k));
    int from = Math.max(semi + 1, k - 256);
    int at = lower.lastIndexOf('@', k);
    if (at >= from && lower.startsWith("@import", at)) {
      return "@import";
    }
    int colon = lower.indexOf(':', from);
    if (colon < 0 || colon >= k) {
      return "";
    }
    return lower.substring(from, colon).strip();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
