package dev.parley.messaging.rules.content;

import java.util.Random;

/**
 * Generates hostile HTML that places one host (and sometimes script) where a browser may or may not
 * show it: behind every HTML5 comment ending, in raw-text and plaintext elements, in attributes
 * with every quoting and character references, in CSS with escapes and comments, inside nested and
 * unclosed markup. Whether the host is visible is for the oracle (jsoup) to say. Deterministic for
 * a given {@link Random}.
 */
final class HostileHtml {
  /** A generated document and the host it places. */
  static final class Doc {
    final String html;
    final String host;
    final String recipe;

    Doc(String html, String host, String recipe) {
      this.html = html;
      this.host = host;
      this.recipe = recipe;
    }
  }

  private final Random rnd;
  private final StringBuilder recipe = new StringBuilder();
  private final String host;

  private HostileHtml(Random rnd) {
    this.rnd = rnd;
    this.host = "shop" + rnd.nextInt(100_000) + ".example-store.net";
  }

  static Doc generate(Random rnd) {
    HostileHtml g = new HostileHtml(rnd);
    String html = g.document();
    return new Doc(html, g.host, g.recipe.toString());
  }

  private String pick(String... options) {
    return options[rnd.nextInt(options.length)];
  }

  private String document() {
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append(pick("<!DOCTYPE html>", "<!doctype html><html><head><title>Order</title></head><body>", "<html><body>", ""));
    }
    int pieces = 1 + rnd.nextInt(3);
    for (int k = 0; k < pieces; k++) {
      sb.append(filler());
      sb.append(wrap(payload()));
    }
    sb.append(filler());
    return sb.toString();
  }

  private String filler() {
    return pick("", "<p>Thank you for your order.</p>", "<div>Your parcel ships today.<br></div>", "<b>Note</b> ", "<table><tr><td>Item</td></tr></table>",
        "<ul><li>one<li>two</ul>", "text &amp; more ", "<span title='a>b'>x</span>", "<img alt=\"logo\" src=\"cid:logo\">");
  }

  /** Wraps a payload in something that may hide it or not. */
  private String wrap(String p) {
    int r = rnd.nextInt(16);
    switch (r) {
      case 0:
        recipe.append(" comment");
        return "<!-- " + p + " -->";
      case 1:
        recipe.append(" <!-->");
        return "<!-->" + p + "<!-- x -->";
      case 2:
        recipe.append(" <!--->");
        return "<!--->" + p;
      case 3:
        recipe.append(" --!>");
        return "<!-- hidden --!>" + p;
      case 4:
        recipe.append(" ---->");
        return "<!-- a ---->" + p;
      case 5:
        recipe.append(" bogus");
        return pick("<!x>", "<?php x ?>", "</ x>", "<!-x>", "</>") + p;
      case 6: {
        String el = pick("xmp", "textarea", "title", "script", "style", "noembed", "noframes", "iframe", "noscript", "XMP");
        recipe.append(" raw:").append(el);
        return "<" + el + ">" + p + "</" + el + pick(">", " >", "/>", "\t>") ;
      }
      case 7:
        recipe.append(" plaintext");
        return "<plaintext>" + p + "</plaintext><p>after";
      case 8:
        recipe.append(" nested");
        return "<div><p><b><i>" + p + "</i></b></p></div>";
      case 9:
        recipe.append(" cdata");
        return "<![CDATA[" + p + "]]>";
      case 10:
        recipe.append(" svg");
        return "<svg><a xlink:href=\"https://" + host + "/\"><text>" + p + "</text></a></svg>";
      default:
        return p;
    }
  }

  private String payload() {
    int r = rnd.nextInt(12);
    String url = url();
    switch (r) {
      case 0:
      case 1:
        recipe.append(" a-href");
        return "<a" + sep() + "href" + eq() + quoted(url) + ">see here</a>";
      case 2:
        recipe.append(" attr");
        String tag = pick("img", "iframe", "form", "area", "td", "input type=image", "video", "embed", "object", "blockquote");
        String attr = pick("src", "href", "action", "background", "poster", "data", "cite", "formaction", "SRC");
        return "<" + tag + sep() + attr + eq() + quoted(url) + ">";
      case 3:
        recipe.append(" text");
        return pick("Visit www.", "Go to https://", "see <b>www.</b>", "www&#46;") + host + pick("", " today", "/x.", "<br>");
      case 4:
        recipe.append(" style-attr");
        return "<div style" + eq() + quoted(cssDecl()) + ">x</div>";
      case 5:
        recipe.append(" style-element");
        return "<style>" + sheet() + "</style>";
      case 6:
        recipe.append(" javascript");
        return "<a href" + eq() + quoted(scriptUrl()) + ">pay</a>";
      case 7:
        recipe.append(" handler");
        return "<" + pick("img src=x", "div", "body", "svg", "a href=\"#\"") + pick(" ", "/", "\n") + pick("onerror", "onclick", "OnMouseOver", "onload", "onfocus") + eq()
            + quoted("location='https://" + host + "/'") + ">";
      case 8:
        recipe.append(" meta-refresh");
        return "<meta http-equiv=refresh content=\"0; url=" + url + "\">";
      case 9:
        recipe.append(" srcset");
        return "<img srcset=\"a.png 1x, " + url + " 2x\">";
      case 10:
        recipe.append(" entity-href");
        return "<a href=\"" + entities(url) + "\">x</a>";
      default:
        recipe.append(" base");
        return "<base href" + eq() + quoted(url) + ">";
    }
  }

  private String url() {
    String scheme = pick("https://", "http://", "//", "HTTPS://", "ht\ttps://", "h\nttp://", " https://", "\u0001https://");
    return scheme + host + pick("/", "/offer?x=1", "", ":8080/p");
  }

  private String scriptUrl() {
    return pick("javascript:", "JaVaScRiPt:", "java\tscript:", " javascript:", "jav&#x61;script:", "javascript&colon;", "vbscript:", "data:text/html,")
        + pick("alert(1)", "location='https://" + host + "/'");
  }

  private String sep() {
    return pick(" ", "\n", "\t", "/", "  ");
  }

  private String eq() {
    return pick("=", " = ", "\n=\n", "=");
  }

  private String quoted(String v) {
    int r = rnd.nextInt(3);
    if (r == 0 && v.indexOf(' ') < 0 && v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('>') < 0 && v.indexOf('\'') < 0 && v.indexOf('"') < 0) {
      return v;
    }
    if (r == 1 && v.indexOf('\'') < 0) {
      return "'" + v + "'";
    }
    return "\"" + v.replace("\"", "&quot;") + "\"";
  }

  private String entities(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int r = rnd.nextInt(6);
      if (r == 0) {
        sb.append("&#").append((int) c).append(';');
      } else if (r == 1) {
        sb.append("&#x").append(Integer.toHexString(c)).append(';');
      } else if (c == '.' && r == 2) {
        sb.append("&period;");
      } else if (c == ':' && r == 3) {
        sb.append("&colon;");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private String cssEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int r = rnd.nextInt(6);
      if (r == 0 && Character.isLetter(c)) {
        sb.append('\\').append(Integer.toHexString(c)).append(' ');
      } else if (r == 1 && Character.isLetter(c)) {
        sb.append("\\00").append(Integer.toHexString(c));
        // A hex escape swallows following hex digits, so end it with a space when one follows.
        sb.append(' ');
      } else if (r == 2 && c != '\\' && Character.digit(c, 16) < 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private String cssUrl() {
    String u = pick("https://", "http://", "//") + host + "/bg.png";
    String e = rnd.nextBoolean() ? cssEscaped(u) : u;
    return pick("url(" + e + ")", "url(\"" + e + "\")", "url( '" + e + "' )", "u\\72l(" + e + ")", "URL(" + e + ")", "url(/**/" + e + ")");
  }

  private String cssDecl() {
    return pick("color:red;", "", "/* c */") + pick("background", "background-image", "list-style", "backgr\\6f und", "content") + ":" + cssUrl()
        .replace("\"", "'");
  }

  private String sheet() {
    String q = pick("\"", "'");
    return pick("p{margin:0}", "", "/* x */") + pick(
        "@import " + q + cssEscaped("https://" + host + "/a.css") + q + ";",
        "@import " + cssUrl() + ";",
        ".x{" + cssDecl() + "}",
        ".y{background:" + cssUrl() + "}");
  }
}
