package dev.parley.benchmarks;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.content.AttachmentInspector;
import dev.parley.messaging.rules.content.AttachmentType;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.PolicyReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The attachment and HTML rules on inputs of 1 KB, 1 MB and 10 MB: a whole content-policy check
 * of a message carrying a text file, a PDF (one uncompressed and one Flate content stream, link
 * annotations) or a DOCX (size = its document.xml, since repeated text compresses to little), and
 * of an HTML body of that size; content-type detection alone; and jsoup's parse of the same HTML
 * as a peer baseline. Time per operation should grow linearly with the size.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AttachmentRules -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AttachmentRulesBenchmark {
  private static final String SENTENCE = "Step 3: fit the filter (part 302-A) and turn it clockwise until it clicks; see page 12. ";
  private static final CheckContext CONTEXT = CheckContext.of(Marketplace.DE);

  /** Input size in bytes. */
  @Param({"1024", "1048576", "10485760"})
  public int size;

  private Message txt;
  private Message pdf;
  private Message docx;
  private Message html;
  private String htmlBody;
  private byte[] pdfBytes;

  /** Builds the inputs once per size. */
  @Setup
  public void setUp() {
    txt = message(Attachment.withContent("manual.txt", text(size).getBytes(StandardCharsets.UTF_8)));
    pdfBytes = pdf(size);
    pdf = message(Attachment.withContent("manual.pdf", pdfBytes));
    docx = message(Attachment.withContent("manual.docx", docx(size)));
    htmlBody = html(size);
    html = Message.builder().id("b").author(Author.SELLER).sentAt(Instant.EPOCH).bodyFormat(BodyFormat.HTML).body(htmlBody).build();
  }

  private static Message message(Attachment a) {
    return Message.builder().id("b").author(Author.SELLER).sentAt(Instant.EPOCH).body("Manual attached.").addAttachments(a).build();
  }

  private static String text(int n) {
    StringBuilder sb = new StringBuilder(n + SENTENCE.length());
    while (sb.length() < n) {
      sb.append(SENTENCE);
    }
    sb.setLength(n);
    return sb.toString();
  }

  private static byte[] pdf(int n) {
    String head = "%PDF-1.4\n1 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.amazon.de/dp/B000) >> >>\nendobj\n";
    StringBuilder content = new StringBuilder();
    int budget = Math.max(64, n - head.length() - 80);
    while (content.length() < budget) {
      content.append("BT 72 700 Td (").append(SENTENCE).append(") Tj ET\n");
    }
    content.setLength(budget);
    String body = head + "2 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] docx(int n) {
    StringBuilder xml = new StringBuilder("<w:document><w:body>");
    while (xml.length() < n) {
      xml.append("<w:p><w:r><w:t>").append(SENTENCE).append("</w:t></w:r></w:p>");
    }
    xml.append("</w:body></w:document>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String html(int n) {
    String block = "<table width=\"600\"><tr><td><p style=\"font-size:14px\">Hello,</p><p>" + SENTENCE
        + "<a href=\"https://www.amazon.de/gp/css/order-history\">Your orders on Amazon</a></p>"
        + "<img src=\"https://m.media-amazon.com/images/I/a.png\" width=\"300\" alt=\"Filter\"><br></td></tr></table>\n";
    StringBuilder sb = new StringBuilder(n + block.length());
    while (sb.length() < n) {
      sb.append(block);
    }
    return sb.toString();
  }

  /** {@return the report for a message with a text attachment} */
  @Benchmark
  public PolicyReport checkTxt() {
    return ContentPolicy.standard().check(txt, CONTEXT);
  }

  /** {@return the report for a message with a PDF attachment} */
  @Benchmark
  public PolicyReport checkPdf() {
    return ContentPolicy.standard().check(pdf, CONTEXT);
  }

  /** {@return the report for a message with a DOCX attachment} */
  @Benchmark
  public PolicyReport checkDocx() {
    return ContentPolicy.standard().check(docx, CONTEXT);
  }

  /** {@return the report for an HTML message} */
  @Benchmark
  public PolicyReport checkHtml() {
    return ContentPolicy.standard().check(html, CONTEXT);
  }

  /** {@return the detected type of the PDF} */
  @Benchmark
  public AttachmentType detectPdf() {
    return AttachmentInspector.detect(pdfBytes);
  }

  /** {@return jsoup's document for the same HTML (peer baseline, no rules)} */
  @Benchmark
  public Document jsoupParseHtml() {
    return Jsoup.parse(htmlBody);
  }
}
