package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The file-type conformance set (sindresorhus/file-type fixtures, MIT, copied into
 * src/test/resources/conformance/file-type/): every file must be classified by its content, under
 * its own name and under misleading names, and the attachment rules must allow exactly the
 * allowed types.
 */
class FileTypeConformanceTest {
  private static final String DIR = "/conformance/file-type/";

  /** The manifest's true format, mapped to Parley's types. */
  private static AttachmentType expected(String trueFormat) {
    String f = trueFormat.toLowerCase(java.util.Locale.ROOT);
    if (f.startsWith("pdf")) {
      return AttachmentType.PDF;
    }
    if (f.startsWith("png")) {
      return AttachmentType.PNG;
    }
    if (f.startsWith("jpeg")) {
      return AttachmentType.JPEG;
    }
    if (f.startsWith("gif")) {
      return AttachmentType.GIF;
    }
    if (f.startsWith("bmp")) {
      return AttachmentType.BMP;
    }
    if (f.startsWith("webp")) {
      return AttachmentType.WEBP;
    }
    if (f.startsWith("tiff")) {
      return AttachmentType.TIFF;
    }
    if (f.startsWith("heif")) {
      return AttachmentType.HEIF;
    }
    if (f.startsWith("docx")) {
      return AttachmentType.DOCX;
    }
    if (f.startsWith("docm")) {
      return AttachmentType.WORD_WITH_MACROS;
    }
    if (f.startsWith("doc ")) {
      return AttachmentType.DOC;
    }
    if (f.startsWith("xls")) {
      return AttachmentType.SPREADSHEET;
    }
    if (f.startsWith("pptx")) {
      return AttachmentType.PRESENTATION;
    }
    if (f.startsWith("odt")) {
      return AttachmentType.OPEN_DOCUMENT;
    }
    if (f.startsWith("rtf")) {
      return AttachmentType.RTF;
    }
    if (f.startsWith("xml")) {
      return AttachmentType.XML;
    }
    if (f.startsWith("zip") || f.startsWith("rar") || f.startsWith("7-zip")) {
      return AttachmentType.ARCHIVE;
    }
    if (f.startsWith("windows pe") || f.startsWith("elf")) {
      return AttachmentType.EXECUTABLE;
    }
    if (f.startsWith("java archive")) {
      return AttachmentType.JAVA_ARCHIVE;
    }
    if (f.startsWith("msi")) {
      return AttachmentType.INSTALLER;
    }
    throw new IllegalArgumentException("unmapped format " + trueFormat);
  }

  static Map<String, String> manifest() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String(read("MANIFEST.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      out.put(cols[0], cols[1]);
    }
    return out;
  }

  static byte[] read(String name) {
    try (InputStream in = FileTypeConformanceTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyFixtureIsClassifiedByContent() {
    Map<String, String> manifest = manifest();
    assertThat(manifest).hasSize(31);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      byte[] bytes = read(e.getKey());
      AttachmentType want = expected(e.getValue());
      for (String name : List.of(e.getKey(), "invoice.pdf", "manual.txt", "photo.jpg", "letter.docx", "noextension")) {
        AttachmentType got = AttachmentInspector.detect(Attachment.withContent(name, bytes));
        if (got != want) {
          wrong.add(e.getKey() + " as " + name + ": got " + got + ", expected " + want);
        }
      }
    }
    System.out.printf("file-type conformance: %d files x 6 names, %d wrong%n", manifest.size(), wrong.size());
    assertThat(wrong).isEmpty();
  }

  @Test
  void policyAllowsExactlyTheAllowedTypesWhateverTheName() {
    ContentPolicy policy = ContentPolicy.standard();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : manifest().entrySet()) {
      AttachmentType want = expected(e.getValue());
      byte[] bytes = read(e.getKey());
      for (String name : List.of("invoice.pdf", "manual.txt")) {
        Message m = message(Attachment.withContent(name, bytes));
        List<Finding> type = policy.check(m, CheckContext.of(Marketplace.DE)).findings("attachment.type");
        boolean notAllowed = type.stream().anyMatch(f -> f.explanation().contains("judged by its content"));
        boolean mismatch = type.stream().anyMatch(f -> f.explanation().contains("but its content is"));
        boolean nameMatches = want.extensions().contains(name.substring(name.indexOf('.') + 1));
        if (notAllowed == want.allowed() || mismatch == nameMatches) {
          wrong.add(e.getKey() + " as " + name + ": " + type);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theExecutableNamedAsAnInvoiceIsBlockedAndRemoved() {
    Message m = message(Attachment.withContent("invoice.pdf", read("fixture.exe")), Attachment.withContent("manual.pdf", read("fixture.pdf")));
    PolicyReport r = ContentPolicy.standard().check(m, CheckContext.of(Marketplace.UK));
    assertThat(r.findings("attachment.type")).extracting(Finding::explanation)
        .anyMatch(s -> s.contains("executable program (judged by its content)"))
        .anyMatch(s -> s.contains("named as a PDF document but its content is an executable program"));
    assertThat(r.redacted().attachments()).extracting(Attachment::fileName).containsExactly("manual.pdf");
  }

  static Message message(Attachment... attachments) {
    return Message.builder().id("m").author(Author.SELLER).sentAt(Instant.parse("2026-03-02T10:00:00Z"))
        .body("Please find the documents attached. Order 302-1234567-1234567.").addAttachments(attachments).build();
  }
}
