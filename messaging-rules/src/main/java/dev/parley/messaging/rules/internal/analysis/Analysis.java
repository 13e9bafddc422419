package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.content.ContentSettings;
import java.util.List;

/**
 * The analysis of one message, built once per check and shared by every engine that reads it: the
 * content policy's rules, the classifier and the delivery checks read the same {@link FieldText}s,
 * so each field is folded, tokenised and matched against the bundled lexicons once ({@link
 * FieldText#lexiconMatches}).
 *
 * <p>Everything is computed on first use: a message the content policy does not scan (too large)
 * costs nothing beyond what the classifier reads. Created per check and confined to it; not
 * thread-safe.
 */
public final class Analysis {
  private final Message message;
  private FieldText subject;
  private FieldText plainBody;
  private final FieldText[] attachmentNames;
  private List<FieldText> fields;
  private ContentSettings fieldsSettings;

  private Analysis(Message message) {
    this.message = message;
    this.attachmentNames = new FieldText[message.attachments().size()];
  }

  /**
   * {@return a new analysis of a message; nothing is computed yet}
   *
   * @param message the message
   */
  public static Analysis of(Message message) {
    return new Analysis(message);
  }

  /** {@return the message analysed} */
  public Message message() {
    return message;
  }

  /** {@return the subject as a plain field (possibly empty)} */
  public FieldText subject() {
    if (subject == null) {
      subject = FieldText.plain(MessageField.subject(), message.subject());
    }
    return subject;
  }

  /** {@return the body as a plain field, or null when the body is HTML (its field is the HTML analysis)} */
  public FieldText plainBody() {
    if (message.bodyFormat() == BodyFormat.HTML) {
      return null;
    }
    if (plainBody == null) {
      plainBody = FieldText.plain(MessageField.body(), message.body());
    }
    return plainBody;
  }

  /**
   * {@return the file name of an attachment as a plain field}
   *
   * @param index the attachment's index
   */
  public FieldText attachmentName(int index) {
    if (attachmentNames[index] == null) {
      attachmentNames[index] = FieldText.plain(MessageField.attachmentName(index), message.attachments().get(index).fileName());
    }
    return attachmentNames[index];
  }

  /**
   * {@return every field the content rules read (see {@link Fields#of(Analysis, ContentSettings)}),
   * built on first use and shared afterwards}
   *
   * @param settings the content settings (HTML extraction and attachment inspection depend on them)
   */
  public List<FieldText> fields(ContentSettings settings) {
    if (fields == null || !settings.equals(fieldsSettings)) {
      fields = Fields.of(this, settings);
      fieldsSettings = settings;
    }
    return fields;
  }
}
