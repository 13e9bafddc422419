package dev.parley.messaging.rules.internal.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexical and object syntax of PDF (ISO 32000-1 §7.2–7.3) over a byte range: comments skipped
 * wherever they occur, names with their {@code #xx} escapes decoded, literal strings with every
 * escape, hex strings, numbers, keywords, arrays, dictionaries and indirect references. Parsing is
 * lenient the way viewers are (a missing {@code >>} ends at the end of the range) and bounded: the
 * nesting depth and the work are charged to the budget, so any input parses in linear time.
 *
 * <p>One instance per range; not thread-safe.
 */
final class PdfSyntax {
  /** A name, with its escapes decoded. */
  static final class Name {
    final String value;

    Name(String value) {
      this.value = value;
    }

    @Override
    public String toString() {
      return "/" + value;
    }
  }

  /** A string's bytes, escapes decoded. */
  static final class Str {
    final byte[] bytes;

    Str(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Decodes a text string: UTF-16BE or UTF-8 with a byte-order mark, else byte by byte. */
    String text() {
      byte[] b = bytes;
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
      }
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
      }
      return new String(b, StandardCharsets.ISO_8859_1);
    }
  }

  /** An indirect reference {@code n g R}. */
  static final class Ref {
    final long number;

    Ref(long number) {
      this.number = number;
    }
  }

  /** A bare keyword ({@code obj}, {@code stream}, {@code R}, {@code true}, an operator ...). */
  static final class Keyword {
    final String value;

    Keyword(String value) {
      this.value = value;
    }
  }

  /** A dictionary; later duplicate keys replace earlier ones, as in most readers. */
  static final class Dict {
    final Map<String, Object> entries = new LinkedHashMap<>();

    Object get(String key) {
      return entries.get(key);
    }
  }

  /** A stream: its dictionary and the raw (still encoded) data range of the enclosing bytes. */
  static final class Stream {
    final Dict dict;
    final byte[] source;
    final int from;
    final int to;

    Stream(Dict dict, byte[] source, int from, int to) {
      this.dict = dict;
      this.source = source;
      this.from = from;
      this.to = to;
    }
  }

  static final Object DICT_OPEN = new Object();
  static final Object DICT_CLOSE = new Object();
  static final Object ARRAY_OPEN = new Object();
  static final Object ARRAY_CLOSE = new Object();
  static final Object EOF = new Object();
  /** A stray byte that starts no token (a lone ')' or '}'). */
  static final Object JUNK = new Object();

  private static final int MAX_NAME = 512;
  private static final int MAX_KEYWORD = 64;

  final byte[] b;
  final int to;
  int pos;
  private final InspectionBudget budget;
  private final NameListener names;
  private int sinceCharge;

  /** Sees every name as it is lexed (to spot active content wherever it is written). */
  interface NameListener {
    void name(String decoded);
  }

  PdfSyntax(byte[] b, int from, int to, InspectionBudget budget, NameListener names) {
    this.b = b;
    this.pos = from;
    this.to = Math.min(to, b.length);
    this.budget = budget;
    this.names = names;
  }

  /** Charges the bytes consumed since the last charge; false once the budget is exhausted. */
  boolean charge() {
    if (sinceCharge > 0) {
      int n = sinceCharge;
      sinceCharge = 0;
      return budget.spend(n);
    }
    return !budget.exhausted();
  }

  static boolean isWhite(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  static boolean isDelimiter(int c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
  }

  /** Skips white space and comments (a comment runs to the end of its line, wherever it starts). */
  void skipSpace() {
    int start = pos;
    while (pos < to) {
      int c = b[pos] & 0xFF;
      if (isWhite(c)) {
        pos++;
      } else if (c == '%') {
        while (pos < to && b[pos] != '\n' && b[pos] != '\r') {
          pos++;
        }
      } else {
        break;
      }
    }
    sinceCharge += pos - start;
  }

  /** Reads the next token: a value (Name, Str, Long, Double, Keyword) or one of the markers. */
  Object next() {
    skipSpace();
    if (pos >= to) {
      return EOF;
    }
    int start = pos;
    try {
      int c = b[pos] & 0xFF;
      switch (c) {
        case '/':
          return name();
        case '(':
          return literal();
        case '<':
          if (pos + 1 < to && b[pos + 1] == '<') {
            pos += 2;
            return DICT_OPEN;
          }
          return hex();
        case '>':
          pos += pos + 1 < to && b[pos + 1] == '>' ? 2 : 1;
          return DICT_CLOSE;
        case '[':
          pos++;
          return ARRAY_OPEN;
        case ']':
          pos++;
          return ARRAY_CLOSE;
        case ')':
        case '{':
        case '}':
          pos++;
          return JUNK;
        default:
          if (c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9') {
            return number();
          }
          return keyword();
      }
    } finally {
      sinceCharge += pos - start;
    }
  }

  private Name name() {
    pos++;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    while (pos < to) {
      int c = b[pos] & 0xFF;
      if (isWhite(c) || isDelimiter(c)) {
        break;
      }
      if (c == '#' && pos + 2 < to && hexValue(b, pos + 1) >= 0 && hexValue(b, pos + 2) >= 0) {
        raw.write(hexValue(b, pos + 1) << 4 | hexValue(b, pos + 2));
        pos += 3;
      } else {
        raw.write(c);
        pos++;
      }
      if (raw.size() > MAX_NAME) {
        // An absurdly long name: the rest is skipped, what was read is kept.
        while (pos < to && !isWhite(b[pos] & 0xFF) && !isDelimiter(b[pos] & 0xFF)) {
          pos++;
        }
        break;
      }
    }
    String v = new String(raw.toByteArray(), StandardCharsets.ISO_8859_1);
    names.name(v);
    return new Name(v);
  }

  private static int hexValue(byte[] b, int i) {
    if (i >= b.length) {
      return -1;
    }
    return Character.digit(b[i] & 0xFF, 16);
  }

  private Str literal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int depth = 0;
    while (pos < to) {
      int c = b[pos] & 0xFF;
      if (c == '\\') {
        pos++;
        if (pos >= to) {
          break;
        }
        int d = b[pos] & 0xFF;
        pos++;
        switch (d) {
          case 'n':
            out.write('\n');
            break;
          case 'r':
            out.write('\r');
            break;
          case 't':
            out.write('\t');
            break;
          case 'b':
            out.write('\b');
            break;
          case 'f':
            out.write('\f');
            break;
          case '\r':
            if (pos < to && b[pos] == '\n') {
              pos++;
            }
            break;
          case '\n':
            break;
          default:
            if (d >= '0' && d <= '7') {
              int v = d - '0';
              for (int n = 0; n < 2 && pos < to && b[pos] >= '0' && b[pos] <= '7'; n++) {
                v = v * 8 + (b[pos++] - '0');
              }
              out.write(v & 0xFF);
            } else {
              out.write(d);
            }
        }
        continue;
      }
      pos++;
      if (c == '(') {
        if (depth++ > 0) {
          out.write(c);
        }
      } else if (c == ')') {
        if (--depth == 0) {
          break;
        }
        out.write(c);
      } else if (c == '\r') {
        // An end of line inside a string is read as a single line feed.
        if (pos < to && b[pos] == '\n') {
          pos++;
        }
        out.write('\n');
      } else {
        out.write(c);
      }
    }
    return new Str(out.toByteArray());
  }

  private Str hex() {
    pos++;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int hi = -1;
    while (pos < to && b[pos] != '>') {
      int v = Character.digit(b[pos] & 0xFF, 16);
      pos++;
      if (v < 0) {
        continue;
      }
      if (hi < 0) {
        hi = v;
      } else {
        out.write(hi << 4 | v);
        hi = -1;
      }
    }
    if (hi >= 0) {
      out.write(hi << 4);
    }
    if (pos < to) {
      pos++;
    }
    return new Str(out.toByteArray());
  }

  private Object number() {
    int s = pos;
    pos++;
    while (pos < to) {
      int c = b[pos] & 0xFF;
      if (c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+') {
        pos++;
      } else {
        break;
      }
      if (pos - s > 64) {
        break;
      }
    }
    String t = new String(b, s, pos - s, StandardCharsets.ISO_8859_1);
    if (t.indexOf('.') < 0 && t.length() <= 18) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        // falls through to a real number
      }
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private Keyword keyword() {
    int s = pos;
    while (pos < to && !isWhite(b[pos] & 0xFF) && !isDelimiter(b[pos] & 0xFF)) {
      pos++;
    }
    if (pos == s) {
      pos++;
    }
    return new Keyword(new String(b, s, Math.min(pos - s, MAX_KEYWORD), StandardCharsets.ISO_8859_1));
  }

  /**
   * Parses the value that starts with the given token: dictionaries and arrays read to their end
   * (or the end of the range), with {@code n g R} folded into a {@link Ref}.
   *
   * @return the value, or null when the nesting cap was reached (the budget is then exhausted)
   */
  Object value(Object token, int depth) {
    if (token == DICT_OPEN || token == ARRAY_OPEN) {
      if (depth >= budget.maxNestingDepth()) {
        budget.exhaust("the nesting-depth cap of " + budget.maxNestingDepth());
        return null;
      }
      boolean dict = token == DICT_OPEN;
      Object close = dict ? DICT_CLOSE : ARRAY_CLOSE;
      List<Object> items = new ArrayList<>();
      while (true) {
        if (!charge()) {
          return null;
        }
        Object t = next();
        if (t == EOF || t == close) {
          break;
        }
        if (t == DICT_CLOSE || t == ARRAY_CLOSE) {
          if (dict) {
            continue;
          }
          break;
        }
        if (t instanceof Keyword && ((Keyword) t).value.equals("R") && items.size() >= 2
            && items.get(items.size() - 1) instanceof Long && items.get(items.size() - 2) instanceof Long) {
          items.remove(items.size() - 1);
          long n = (Long) items.remove(items.size() - 1);
          items.add(new Ref(n));
          continue;
        }
        Object v = value(t, depth + 1);
        if (v == null && budget.exhausted()) {
          return null;
        }
        items.add(v);
      }
      if (!dict) {
        return items;
      }
      Dict d = new Dict();
      String key = null;
      for (Object o : items) {
        if (key == null) {
          if (o instanceof Name) {
            key = ((Name) o).value;
          }
        } else {
          d.entries.put(key, o);
          key = null;
        }
      }
      return d;
    }
    return token;
  }
}
