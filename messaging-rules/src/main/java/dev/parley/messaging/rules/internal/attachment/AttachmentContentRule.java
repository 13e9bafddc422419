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
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * {@code attachment.content}: what an attachment carries besides text: VBA macros, scripts, launch
 * actions and embedded files, and files that could not be fully inspected within the caps. The
 * text and links inside attachments are judged by the text rules on the attachment's content field;
 * this rule's severity override and enablement govern those findings too (see {@link Reporter}).
 * Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.ATTACHMENT_CONTENT,
    summary = "Attachments obey the content rules; text, links and macros inside them count.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_BSM},
    reads = {Input.ATTACHMENT_CONTENT})
public final class AttachmentContentRule implements MessageRule {
  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    List<Attachment> attachments = input.message().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      check(i, attachments.get(i), Fields.scanOf(fields, i), sink);
    }
  }

  private static void check(int i, Attachment a, AttachmentScan scan, Reporter sink) {
    if (scan == null || !sink.enabled(RuleIds.ATTACHMENT_CONTENT)) {
      return;
    }
    Extraction x = scan.extraction;
    String text = x.text();
    MessageField field = MessageField.attachmentName(i);
    String name = a.fileName();
    if (scan.macros) {
      sink.addSource(RuleIds.ATTACHMENT_CONTENT, null, field, name, 0, name.length(), "Attachment " + name + " carries VBA macros.", "vbaProject part");
    }
    List<String> active = x.activeContent();
    if (!active.isEmpty()) {
      boolean dangerous = active.contains("JavaScript") || active.contains("a launch action") || active.contains("ActiveX controls");
      sink.addSource(RuleIds.ATTACHMENT_CONTENT, dangerous ? null : Severity.WARN, field, name, 0, name.length(),
          "Attachment " + name + " carries " + String.join(", ", active) + (dangerous ? "." : ", which Parley does not open."), "active content: " + active);
    }
    if (x.incompleteReason() != null) {
      sink.addSource(RuleIds.ATTACHMENT_CONTENT, Severity.WARN, MessageField.attachment(i), text, 0, 0,
          "Attachment " + name + " could not be fully inspected (stopped at " + x.incompleteReason() + "); check it by hand.", "inspection cap: " + x.incompleteReason());
    }
  }

}
