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
  /** The analysis this one takes unchanged fields from, or null. */
  private final Analysis previous;

  private Analysis(Message message, Analysis previous) {
    this.message = message;
    this.attachmentNames = new FieldText[message.attachments().size()];
    this.previous = previous;
  }

  /**
   * {@return a new analysis of a message; nothing is computed yet}
   *
   * @param message the message
   */
  public static Analysis of(Message message) {
    return new Analysis(message, null);
  }

  /**
   * {@return a new analysis of a message derived from an analysed one (the redacted copy of a
   * checked message), which takes over every field whose input is unchanged}: the subject and a
   * plain body when their text is equal, an attachment's name and content when the attachment at
   * the same index is the very same object, an HTML body when its source and every attachment are.
   * A field is a function of its input (its text, its index, the settings), so the fields taken
   * over, with what was already computed on them, are exactly what analysing them again would
   * give; the other fields are analysed anew.
   *
   * @param previous the analysis of the message this one was derived from
   * @param message the derived message
   */
  public static Analysis reusing(Analysis previous, Message message) {
    return new Analysis(message, previous);
  }

  /** Whether the attachment at the index is the very same object in the previous message. */
  private boolean sameAttachment(int index) {
    List<dev.parley.messaging.core.Attachment> before = previous.message.attachments();
    return index < before.size() && before.get(index) == message.attachments().get(index);
  }

  /** Whether every attachment is the very same object, in the same order, as in the previous message. */
  private boolean sameAttachments() {
    if (previous.message.attachments().size() != message.attachments().size()) {
      return false;
    }
    for (int i = 0; i < message.attachments().size(); i++) {
      if (!sameAttachment(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the previous analysis's field of the kind (and attachment index), when it built its
   * fields with these settings; else null}
   */
  private FieldText previousField(ContentSettings settings, MessageField.Kind kind, int attachmentIndex) {
    if (previous == null || previous.fields == null || !settings.equals(previous.fieldsSettings)) {
      return null;
    }
    for (FieldText f : previous.fields) {
      if (f.field().kind() == kind && (kind != MessageField.Kind.ATTACHMENT || f.field().attachmentIndex() == attachmentIndex)) {
        return f;
      }
    }
    return null;
  }

  /**
   * {@return the content field of an attachment (see {@link Fields#attachmentText}), taken over
   * from the previous analysis when the attachment is the same object}
   */
  FieldText attachmentText(int index, ContentSettings settings) {
    dev.parley.messaging.core.Attachment a = message.attachments().get(index);
    if (previous != null && sameAttachment(index)) {
      FieldText before = previousField(settings, MessageField.Kind.ATTACHMENT, index);
      if (before != null) {
        return before;
      }
    }
    return Fields.attachmentText(index, a, settings);
  }

  /**
   * {@return the HTML body's field, taken over from the previous analysis when the body's source and
   * every attachment are unchanged}
   */
  FieldText htmlBody(ContentSettings settings) {
    if (previous != null && previous.message.bodyFormat() == BodyFormat.HTML && previous.message.body().equals(message.body())
        && sameAttachments()) {
      FieldText before = previousField(settings, MessageField.Kind.BODY, -1);
      if (before != null) {
        return before;
      }
    }
    return dev.parley.messaging.rules.internal.html.HtmlBody.extract(message.body(), settings, message.attachments());
  }

  /**
   * Lets go of the contact texts of the plain subject and body whose text a derived message (the
   * redacted copy) changes: an analysis of the derived message takes those fields over only where
   * their text is equal ({@link #reusing}), and no engine reads a contact text after the content
   * rules (see {@link FieldText#dropContactText}). Fields never built are left alone.
   *
   * @param derived the message derived from this one
   */
  public void dropContactTextsChangedIn(Message derived) {
    if (subject != null && !subject.source().equals(derived.subject())) {
      subject.dropContactText();
    }
    if (plainBody != null && !plainBody.source().equals(derived.body())) {
      plainBody.dropContactText();
    }
  }

  /** {@return the message analysed} */
  public Message message() {
    return message;
  }

  /** {@return the subject as a plain field (possibly empty)} */
  public FieldText subject() {
    if (subject == null) {
      if (previous == null) {
        subject = FieldText.plain(MessageField.subject(), message.subject());
      } else if (previous.message.subject().equals(message.subject())) {
        subject = previous.subject();
      } else {
        subject = FieldText.plainAfter(MessageField.subject(), message.subject(), previous.subject());
      }
    }
    return subject;
  }

  /** {@return the body as a plain field, or null when the body is HTML (its field is the HTML analysis)} */
  public FieldText plainBody() {
    if (message.bodyFormat() == BodyFormat.HTML) {
      return null;
    }
    if (plainBody == null) {
      if (previous == null || previous.message.bodyFormat() == BodyFormat.HTML) {
        plainBody = FieldText.plain(MessageField.body(), message.body());
      } else if (previous.message.body().equals(message.body())) {
        plainBody = previous.plainBody();
      } else {
        // A changed body (its redaction) takes over the earlier body's matches where its words are unchanged.
        plainBody = FieldText.plainAfter(MessageField.body(), message.body(), previous.plainBody());
      }
    }
    return plainBody;
  }

  /**
   * {@return the file name of an attachment as a plain field}
   *
   * @param index the attachment's index
   */
  public FieldText attachmentName(int index) {
    if (attachmentNames[index] == null && previous != null && sameAttachment(index)) {
      attachmentNames[index] = previous.attachmentName(index);
    }
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
