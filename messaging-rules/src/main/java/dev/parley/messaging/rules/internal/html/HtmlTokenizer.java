package dev.parley.messaging.rules.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small linear HTML tokenizer that keeps exact source offsets: text runs, start tags with their
 * attributes (name and value ranges), end tags, and the raw content of {@code script}, {@code
 * style}, {@code title}, {@code textarea} and similar elements. Comments, doctypes and processing
 * instructions are skipped. Every character is visited a bounded number of times, so any input
 * tokenizes in linear time; nothing here throws on malformed HTML.
 *
 * <p>Stateless; {@link #tokenize} keeps its state on the stack.
 */
public final class HtmlTokenizer {
  /** One attribute: its lower-case name and the source ranges of the whole attribute and its value. */
  public static final class Attr {
    final String name;
    final int start;
    final int end;
    final int valueStart;
    final int valueEnd;

    Attr(String name, int start, int end, int valueStart, int valueEnd) {
      this.name = name;
      this.start = start;
      this.end = end;
      this.valueStart = valueStart;
      this.valueEnd = valueEnd;
    }
  }

  /** One start tag: lower-case name, source range, attributes, and whether it ends with "/>". */
  public static final class Tag {
    final String name;
    final int start;
    final int end;
    final List<Attr> attrs;
    final boolean selfClosing;

    Tag(String name, int start, int end, List<Attr> attrs, boolean selfClosing) {
      this.name = name;
      this.start = start;
      this.end = end;
      this.attrs = attrs;
      this.selfClosing = selfClosing;
    }

    Attr attr(String n) {
      for (Attr a : attrs) {
        if (a.name.equals(n)) {
          return a;
        }
      }
      return null;
    }
  }

  /** Receives tokens in source order. */
  public interface Handler {
    void text(int start, int end);

    void startTag(Tag tag);

    void endTag(String name, int start, int end);

    /** The content of a raw-text element (script, style ...), between its start and end tags. */
    void rawText(String element, int start, int end);
  }

  private HtmlTokenizer() {}

  public static boolean isRawText(String name) {
    switch (name) {
      case "script":
      case "style":
      case "title":
      case "textarea":
      case "xmp":
      case "iframe":
      case "noembed":
      case "noframes":
      case "plaintext":
        return true;
      default:
        return false;
    }
  }

  public static void tokenize(String html, Handler h) {
    int n = html.length();
    int i = 0;
    int textStart = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<' || i + 1 >= n) {
        i++;
        continue;
      }
      char d = html.charAt(i + 1);
      if (isAsciiLetter(d)) {
        flushText(h, textStart, i);
        Tag tag = startTag(html, i);
        h.startTag(tag);
        i = tag.end;
        if (isRawText(tag.name) && !tag.selfClosing) {
          int close = findClose(html, tag.name, i);
          h.rawText(tag.name, i, close);
          if (close < n) {
            int gt = html.indexOf('>', close);
            int end = gt < 0 ? n : gt + 1;
            h.endTag(tag.name, close, end);
            i = end;
          } else {
            i = n;
          }
        }
        textStart = i;
      } else if (d == '/' && i + 2 < n && isAsciiLetter(html.charAt(i + 2))) {
        flushText(h, textStart, i);
        int s = i + 2;
        int e = s;
        while (e < n && !isSpace(html.charAt(e)) && html.charAt(e) != '/' && html.charAt(e) != '>') {
          e++;
        }
        int gt = html.indexOf('>', e);
        int end = gt < 0 ? n : gt + 1;
        h.endTag(name(html, s, e), i, end);
        i = end;
        textStart = i;
      } else if (d == '!' || d == '?' || d == '/') {
        flushText(h, textStart, i);
        int end;
        if (html.startsWith("<!--", i)) {
          int k = html.indexOf("-->", i + 4);
          end = k < 0 ? n : k + 3;
        } else {
          int k = html.indexOf('>', i + 2);
          end = k < 0 ? n : k + 1;
        }
        i = end;
        textStart = i;
      } else {
        i++;
      }
    }
    flushText(h, textStart, n);
  }

  private static void flushText(Handler h, int s, int e) {
    if (e > s) {
      h.text(s, e);
    }
  }

  /** The start of the first "</name" at or after from (case-insensitive), or the end of the HTML. */
  private static int findClose(String html, String name, int from) {
    int n = html.length();
    int i = from;
    while (true) {
      int k = html.indexOf("</", i);
      if (k < 0) {
        return n;
      }
      if (html.regionMatches(true, k + 2, name, 0, name.length())) {
        int after = k + 2 + name.length();
        if (after >= n || isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/') {
          return k;
        }
      }
      i = k + 2;
    }
  }

  private static Tag startTag(String html, int lt) {
    int n = html.length();
    int s = lt + 1;
    int e = s;
    while (e < n && !isSpace(html.charAt(e)) && html.charAt(e) != '/' && html.charAt(e) != '>') {
      e++;
    }
    String name = name(html, s, e);
    List<Attr> attrs = new ArrayList<>(2);
    int i = e;
    boolean selfClosing = false;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        return new Tag(name, lt, i + 1, attrs, selfClosing);
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c == '/') {
        selfClosing = i + 1 < n && html.charAt(i + 1) == '>';
        i++;
        continue;
      }
      int as = i;
      int ae = i;
      while (ae < n && !isSpace(html.charAt(ae)) && html.charAt(ae) != '/' && html.charAt(ae) != '>' && (html.charAt(ae) != '=' || ae == as)) {
        ae++;
      }
      String attrName = name(html, as, ae);
      int k = ae;
      while (k < n && isSpace(html.charAt(k))) {
        k++;
      }
      if (k < n && html.charAt(k) == '=') {
        k++;
        while (k < n && isSpace(html.charAt(k))) {
          k++;
        }
        int vs;
        int ve;
        int end;
        if (k < n && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
          char q = html.charAt(k);
          int close = html.indexOf(q, k + 1);
          vs = k + 1;
          ve = close < 0 ? n : close;
          end = close < 0 ? n : close + 1;
        } else {
          vs = k;
          ve = k;
          while (ve < n && !isSpace(html.charAt(ve)) && html.charAt(ve) != '>') {
            ve++;
          }
          end = ve;
        }
        if (attrs.size() < 256) {
          attrs.add(new Attr(attrName, as, end, vs, ve));
        }
        i = Math.max(end, as + 1);
      } else {
        if (attrs.size() < 256) {
          attrs.add(new Attr(attrName, as, ae, ae, ae));
        }
        i = Math.max(ae, as + 1);
      }
      selfClosing = false;
    }
    return new Tag(name, lt, n, attrs, selfClosing);
  }

  private static String name(String html, int s, int e) {
    return html.substring(s, Math.min(e, s + 64)).toLowerCase(Locale.ROOT);
  }

  public static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
