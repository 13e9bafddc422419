package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Finding;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * jsoup's HTML5 parser as the oracle for Parley's bounded HTML tokenizer and checks: over
 * generated hostile HTML (comments ended the HTML5 ways, raw-text and plaintext elements, every
 * attribute quoting, character references, tabs and controls inside URLs, CSS escapes and
 * comments, script-bearing URLs and handlers), every link that jsoup places in a visible text
 * node, a URL-bearing attribute, a style attribute or a style sheet, Parley reports as
 * content.link; every handler and script-bearing URL as content.script. Never a silent PASS.
 */
class HtmlDifferentialProperties {
  private static final Set<String> URL_ATTRS = Set.of("href", "src", "action", "formaction", "background", "poster", "data", "cite",
      "longdesc", "srcset", "ping", "xlink:href", "lowsrc", "dynsrc", "codebase", "manifest", "archive", "profile");
  private static final Set<String> HIDDEN_TEXT = Set.of("script", "style", "title", "iframe", "noembed", "noframes", "template", "head");

  /** What the oracle finds: the host in a visible place, and script. */
  static final class Seen {
    boolean link;
    boolean script;
  }

  static Seen oracle(String html, String host) {
    Document doc = Jsoup.parse(html);
    Seen seen = new Seen();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode && !hiddenText(node)) {
          seen.link |= ((TextNode) node).getWholeText().toLowerCase(Locale.ROOT).contains(host);
        } else if (node instanceof DataNode && node.parent() instanceof Element && ((Element) node.parent()).normalName().equals("style")) {
          seen.link |= ReferenceCss.loads(((DataNode) node).getWholeData(), host);
        } else if (node instanceof Element) {
          for (Attribute a : node.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on") && name.length() > 2) {
              seen.script = true;
            } else if (URL_ATTRS.contains(name)) {
              String u = value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
              boolean scriptUrl = u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:text");
              // A URL leads to the host when the host is its authority (or a script URL names it).
              seen.link |= scriptUrl ? u.contains(host) : authority(name.equals("srcset") ? "" : u, host) || name.equals("srcset") && u.contains("//" + host);
              seen.script |= u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:text");
            } else if (name.equals("content") && ((Element) node).normalName().equals("meta")) {
              seen.link |= value.toLowerCase(Locale.ROOT).replaceAll("[\\t\\n\\r]", "").contains("//" + host);
            } else if (name.equals("style")) {
              seen.link |= ReferenceCss.loads(value, host);
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, doc);
    return seen;
  }

  private static boolean authority(String url, String host) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//([^/?#\\\\]*)").matcher(url);
    if (!m.find()) {
      return false;
    }
    String authority = m.group(1);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.indexOf(':');
    return (colon < 0 ? authority : authority.substring(0, colon)).equals(host);
  }

  private static boolean hiddenText(Node n) {
    for (Node p = n.parent(); p != null; p = p.parent()) {
      if (p instanceof Element && HIDDEN_TEXT.contains(((Element) p).normalName())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyLinkAndScriptJsoupSeesIsReported() {
    Random rnd = new Random(Differential.seed());
    Differential.Tally t = new Differential.Tally();
    int scripts = 0;
    for (int i = 0; i < Differential.count(); i++) {
      HostileHtml.Doc d = HostileHtml.generate(rnd);
      t.documents++;
      Seen seen = oracle(d.html, d.host);
      if (!seen.link && !seen.script) {
        continue;
      }
      t.oracleSaw++;
      PolicyReport r = ContentPolicy.standard().check(HtmlBodyTest.html(d.html), Differential.CTX);
      boolean ok = true;
      if (seen.link && !Differential.reportsLink(r, d.host)) {
        ok = false;
      }
      if (seen.script) {
        scripts++;
        if (r.findings("content.script").isEmpty()) {
          ok = false;
        }
      }
      if (ok) {
        t.reported++;
      } else {
        t.miss("#" + i + " " + d.recipe + ": " + d.html + " -> " + r.findings().stream().map(Differential::text).toList());
      }
    }
    System.out.println("HTML differential: " + t + "; with script " + scripts);
    assertThat(t.misses).as(t.toString()).isEmpty();
    assertThat(t.oracleSaw).as(t.toString()).isGreaterThan(t.documents / 2);
  }

  /** CSS escapes and comments undone the way CSS Syntax §4.3.7 says, written apart from CssText. */
  static final class ReferenceCss {
    private ReferenceCss() {}

    /**
     * True if the CSS loads or shows the host: a url() argument outside strings, or the string of
     * an @import, an image-set() or a content declaration.
     */
    static boolean loads(String css, String host) {
      String u = unescape(css).toLowerCase(Locale.ROOT);
      int i = 0;
      while (i < u.length()) {
        char c = u.charAt(i);
        if (c == '"' || c == '\'') {
          int close = u.indexOf(c, i + 1);
          int end = close < 0 ? u.length() : close;
          String before = u.substring(Math.max(0, i - 40), i).replaceAll("\\s+", "");
          boolean used = before.endsWith("@import") || before.endsWith("content:") || before.endsWith("url(")
              || u.lastIndexOf("image-set(", i) > u.lastIndexOf(')', i);
          if (used && u.substring(i + 1, end).contains(host)) {
            return true;
          }
          i = end + 1;
        } else if (u.startsWith("url(", i)) {
          int close = u.indexOf(')', i);
          String arg = u.substring(i + 4, close < 0 ? u.length() : close).strip();
          if (!arg.startsWith("\"") && !arg.startsWith("'") && arg.contains(host)) {
            return true;
          }
          i = arg.startsWith("\"") || arg.startsWith("'") ? u.indexOf(arg.charAt(0), i) : close < 0 ? u.length() : close + 1;
        } else {
          i++;
        }
      }
      return false;
    }

    static String unescape(String css) {
      String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
      StringBuilder sb = new StringBuilder();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\([0-9a-fA-F]{1,6})(\\r\\n|[ \\t\\n\\r\\f])?|\\\\(\\r\\n|[\\n\\r\\f])|\\\\(.)", java.util.regex.Pattern.DOTALL)
          .matcher(noComments);
      int last = 0;
      while (m.find()) {
        sb.append(noComments, last, m.start());
        if (m.group(1) != null) {
          int cp = Integer.parseInt(m.group(1), 16);
          sb.appendCodePoint(cp == 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
        } else if (m.group(4) != null) {
          sb.append(m.group(4));
        }
        last = m.end();
      }
      return sb.append(noComments.substring(last)).toString();
    }
  }
}
