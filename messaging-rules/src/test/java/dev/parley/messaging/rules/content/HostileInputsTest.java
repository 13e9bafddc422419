package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Crafted hostile inputs must finish within the inspection caps, with no exception escaping, and
 * report "could not be fully inspected" where a cap was reached.
 */
class HostileInputsTest {
  // A reply, so that message-level rules for proactive messages (order id) stay out of the HTML checks.
  private static final CheckContext CTX = CheckContext.builder().marketplace(Marketplace.US).replyToBuyer(true).build();

  /**
   * Checks twice and verifies the report invariants. Time is not asserted here (unit tests never
   * assert timings; AttachmentRulesBenchmark measures it): the caps must end the work, and a
   * runaway input shows up as a hung build.
   */
  private static PolicyReport bounded(Message m) {
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), m, CTX);
  }

  private static boolean notFullyInspected(PolicyReport r) {
    return r.findings("attachment.content").stream().anyMatch(f -> f.severity() == Severity.WARN && f.explanation().contains("could not be fully inspected"));
  }

  /** Streams n zero bytes into a zip entry without holding them in memory. */
  private static byte[] zipBomb(String entryName, long n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(Deflater.BEST_SPEED);
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry(entryName));
      zeros(z, n);
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void zeros(OutputStream o, long n) throws IOException {
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, (byte) 'a');
    for (long k = 0; k < n; k += block.length) {
      o.write(block, 0, (int) Math.min(block.length, n - k));
    }
  }

  @Test
  void zipBombInADocxStopsAtTheDecompressionCap() {
    byte[] bomb = zipBomb("word/document.xml", 100L << 20);
    assertThat(bomb.length).isLessThan(2 << 20);
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("manual.docx", bomb)));
    assertThat(notFullyInspected(r)).isTrue();
  }

  @Test
  void deeplyNestedZipIsAnArchiveAndCostsNothing() {
    byte[] inner = "hello".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 40; i++) {
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put("level" + i + (i == 0 ? ".txt" : ".zip"), inner);
      inner = TestFiles.zip(m);
    }
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("manual.docx", inner)));
    assertThat(r.findings("attachment.type")).extracting(Finding::explanation).anyMatch(s -> s.contains("an archive (judged by its content)"));
  }

  @Test
  void zipWithTooManyEntriesIsCut() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("word/document.xml", "<w:t>x</w:t>".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20_000; i++) {
      m.put("word/media/e" + i, new byte[0]);
    }
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.docx", TestFiles.zip(m))));
    assertThat(notFullyInspected(r)).isTrue();
  }

  @Test
  void pdfWithCyclicObjectGraphFinishes() {
    StringBuilder sb = new StringBuilder("%PDF-1.7\n");
    for (int i = 1; i <= 2000; i++) {
      sb.append(i).append(" 0 obj\n<< /Type /Pages /Kids [").append(i % 2000 + 1).append(" 0 R] /Parent ").append(i).append(" 0 R >>\nendobj\n");
    }
    sb.append("trailer << /Root 1 0 R >>\n%%EOF");
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.pdf", sb.toString().getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(r.findings("attachment.content")).isEmpty();
  }

  @Test
  void pdfWithHugeFlateStreamStopsAtTheCap() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
      zeros(d, 64L << 20);
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.write(("%PDF-1.4\n1 0 obj\n<< /Length " + compressed.size() + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
    compressed.writeTo(pdf);
    pdf.write("\nendstream\nendobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.pdf", pdf.toByteArray())));
    assertThat(notFullyInspected(r)).isTrue();
  }

  @Test
  void pdfWithDeepNestingAndTooManyObjectsStops() {
    String deep = "%PDF-1.4\n1 0 obj\n" + "<<".repeat(100_000) + "\nendobj\n(" + "(".repeat(100_000) + "\n";
    assertThat(notFullyInspected(bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.pdf", deep.getBytes(StandardCharsets.ISO_8859_1)))))).isTrue();
    String many = "%PDF-1.4\n" + "1 0 obj null endobj\n".repeat(250_000);
    assertThat(notFullyInspected(bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.pdf", many.getBytes(StandardCharsets.ISO_8859_1)))))).isTrue();
  }

  @Test
  void pdfWithDeeplyNestedObjectStreamsStops() {
    String inner = "1 0 obj null endobj";
    for (int i = 0; i < 20_000; i++) {
      inner = "<< /Type /ObjStm /N 1 >>\nstream\n" + inner + "\nendstream\n";
    }
    String pdf = "%PDF-1.5\n1 0 obj\n" + inner + "endobj\n%%EOF";
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(notFullyInspected(r)).isTrue();
  }

  @Test
  void redactingAMegabyteOfViolationsIsLinear() {
    String html = "<style>p{color:red}</style><center><br><img src=\"http://x.example/a.gif\" width=\"1\">".repeat(12_000);
    PolicyReport r = ContentPolicy.standard().check(HtmlBodyTest.html(html), CTX);
    Message redacted = r.redacted();
    // removing the images and centring joins the line breaks: the report says so once, and that is all that is left
    assertThat(r.findings("style.line-breaks")).anySatisfy(f -> assertThat(f.explanation()).startsWith("Redacting the reported text would join"));
    assertThat(ContentPolicy.standard().check(redacted, CTX).findings()).filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(Finding::ruleId).containsOnly("style.line-breaks");
  }

  @Test
  void compoundFileWithCyclicChainsFinishes() {
    byte[] b = new byte[512 * 8];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, b, 0, 8);
    b[30] = 9;
    b[44] = 1;
    b[48] = 1;
    b[76] = 0;
    for (int i = 0; i < 128; i++) {
      int off = 512 + 4 * i;
      b[off] = 1;
    }
    b[68] = 2;
    PolicyReport r = bounded(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("a.doc", b)));
    assertThat(r.findings("attachment.type")).isNotEmpty();
  }

  @Test
  void tenMegabytesOfNestedHtmlIsLinear() {
    // 10 MB of the plain shapes; 1 MB of those that produce a finding per tag, whose cost is the
    // report's (one Finding per violation, sorted), not the scanner's.
    List<String> shapes = List.of("<div>", "<b><i>", "<a href=\"https://x.example\">", "<img src=\"http://a", "<!--", "<p style=\"margin:0 30%\">", "<center><br>");
    for (String shape : shapes) {
      int size = shape.equals("<div>") || shape.equals("<b><i>") || shape.equals("<!--") ? 10 << 20 : 1 << 20;
      String html = shape.repeat(size / shape.length());
      PolicyReport r = ContentPolicy.standard().check(HtmlBodyTest.html(html), CTX);
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(html.length()));
    }
  }
}
