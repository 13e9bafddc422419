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
 * {@code attachment.count}: the SP-API message type's attachment limits (at most five; invoices and
 * warranties need at least one; some types take none). Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.ATTACHMENT_COUNT,
    summary = "SP-API types: at most 5 attachments; invoices and warranties need at least one.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.ATTACHMENT_NAME, Input.CONTEXT})
public final class AttachmentCountRule implements MessageRule {
  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    check(input.message().type(), input.message().attachments().size(), sink);
  }

  private static void check(MessageType type, int n, Reporter sink) {
    if (n > type.maxAttachments()) {
      sink.addMessage(RuleIds.ATTACHMENT_COUNT, type.maxAttachments() == 0
          ? "The SP-API type " + type + " takes no attachments, but the message has " + n + "."
          : "The SP-API type " + type + " takes at most " + type.maxAttachments() + " attachments, but the message has " + n + ".", "SP-API type limit");
    } else if (n < type.minAttachments()) {
      sink.addMessage(RuleIds.ATTACHMENT_COUNT, "The SP-API type " + type + " needs at least " + type.minAttachments() + " attachment" + (type.minAttachments() == 1 ? "" : "s") + ", but the message has " + n + ".", "SP-API type limit");
    }
  }

}
