package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.Fields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {
  private static final CheckContext CTX = CheckContext.of(Marketplace.DE);

  static Message with(MessageType type, Attachment... attachments) {
    return Message.builder().id("a").author(Author.SELLER).sentAt(Instant.parse("2026-03-02T10:00:00Z")).type(type)
        .body(type.allowsText() ? "Order 302-1234567-1234567: documents attached." : "").addAttachments(attachments).build();
  }

  static PolicyReport check(Message m) {
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), m, CTX);
  }

  static String scanText(Attachment a) {
    return Fields.attachmentText(0, a, ContentSettings.defaults()).scanText();
  }

  @Test
  void textAttachmentsAreDecodedFromUtf8AndUtf16WithBom() {
    assertThat(scanText(Attachment.withContent("a.txt", "Größe: 42 – see shop.example".getBytes(StandardCharsets.UTF_8)))).isEqualTo("Größe: 42 – see shop.example");
    byte[] utf16 = "\uFEFFCall 030 1234567".getBytes(StandardCharsets.UTF_16LE);
    Attachment a = Attachment.withContent("b.txt", utf16);
    assertThat(AttachmentInspector.detect(a)).isEqualTo(AttachmentType.TEXT);
    assertThat(scanText(a)).isEqualTo("Call 030 1234567");
    assertThat(AttachmentInspector.detect("\uFEFFhi".getBytes(StandardCharsets.UTF_16BE))).isEqualTo(AttachmentType.TEXT);
    assertThat(AttachmentInspector.detect(new byte[] {'a', 0, 'b', 0})).as("UTF-16 without BOM").isEqualTo(AttachmentType.UNKNOWN);
    assertThat(AttachmentInspector.detect(new byte[] {(byte) 0xC3, (byte) 0x28})).as("invalid UTF-8").isEqualTo(AttachmentType.UNKNOWN);
  }

  @Test
  void markupAndScriptsAreNotPlainText() {
    assertThat(AttachmentInspector.detect(TestFiles.utf8("  <!DOCTYPE html><html></html>"))).isEqualTo(AttachmentType.HTML);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("<?xml version=\"1.0\"?><svg/>"))).isEqualTo(AttachmentType.HTML);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("<?xml version=\"1.0\"?><a/>"))).isEqualTo(AttachmentType.XML);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("#!/bin/sh\nrm -rf /"))).isEqualTo(AttachmentType.SCRIPT);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("@echo off\r\ndel *"))).isEqualTo(AttachmentType.SCRIPT);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("{\\rtf1\\ansi hello}"))).isEqualTo(AttachmentType.RTF);
    assertThat(AttachmentInspector.detect(TestFiles.utf8("BMW owner's manual, chapter 3"))).isEqualTo(AttachmentType.TEXT);
    assertThat(AttachmentInspector.detect(new byte[0])).isEqualTo(AttachmentType.TEXT);
  }

  @Test
  void docxTextAndHyperlinksAreExtracted() {
    byte[] docx = TestFiles.docx(TestFiles.paragraph("Warranty card") + TestFiles.paragraph("Register at R&amp;D portal")
            + "<w:p><w:hyperlink r:id=\"rId5\"><w:r><w:t>our site</w:t></w:r></w:hyperlink></w:p>",
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://warranty.example-shop.com/register?a=1&amp;b=2\" TargetMode=\"External\"/>",
        false);
    Attachment a = Attachment.withContent("warranty.docx", docx);
    assertThat(AttachmentInspector.detect(a)).isEqualTo(AttachmentType.DOCX);
    assertThat(scanText(a)).contains("Warranty card\n").contains("Register at R&D portal").contains("our site")
        .endsWith("\nhttps://warranty.example-shop.com/register?a=1&b=2");
    assertThat(check(with(MessageType.FREE_FORM, a)).findings()).noneMatch(f -> f.ruleId().startsWith("attachment."));
  }

  @Test
  void macroDocumentsAreBlockedWhateverTheName() {
    Attachment a = Attachment.withContent("manual.docx", TestFiles.docx(TestFiles.paragraph("Enable content"), null, true));
    PolicyReport r = check(with(MessageType.FREE_FORM, a));
    assertThat(r.findings("attachment.type")).extracting(Finding::explanation)
        .anyMatch(m -> m.contains("macro-enabled Word document (judged by its content)"))
        .anyMatch(m -> m.contains("named as a Word document but its content is a macro-enabled Word document"));
    assertThat(r.findings("attachment.content")).extracting(Finding::explanation).anyMatch(m -> m.contains("VBA macros"));
    assertThat(r.redacted().attachments()).isEmpty();
  }

  @Test
  void pdfTextLinksAndActiveContentAreFound() {
    byte[] pdf = TestFiles.pdf("Visit our \\(new\\) store", "Hotline 0800 123", "https://store.example.com/p?id=7", "");
    Attachment a = Attachment.withContent("invoice.pdf", pdf);
    assertThat(AttachmentInspector.detect(a)).isEqualTo(AttachmentType.PDF);
    assertThat(scanText(a)).contains("Visit our (new) store").contains("Hotline 0800 123").contains("https://store.example.com/p?id=7");
    assertThat(check(with(MessageType.FREE_FORM, a)).findings("attachment.content")).isEmpty();
    byte[] js = TestFiles.pdf("x", "y", "https://www.amazon.de", "7 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n");
    PolicyReport r = check(with(MessageType.FREE_FORM, Attachment.withContent("invoice.pdf", js)));
    assertThat(r.findings("attachment.content")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      assertThat(f.explanation()).contains("JavaScript");
    });
  }

  @Test
  void nameOnlyAttachmentsAreJudgedByExtension() {
    PolicyReport r = check(with(MessageType.FREE_FORM, Attachment.of("setup.scr", 1000), Attachment.of("manual.pdf", 1000), Attachment.of("README", 10)));
    assertThat(r.findings("attachment.type")).hasSize(2).allMatch(f -> f.explanation().contains("judged by extension only"));
    assertThat(r.findings("attachment.type")).extracting(f -> f.field()).containsExactly(MessageField.attachmentName(0), MessageField.attachmentName(2));
  }

  @Test
  void mismatchBetweenAllowedTypesIsItsOwnFinding() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    PolicyReport r = check(with(MessageType.FREE_FORM, Attachment.withContent("invoice.pdf", png)));
    assertThat(r.findings("attachment.type")).singleElement().extracting(Finding::explanation).asString()
        .isEqualTo("Attachment invoice.pdf is named as a PDF document but its content is a PNG image.");
    assertThat(check(with(MessageType.FREE_FORM, Attachment.withContent("photo.JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))).findings("attachment.type")).isEmpty();
    assertThat(check(with(MessageType.FREE_FORM, Attachment.withContent("notes.csv", TestFiles.utf8("a;b")))).findings("attachment.type"))
        .singleElement().extracting(Finding::explanation).asString().contains("extension .csv, which is not allowed");
  }

  @Test
  void sizeIsTotalPerMessageByDefaultAndPerFileOnRequest() {
    Message m = with(MessageType.FREE_FORM, Attachment.of("a.pdf", 6L << 20), Attachment.of("b.pdf", 6L << 20));
    assertThat(check(m).findings("attachment.size")).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo(MessageField.message()));
    ContentPolicy perFile = ContentPolicy.of(ContentSettings.builder().attachmentLimitPerFile(true).build());
    assertThat(perFile.check(m, CTX).findings("attachment.size")).isEmpty();
    Message big = with(MessageType.FREE_FORM, Attachment.of("a.pdf", 11L << 20));
    assertThat(perFile.check(big, CTX).findings("attachment.size")).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo(MessageField.attachmentName(0)));
  }

  @Test
  void countFollowsTheSpApiType() {
    assertThat(check(with(MessageType.INVOICE)).findings("attachment.count")).singleElement().extracting(Finding::explanation).asString().contains("at least 1");
    assertThat(check(with(MessageType.WARRANTY, Attachment.of("w.pdf", 10))).findings("attachment.count")).isEmpty();
    assertThat(check(with(MessageType.CONFIRM_DELIVERY_DETAILS, Attachment.of("w.pdf", 10))).findings("attachment.count")).singleElement()
        .extracting(Finding::explanation).asString().contains("takes no attachments");
    Attachment[] six = new Attachment[6];
    for (int i = 0; i < six.length; i++) {
      six[i] = Attachment.of("p" + i + ".pdf", 10);
    }
    assertThat(check(with(MessageType.LEGAL_DISCLOSURE, six)).findings("attachment.count")).hasSize(1);
    Attachment[] many = new Attachment[12];
    for (int i = 0; i < many.length; i++) {
      many[i] = Attachment.of("p" + i + ".pdf", 10);
    }
    assertThat(check(with(MessageType.FREE_FORM, many)).findings("attachment.count")).isEmpty();
  }

  @Test
  void purposeIsJudgedByNameAndText() {
    for (String n : List.of("Summer_Catalogue_2026.pdf", "flyer-de.pdf", "coupon.png", "product-photo-3.jpg", "Produktfotos.zip", "promo.pdf")) {
      assertThat(check(with(MessageType.FREE_FORM, Attachment.of(n, 100))).findings("attachment.purpose")).as(n).hasSize(1)
          .allMatch(f -> f.severity() == Severity.WARN);
    }
    for (String n : List.of("manual.pdf", "invoice-302-1234567.pdf", "warranty_card.pdf", "return-label.pdf", "IMG_2041.jpg", "custom-design-proof.png", "product-manual.pdf")) {
      assertThat(check(with(MessageType.FREE_FORM, Attachment.of(n, 100))).findings("attachment.purpose")).as(n).isEmpty();
    }
    Attachment txt = Attachment.withContent("info.txt", TestFiles.utf8("Thank you! Use discount code SPRING10 on your next order."));
    List<Finding> f = check(with(MessageType.FREE_FORM, txt)).findings("attachment.purpose");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo(MessageField.attachment(0));
      assertThat(x.excerpt()).isEqualTo("discount code");
    });
  }
}
