package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
final class HtmlBody implements FieldText.SourceMap {
  /** A finding of an HTML rule, in source offsets, waiting for the sink. */
  static final class Pending {
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

  private static final Set<String> LINK_TEXTS = linkTexts();

  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "frame", "keygen");
  private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "center", "dl", "dt", "dd", "address", "tbody", "thead", "tfoot", "caption", "form", "body", "html", "title", "option");
  private static final Set<String> CLOSES_P = Set.of("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "center", "dl", "address", "form");
  private static final Set<String> URL_ATTRS = Set.of("href", "src", "srcset", "action", "background", "poster", "data", "formaction", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "manifest", "ping", "xlink:href", "archive", "profile");
  private static final Set<String> UNWRAP = Set.of("center", "a", "h1", "h2", "h3", "h4", "h5", "h6", "small", "big", "font");
  private static final Set<String> DEFAULT_ALIGN = Set.of("left", "start", "inherit", "initial", "unset", "auto", "");

  private final String html;
  private final StringBuilder scan = new StringBuilder();
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private final List<Pending> pending = new ArrayList<>();

  private HtmlBody(String html) {
    this.html = html;
  }

  /** Extracts the visible text of an HTML body and runs the HTML checks. */
  static FieldText extract(String html, ContentSettings settings, List<Attachment> attachments) {
    HtmlBody body = new HtmlBody(html);
    new Analysis(body, settings, attachments).run();
    return new FieldText(MessageField.body(), html, body.scan.toString(), body);
  }

  /** The findings of the HTML rules, in source offsets. */
  List<Pending> pending() {
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

  private void separator(char c, int at) {
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
  private int decode(int s, int e, StringBuilder also) {
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
  static int[] entity(String s, int i, int limit) {
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
  static String value(String html, HtmlTokenizer.Attr a) {
    return decodeReferences(html.substring(a.valueStart, a.valueEnd));
  }

  /** Resolves the character references of a string. */
  static String decodeReferences(String raw) {
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

  static String foldLinkText(String text) {
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

  /** The single pass: text extraction and every HTML check. */
  private static final class Analysis implements HtmlTokenizer.Handler {
    /** An open element and what it passes on to its children. */
    private static final class Frame {
      final String name;
      final int tagStart;
      final int tagEnd;
      boolean hidden;
      int containerPx = -1;
      String sizeKey;
      Frame anchor;
      boolean isAnchor;
      boolean hasHref;
      boolean anchorImg;
      boolean anchorText;
      StringBuilder linkText;
      List<Pending> hrefFindings;
      boolean content;
      boolean nbsp;

      Frame(String name, int tagStart, int tagEnd) {
        this.name = name;
        this.tagStart = tagStart;
        this.tagEnd = tagEnd;
      }
    }

    private final HtmlBody body;
    private final String html;
    private final ContentSettings settings;
    private final List<Attachment> attachments;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Frame root = new Frame("#root", 0, 0);
    private int overflow;
    private final Set<String> sizeOrder = new LinkedHashSet<>();
    private int breakRun;
    private final List<String> allowedDomains = new ArrayList<>();

    Analysis(HtmlBody body, ContentSettings settings, List<Attachment> attachments) {
      this.body = body;
      this.html = body.html;
      this.settings = settings;
      this.attachments = attachments;
      sizeOrder.add("default");
      for (String d : settings.allowedLinkDomains()) {
        allowedDomains.add(d.toLowerCase(Locale.ROOT));
      }
    }

    void run() {
      HtmlTokenizer.tokenize(html, this);
      while (!stack.isEmpty()) {
        close(stack.pop(), html.length(), html.length());
      }
    }

    private Frame top() {
      return stack.isEmpty() ? root : stack.peek();
    }

    private void add(String rule, int s, int e, String message) {
      if (settings.isEnabled(rule)) {
        body.pending.add(new Pending(rule, s, e, message));
      }
    }

    @Override
    public void text(int start, int end) {
      Frame f = top();
      StringBuilder link = f.anchor != null ? f.anchor.linkText : null;
      int flags = body.decode(start, end, link);
      if ((flags & 1) != 0) {
        f.content = true;
        breakRun = 0;
        if (f.anchor != null) {
          f.anchor.anchorText = true;
        }
        if (f.sizeKey == null) {
          size("default", start, start, "");
        }
      }
      if ((flags & 2) != 0) {
        f.nbsp = true;
      }
    }

    @Override
    public void rawText(String element, int start, int end) {
      if (element.equals("style")) {
        stylesheet(start, end);
      } else if (element.equals("textarea")) {
        text(start, end);
      }
    }

    @Override
    public void startTag(HtmlTokenizer.Tag t) {
      String name = t.name;
      if (CLOSES_P.contains(name) && !stack.isEmpty() && stack.peek().name.equals("p")) {
        close(stack.pop(), t.start, t.start);
      } else if ((name.equals("li") || name.equals("td") || name.equals("th") || name.equals("tr") || name.equals("option")) && !stack.isEmpty() && stack.peek().name.equals(name)) {
        close(stack.pop(), t.start, t.start);
      }
      if (name.equals("a") && top().anchor != null && stack.contains(top().anchor)) {
        // A link cannot contain a link: the open one ends here, as in browsers.
        Frame open = top().anchor;
        while (!stack.isEmpty() && stack.peek() != open) {
          close(stack.pop(), t.start, t.start);
        }
        if (!stack.isEmpty()) {
          close(stack.pop(), t.start, t.start);
        }
      }
      if (BLOCK.contains(name)) {
        body.separator('\n', t.start);
      }
      Frame parent = top();
      Frame f = new Frame(name, t.start, t.end);
      f.hidden = parent.hidden || t.attr("hidden") != null;
      f.containerPx = parent.containerPx;
      f.sizeKey = parent.sizeKey;
      f.anchor = parent.anchor;
      List<Decl> decls = new ArrayList<>();
      HtmlTokenizer.Attr style = t.attr("style");
      if (style != null) {
        declarations(style.valueStart, style.valueEnd, decls);
      }
      for (Decl d : decls) {
        if (d.prop.equals("display") && d.value.startsWith("none") || d.prop.equals("visibility") && d.value.startsWith("hidden")
            || d.prop.equals("opacity") && (d.value.equals("0") || d.value.startsWith("0.0") || d.value.equals("0.0"))) {
          f.hidden = true;
        }
      }
      if (name.equals("a")) {
        f.isAnchor = true;
        f.anchor = f;
        f.linkText = new StringBuilder();
        f.hrefFindings = new ArrayList<>();
        f.hasHref = t.attr("href") != null;
      }
      int ownWidth = widthPx(t, decls, parent.containerPx);
      if (ownWidth > 0) {
        f.containerPx = ownWidth;
      }
      for (HtmlTokenizer.Attr a : t.attrs) {
        attribute(t, a, f, parent);
      }
      for (Decl d : decls) {
        declaration(d, t, f, parent);
      }
      elementChecks(t, f, parent, decls);
      if (VOID.contains(name) || t.selfClosing) {
        if (f.isAnchor) {
          closeAnchor(f);
        }
        return;
      }
      if (stack.size() >= settings.maxNestingDepth()) {
        // Too deep to track: the element is read with its ancestors' properties and never closed.
        if (f.isAnchor) {
          closeAnchor(f);
        }
        overflow++;
        return;
      }
      stack.push(f);
    }

    @Override
    public void endTag(String name, int start, int end) {
      if (BLOCK.contains(name)) {
        body.separator('\n', start);
      }
      if (overflow > 0) {
        overflow--;
        return;
      }
      int depth = 0;
      for (Frame f : stack) {
        if (f.name.equals(name)) {
          while (stack.peek() != f) {
            close(stack.pop(), start, start);
          }
          close(stack.pop(), start, end);
          return;
        }
        if (++depth > 64) {
          return;
        }
      }
    }

    private void close(Frame f, int endStart, int end) {
      Frame parent = top();
      if (f.isAnchor) {
        closeAnchor(f);
      }
      if ((f.name.equals("p") || f.name.equals("div") && f.nbsp) && !f.content) {
        lineBreak(f.tagStart, end, f.name.equals("p") ? "an empty paragraph" : "an empty block");
        parent.content = true;
      }
      if (f.content) {
        parent.content = true;
      }
    }

    private void closeAnchor(Frame a) {
      for (Pending p : a.hrefFindings) {
        String msg = p.message;
        if (a.anchorImg && !a.anchorText) {
          msg = "A linked image (logo) hides a link: " + p.message.substring(0, 1).toLowerCase(Locale.ROOT) + p.message.substring(1);
        }
        body.pending.add(new Pending(p.ruleId, p.start, p.end, msg));
      }
      if (a.hasHref && !a.anchorImg && LINK_TEXTS.contains(foldLinkText(a.linkText.toString()))) {
        add("style.link-text", a.tagStart, a.tagEnd, "Link text \"" + a.linkText.toString().strip() + "\" does not say where the link goes (WCAG link purpose; Amazon's style rules).");
      }
    }

    private void lineBreak(int s, int e, String what) {
      breakRun++;
      if (breakRun > settings.maxConsecutiveLineBreaks()) {
        add("style.line-breaks", s, e, "Line break number " + breakRun + " in a row (" + what + "); at most " + settings.maxConsecutiveLineBreaks() + " consecutive line breaks are allowed.");
      }
    }

    private void size(String key, int s, int e, String shown) {
      if (sizeOrder.add(key) && sizeOrder.size() > settings.maxFontSizes()) {
        add("style.font-size", s, e, "Font size " + shown + " is font size number " + sizeOrder.size() + "; at most " + settings.maxFontSizes() + " font sizes are allowed (the body's default size counts as one).");
      }
    }

    private void elementChecks(HtmlTokenizer.Tag t, Frame f, Frame parent, List<Decl> decls) {
      String name = t.name;
      switch (name) {
        case "br":
          parent.content = true;
          lineBreak(t.start, t.end, "<br>");
          body.separator('\n', t.start);
          break;
        case "center":
          add("style.alignment", t.start, t.end, "The <center> element centres text; Amazon's style rules allow only the default alignment.");
          break;
        case "h1":
        case "h2":
        case "h3":
        case "h4":
        case "h5":
        case "h6":
        case "small":
        case "big":
          f.sizeKey = name;
          size(name, t.start, t.end, "<" + name + ">");
          break;
        case "img":
          image(t, f, parent, decls);
          break;
        case "input":
          HtmlTokenizer.Attr type = t.attr("type");
          if (type != null && value(html, type).strip().equalsIgnoreCase("image")) {
            image(t, f, parent, decls);
          }
          break;
        case "meta":
          HtmlTokenizer.Attr equiv = t.attr("http-equiv");
          HtmlTokenizer.Attr content = t.attr("content");
          if (equiv != null && content != null && value(html, equiv).strip().equalsIgnoreCase("refresh")) {
            String v = value(html, content);
            int k = v.toLowerCase(Locale.ROOT).indexOf("url=");
            if (k >= 0) {
              url(v.substring(k + 4).replace("'", "").replace("\"", "").strip(), content.valueStart, content.valueEnd, "the refresh target of a <meta> element", null, false);
            }
          }
          break;
        default:
          break;
      }
      if (name.equals("hr") || name.equals("table") || name.equals("iframe") || name.equals("video")) {
        parent.content = true;
        breakRun = 0;
      }
    }

    private void image(HtmlTokenizer.Tag t, Frame f, Frame parent, List<Decl> decls) {
      parent.content = true;
      breakRun = 0;
      if (f.anchor != null) {
        f.anchor.anchorImg = true;
      }
      HtmlTokenizer.Attr alt = t.attr("alt");
      if (alt != null && alt.valueEnd > alt.valueStart) {
        body.separator(' ', alt.valueStart);
        body.decode(alt.valueStart, alt.valueEnd, null);
        body.separator(' ', alt.valueEnd);
      }
      boolean pixel = f.hidden;
      String why = f.hidden ? "is hidden" : "";
      for (String dim : new String[] {"width", "height"}) {
        HtmlTokenizer.Attr a = t.attr(dim);
        int v = a == null ? -1 : pixels(value(html, a));
        if (v >= 0 && v <= 2) {
          pixel = true;
          why = dim + " " + v + " px";
        }
      }
      for (Decl d : decls) {
        if ((d.prop.equals("width") || d.prop.equals("height") || d.prop.equals("max-width") || d.prop.equals("max-height")) && pixels(d.value) >= 0 && pixels(d.value) <= 2) {
          pixel = true;
          why = d.prop + " " + d.value;
        }
      }
      HtmlTokenizer.Attr src = t.attr("src");
      String srcValue = src == null ? "" : value(html, src).strip();
      if (pixel && src != null) {
        add("content.tracking-pixel", t.start, t.end, "An image that " + (why.startsWith("is") ? why : "is " + why) + " can only serve as a tracking pixel: " + shorten(srcValue) + ".");
      }
      List<String> sources = new ArrayList<>();
      if (src != null) {
        sources.add(srcValue);
      }
      HtmlTokenizer.Attr srcset = t.attr("srcset");
      if (srcset != null) {
        for (String c : value(html, srcset).split(",")) {
          String u = c.strip();
          int sp = u.indexOf(' ');
          sources.add(sp < 0 ? u : u.substring(0, sp));
        }
      }
      for (String u : sources) {
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("//")) {
          add("style.image-https", t.start, t.end, "Image loaded over " + (lower.startsWith("//") ? "an unspecified protocol" : "http") + " instead of https: " + shorten(u) + ".");
        }
        if (isGif(u)) {
          add("style.gif", t.start, t.end, "GIF image: " + shorten(u) + "; Amazon's style rules do not allow GIF images.");
        }
      }
      HtmlTokenizer.Attr width = t.attr("width");
      if (width != null) {
        imageWidth(value(html, width), width.start, width.end, parent.containerPx);
      }
    }

    private void imageWidth(String v, int s, int e, int container) {
      String w = v.strip().toLowerCase(Locale.ROOT);
      if (w.endsWith("%")) {
        double pct = number(w.substring(0, w.length() - 1));
        if (pct > settings.maxImageWidthPercent()) {
          add("style.image-width", s, e, "Image width " + w + " is more than " + settings.maxImageWidthPercent() + " % of the width.");
        }
      } else if (container > 0) {
        int px = pixels(w);
        if (px > 0 && px * 100L > (long) container * settings.maxImageWidthPercent()) {
          add("style.image-width", s, e, "Image width " + w + " is more than " + settings.maxImageWidthPercent() + " % of its " + container + " px container.");
        }
      }
    }

    private boolean isGif(String u) {
      String lower = u.toLowerCase(Locale.ROOT);
      if (lower.startsWith("data:")) {
        if (lower.startsWith("data:image/gif")) {
          return true;
        }
        int comma = u.indexOf(',');
        if (comma > 0 && lower.substring(0, comma).endsWith(";base64")) {
          return u.startsWith("R0lGOD", comma + 1);
        }
        return false;
      }
      if (lower.startsWith("cid:")) {
        return cidIsGif(u.substring(4));
      }
      int cut = lower.length();
      for (char c : new char[] {'?', '#'}) {
        int k = lower.indexOf(c);
        if (k >= 0 && k < cut) {
          cut = k;
        }
      }
      return lower.substring(0, cut).endsWith(".gif");
    }

    private boolean cidIsGif(String cid) {
      String id = cid.strip();
      int at = id.indexOf('@');
      String key = (at > 0 ? id.substring(0, at) : id).toLowerCase(Locale.ROOT);
      for (Attachment a : attachments) {
        String n = a.fileName().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (n.equals(key) || dot > 0 && n.substring(0, dot).equals(key)) {
          if (a.hasContent()) {
            byte[] b = new byte[6];
            java.nio.ByteBuffer bb = a.content().orElseThrow();
            if (bb.remaining() >= 6) {
              bb.get(b);
              return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("GIF8");
            }
            return false;
          }
          return a.extension().equals("gif");
        }
      }
      return false;
    }

    private void attribute(HtmlTokenizer.Tag t, HtmlTokenizer.Attr a, Frame f, Frame parent) {
      String an = a.name;
      if (URL_ATTRS.contains(an)) {
        if (an.equals("srcset")) {
          String raw = html.substring(a.valueStart, a.valueEnd);
          int i = 0;
          while (i < raw.length()) {
            while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == ',')) {
              i++;
            }
            int s = i;
            while (i < raw.length() && !Character.isWhitespace(raw.charAt(i)) && !(raw.charAt(i) == ',' && (i + 1 >= raw.length() || Character.isWhitespace(raw.charAt(i + 1))))) {
              i++;
            }
            if (i > s) {
              url(raw.substring(s, i), a.valueStart + s, a.valueStart + i, "the srcset of <" + t.name + ">", f, false);
            }
            while (i < raw.length() && raw.charAt(i) != ',') {
              i++;
            }
          }
        } else {
          boolean background = an.equals("background");
          url(value(html, a).strip(), a.valueStart, a.valueEnd, "the " + an + " attribute of <" + t.name + ">", t.name.equals("a") || t.name.equals("area") ? f : null, background);
        }
        return;
      }
      switch (an) {
        case "align":
          if (!t.name.equals("img") && !t.name.equals("input")) {
            String v = value(html, a).strip().toLowerCase(Locale.ROOT);
            if (!DEFAULT_ALIGN.contains(v)) {
              add("style.alignment", a.start, a.end, "align=\"" + v + "\" on <" + t.name + "> changes the default alignment.");
            }
          }
          break;
        case "face":
          if (t.name.equals("font") || t.name.equals("basefont")) {
            add("style.font-override", a.start, a.end, "<" + t.name + " face> overrides the font family.");
          }
          break;
        case "color":
          if (t.name.equals("font") || t.name.equals("basefont")) {
            add("style.font-override", a.start, a.end, "<" + t.name + " color> overrides the text colour.");
          }
          break;
        case "text":
        case "link":
        case "vlink":
        case "alink":
          if (t.name.equals("body")) {
            add("style.font-override", a.start, a.end, "<body " + an + "> overrides the text colour.");
          }
          break;
        case "size":
          if (t.name.equals("font") || t.name.equals("basefont")) {
            String v = value(html, a).strip();
            f.sizeKey = "font size=" + v;
            size(f.sizeKey, a.start, a.end, "size=\"" + v + "\"");
          }
          break;
        default:
          break;
      }
    }

    /** Checks one URL found at [s, e) of the source; anchor frames defer their findings to the anchor's end. */
    private void url(String u, int s, int e, String where, Frame anchor, boolean imageContext) {
      String lower = u.toLowerCase(Locale.ROOT);
      Pending p = null;
      if (lower.startsWith("mailto:")) {
        p = new Pending("content.email", s, e, "E-mail address hidden in " + where + ": " + shorten(u.substring(7)) + ".");
      } else if (lower.startsWith("tel:") || lower.startsWith("callto:") || lower.startsWith("sms:")) {
        p = new Pending("content.phone", s, e, "Telephone number hidden in " + where + ": " + shorten(u.substring(u.indexOf(':') + 1)) + ".");
      } else {
        String host = host(lower);
        if (host != null && !allowed(host)) {
          p = new Pending("content.link", s, e, "Link to " + host + " hidden in " + where + "; only links to allowed domains are permitted.");
        }
      }
      if (imageContext) {
        if (lower.startsWith("http:") || lower.startsWith("//")) {
          add("style.image-https", s, e, "Image loaded over http instead of https in " + where + ": " + shorten(u) + ".");
        }
        if (isGif(u)) {
          add("style.gif", s, e, "GIF image in " + where + ": " + shorten(u) + "; Amazon's style rules do not allow GIF images.");
        }
      }
      if (p == null || !settings.isEnabled(p.ruleId)) {
        return;
      }
      if (anchor != null && anchor.isAnchor) {
        anchor.hrefFindings.add(p);
      } else {
        body.pending.add(p);
      }
    }

    /** The host of an absolute http(s)/ftp, protocol-relative or www. URL, or null. */
    static String host(String lower) {
      String rest;
      if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://")) {
        rest = lower.substring(lower.indexOf("//") + 2);
      } else if (lower.startsWith("//")) {
        rest = lower.substring(2);
      } else if (lower.startsWith("http:") || lower.startsWith("https:")) {
        rest = lower.substring(lower.indexOf(':') + 1).replaceFirst("^/*", "");
      } else if (lower.startsWith("www.")) {
        rest = lower;
      } else {
        return null;
      }
      int end = rest.length();
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (c == '/' || c == '?' || c == '#' || c == '\\' || Character.isWhitespace(c)) {
          end = i;
          break;
        }
      }
      String h = rest.substring(0, end);
      int at = h.lastIndexOf('@');
      if (at >= 0) {
        h = h.substring(at + 1);
      }
      if (h.startsWith("[")) {
        return h;
      }
      int colon = h.indexOf(':');
      if (colon >= 0) {
        h = h.substring(0, colon);
      }
      while (h.endsWith(".")) {
        h = h.substring(0, h.length() - 1);
      }
      return h.isEmpty() ? null : h;
    }

    private boolean allowed(String host) {
      for (String d : allowedDomains) {
        if (host.endsWith(d) && (host.length() == d.length() || host.charAt(host.length() - d.length() - 1) == '.')) {
          return true;
        }
      }
      return false;
    }

    private int widthPx(HtmlTokenizer.Tag t, List<Decl> decls, int container) {
      int w = -1;
      HtmlTokenizer.Attr a = t.attr("width");
      if (a != null) {
        w = widthOf(value(html, a), container);
      }
      for (Decl d : decls) {
        if (d.prop.equals("width")) {
          w = widthOf(d.value, container);
        }
      }
      return w;
    }

    private static int widthOf(String v, int container) {
      String s = v.strip().toLowerCase(Locale.ROOT);
      if (s.endsWith("%")) {
        double pct = number(s.substring(0, s.length() - 1));
        return container > 0 && pct > 0 ? (int) (container * pct / 100) : -1;
      }
      return pixels(s);
    }

    /** A length in px ("12", "12px"), or -1 when it is not one. */
    static int pixels(String v) {
      String s = v.strip().toLowerCase(Locale.ROOT);
      if (s.endsWith("!important")) {
        s = s.substring(0, s.length() - 10).strip();
      }
      if (s.endsWith("px")) {
        s = s.substring(0, s.length() - 2).strip();
      }
      double d = number(s);
      return d < 0 || d > 1_000_000 ? -1 : (int) Math.round(d);
    }

    static double number(String s) {
      if (s.isEmpty() || s.length() > 16) {
        return -1;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= '0' && c <= '9' || c == '.')) {
          return -1;
        }
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** One CSS declaration: property, value (lower case, without !important) and source range. */
    private static final class Decl {
      final String prop;
      final String value;
      final String rawValue;
      final int start;
      final int end;
      final int valueStart;

      Decl(String prop, String value, String rawValue, int start, int end, int valueStart) {
        this.prop = prop;
        this.value = value;
        this.rawValue = rawValue;
        this.start = start;
        this.end = end;
        this.valueStart = valueStart;
      }
    }

    /** Splits html[s, e) into declarations at semicolons outside quotes and parentheses. */
    private void declarations(int s, int e, List<Decl> out) {
      int i = s;
      while (i < e) {
        int ds = i;
        int paren = 0;
        char quote = 0;
        while (i < e) {
          char c = html.charAt(i);
          if (quote != 0) {
            if (c == quote) {
              quote = 0;
            }
          } else if (c == '"' || c == '\'') {
            quote = c;
          } else if (c == '(') {
            paren++;
          } else if (c == ')') {
            paren = Math.max(0, paren - 1);
          } else if (c == ';' && paren == 0) {
            break;
          }
          i++;
        }
        int de = i;
        i++;
        int colon = html.indexOf(':', ds);
        if (colon < 0 || colon >= de) {
          continue;
        }
        int ps = ds;
        while (ps < colon && Character.isWhitespace(html.charAt(ps))) {
          ps++;
        }
        int pe = de;
        while (pe > colon + 1 && Character.isWhitespace(html.charAt(pe - 1))) {
          pe--;
        }
        String prop = html.substring(ps, colon).strip().toLowerCase(Locale.ROOT);
        String raw = html.substring(colon + 1, pe).strip();
        String value = raw.toLowerCase(Locale.ROOT).replace("!important", "").strip();
        if (!prop.isEmpty() && out.size() < 256) {
          out.add(new Decl(prop, value, raw, ps, pe, colon + 1));
        }
      }
    }

    private void declaration(Decl d, HtmlTokenizer.Tag t, Frame f, Frame parent) {
      String where = t == null ? "a <style> sheet" : "the style of <" + t.name + ">";
      switch (d.prop) {
        case "font-family":
        case "font":
          add("style.font-override", d.start, d.end, "\"" + d.prop + ": " + d.value + "\" in " + where + " overrides the font family.");
          break;
        case "color":
          add("style.font-override", d.start, d.end, "\"color: " + d.value + "\" in " + where + " overrides the text colour.");
          break;
        case "line-height":
          add("style.font-override", d.start, d.end, "\"line-height: " + d.value + "\" in " + where + " overrides the line height.");
          break;
        case "font-size":
          String key = "font-size:" + d.value.replace(" ", "");
          if (f != null) {
            f.sizeKey = key;
          }
          size(key, d.start, d.end, "\"" + d.value + "\"");
          break;
        case "text-align":
          if (!DEFAULT_ALIGN.contains(d.value)) {
            add("style.alignment", d.start, d.end, "\"text-align: " + d.value + "\" in " + where + " changes the default alignment.");
          }
          break;
        case "width":
          if (t != null && (t.name.equals("img") || t.name.equals("input"))) {
            imageWidth(d.value, d.start, d.end, parent.containerPx);
          }
          break;
        default:
          if (d.prop.equals("margin") || d.prop.startsWith("margin-")) {
            margin(d, where, parent == null ? -1 : parent.containerPx);
          }
          break;
      }
      urls(d, where);
    }

    private void margin(Decl d, String where, int container) {
      for (String part : d.value.split("\\s+", 8)) {
        if (part.endsWith("%")) {
          double pct = number(part.substring(0, part.length() - 1));
          if (pct > settings.maxMarginPercent()) {
            add("style.margin", d.start, d.end, "Margin " + part + " in " + where + " is more than " + settings.maxMarginPercent() + " % of the width.");
            return;
          }
        } else if (container > 0) {
          int px = pixels(part);
          if (px > 0 && px * 100L > (long) container * settings.maxMarginPercent()) {
            add("style.margin", d.start, d.end, "Margin " + part + " in " + where + " is more than " + settings.maxMarginPercent() + " % of its " + container + " px container.");
            return;
          }
        }
      }
    }

    private void urls(Decl d, String where) {
      String raw = d.rawValue;
      String lower = raw.toLowerCase(Locale.ROOT);
      int base = d.valueStart;
      while (base < d.end && Character.isWhitespace(html.charAt(base))) {
        base++;
      }
      boolean image = d.prop.startsWith("background") || d.prop.startsWith("list-style") || d.prop.equals("content") || d.prop.startsWith("border-image");
      int i = 0;
      while ((i = lower.indexOf("url(", i)) >= 0) {
        int close = lower.indexOf(')', i + 4);
        int end = close < 0 ? raw.length() : close + 1;
        String u = decodeReferences(raw.substring(i + 4, close < 0 ? raw.length() : close)).strip();
        if (u.length() >= 2 && (u.charAt(0) == '"' || u.charAt(0) == '\'')) {
          u = u.substring(1, u.charAt(u.length() - 1) == u.charAt(0) ? u.length() - 1 : u.length());
        }
        url(u.strip(), base + i, base + end, where, null, image);
        i = end;
      }
    }

    /** Checks a style sheet: its declarations and @import rules. */
    private void stylesheet(int s, int e) {
      int i = s;
      int blockStart = -1;
      while (i < e) {
        char c = html.charAt(i);
        if (c == '/' && i + 1 < e && html.charAt(i + 1) == '*') {
          int k = html.indexOf("*/", i + 2);
          i = k < 0 || k >= e ? e : k + 2;
          continue;
        }
        if (c == '@' && html.regionMatches(true, i, "@import", 0, 7)) {
          int semi = html.indexOf(';', i);
          int end = semi < 0 || semi > e ? e : semi;
          String rule = html.substring(i + 7, end).strip();
          String u = rule;
          if (u.toLowerCase(Locale.ROOT).startsWith("url(")) {
            int close = u.indexOf(')');
            u = u.substring(4, close < 0 ? u.length() : close);
          }
          u = u.strip().replace("\"", "").replace("'", "");
          url(u.split("\\s", 2)[0], i, end, "an @import rule", null, false);
          i = end + 1;
          continue;
        }
        if (c == '{') {
          blockStart = i + 1;
        } else if (c == '}') {
          if (blockStart >= 0) {
            List<Decl> decls = new ArrayList<>();
            declarations(blockStart, i, decls);
            for (Decl d : decls) {
              declaration(d, null, null, null);
            }
          }
          blockStart = -1;
        }
        i++;
      }
    }
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /**
   * Strips what the findings point at: a flagged element or tag is removed (centring, headings,
   * small/big, font and flagged links are unwrapped: their content stays), a flagged attribute is
   * removed, a flagged declaration inside a style is cut out, and flagged visible text is masked.
   * Removing elements can create a new violation (two runs of line breaks join, a link's text
   * changes); the style rules that had findings are therefore re-checked on the result, with the
   * default limits, and their new findings stripped too, a few rounds at most.
   */
  static String redact(String html, List<Finding> findings) {
    if (findings.isEmpty()) {
      return html;
    }
    String out = applyFindings(html, findings);
    Set<String> recheck = new HashSet<>();
    for (Finding f : findings) {
      if (structural(f.ruleId())) {
        recheck.add(f.ruleId());
      }
    }
    recheck.add("style.line-breaks");
    for (int round = 0; round < 4 && !out.equals(html); round++) {
      HtmlBody again = new HtmlBody(out);
      new Analysis(again, ContentSettings.defaults(), List.of()).run();
      List<Finding> more = new ArrayList<>();
      for (Pending p : again.pending) {
        if (recheck.contains(p.ruleId)) {
          more.add(Finding.of(RuleCatalog.standard().get(p.ruleId), Severity.BLOCK, MessageField.body(), p.start, p.end, "", p.message));
        }
      }
      if (more.isEmpty()) {
        break;
      }
      html = out;
      out = applyFindings(out, more);
    }
    return out;
  }

  /** Structure of an HTML source for redaction: its tags, their end tags and text runs. */
  private static final class Structure implements HtmlTokenizer.Handler {
    final List<HtmlTokenizer.Tag> tags = new ArrayList<>();
    final Map<HtmlTokenizer.Tag, int[]> endOf = new java.util.IdentityHashMap<>();
    final List<int[]> endTags = new ArrayList<>();
    final List<int[]> styles = new ArrayList<>();
    final boolean[] text;
    private final Deque<HtmlTokenizer.Tag> open = new ArrayDeque<>();

    Structure(int length) {
      text = new boolean[length];
    }

    int[] endTagStarts() {
      int[] out = new int[endTags.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = endTags.get(i)[0];
      }
      return out;
    }

    @Override
    public void text(int start, int end) {
      Arrays.fill(text, start, end, true);
    }

    @Override
    public void startTag(HtmlTokenizer.Tag tag) {
      tags.add(tag);
      if (!VOID.contains(tag.name) && !tag.selfClosing && open.size() < 4096) {
        open.push(tag);
      }
    }

    @Override
    public void endTag(String name, int start, int end) {
      endTags.add(new int[] {start, end});
      int depth = 0;
      for (HtmlTokenizer.Tag t : open) {
        if (t.name.equals(name)) {
          while (open.peek() != t) {
            open.pop();
          }
          open.pop();
          endOf.put(t, new int[] {start, end});
          return;
        }
        if (++depth > 64) {
          return;
        }
      }
    }

    @Override
    public void rawText(String element, int start, int end) {
      if (element.equals("style")) {
        styles.add(new int[] {start, end});
      } else if (element.equals("textarea")) {
        Arrays.fill(text, start, end, true);
      }
    }
  }

  private static boolean structural(String ruleId) {
    return ruleId.startsWith("style.") || ruleId.equals("content.tracking-pixel") || ruleId.equals("content.html");
  }

  private static String applyFindings(String html, List<Finding> findings) {
    Structure st = new Structure(html.length());
    HtmlTokenizer.tokenize(html, st);
    int[] tagStarts = new int[st.tags.size()];
    for (int i = 0; i < tagStarts.length; i++) {
      tagStarts[i] = st.tags.get(i).start;
    }
    int[] endTagStarts = st.endTagStarts();
    int[] styleStarts = new int[st.styles.size()];
    for (int i = 0; i < styleStarts.length; i++) {
      styleStarts[i] = st.styles.get(i)[0];
    }
    List<int[]> deletions = new ArrayList<>();
    boolean[] mask = new boolean[html.length()];
    for (Finding f : findings) {
      int s = Math.max(0, Math.min(f.start(), html.length()));
      int e = Math.max(s, Math.min(f.end(), html.length()));
      int idx = Arrays.binarySearch(tagStarts, s);
      int containing = idx >= 0 ? idx : -idx - 2;
      HtmlTokenizer.Tag tag = containing >= 0 ? st.tags.get(containing) : null;
      if (tag != null && s >= tag.start && s < tag.end) {
        if (s == tag.start && structural(f.ruleId())) {
          int[] endTag = st.endOf.get(tag);
          if (e == tag.end && UNWRAP.contains(tag.name)) {
            deletions.add(new int[] {tag.start, tag.end});
            if (endTag != null) {
              deletions.add(endTag);
            }
          } else {
            deletions.add(new int[] {s, Math.max(e, tag.end)});
          }
          continue;
        }
        if (s > tag.start) {
          HtmlTokenizer.Attr attr = null;
          for (HtmlTokenizer.Attr a : tag.attrs) {
            if (s >= a.start && s < Math.max(a.end, a.start + 1)) {
              attr = a;
            }
          }
          if (attr != null) {
            if (attr.name.equals("style") && s >= attr.valueStart && e <= attr.valueEnd && e > s) {
              deletions.add(new int[] {s, e});
            } else {
              deletions.add(new int[] {attr.start, attr.end});
            }
          }
          continue;
        }
      }
      boolean done = false;
      int si = Arrays.binarySearch(styleStarts, s);
      si = si >= 0 ? si : -si - 2;
      if (si >= 0 && s < st.styles.get(si)[1]) {
        deletions.add(new int[] {s, Math.min(e, st.styles.get(si)[1])});
        done = true;
      }
      if (!done && structural(f.ruleId())) {
        int k = Arrays.binarySearch(endTagStarts, s);
        if (k >= 0) {
          deletions.add(st.endTags.get(k));
          done = true;
        }
      }
      if (done) {
        continue;
      }
      for (int i = s; i < e; i++) {
        mask[i] = st.text[i];
      }
    }
    deletions.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    StringBuilder sb = new StringBuilder(html.length());
    int pos = 0;
    for (int[] d : deletions) {
      if (d[1] <= pos) {
        continue;
      }
      copy(html, mask, Math.max(pos, 0), Math.max(pos, d[0]), sb);
      pos = Math.max(pos, d[1]);
    }
    copy(html, mask, pos, html.length(), sb);
    return sb.toString();
  }

  private static void copy(String html, boolean[] mask, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      if (mask[i] && !Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        sb.append(Redactor.MASK);
      } else if (!(mask[i] && Character.isLowSurrogate(c))) {
        sb.append(c);
      }
    }
  }
}
