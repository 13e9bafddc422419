package dev.parley.messaging.rules.content;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile Word documents that hide one host: in a hyperlink relationship, a {@code
 * w:fldSimple} or complex HYPERLINK field, a text run (split across runs, with CDATA or character
 * references), a header or a footnote; with the main part renamed (and a harmless {@code
 * word/document.xml} decoy), namespace prefixes other than {@code w:} or a default namespace, and
 * relationship parts written with single quotes, line breaks inside tags or a prefix.
 * Deterministic for a given {@link Random}.
 */
final class HostileDocx {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String T_DOC = R + "/officeDocument";
  static final String T_LINK = R + "/hyperlink";
  static final String T_HEADER = R + "/header";
  static final String T_FOOTNOTES = R + "/footnotes";

  /** A generated document and the host it hides. */
  static final class Doc {
    final byte[] bytes;
    final String host;
    final String recipe;

    Doc(byte[] bytes, String host, String recipe) {
      this.bytes = bytes;
      this.host = host;
      this.recipe = recipe;
    }
  }

  private final Random rnd;
  private final StringBuilder recipe = new StringBuilder();
  private final String host;
  private final String p;
  private final String relPrefix;

  private HostileDocx(Random rnd) {
    this.rnd = rnd;
    this.host = "shop" + rnd.nextInt(100_000) + ".example-store.net";
    int ns = rnd.nextInt(4);
    this.p = ns == 0 ? "w:" : ns == 1 ? "ns0:" : ns == 2 ? "wx:" : "";
    recipe.append("prefix=").append(p.isEmpty() ? "(default)" : p);
    this.relPrefix = rnd.nextInt(4) == 0 ? "pr:" : "";
    if (!relPrefix.isEmpty()) {
      recipe.append(" relprefix");
    }
  }

  static Doc generate(Random rnd) {
    HostileDocx g = new HostileDocx(rnd);
    return new Doc(g.build(), g.host, g.recipe.toString());
  }

  private String pick(String... s) {
    return s[rnd.nextInt(s.length)];
  }

  private String nsDecl() {
    return p.isEmpty() ? " xmlns=\"" + W + "\" xmlns:r=\"" + R + "\"" : " xmlns:" + p.substring(0, p.length() - 1) + "=\"" + W + "\" xmlns:r=\"" + R + "\"";
  }

  private String para(String runs) {
    return "<" + p + "p>" + runs + "</" + p + "p>";
  }

  private String run(String text) {
    return "<" + p + "r><" + p + "t xml:space=\"preserve\">" + text + "</" + p + "t></" + p + "r>";
  }

  private String textOf(String s) {
    int r = rnd.nextInt(4);
    if (r == 0) {
      recipe.append(" cdata");
      return "<![CDATA[" + s + "]]>";
    }
    if (r == 1) {
      recipe.append(" charrefs");
      return s.replace(".", "&#46;").replace("w", "&#x77;");
    }
    return s;
  }

  private byte[] build() {
    String mainName = rnd.nextInt(3) == 0 ? pick("word/main.xml", "content/doc1.xml", "x.xml", "word/Document2.xml") : "word/document.xml";
    boolean renamed = !mainName.equals("word/document.xml");
    if (renamed) {
      recipe.append(" renamed=").append(mainName);
    }
    String folder = mainName.contains("/") ? mainName.substring(0, mainName.lastIndexOf('/') + 1) : "";
    String base = mainName.substring(folder.length());
    Map<String, byte[]> parts = new LinkedHashMap<>();
    StringBuilder rels = new StringBuilder();
    StringBuilder body = new StringBuilder();
    StringBuilder overrides = new StringBuilder();
    body.append(para(run("Thank you for your order.")));
    int where = rnd.nextInt(7);
    String url = "https://" + host + "/offer";
    switch (where) {
      case 0:
        recipe.append(" hyperlink-rel");
        rels.append(rel("rId9", T_LINK, url, true));
        body.append(para("<" + p + "hyperlink r:id=\"rId9\">" + run("our shop") + "</" + p + "hyperlink>"));
        break;
      case 1:
        recipe.append(" fldSimple");
        body.append(para("<" + p + "fldSimple " + p + "instr=\" HYPERLINK &quot;" + url + "&quot; \">" + run("our shop") + "</" + p + "fldSimple>"));
        break;
      case 2:
        recipe.append(" complex-field");
        String code = " HYPERLINK \"" + url + "\" ";
        int cut = 3 + rnd.nextInt(code.length() - 6);
        body.append(para("<" + p + "r><" + p + "fldChar " + p + "fldCharType=\"begin\"/></" + p + "r>"
            + "<" + p + "r><" + p + "instrText xml:space=\"preserve\">" + code.substring(0, cut).replace("\"", "&quot;") + "</" + p + "instrText></" + p + "r>"
            + "<" + p + "r><" + p + "instrText xml:space=\"preserve\">" + code.substring(cut).replace("\"", "&quot;") + "</" + p + "instrText></" + p + "r>"
            + "<" + p + "r><" + p + "fldChar " + p + "fldCharType=\"separate\"/></" + p + "r>" + run("our shop")
            + "<" + p + "r><" + p + "fldChar " + p + "fldCharType=\"end\"/></" + p + "r>"));
        break;
      case 3:
      case 4: {
        recipe.append(" text");
        String t = "Visit www." + host + " today";
        int cut2 = rnd.nextInt(t.length());
        body.append(para(rnd.nextBoolean() ? run(textOf(t)) : run(textOf(t.substring(0, cut2))) + run(textOf(t.substring(cut2)))));
        break;
      }
      case 5: {
        recipe.append(" header");
        rels.append(rel("rId7", T_HEADER, "header1.xml", false));
        parts.put(folder + "header1.xml", xml("<" + p + "hdr" + nsDecl() + ">" + para(run(textOf("www." + host))) + "</" + p + "hdr>"));
        overrides.append("<Override PartName=\"/" + folder + "header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>");
        body.append("<" + p + "sectPr><" + p + "headerReference " + p + "type=\"default\" r:id=\"rId7\"/></" + p + "sectPr>");
        break;
      }
      default: {
        recipe.append(" footnote");
        rels.append(rel("rId8", T_FOOTNOTES, "footnotes.xml", false));
        parts.put(folder + "footnotes.xml", xml("<" + p + "footnotes" + nsDecl() + "><" + p + "footnote " + p + "id=\"1\">" + para(run(textOf("See www." + host)))
            + "</" + p + "footnote></" + p + "footnotes>"));
        overrides.append("<Override PartName=\"/" + folder + "footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>");
        body.append(para(run("Note") + "<" + p + "r><" + p + "footnoteReference " + p + "id=\"1\"/></" + p + "r>"));
        break;
      }
    }
    String doc = "<" + p + "document" + nsDecl() + "><" + p + "body>" + body + "</" + p + "body></" + p + "document>";
    Map<String, byte[]> zip = new LinkedHashMap<>();
    zip.put("[Content_Types].xml", xml("<Types xmlns=\"" + CT + "\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/" + mainName
        + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" + overrides + "</Types>"));
    zip.put("_rels/.rels", relsPart(rel("rId1", T_DOC, "/" + mainName, false)));
    if (renamed) {
      zip.put("word/document.xml", xml("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>Your invoice</w:t></w:r></w:p></w:body></w:document>"));
    }
    zip.put(mainName, xml(doc));
    if (rels.length() > 0) {
      zip.put(folder + "_rels/" + base + ".rels", relsPart(rels.toString()));
    }
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      if (e.getValue() != null) {
        zip.put(e.getKey(), e.getValue());
      }
    }
    return TestFiles.zip(zip);
  }

  private static byte[] xml(String s) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + s).getBytes(StandardCharsets.UTF_8);
  }

  /** A relationship written with random quoting, spacing and attribute order. */
  private String rel(String id, String type, String target, boolean external) {
    String q = rnd.nextInt(3) == 0 ? "'" : "\"";
    String sp = pick(" ", "\n  ", "\t", " \r\n ");
    String eq = pick("=", " = ", "=\n");
    String[] attrs = {"Id" + eq + q + id + q, "Type" + eq + q + type + q, "Target" + eq + q + target.replace("&", "&amp;") + q};
    if (rnd.nextBoolean()) {
      String t = attrs[0];
      attrs[0] = attrs[2];
      attrs[2] = t;
    }
    if (!q.equals("\"") || sp.contains("\n")) {
      recipe.append(" oddrels");
    }
    return "<" + relPrefix + "Relationship" + sp + String.join(sp, attrs) + (external ? sp + "TargetMode" + eq + q + "External" + q : "") + sp + "/>";
  }


  private byte[] relsPart(String body) {
    String decl = relPrefix.isEmpty() ? " xmlns=\"" + PR + "\"" : " xmlns:" + relPrefix.substring(0, relPrefix.length() - 1) + "=\"" + PR + "\"";
    return xml("<" + relPrefix + "Relationships" + decl + ">" + body + "</" + relPrefix + "Relationships>");
  }
}
