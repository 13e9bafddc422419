package dev.parley.messaging.rules.internal.attachment;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.AttachmentType;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Fields;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.files.Extraction;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * {@code attachment.purpose}: attachments are for manuals, warranties, invoices, labels and custom
 * designs; a file whose name or text reads like marketing material or a product photo is a warning,
 * by the phrases of {@code attachment-purpose.txt}. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.ATTACHMENT_PURPOSE,
    summary = "Attachments are for manuals, warranties, invoices, labels and custom designs, not marketing.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_BSM},
    reads = {Input.ATTACHMENT_NAME, Input.ATTACHMENT_CONTENT})
public final class AttachmentPurposeRule implements MessageRule {
  /**
   * Its own matcher (lexicon format, one loader): it reads a file name with separators turned into
   * spaces and an attachment's extracted text, not a field's text, so the shared pass cannot serve it.
   */
  private final PhraseMatcher purpose = PhraseMatcher.compileGroups(List.of(List.of(LexiconFile.bundled("attachment-purpose.txt"))));

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    List<Attachment> attachments = input.message().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      check(i, attachments.get(i), Fields.scanOf(fields, i), sink);
    }
  }

  private void check(int i, Attachment a, AttachmentScan scan, Reporter sink) {
    if (!sink.enabled(RuleIds.ATTACHMENT_PURPOSE)) {
      return;
    }
    String name = a.fileName();
    String base = name.replace('_', ' ').replace('-', ' ').replace('.', ' ');
    NormalizedText folded = NormalizedText.of(base);
    for (PhraseMatcher.Match m : purpose.find(Tokens.of(folded.text()))) {
      int s = folded.originalStart(m.start());
      int e = folded.originalEnd(m.end());
      sink.addSource(RuleIds.ATTACHMENT_PURPOSE, null,
          MessageField.attachmentName(i), name, s, e,
          "Attachment " + name + " looks like " + (m.tag().equals("text") ? "marketing material" : "marketing material or a product photo") + " (\"" + name.substring(s, e) + "\"); attachments are for manuals, warranties, invoices, labels and custom designs.", "lexicon attachment-purpose.txt: " + m.pattern());
      return;
    }
    if (scan == null) {
      return;
    }
    String text = scan.extraction.text();
    NormalizedText nt = NormalizedText.of(text.length() > 200_000 ? text.substring(0, 200_000) : text);
    for (PhraseMatcher.Match m : purpose.find(Tokens.of(nt.text()))) {
      if (!m.tag().equals("text")) {
        continue;
      }
      int s = nt.originalStart(m.start());
      int e = nt.originalEnd(m.end());
      sink.addSource(RuleIds.ATTACHMENT_PURPOSE, null, MessageField.attachment(i), text, s, e,
          "Attachment " + name + " reads like marketing material (\"" + text.substring(s, e).strip() + "\"); attachments are for manuals, warranties, invoices, labels and custom designs.", "lexicon attachment-purpose.txt: " + m.pattern());
      return;
    }
  }
}
