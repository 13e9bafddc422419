package dev.parley.messaging.rules;

import java.util.Objects;

/**
 * Which part of a message a finding is about: the subject, the body, an attachment's name or its
 * extracted content, or the message as a whole.
 *
 * <p>Its {@link #toString()} is stable and is what the {@code parley} tool prints: {@code subject},
 * {@code body}, {@code attachment[0]}, {@code attachment[0].name}, {@code message}. Immutable.
 */
public final class MessageField implements Comparable<MessageField> {
  /** The kind of part. */
  public enum Kind {
    /** The subject line. */
    SUBJECT,
    /** The body (for HTML, spans point into the HTML source). */
    BODY,
    /** An attachment's file name. */
    ATTACHMENT_NAME,
    /** An attachment's content (spans point into its extracted text). */
    ATTACHMENT,
    /** The message as a whole; spans are empty. */
    MESSAGE
  }

  private static final MessageField SUBJECT = new MessageField(Kind.SUBJECT, -1);
  private static final MessageField BODY = new MessageField(Kind.BODY, -1);
  private static final MessageField MESSAGE = new MessageField(Kind.MESSAGE, -1);

  private final Kind kind;
  private final int attachmentIndex;

  private MessageField(Kind kind, int attachmentIndex) {
    this.kind = kind;
    this.attachmentIndex = attachmentIndex;
  }

  /** {@return the subject field} */
  public static MessageField subject() {
    return SUBJECT;
  }

  /** {@return the body field} */
  public static MessageField body() {
    return BODY;
  }

  /** {@return the whole-message field} */
  public static MessageField message() {
    return MESSAGE;
  }

  /**
   * {@return the content of the attachment at the index}
   *
   * @param index zero-based
   * @throws IllegalArgumentException if the index is negative
   */
  public static MessageField attachment(int index) {
    return new MessageField(Kind.ATTACHMENT, checkIndex(index));
  }

  /**
   * {@return the file name of the attachment at the index}
   *
   * @param index zero-based
   * @throws IllegalArgumentException if the index is negative
   */
  public static MessageField attachmentName(int index) {
    return new MessageField(Kind.ATTACHMENT_NAME, checkIndex(index));
  }

  private static int checkIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("attachmentIndex is invalid: got " + index + ", expected 0 or more");
    }
    return index;
  }

  /** {@return the kind} */
  public Kind kind() {
    return kind;
  }

  /** {@return the attachment index, or -1 when the field is not an attachment} */
  public int attachmentIndex() {
    return attachmentIndex;
  }

  @Override
  public int compareTo(MessageField o) {
    int c = Integer.compare(order(kind), order(o.kind));
    return c != 0 ? c : Integer.compare(attachmentIndex, o.attachmentIndex);
  }

  private static int order(Kind k) {
    switch (k) {
      case MESSAGE:
        return 0;
      case SUBJECT:
        return 1;
      case BODY:
        return 2;
      default:
        return 3;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageField && ((MessageField) o).kind == kind && ((MessageField) o).attachmentIndex == attachmentIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, attachmentIndex);
  }

  @Override
  public String toString() {
    switch (kind) {
      case SUBJECT:
        return "subject";
      case BODY:
        return "body";
      case MESSAGE:
        return "message";
      case ATTACHMENT_NAME:
        return "attachment[" + attachmentIndex + "].name";
      default:
        return "attachment[" + attachmentIndex + "]";
    }
  }
}
