package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;

/**
 * Text, links and active content of a Word (.docx) package, found the way Word finds them: the
 * main document is the target of the package's officeDocument relationship (any part name, any
 * folder), not a fixed {@code word/document.xml}; parts are matched by namespace URI and local
 * name, whatever prefix they use; every relationship part of the package gives its external
 * targets; field codes ({@code w:fldSimple} and {@code w:instrText} runs) give their HYPERLINK and
 * INCLUDE targets and mark DDE fields as active content; alternative-format chunks (imported HTML
 * or RTF) are read as plain text. A decoy {@code word/document.xml} next to a renamed main part is
 * read too, and so is every other XML part's WordprocessingML or DrawingML text: more text can
 * only add findings.
 *
 * <p>Linear scans, no DOM; every part read is charged to the budget. Stateless.
 */
public final class OfficeText {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String A_STRICT = "http://purl.oclc.org/ooxml/drawingml/main";
  static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

  private OfficeText() {}

  /**
   * The name of the main document part: the target of the officeDocument relationship in
   * {@code _rels/.rels}, or {@code word/document.xml} when there is none.
   *
   * @param zip the package
   * @param budget the budget
   * @return the part name, without a leading slash
   */
  public static String mainPart(ZipDirectory zip, InspectionBudget budget) {
    ZipDirectory.Entry rels = find(zip, "_rels/.rels");
    if (rels != null) {
      Bytes.Inflated data = zip.read(rels, budget);
      if (data != null) {
        for (String[] r : relationships(new String(data.data, java.nio.charset.StandardCharsets.UTF_8))) {
          if (r[1].endsWith("/officeDocument") && !"External".equalsIgnoreCase(r[3])) {
            return resolve("", r[2]);
          }
        }
      }
    }
    return "word/document.xml";
  }

  /** Finds an entry by part name, ignoring case as OPC does. */
  public static ZipDirectory.Entry find(ZipDirectory zip, String name) {
    for (ZipDirectory.Entry e : zip.entries()) {
      if (e.name.equalsIgnoreCase(name) || e.name.startsWith("/") && e.name.substring(1).equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  /** Resolves a relationship target against the folder of its source part. */
  static String resolve(String sourceFolder, String target) {
    String t = target.replace('\\', '/');
    String path = t.startsWith("/") ? t.substring(1) : sourceFolder + t;
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(seg);
      }
    }
    String joined = String.join("/", parts);
    try {
      return java.net.URLDecoder.decode(joined.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return joined;
    }
  }

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
    String main = mainPart(zip, budget);
    java.util.List<ZipDirectory.Entry> order = new java.util.ArrayList<>();
    ZipDirectory.Entry mainEntry = find(zip, main);
    if (mainEntry == null) {
      out.incomplete("a missing main document part (" + main + ")");
    } else {
      order.add(mainEntry);
    }
    for (ZipDirectory.Entry e : zip.entries()) {
      if (e != mainEntry) {
        order.add(e);
      }
    }
    java.util.Set<String> chunks = new java.util.HashSet<>();
    // Relationship parts first: they name the alternative-format chunks and the external targets.
    for (ZipDirectory.Entry e : order) {
      String lower = e.name.toLowerCase(java.util.Locale.ROOT);
      if (!lower.endsWith(".rels")) {
        continue;
      }
      String xml = part(zip, e, budget, out);
      if (xml == null) {
        continue;
      }
      String folder = relsSourceFolder(e.name);
      for (String[] r : relationships(xml)) {
        String type = r[1];
        if ("External".equalsIgnoreCase(r[3])) {
          out.link(r[2]);
        } else if (type.endsWith("/aFChunk")) {
          chunks.add(resolve(folder, r[2]).toLowerCase(java.util.Locale.ROOT));
        }
        if (type.endsWith("/oleObject") || type.endsWith("/package")) {
          out.active("embedded objects");
        } else if (type.endsWith("/control") || type.endsWith("/activeXControlBinary")) {
          out.active("ActiveX controls");
        }
      }
      if (budget.exhausted()) {
        out.incomplete(budget.exhaustedBy());
        return;
      }
    }
    for (ZipDirectory.Entry e : order) {
      String n = e.name;
      String lower = n.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("embeddings/")) {
        out.active("embedded objects");
      } else if (lower.contains("activex/")) {
        out.active("ActiveX controls");
      }
      boolean chunk = chunks.contains(lower.startsWith("/") ? lower.substring(1) : lower);
      if (!chunk && (!lower.endsWith(".xml") || lower.equals("[content_types].xml"))) {
        continue;
      }
      String xml = part(zip, e, budget, out);
      if (xml == null) {
        continue;
      }
      if (out.textLength() > 0 && out.lastChar() != '\n') {
        out.text('\n');
      }
      if (chunk) {
        // Imported HTML, RTF or text: its markup is read as text, so addresses in it are found.
        out.text(xml);
      } else {
        documentText(xml, out);
      }
      if (budget.exhausted()) {
        out.incomplete(budget.exhaustedBy());
        return;
      }
    }
  }

  private static String relsSourceFolder(String relsName) {
    String n = relsName.startsWith("/") ? relsName.substring(1) : relsName;
    int k = n.toLowerCase(java.util.Locale.ROOT).lastIndexOf("_rels/");
    return k < 0 ? "" : n.substring(0, k);
  }

  private static String part(ZipDirectory zip, ZipDirectory.Entry e, InspectionBudget budget, Extraction out) {
    Bytes.Inflated data = zip.read(e, budget);
    if (data == null) {
      out.incomplete("an unreadable zip entry");
      return null;
    }
    if (!data.complete) {
      out.incomplete(budget.exhausted() ? budget.exhaustedBy() : "a damaged zip entry");
    }
    return decode(data.data);
  }

  /** XML parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
  private static String decode(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
    }
    int skip = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(b, skip, b.length - skip, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean isW(String uri) {
    return uri.equals(W) || uri.equals(W_STRICT);
  }

  /** Reads the text of one part: runs, field codes, tabs, breaks and paragraphs. */
  static void documentText(String xml, Extraction out) {
    StringBuilder run = new StringBuilder();
    StringBuilder field = new StringBuilder();
    int[] inText = {0};
    boolean[] inField = {false};
    XmlEvents.read(xml, new XmlEvents.Handler() {
      @Override
      public void start(String uri, String local, java.util.List<XmlEvents.Attr> attrs) {
        if (isW(uri)) {
          switch (local) {
            case "t":
            case "delText":
              inText[0]++;
              break;
            case "instrText":
            case "delInstrText":
              inText[0]++;
              inField[0] = true;
              break;
            case "fldSimple": {
              String instr = XmlEvents.attr(attrs, null, "instr");
              if (instr != null) {
                fieldCode(instr, out);
              }
              break;
            }
            case "fldChar": {
              String type = XmlEvents.attr(attrs, null, "fldCharType");
              if ("begin".equals(type)) {
                field.setLength(0);
              } else if ("separate".equals(type) || "end".equals(type)) {
                if (field.length() > 0) {
                  fieldCode(field.toString(), out);
                  field.setLength(0);
                }
              }
              break;
            }
            case "tab":
              out.text('\t');
              break;
            case "br":
            case "cr":
              out.text('\n');
              break;
            default:
              break;
          }
        } else if ((uri.equals(A) || uri.equals(A_STRICT)) && local.equals("t")) {
          inText[0]++;
        }
      }

      @Override
      public void end(String uri, String local) {
        boolean textEnd = isW(uri) && (local.equals("t") || local.equals("delText") || local.equals("instrText") || local.equals("delInstrText"))
            || (uri.equals(A) || uri.equals(A_STRICT)) && local.equals("t");
        if (textEnd && inText[0] > 0) {
          inText[0]--;
          flush(run, field, inField[0], out);
          inField[0] = false;
        } else if (isW(uri) && local.equals("p") || (uri.equals(A) || uri.equals(A_STRICT)) && local.equals("p")) {
          out.text('\n');
        }
      }

      @Override
      public void text(String text) {
        if (inText[0] > 0 && run.length() < 1 << 20) {
          run.append(text);
        }
      }
    });
    // A part cut at a size cap keeps the start of its last run (a link there must not be lost).
    flush(run, field, inField[0], out);
    if (field.length() > 0) {
      fieldCode(field.toString(), out);
    }
  }

  private static void flush(StringBuilder run, StringBuilder field, boolean inField, Extraction out) {
    if (run.length() == 0) {
      return;
    }
    if (inField) {
      // Field code text goes out once, through fieldCode.
      if (field.length() < 4096) {
        field.append(run);
      }
    } else {
      out.text(run);
    }
    run.setLength(0);
  }

  /** Acts on a field code: HYPERLINK and INCLUDE* targets are links, DDE fields active content. */
  static void fieldCode(String code, Extraction out) {
    String c = code.strip();
    int sp = 0;
    while (sp < c.length() && !Character.isWhitespace(c.charAt(sp))) {
      sp++;
    }
    String name = c.substring(0, sp).toUpperCase(java.util.Locale.ROOT);
    String arg = c.substring(sp).strip();
    if (arg.startsWith("\"")) {
      int e = arg.indexOf('"', 1);
      arg = arg.substring(1, e < 0 ? arg.length() : e);
    } else {
      int e = 0;
      while (e < arg.length() && !Character.isWhitespace(arg.charAt(e))) {
        e++;
      }
      arg = arg.substring(0, e);
    }
    switch (name) {
      case "HYPERLINK":
      case "INCLUDETEXT":
      case "INCLUDEPICTURE":
      case "IMPORT":
      case "LINK":
        if (!arg.startsWith("\\")) {
          out.link(arg.replace("\\\\", "\\"));
        }
        break;
      case "DDE":
      case "DDEAUTO":
        out.active("a DDE field");
        break;
      default:
        break;
    }
    // The code is also text: an address in any field (QUOTE, MERGEFIELD ...) is still found.
    if (out.textLength() > 0 && out.lastChar() != '\n' && out.lastChar() != ' ') {
      out.text(' ');
    }
    out.text(c);
    out.text(' ');
  }

  /** The relationships of a .rels part: {Id, Type, Target, TargetMode} each. */
  static java.util.List<String[]> relationships(String xml) {
    java.util.List<String[]> list = new java.util.ArrayList<>();
    XmlEvents.read(xml, new XmlEvents.Handler() {
      @Override
      public void start(String uri, String local, java.util.List<XmlEvents.Attr> attrs) {
        if (local.equals("Relationship") && list.size() < 10_000) {
          String target = XmlEvents.attr(attrs, "", "Target");
          if (target != null) {
            list.add(new String[] {String.valueOf(XmlEvents.attr(attrs, "", "Id")), String.valueOf(XmlEvents.attr(attrs, "", "Type")), target.strip(),
                String.valueOf(XmlEvents.attr(attrs, "", "TargetMode")).strip()});
          }
        }
      }

      @Override
      public void end(String uri, String local) {}

      @Override
      public void text(String text) {}
    });
    return list;
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
