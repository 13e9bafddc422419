package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.content.ContentSettings;

import static dev.parley.messaging.rules.internal.html.HtmlBody.BLOCK;
import static dev.parley.messaging.rules.internal.html.HtmlBody.CLOSES_P;
import static dev.parley.messaging.rules.internal.html.HtmlBody.DEFAULT_ALIGN;
import static dev.parley.messaging.rules.internal.html.HtmlBody.LINK_TEXTS;
import static dev.parley.messaging.rules.internal.html.HtmlBody.URL_ATTRS;
import static dev.parley.messaging.rules.internal.html.HtmlBody.VOID;
import static dev.parley.messaging.rules.internal.html.HtmlBody.decodeReferences;
import static dev.parley.messaging.rules.internal.html.HtmlBody.foldLinkText;
import static dev.parley.messaging.rules.internal.html.HtmlBody.value;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.internal.html.HtmlBody.Pending;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HTML checks, run in the same single pass that extracts an {@link HtmlBody}'s text: links,
 * e-mail addresses and phone numbers in URL-bearing attributes, CSS url(), @import and meta
 * refresh; tracking pixels; and the style rules of 2020 (GIF and http images, margins, image
 * widths, font sizes, font overrides, alignment, line breaks, link text). An element stack,
 * bounded by {@link ContentSettings#maxNestingDepth()}, carries what children inherit (hidden,
 * container width, font size, enclosing link). One instance per body; not thread-safe.
 */
public final class HtmlChecks implements HtmlTokenizer.Handler {
  /** An open element and what it passes on to its children. */
  private static final class Frame {
    final String name;
    final int tagStart;
    final int tagEnd;
    boolean hidden;
    int containerPx = -1;
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

  public HtmlChecks(HtmlBody body, ContentSettings settings, List<Attachment> attachments) {
    this.body = body;
    this.html = body.html;
    this.settings = settings;
    this.attachments = attachments;
    // The body's default size always counts, so unwrapping a heading never adds a size.
    sizeOrder.add("default");
    for (String d : settings.allowedLinkDomains()) {
      allowedDomains.add(d.toLowerCase(Locale.ROOT));
    }
  }

  public void run() {
    HtmlTokenizer.tokenize(html, this);
    while (!stack.isEmpty()) {
      close(stack.pop(), html.length(), html.length());
    }
  }

  private Frame top() {
    return stack.isEmpty() ? root : stack.peek();
  }

  private void add(String rule, int s, int e, String message) {
    body.pending.add(new Pending(rule, s, e, message));
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
      declaration(d, t, parent);
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
          ByteBuffer bb = a.content().orElseThrow();
          if (bb.remaining() >= 6) {
            bb.get(b);
            return new String(b, StandardCharsets.ISO_8859_1).startsWith("GIF8");
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
          size("font size=" + v, a.start, a.end, "size=\"" + v + "\"");
        }
        break;
      default:
        break;
    }
  }

  /** Checks one URL found at [s, e) of the source; anchor frames defer their findings to the anchor's end. */
  private void url(String raw, int s, int e, String where, Frame anchor, boolean imageContext) {
    // Browsers drop tabs and line breaks inside URLs, so "ht\ttps://shop" still leads to the shop.
    String u = raw.indexOf('\t') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0 ? raw : raw.replace("\t", "").replace("\n", "").replace("\r", "");
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
  public static String host(String lower) {
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
  public static int pixels(String v) {
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

  public static double number(String s) {
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

  private void declaration(Decl d, HtmlTokenizer.Tag t, Frame parent) {
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
            declaration(d, null, null);
          }
        }
        blockStart = -1;
      }
      i++;
    }
  }

private static String shorten(String s) {
  return s.length() <= 80 ? s : s.substring(0, 77) + "...";
}
}
