package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * An HTML body: its visible text with an exact map back into the HTML source, and the findings of
 * the HTML rules (links in URL-bearing attributes, tracking pixels, the styling rules of 2020),
 * all from one linear pass of {@link HtmlTokenizer}; and the redaction that strips what the
 * findings point at.
 *
 * <p>Instances are created per check and are not shared between threads.
 */
public final class HtmlBody implements FieldText.SourceMap {
  /** A finding of an HTML rule, in source offsets, waiting for the sink. */
  public static final class Pending {
    final String ruleId;
    final int start;
    final int end;
    final String message;

    Pending(String ruleId, int start, int end, String message) {
      this.ruleId = ruleId;
      this.start = start;
      this.end = end;
      this.message = message;
    }
  }

  public static final Set<String> LINK_TEXTS = linkTexts();

  public static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "frame", "keygen");
  public static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "center", "dl", "dt", "dd", "address", "tbody", "thead", "tfoot", "caption", "form", "body", "html", "title", "option");
  public static final Set<String> CLOSES_P = Set.of("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "center", "dl", "address", "form");
  public static final Set<String> URL_ATTRS = Set.of("href", "src", "srcset", "action", "background", "poster", "data", "formaction", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "manifest", "ping", "xlink:href", "archive", "profile");
  public static final Set<String> UNWRAP = Set.of("center", "a", "h1", "h2", "h3", "h4", "h5", "h6", "small", "big", "font");
  public static final Set<String> DEFAULT_ALIGN = Set.of("left", "start", "inherit", "initial", "unset", "auto", "");

  public final String html;
  private final StringBuilder scan = new StringBuilder();
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  public final List<Pending> pending = new ArrayList<>();

  public HtmlBody(String html) {
    this.html = html;
  }

  /** Extracts the visible text of an HTML body and runs the HTML checks. */
  public static FieldText extract(String html, ContentSettings settings, List<Attachment> attachments) {
    HtmlBody body = new HtmlBody(html);
    new HtmlChecks(body, settings, attachments).run();
    return new FieldText(MessageField.body(), html, body.scan.toString(), body);
  }

  /** The findings of the HTML rules, in source offsets. */
  public List<Pending> pending() {
    return pending;
  }

  @Override
  public int sourceStart(int scanStart) {
    int n = scan.length();
    if (n == 0) {
      return 0;
    }
    return scanStart >= n ? ends[n - 1] : starts[Math.max(0, scanStart)];
  }

  @Override
  public int sourceEnd(int scanEnd) {
    if (scanEnd <= 0 || scan.length() == 0) {
      return scan.length() == 0 ? 0 : starts[0];
    }
    return ends[Math.min(scanEnd, scan.length()) - 1];
  }

  private void append(char c, int s, int e) {
    int n = scan.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    starts[n] = s;
    ends[n] = e;
    scan.append(c);
  }

  public void separator(char c, int at) {
    int n = scan.length();
    if (n > 0 && scan.charAt(n - 1) == c) {
      return;
    }
    append(c, at, at);
  }

  /**
   * Decodes the character references of html[s, e) into the scan text; returns flags: bit 0 set
   * when a visible character was seen, bit 1 when a no-break space was.
   */
  public int decode(int s, int e, StringBuilder also) {
    int flags = 0;
    int i = s;
    while (i < e) {
      char c = html.charAt(i);
      int next = i + 1;
      String decoded = null;
      if (c == '&') {
        int[] r = entity(html, i, e);
        if (r != null) {
          decoded = new String(r, 1, r.length - 1);
          next = r[0];
        }
      }
      if (decoded == null) {
        append(c, i, next);
        flags |= flag(c);
        if (also != null && also.length() < 200) {
          also.append(c);
        }
      } else {
        for (int k = 0; k < decoded.length(); k++) {
          char d = decoded.charAt(k);
          append(d, i, next);
          flags |= flag(d);
          if (also != null && also.length() < 200) {
            also.append(d);
          }
        }
      }
      i = next;
    }
    return flags;
  }

  private static int flag(char c) {
    if (c == '\u00A0') {
      return 2;
    }
    return Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF' ? 0 : 1;
  }

  /** Decodes a character reference at i: {end, code points...}, or null when there is none. */
  public static int[] entity(String s, int i, int limit) {
    int k = i + 1;
    if (k < limit && s.charAt(k) == '#') {
      k++;
      boolean hex = k < limit && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      int ds = k;
      long v = 0;
      while (k < limit && k - ds < 8 && Character.digit(s.charAt(k), hex ? 16 : 10) >= 0) {
        v = v * (hex ? 16 : 10) + Character.digit(s.charAt(k), hex ? 16 : 10);
        k++;
      }
      if (k == ds) {
        return null;
      }
      if (k < limit && s.charAt(k) == ';') {
        k++;
      }
      int cp = v > 0 && v <= Character.MAX_CODE_POINT && (v < 0xD800 || v > 0xDFFF) ? (int) v : 0xFFFD;
      return Character.charCount(cp) == 1 ? new int[] {k, cp} : new int[] {k, Character.highSurrogate(cp), Character.lowSurrogate(cp)};
    }
    int ns = k;
    while (k < limit && k - ns < 32 && (HtmlTokenizer.isAsciiLetter(s.charAt(k)) || Character.isDigit(s.charAt(k)))) {
      k++;
    }
    if (k == ns) {
      return null;
    }
    String name = s.substring(ns, k);
    if (!Entities.isNamedEntity(name)) {
      return null;
    }
    String v = Entities.getByName(name);
    if (v.isEmpty()) {
      return null;
    }
    if (k < limit && s.charAt(k) == ';') {
      k++;
    }
    int[] out = new int[v.length() + 1];
    out[0] = k;
    for (int j = 0; j < v.length(); j++) {
      out[j + 1] = v.charAt(j);
    }
    return out;
  }

  /** The decoded value of an attribute (character references resolved). */
  public static String value(String html, HtmlTokenizer.Attr a) {
    return decodeReferences(html.substring(a.valueStart, a.valueEnd));
  }

  /** Resolves the character references of a string. */
  public static String decodeReferences(String raw) {
    if (raw.indexOf('&') < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) == '&') {
        int[] r = entity(raw, i, raw.length());
        if (r != null) {
          for (int j = 1; j < r.length; j++) {
            sb.append((char) r[j]);
          }
          i = r[0];
          continue;
        }
      }
      sb.append(raw.charAt(i++));
    }
    return sb.toString();
  }

  private static Set<String> linkTexts() {
    Set<String> out = new HashSet<>();
    for (String line : PhraseMatcher.readLines(HtmlBody.class, "/dev/parley/messaging/rules/phrases/link-text.txt")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(foldLinkText(line));
      }
    }
    return Set.copyOf(out);
  }

  public static String foldLinkText(String text) {
    String f = NormalizedText.fold(text);
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    return sb.toString().strip();
  }

  /**
   * {@return the HTML with what the findings point at stripped (see {@link HtmlRedaction#redact})}
   *
   * @param html the HTML source
   * @param findings WARN and BLOCK findings of the body
   */
  public static String redact(String html, List<Finding> findings) {
    return HtmlRedaction.redact(html, findings);
  }
}
