package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.MessageType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One regression test per DOCX bypass of issue 15: each hid a link that Word shows. */
class DocxBypassTest {
  private static final String HOST = "shop.example-store.net";
  private static final String W = HostileDocx.W;
  private static final String CT = "<?xml version=\"1.0\"?><Types xmlns=\"" + HostileDocx.CT + "\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Override PartName=\"/MAIN\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

  static byte[] docx(String mainName, String document, String mainRels, boolean decoy) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("[Content_Types].xml", TestFiles.utf8(CT.replace("MAIN", mainName)));
    m.put("_rels/.rels", TestFiles.utf8("<Relationships xmlns=\"" + HostileDocx.PR + "\"><Relationship Id=\"rId1\" Type=\"" + HostileDocx.T_DOC + "\" Target=\"/" + mainName + "\"/></Relationships>"));
    if (decoy) {
      m.put("word/document.xml", TestFiles.utf8("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>Your invoice</w:t></w:r></w:p></w:body></w:document>"));
    }
    m.put(mainName, TestFiles.utf8(document));
    if (mainRels != null) {
      String folder = mainName.substring(0, mainName.lastIndexOf('/') + 1);
      m.put(folder + "_rels/" + mainName.substring(folder.length()) + ".rels", TestFiles.utf8(mainRels));
    }
    return TestFiles.zip(m);
  }

  static String doc(String prefix, String body) {
    String decl = prefix.isEmpty() ? " xmlns=\"" + W + "\"" : " xmlns:" + prefix + "=\"" + W + "\"";
    String p = prefix.isEmpty() ? "" : prefix + ":";
    return "<" + p + "document" + decl + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><" + p + "body>"
        + body.replace("W:", p) + "</" + p + "body></" + p + "document>";
  }

  private static PolicyReport check(byte[] docx) {
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("manual.docx", docx)), Differential.CTX);
  }

  private static void assertLink(byte[] docx) {
    PolicyReport r = check(docx);
    assertThat(Differential.reportsLink(r, HOST)).as("%s", r.findings()).isTrue();
  }

  @Test
  void aFldSimpleHyperlinkIsALink() {
    assertLink(docx("word/document.xml", doc("w", "<W:p><W:fldSimple W:instr=\" HYPERLINK &quot;https://" + HOST + "/&quot; \"><W:r><W:t>shop</W:t></W:r></W:fldSimple></W:p>"), null, false));
  }

  @Test
  void relationshipsWithLineBreaksSingleQuotesAndAPrefixAreRead() {
    String rels = "<pr:Relationships xmlns:pr='" + HostileDocx.PR + "'><pr:Relationship\n  Target = 'https://" + HOST + "/'\n  Id='rId5'\tType='"
        + HostileDocx.T_LINK + "'\r\n  TargetMode='External'/></pr:Relationships>";
    assertLink(docx("word/document.xml", doc("w", "<W:p><W:hyperlink r:id=\"rId5\"><W:r><W:t>shop</W:t></W:r></W:hyperlink></W:p>"), rels, false));
  }

  @Test
  void aPrefixOtherThanWIsRead() {
    assertLink(docx("word/document.xml", doc("ns0", "<W:p><W:r><W:t>Visit www." + HOST + "</W:t></W:r></W:p>"), null, false));
  }

  @Test
  void aDefaultNamespaceIsRead() {
    assertLink(docx("word/document.xml", doc("", "<W:p><W:r><W:t>Visit www." + HOST + "</W:t></W:r></W:p>"), null, false));
  }

  @Test
  void cdataInsideATextRunIsText() {
    assertLink(docx("word/document.xml", doc("w", "<W:p><W:r><W:t><![CDATA[Visit www." + HOST + "]]></W:t></W:r></W:p>"), null, false));
  }

  @Test
  void aRenamedMainPartNextToADecoyIsRead() {
    byte[] b = docx("content/body.xml", doc("w", "<W:p><W:r><W:t>Visit www." + HOST + "</W:t></W:r></W:p>"), null, true);
    assertThat(AttachmentInspector.detect(b)).isEqualTo(AttachmentType.DOCX);
    assertLink(b);
  }

  @Test
  void aRenamedMainPartWithoutADecoyIsStillAWordDocument() {
    byte[] b = docx("x/main.xml", doc("w", "<W:p><W:r><W:t>Visit www." + HOST + "</W:t></W:r></W:p>"), null, false);
    assertThat(AttachmentInspector.detect(b)).isEqualTo(AttachmentType.DOCX);
    assertLink(b);
  }

  @Test
  void aComplexHyperlinkFieldSplitOverRunsIsALink() {
    assertLink(docx("word/document.xml", doc("w", "<W:p><W:r><W:fldChar W:fldCharType=\"begin\"/></W:r><W:r><W:instrText> HYPERLINK \"https://shop.exa</W:instrText></W:r>"
        + "<W:r><W:instrText>mple-store.net/\" </W:instrText></W:r><W:r><W:fldChar W:fldCharType=\"separate\"/></W:r><W:r><W:t>here</W:t></W:r>"
        + "<W:r><W:fldChar W:fldCharType=\"end\"/></W:r></W:p>"), null, false));
  }

  @Test
  void aLinkAtTheStartOfARunCutByTheSizeCapIsKept() {
    String filler = "<W:p><W:r><W:t>" + "a".repeat(2000) + "</W:t></W:r></W:p>";
    byte[] b = docx("word/document.xml", doc("w", filler + "<W:p><W:r><W:t>www." + HOST + " " + "b".repeat(50_000) + "</W:t></W:r></W:p>"), null, false);
    ContentSettings small = ContentSettings.builder().maxInspectedBytes(3500).build();
    PolicyReport r = ContentPolicy.of(small).check(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent("manual.docx", b)), Differential.CTX);
    assertThat(Differential.reportsLink(r, HOST)).as("%s", r.findings()).isTrue();
    assertThat(Differential.notFullyInspected(r)).isTrue();
  }

  @Test
  void aDdeFieldIsActiveContent() {
    PolicyReport r = check(docx("word/document.xml", doc("w", "<W:p><W:fldSimple W:instr=\" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; \"/></W:p>"), null, false));
    assertThat(r.findings("attachment.content").toString()).contains("DDE");
  }
}
