package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;

/**
 * Text and links of a Word (.docx) package: the runs of the document, its headers, footers,
 * footnotes, endnotes and comments ({@code w:t}, field instructions, tabs, breaks, paragraphs) and
 * the external targets of its relationship parts. A linear scan of the XML, no DOM.
 */
public final class OfficeText {
  private OfficeText() {}

  /**
   * Reads a .docx package's text and links.
   *
   * @param zip the package's directory
   * @param budget the budget
   * @param out receives text and links
   */
  public static void extractDocx(ZipDirectory zip, InspectionBudget budget, Extraction out) {
    if (!zip.complete()) {
      out.incomplete(budget.exhausted() ? budget.exhaustedBy() : "a damaged zip directory");
    }
    for (ZipDirectory.Entry e : zip.entries()) {
      String n = e.name;
      boolean textPart = n.equals("word/document.xml")
          || n.startsWith("word/") && n.indexOf('/', 5) < 0 && n.endsWith(".xml")
              && (n.startsWith("word/header") || n.startsWith("word/footer") || n.equals("word/footnotes.xml")
                  || n.equals("word/endnotes.xml") || n.equals("word/comments.xml"));
      boolean rels = n.startsWith("word/_rels/") && n.endsWith(".rels");
      if (!textPart && !rels) {
        if (n.startsWith("word/embeddings/")) {
          out.active("embedded objects");
        } else if (n.startsWith("word/activeX/")) {
          out.active("ActiveX controls");
        }
        continue;
      }
      Bytes.Inflated data = zip.read(e, budget);
      if (data == null) {
        out.incomplete("an unreadable zip entry");
        continue;
      }
      if (!data.complete) {
        out.incomplete(budget.exhausted() ? budget.exhaustedBy() : "a damaged zip entry");
      }
      String xml = new String(data.data, StandardCharsets.UTF_8);
      if (textPart) {
        if (out.textLength() > 0 && out.lastChar() != '\n') {
          out.text('\n');
        }
        documentText(xml, out);
      } else {
        relationships(xml, out);
      }
      if (budget.exhausted()) {
        out.incomplete(budget.exhaustedBy());
        return;
      }
    }
  }

  static void documentText(String xml, Extraction out) {
    int i = 0;
    int n = xml.length();
    boolean inText = false;
    StringBuilder run = new StringBuilder();
    while (i < n) {
      char c = xml.charAt(i);
      if (c == '<') {
        int end = xml.indexOf('>', i);
        if (end < 0) {
          break;
        }
        String tag = tagName(xml, i + 1, end);
        boolean closing = i + 1 < n && xml.charAt(i + 1) == '/';
        boolean selfClosing = xml.charAt(end - 1) == '/';
        if (tag.equals("w:t") || tag.equals("w:instrText") || tag.equals("w:delText")) {
          if (closing) {
            out.text(decodeXml(run));
            run.setLength(0);
            inText = false;
          } else if (!selfClosing) {
            inText = true;
          }
        } else if (tag.equals("w:p") && closing) {
          out.text('\n');
        } else if (tag.equals("w:tab") || tag.equals("w:br") && selfClosing || tag.equals("w:cr")) {
          out.text(tag.equals("w:tab") ? '\t' : '\n');
        }
        i = end + 1;
        continue;
      }
      if (inText) {
        run.append(c);
      }
      i++;
    }
  }

  static void relationships(String xml, Extraction out) {
    int i = 0;
    while ((i = xml.indexOf("<Relationship ", i)) >= 0) {
      int end = xml.indexOf('>', i);
      if (end < 0) {
        return;
      }
      String tag = xml.substring(i, end);
      String target = attribute(tag, "Target");
      String mode = attribute(tag, "TargetMode");
      if (target != null && "External".equalsIgnoreCase(mode)) {
        out.link(decodeXml(target));
      }
      i = end;
    }
  }

  private static String attribute(String tag, String name) {
    int k = tag.indexOf(" " + name + "=");
    if (k < 0) {
      return null;
    }
    k += name.length() + 2;
    if (k >= tag.length()) {
      return null;
    }
    char q = tag.charAt(k);
    if (q != '"' && q != '\'') {
      return null;
    }
    int e = tag.indexOf(q, k + 1);
    return e < 0 ? null : tag.substring(k + 1, e);
  }

  private static String tagName(String xml, int from, int end) {
    int s = from < end && xml.charAt(from) == '/' ? from + 1 : from;
    int e = s;
    while (e < end && !Character.isWhitespace(xml.charAt(e)) && xml.charAt(e) != '/' && xml.charAt(e) != '>') {
      e++;
    }
    return xml.substring(s, e);
  }

  /** Decodes the five XML entities and numeric character references. */
  public static String decodeXml(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '&') {
        sb.append(c);
        continue;
      }
      int semi = -1;
      for (int k = i + 1; k < s.length() && k < i + 12; k++) {
        if (s.charAt(k) == ';') {
          semi = k;
          break;
        }
      }
      if (semi < 0) {
        sb.append(c);
        continue;
      }
      String ent = s.subSequence(i + 1, semi).toString();
      int cp = -1;
      switch (ent) {
        case "amp":
          cp = '&';
          break;
        case "lt":
          cp = '<';
          break;
        case "gt":
          cp = '>';
          break;
        case "quot":
          cp = '"';
          break;
        case "apos":
          cp = '\'';
          break;
        default:
          cp = numeric(ent);
      }
      if (cp < 0) {
        sb.append(c);
      } else {
        sb.appendCodePoint(cp);
        i = semi;
      }
    }
    return sb.toString();
  }

  private static int numeric(String ent) {
    try {
      int v = -1;
      if (ent.startsWith("#x") || ent.startsWith("#X")) {
        v = Integer.parseInt(ent.substring(2), 16);
      } else if (ent.startsWith("#")) {
        v = Integer.parseInt(ent.substring(1));
      }
      return v >= 0 && Character.isValidCodePoint(v) ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
