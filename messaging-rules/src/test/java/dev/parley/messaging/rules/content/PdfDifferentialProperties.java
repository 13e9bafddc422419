package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Apache PDFBox as the oracle for {@code PdfScanner}: over generated hostile PDFs ({@link
 * HostilePdf}), every URI action, launch action, JavaScript action and web address in the text
 * that PDFBox sees, Parley reports, or it says the file could not be fully inspected. Never a
 * silent PASS.
 */
class PdfDifferentialProperties {

  /** What PDFBox sees in a document. */
  static final class Seen {
    final List<String> uris = new ArrayList<>();
    boolean launch;
    boolean javaScript;
    String text = "";
    String textError;
  }

  static Seen oracle(byte[] pdf) throws IOException {
    Seen s = new Seen();
    try (PDDocument doc = Loader.loadPDF(pdf, "")) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink) {
            PDAction act = ((PDAnnotationLink) a).getAction();
            if (act instanceof PDActionURI) {
              s.uris.add(((PDActionURI) act).getURI());
            } else if (act instanceof PDActionLaunch) {
              s.launch = true;
            } else if (act instanceof PDActionJavaScript) {
              s.javaScript = true;
            }
          }
        }
      }
      try {
        s.text = new PDFTextStripper().getText(doc);
      } catch (IOException e) {
        // A content stream PDFBox cannot parse shows no text in PDFBox; the links still count.
        s.textError = e.getMessage();
      }
    }
    return s;
  }

  static byte[] encrypt(byte[] pdf, Random rnd) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner" + rnd.nextInt(1000), "", new AccessPermission());
      int[] keys = {40, 128, 256};
      policy.setEncryptionKeyLength(keys[rnd.nextInt(keys.length)]);
      doc.protect(policy);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void everyPayloadPdfBoxSeesIsReportedOrTheFileIsNotFullyInspected() throws IOException {
    Random rnd = new Random(Differential.seed());
    Differential.Tally t = new Differential.Tally();
    int encrypted = 0;
    List<String> oracleErrors = new ArrayList<>();
    for (int i = 0; i < Differential.count(); i++) {
      HostilePdf.Doc d = HostilePdf.generate(rnd);
      byte[] bytes = d.bytes;
      String recipe = d.recipe;
      if (rnd.nextInt(50) == 0) {
        bytes = encrypt(bytes, rnd);
        recipe += " encrypted";
        encrypted++;
      }
      t.documents++;
      Seen seen = oracle(bytes);
      boolean sawPayload;
      switch (d.payload) {
        case URI_ACTION:
          sawPayload = seen.uris.stream().anyMatch(u -> u.contains(d.host));
          break;
        case LAUNCH:
          sawPayload = seen.launch;
          break;
        case JAVASCRIPT:
          sawPayload = seen.javaScript;
          break;
        default:
          sawPayload = seen.text.contains(d.host);
          break;
      }
      if (!sawPayload) {
        if (oracleErrors.size() < 5) {
          oracleErrors.add(recipe + " -> " + seen.textError);
        }
        continue;
      }
      t.oracleSaw++;
      PolicyReport r = Differential.checkAttachment("invoice.pdf", bytes);
      boolean reported;
      switch (d.payload) {
        case LAUNCH:
          reported = Differential.reportsActive(r, "launch");
          break;
        case JAVASCRIPT:
          reported = Differential.reportsActive(r, "JavaScript");
          break;
        default:
          reported = Differential.reportsLink(r, d.host);
          break;
      }
      if (reported) {
        t.reported++;
      } else if (Differential.notFullyInspected(r)) {
        t.notInspected++;
      } else {
        t.miss("#" + i + " " + recipe);
      }
    }
    System.out.println("PDF differential: " + t + "; encrypted " + encrypted + "; oracle blind on e.g. " + oracleErrors);
    assertThat(t.misses).as(t.toString()).isEmpty();
    // The oracle must see the payload in nearly every document, or the generator tests nothing.
    assertThat(t.oracleSaw).as(t.toString()).isGreaterThan(t.documents * 9 / 10);
    // Only the encrypted files may fall back to "not fully inspected".
    assertThat(t.notInspected).as(t.toString()).isLessThanOrEqualTo(encrypted);
  }
}
