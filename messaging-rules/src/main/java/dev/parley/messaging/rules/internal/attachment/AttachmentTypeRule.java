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
 * {@code attachment.type}: only text, PDF, Word documents and images, judged by the bytes when they
 * are given (a name/content mismatch is reported too), else by the extension, and the finding says
 * so. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.ATTACHMENT_TYPE,
    summary = "Only text, PDF, Word documents and images (jpg, gif, png, tiff, bmp), judged by content.",
    severity = Severity.BLOCK,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_BSM, RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.ATTACHMENT_NAME, Input.ATTACHMENT_CONTENT})
public final class AttachmentTypeRule implements MessageRule {
  private static final Set<AttachmentType> TEXT_LIKE = Set.of(AttachmentType.SCRIPT, AttachmentType.HTML, AttachmentType.XML, AttachmentType.RTF);

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    List<Attachment> attachments = input.message().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      check(i, attachments.get(i), Fields.scanOf(fields, i), input.settings(), sink);
    }
  }

  private static void check(int i, Attachment a, AttachmentScan scan, ContentSettings settings, Reporter sink) {
    if (!sink.enabled(RuleIds.ATTACHMENT_TYPE)) {
      return;
    }
    String name = a.fileName();
    String ext = a.extension();
    Set<String> allowed = settings.allowedAttachmentExtensions();
    AttachmentType claimed = AttachmentType.fromExtension(ext);
    Severity severity = null;
    MessageField field = MessageField.attachmentName(i);
    String shownExt = ext.isEmpty() ? "no extension" : "the extension ." + ext;
    if (scan == null) {
      if (!allowed.contains(ext)) {
        sink.addSource(RuleIds.ATTACHMENT_TYPE, severity, field, name, 0, name.length(),
            "Attachment " + name + " has " + shownExt + ", which is not an allowed type (judged by extension only: no content was given).", "by extension");
      }
      return;
    }
    AttachmentType real = scan.type;
    if (!real.allowedBy(allowed)) {
      sink.addSource(RuleIds.ATTACHMENT_TYPE, severity, field, name, 0, name.length(),
          "Attachment " + name + " is " + withArticle(real.label()) + " (judged by its content), which is not an allowed attachment type.", "by content: " + real);
    } else if (!allowed.contains(ext)) {
      sink.addSource(RuleIds.ATTACHMENT_TYPE, severity, field, name, 0, name.length(),
          "Attachment " + name + " has " + shownExt + ", which is not allowed (its content is " + withArticle(real.label()) + ").", "extension ." + ext);
    }
    boolean textual = real == AttachmentType.TEXT && TEXT_LIKE.contains(claimed);
    if (claimed != AttachmentType.UNKNOWN && claimed != real && !textual && (claimed.allowedBy(allowed) || real.allowedBy(allowed))) {
      sink.addSource(RuleIds.ATTACHMENT_TYPE, severity, field, name, 0, name.length(),
          "Attachment " + name + " is named as " + withArticle(claimed.label()) + " but its content is " + withArticle(real.label()) + ".", "name says " + claimed + ", content says " + real);
    }
  }

  /** "a PDF document", "an executable program", "an HTML document". */
  public static String withArticle(String label) {
    char c = label.charAt(0);
    boolean vowelSound = "aeiouAEIOU".indexOf(c) >= 0 || label.startsWith("HTML") || label.startsWith("XML") || label.startsWith("RTF") || label.startsWith("MSI");
    return (vowelSound ? "an " : "a ") + label;
  }

}
