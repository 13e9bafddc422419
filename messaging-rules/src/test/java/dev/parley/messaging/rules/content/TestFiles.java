package dev.parley.messaging.rules.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds DOCX, zip and PDF files for the tests. */
final class TestFiles {
  private TestFiles() {}

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] docx(String bodyXml, String relsXml, boolean macros) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd." + (macros ? "ms-word.document.macroEnabled.main+xml" : "openxmlformats-officedocument.wordprocessingml.document.main+xml") + "\"/></Types>"));
    m.put("word/document.xml", utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + bodyXml + "</w:body></w:document>"));
    if (relsXml != null) {
      m.put("word/_rels/document.xml.rels", utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relsXml + "</Relationships>"));
    }
    if (macros) {
      m.put("word/vbaProject.bin", new byte[] {1, 2, 3});
    }
    return zip(m);
  }

  static String paragraph(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  static byte[] flate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      d.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A small PDF with a Flate content stream, an uncompressed one and a link annotation. */
  static byte[] pdf(String flateText, String plainText, String uri, String extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents [4 0 R 5 0 R] /Annots [6 0 R] >>\nendobj\n");
    byte[] content = flate(utf8("BT /F1 12 Tf 72 712 Td (" + flateText + ") Tj ET"));
    write(out, "4 0 obj\n<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n");
    out.write(content, 0, content.length);
    write(out, "\nendstream\nendobj\n");
    byte[] plain = utf8("BT 72 690 Td [(" + plainText + ")] TJ ET");
    write(out, "5 0 obj\n<< /Length " + plain.length + " >>\nstream\n");
    out.write(plain, 0, plain.length);
    write(out, "\nendstream\nendobj\n");
    write(out, "6 0 obj\n<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A << /S /URI /URI (" + uri + ") >> >>\nendobj\n");
    write(out, extra);
    write(out, "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return out.toByteArray();
  }

  static void write(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    out.write(b, 0, b.length);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
