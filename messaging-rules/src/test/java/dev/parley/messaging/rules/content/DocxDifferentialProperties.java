package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Apache POI as the oracle for Parley's DOCX reader: over generated hostile Word documents
 * ({@link HostileDocx}), every hyperlink, external relationship, field code and run of text in
 * which POI finds the hidden host, Parley reports as content.link, or it says the file could not
 * be fully inspected. Never a silent PASS.
 */
class DocxDifferentialProperties {

  /** All that POI reads out of a document, in lower case. */
  static String oracle(byte[] docx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx)); XWPFDocument doc = new XWPFDocument(pkg)) {
      for (XWPFHyperlink h : doc.getHyperlinks()) {
        sb.append(h.getURL()).append('\n');
      }
      for (PackageRelationship r : doc.getPackagePart().getRelationships()) {
        if (r.getTargetMode() == TargetMode.EXTERNAL) {
          sb.append(r.getTargetURI()).append('\n');
        }
      }
      for (XWPFParagraph p : doc.getParagraphs()) {
        fields(p, sb);
      }
      for (XWPFFootnote f : doc.getFootnotes()) {
        for (XWPFParagraph p : f.getParagraphs()) {
          sb.append(p.getText()).append('\n');
        }
      }
      try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        sb.append(x.getText());
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static void fields(XWPFParagraph p, StringBuilder sb) {
    for (CTSimpleField f : p.getCTP().getFldSimpleArray()) {
      sb.append(f.getInstr()).append('\n');
    }
    for (CTR r : p.getCTP().getRArray()) {
      for (CTText t : r.getInstrTextArray()) {
        sb.append(t.getStringValue());
      }
    }
    sb.append('\n');
  }

  @Test
  void everyLinkPoiSeesIsReportedOrTheFileIsNotFullyInspected() throws Exception {
    Random rnd = new Random(Differential.seed());
    Differential.Tally t = new Differential.Tally();
    java.util.List<String> blind = new java.util.ArrayList<>();
    for (int i = 0; i < Differential.count(); i++) {
      HostileDocx.Doc d = HostileDocx.generate(rnd);
      t.documents++;
      String seen = oracle(d.bytes);
      // A complex field's code may be split over runs: POI's pieces are joined without separators.
      if (!seen.contains(d.host)) {
        if (blind.size() < 5) {
          blind.add(d.recipe);
        }
        continue;
      }
      t.oracleSaw++;
      PolicyReport r = Differential.checkAttachment("manual.docx", d.bytes);
      if (Differential.reportsLink(r, d.host)) {
        t.reported++;
      } else if (Differential.notFullyInspected(r)) {
        t.notInspected++;
      } else {
        t.miss("#" + i + " " + d.recipe + " -> " + r.findings().stream().map(Differential::text).toList());
      }
    }
    System.out.println("DOCX differential: " + t + "; oracle blind on e.g. " + blind);
    assertThat(t.misses).as(t.toString()).isEmpty();
    assertThat(t.oracleSaw).as(t.toString()).isGreaterThan(t.documents * 8 / 10);
    assertThat(t.notInspected).as(t.toString()).isZero();
  }
}
