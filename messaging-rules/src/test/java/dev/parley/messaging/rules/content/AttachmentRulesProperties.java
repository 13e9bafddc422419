package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesProperties {
  private static final CheckContext CTX = CheckContext.of(Marketplace.UK);
  private static final String[] NAMES = {"invoice.pdf", "manual.docx", "a.txt", "photo.jpg", "x.exe", "noext", "f.doc", "catalog.png"};

  @Test
  void randomBytesNeverBreakTheCheck() {
    qt().withExamples(500).forAll(Generators.fileBytes(600)).checkAssert(bytes -> {
      for (String name : new String[] {NAMES[bytes.length % NAMES.length], "manual.docx"}) {
        ReportInvariants.checkAndVerify(ContentPolicy.standard(), AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent(name, bytes)), CTX);
      }
    });
  }

  @Test
  void damagedRealFilesNeverBreakTheCheck() {
    List<byte[]> originals = new ArrayList<>();
    for (String n : List.of("fixture.pdf", "fixture-minimal.pdf", "fixture.docx", "fixture2.docx", "fixture.docm", "fixture.doc.cfb", "fixture.msi.cfb", "fixture.zip", "fixture.png")) {
      originals.add(FileTypeConformanceTest.read(n));
    }
    qt().withExamples(300).forAll(Generators.damaged(originals)).checkAssert(bytes ->
        ReportInvariants.checkAndVerify(ContentPolicy.standard(), AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("doc.pdf", bytes)), CTX));
  }

  @Test
  void theTypeDependsOnTheBytesOnlyAndIsDeterministic() {
    qt().withExamples(500).forAll(Generators.fileBytes(300)).checkAssert(bytes -> {
      AttachmentType t = AttachmentInspector.detect(bytes);
      for (String name : NAMES) {
        assertThat(AttachmentInspector.detect(Attachment.withContent(name, bytes))).isEqualTo(t);
      }
    });
  }
}
