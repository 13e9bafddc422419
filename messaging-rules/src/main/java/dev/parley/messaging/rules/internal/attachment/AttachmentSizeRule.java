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
 * {@code attachment.size}: at most {@link ContentSettings#maxAttachmentBytes()} of attachments in
 * a message (or per file, when {@link ContentSettings#attachmentLimitPerFile()} says so). Sizes add
 * up without overflow: a total past {@code Long.MAX_VALUE} stays at it. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.ATTACHMENT_SIZE,
    summary = "At most 10 MB of attachments in a message.",
    severity = Severity.BLOCK,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_BSM},
    reads = {Input.ATTACHMENT_NAME})
public final class AttachmentSizeRule implements MessageRule {
  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    List<Attachment> attachments = input.message().attachments();
    ContentSettings settings = input.settings();
    long total = 0;
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      total = saturatedAdd(total, a.sizeBytes());
      if (settings.attachmentLimitPerFile() && a.sizeBytes() > settings.maxAttachmentBytes()) {
        sink.addSource(RuleIds.ATTACHMENT_SIZE, null, MessageField.attachmentName(i), a.fileName(), 0, a.fileName().length(),
            "Attachment " + a.fileName() + " is " + a.sizeBytes() + " bytes; each file may have at most " + settings.maxAttachmentBytes() + " bytes.",
            "per-file limit");
      }
    }
    if (!settings.attachmentLimitPerFile() && total > settings.maxAttachmentBytes()) {
      sink.addMessage(RuleIds.ATTACHMENT_SIZE, "The attachments total " + total + " bytes; a message may carry at most " + settings.maxAttachmentBytes() + " bytes of attachments.",
          "per-message limit");
    }
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
