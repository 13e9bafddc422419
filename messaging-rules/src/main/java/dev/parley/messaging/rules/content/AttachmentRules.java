package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.files.Extraction;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * The attachment rules (RULES.md §2, attachments): attachment.type (judged by content when the
 * bytes are given, else by extension, and a name/content mismatch), attachment.size,
 * attachment.count (the SP-API type's limits), attachment.content (macros, scripts, launch
 * actions, embedded files, and files that could not be fully inspected) and attachment.purpose
 * (marketing material and product photos, by file name and text). The text inside attachments is
 * checked by the text rules on the attachment's content field. Immutable and thread-safe.
 */
final class AttachmentRules implements MessageRule {
  private static final Set<AttachmentType> TEXT_LIKE = Set.of(AttachmentType.SCRIPT, AttachmentType.HTML, AttachmentType.XML, AttachmentType.RTF);

  private final PhraseMatcher purpose;

  AttachmentRules() {
    purpose = PhraseMatcher.compile("attachment-purpose.txt", PhraseMatcher.readLines(AttachmentRules.class, "/dev/parley/messaging/rules/phrases/attachment-purpose.txt"));
  }

  @Override
  public void check(RuleInput input, List<FieldText> fields, FindingSink sink) {
    List<Attachment> attachments = input.message().attachments();
    ContentSettings settings = input.settings();
    count(input.message().type(), attachments.size(), sink);
    long total = 0;
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      AttachmentScan scan = Fields.scanOf(fields, i);
      type(i, a, scan, settings, sink);
      content(i, a, scan, sink);
      purpose(i, a, scan, settings.severityOf("attachment.purpose"), sink);
      // Saturating: two sizes near Long.MAX_VALUE must not wrap round to a small total.
      total = total > Long.MAX_VALUE - a.sizeBytes() ? Long.MAX_VALUE : total + a.sizeBytes();
      if (settings.attachmentLimitPerFile() && a.sizeBytes() > settings.maxAttachmentBytes()) {
        sink.addSource("attachment.size", settings.severityOf("attachment.size"), MessageField.attachmentName(i), a.fileName(), 0, a.fileName().length(),
            "Attachment " + a.fileName() + " is " + a.sizeBytes() + " bytes; each file may have at most " + settings.maxAttachmentBytes() + " bytes.");
      }
    }
    if (!settings.attachmentLimitPerFile() && total > settings.maxAttachmentBytes()) {
      sink.addMessage("attachment.size", "The attachments total " + total + " bytes; a message may carry at most " + settings.maxAttachmentBytes() + " bytes of attachments.");
    }
  }

  private static void count(MessageType type, int n, FindingSink sink) {
    if (n > type.maxAttachments()) {
      sink.addMessage("attachment.count", type.maxAttachments() == 0
          ? "The SP-API type " + type + " takes no attachments, but the message has " + n + "."
          : "The SP-API type " + type + " takes at most " + type.maxAttachments() + " attachments, but the message has " + n + ".");
    } else if (n < type.minAttachments()) {
      sink.addMessage("attachment.count", "The SP-API type " + type + " needs at least " + type.minAttachments() + " attachment" + (type.minAttachments() == 1 ? "" : "s") + ", but the message has " + n + ".");
    }
  }

  private static void type(int i, Attachment a, AttachmentScan scan, ContentSettings settings, FindingSink sink) {
    if (!sink.enabled("attachment.type")) {
      return;
    }
    String name = a.fileName();
    String ext = a.extension();
    Set<String> allowed = settings.allowedAttachmentExtensions();
    AttachmentType claimed = AttachmentType.fromExtension(ext);
    Severity severity = settings.severityOf("attachment.type");
    MessageField field = MessageField.attachmentName(i);
    String shownExt = ext.isEmpty() ? "no extension" : "the extension ." + ext;
    if (scan == null) {
      if (!allowed.contains(ext)) {
        sink.addSource("attachment.type", severity, field, name, 0, name.length(),
            "Attachment " + name + " has " + shownExt + ", which is not an allowed type (judged by extension only: no content was given).");
      }
      return;
    }
    AttachmentType real = scan.type;
    if (!real.allowedBy(allowed)) {
      sink.addSource("attachment.type", severity, field, name, 0, name.length(),
          "Attachment " + name + " is " + withArticle(real.label()) + " (judged by its content), which is not an allowed attachment type.");
    } else if (!allowed.contains(ext)) {
      sink.addSource("attachment.type", severity, field, name, 0, name.length(),
          "Attachment " + name + " has " + shownExt + ", which is not allowed (its content is " + withArticle(real.label()) + ").");
    }
    boolean textual = real == AttachmentType.TEXT && TEXT_LIKE.contains(claimed);
    if (claimed != AttachmentType.UNKNOWN && claimed != real && !textual && (claimed.allowedBy(allowed) || real.allowedBy(allowed))) {
      sink.addSource("attachment.type", severity, field, name, 0, name.length(),
          "Attachment " + name + " is named as " + withArticle(claimed.label()) + " but its content is " + withArticle(real.label()) + ".");
    }
  }

  /** "a PDF document", "an executable program", "an HTML document". */
  static String withArticle(String label) {
    char c = label.charAt(0);
    boolean vowelSound = "aeiouAEIOU".indexOf(c) >= 0 || label.startsWith("HTML") || label.startsWith("XML") || label.startsWith("RTF") || label.startsWith("MSI");
    return (vowelSound ? "an " : "a ") + label;
  }

  private static void content(int i, Attachment a, AttachmentScan scan, FindingSink sink) {
    if (scan == null || !sink.enabled("attachment.content")) {
      return;
    }
    Extraction x = scan.extraction;
    String text = x.text();
    MessageField field = MessageField.attachmentName(i);
    String name = a.fileName();
    if (scan.macros) {
      sink.addSource("attachment.content", Severity.BLOCK, field, name, 0, name.length(), "Attachment " + name + " carries VBA macros.");
    }
    List<String> active = x.activeContent();
    if (!active.isEmpty()) {
      boolean dangerous = active.contains("JavaScript") || active.contains("a launch action") || active.contains("ActiveX controls") || active.contains("a DDE field");
      sink.addSource("attachment.content", dangerous ? Severity.BLOCK : Severity.WARN, field, name, 0, name.length(),
          "Attachment " + name + " carries " + String.join(", ", active) + (dangerous ? "." : ", which Parley does not open."));
    }
    if (x.incompleteReason() != null) {
      sink.addSource("attachment.content", Severity.WARN, MessageField.attachment(i), text, 0, 0,
          "Attachment " + name + " could not be fully inspected (stopped at " + x.incompleteReason() + "); check it by hand.");
    }
  }

  private void purpose(int i, Attachment a, AttachmentScan scan, Severity severity, FindingSink sink) {
    if (!sink.enabled("attachment.purpose")) {
      return;
    }
    String name = a.fileName();
    String base = name.replace('_', ' ').replace('-', ' ').replace('.', ' ');
    NormalizedText folded = NormalizedText.of(base);
    for (PhraseMatcher.Match m : purpose.find(Tokens.of(folded.text()))) {
      int s = folded.originalStart(m.start());
      int e = folded.originalEnd(m.end());
      sink.addSource("attachment.purpose", severity,
          MessageField.attachmentName(i), name, s, e,
          "Attachment " + name + " looks like " + (m.tag().equals("text") ? "marketing material" : "marketing material or a product photo") + " (\"" + name.substring(s, e) + "\"); attachments are for manuals, warranties, invoices, labels and custom designs.");
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
      sink.addSource("attachment.purpose", severity, MessageField.attachment(i), text, s, e,
          "Attachment " + name + " reads like marketing material (\"" + text.substring(s, e).strip() + "\"); attachments are for manuals, warranties, invoices, labels and custom designs.");
      return;
    }
  }
}
