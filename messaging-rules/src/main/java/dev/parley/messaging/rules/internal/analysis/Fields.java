package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.internal.attachment.AttachmentInspection;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.attachment.AttachmentScan;
import dev.parley.messaging.rules.internal.html.HtmlBody;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.MessageField;
import java.util.ArrayList;
import java.util.List;

/** Splits a message into the fields the text rules read. */
public final class Fields {
  private Fields() {}

  /**
   * {@return the fields of a message, freshly analysed}
   *
   * @param message the message
   * @param settings the content settings
   */
  public static List<FieldText> of(Message message, ContentSettings settings) {
    return of(Analysis.of(message), settings);
  }

  /**
   * {@return the fields of an analysed message: the subject (if any), the body (plain, or the HTML
   * analysis), and per attachment its file name and, when it has bytes, its content}; the plain
   * fields are the analysis's own, so what other engines computed on them is reused
   *
   * @param analysis the message's analysis
   * @param settings the content settings
   */
  public static List<FieldText> of(Analysis analysis, ContentSettings settings) {
    Message message = analysis.message();
    List<FieldText> fields = new ArrayList<>();
    if (!message.subject().isEmpty()) {
      fields.add(analysis.subject());
    }
    if (message.bodyFormat() == BodyFormat.HTML) {
      fields.add(analysis.htmlBody(settings));
    } else {
      fields.add(analysis.plainBody());
    }
    List<Attachment> attachments = message.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      fields.add(analysis.attachmentName(i));
      FieldText text = analysis.attachmentText(i, settings);
      if (text != null) {
        fields.add(text);
      }
    }
    return fields;
  }

  /**
   * The content field of an attachment that has bytes: its extracted text (TXT, DOCX, PDF) with
   * the links found outside the text appended one per line, so the text rules see them; the
   * field's source map carries the inspection for {@link AttachmentRules}. Null when the
   * attachment has no bytes.
   */
  public static FieldText attachmentText(int index, Attachment a, ContentSettings settings) {
    if (!a.hasContent()) {
      return null;
    }
    AttachmentScan scan = AttachmentInspection.inspect(a, settings);
    String text = scan.scanText();
    return new FieldText(MessageField.attachment(index), text, text, scan);
  }

  /** The inspection of the attachment at the index, or null when it had no bytes. */
  public static AttachmentScan scanOf(List<FieldText> fields, int index) {
    for (FieldText f : fields) {
      if (f.field().kind() == MessageField.Kind.ATTACHMENT && f.field().attachmentIndex() == index) {
        return f.attachmentScan().orElse(null);
      }
    }
    return null;
  }
}
