package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One regression test per PDF bypass of issue 15: each hid a link or active content from the
 * scanner and gave PASS with no "could not be fully inspected" warning.
 */
class PdfBypassTest {
  private static final String HOST = "shop.example-store.net";

  /** A one-page PDF whose annotation object body and content stream are given verbatim. */
  static byte[] pdf(String annotation, byte[] content, String contentDict, String extraObjects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TestFiles.write(out, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    TestFiles.write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    TestFiles.write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [5 0 R] >>\nendobj\n");
    TestFiles.write(out, "4 0 obj\n" + contentDict.replace("LEN", Integer.toString(content.length)) + "\nstream\n");
    out.writeBytes(content);
    TestFiles.write(out, "\nendstream\nendobj\n");
    TestFiles.write(out, "5 0 obj\n" + annotation + "\nendobj\n");
    TestFiles.write(out, extraObjects);
    TestFiles.write(out, "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return out.toByteArray();
  }

  static byte[] plainContent() {
    return TestFiles.utf8("BT /F1 12 Tf 72 712 Td (Thank you) Tj ET");
  }

  static byte[] withAnnotation(String annotation) {
    return pdf(annotation, plainContent(), "<< /Length LEN >>", "");
  }

  static byte[] withText(String text, java.util.function.UnaryOperator<byte[]> encode, String dict) {
    return pdf("<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] >>", encode.apply(TestFiles.utf8("BT /F1 12 Tf 72 712 Td (" + text + ") Tj ET")), dict, "");
  }

  private static PolicyReport check(byte[] pdf) {
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), AttachmentRulesTest.with(dev.parley.messaging.core.MessageType.FREE_FORM,
        dev.parley.messaging.core.Attachment.withContent("invoice.pdf", pdf)), Differential.CTX);
  }

  private static void assertLink(byte[] pdf) {
    PolicyReport r = check(pdf);
    assertThat(Differential.reportsLink(r, HOST)).as("%s", r.findings()).isTrue();
  }

  @Test
  void aUriNameWrittenWithHashEscapesIsStillALink() {
    assertLink(withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /U#52I /U#52I (https://" + HOST + "/) >> >>"));
  }

  @Test
  void aJavaScriptNameWrittenWithHashEscapesIsStillJavaScript() {
    PolicyReport r = check(withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /Java#53cript /J#53 (app.alert(1)) >> >>"));
    assertThat(Differential.reportsActive(r, "JavaScript")).isTrue();
  }

  @Test
  void aLaunchNameWrittenWithHashEscapesIsStillALaunchAction() {
    PolicyReport r = check(withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /L#61unch /F (cmd.exe) >> >>"));
    assertThat(Differential.reportsActive(r, "launch")).isTrue();
  }

  @Test
  void aCommentAfterUriDoesNotHideTheString() {
    assertLink(withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI % see below\n(https://" + HOST + "/) >> >>"));
  }

  @Test
  void anIndirectUriStringIsResolved() {
    assertLink(pdf("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI 6 0 R >> >>", plainContent(), "<< /Length LEN >>",
        "6 0 obj\n(https://" + HOST + "/)\nendobj\n"));
  }

  @Test
  void asciiHexContentIsDecoded() {
    assertLink(withText("visit www." + HOST, b -> HostilePdf.Encoders.asciiHex(b, new Random(1)), "<< /Length LEN /Filter /ASCIIHexDecode >>"));
  }

  @Test
  void ascii85ContentIsDecoded() {
    assertLink(withText("visit www." + HOST, HostilePdf.Encoders::ascii85, "<< /Length LEN /Filter /A85 >>"));
  }

  @Test
  void aFilterArrayIsDecodedInOrder() {
    assertLink(withText("visit www." + HOST, b -> HostilePdf.Encoders.ascii85(HostilePdf.Encoders.flate(b)),
        "<< /Length LEN /Filter [/ASCII85Decode /FlateDecode] >>"));
  }

  @Test
  void flateWithAPngPredictorIsDecoded() {
    assertLink(withText("visit www." + HOST, b -> HostilePdf.Encoders.flate(HostilePdf.Encoders.png(b, 7, new Random(2))),
        "<< /Length LEN /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> >>"));
  }

  @Test
  void aStreamDictionaryLongerThanFourKilobytesBeforeTheFilterIsRead() {
    assertLink(withText("visit www." + HOST, HostilePdf.Encoders::flate, "<< /Length LEN /Pad (" + "x".repeat(6000) + ") /Filter /FlateDecode >>"));
  }

  @Test
  void anEncryptedPdfIsReportedAsNotFullyInspected() throws Exception {
    byte[] plain = withText("visit www." + HOST, b -> b, "<< /Length LEN >>");
    byte[] encrypted = PdfDifferentialProperties.encrypt(plain, new Random(3) {
      private static final long serialVersionUID = 1L;

      @Override
      public int nextInt(int bound) {
        return 0; // 40-bit RC4, the weakest standard security handler
      }
    });
    PolicyReport r = check(encrypted);
    assertThat(Differential.notFullyInspected(r) || Differential.reportsLink(r, HOST)).as("%s", r.findings()).isTrue();
    assertThat(r.findings("attachment.content").toString()).contains("encrypted");
  }

  @Test
  void textAnnotationsAreRead() {
    assertLink(withAnnotation("<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] /Contents (Write to www." + HOST + ") >>"));
  }
}
