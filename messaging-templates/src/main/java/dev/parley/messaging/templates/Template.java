package dev.parley.messaging.templates;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.MessageType;
import java.util.Objects;

/**
 * A message template: a subject and a body whose text holds placeholders that a seller tool fills
 * per order ({@code Hello {{buyer_name}}, your order {{order_id}} …}), with the body's format and
 * the message type it will be sent as.
 *
 * <p>The text is kept exactly as written; {@link TemplateCheck} finds the placeholders with the
 * syntaxes its settings enable. Immutable and thread-safe.
 */
public final class Template {
  private final String id;
  private final String subject;
  private final String body;
  private final BodyFormat bodyFormat;
  private final MessageType type;

  private Template(Builder b) {
    this.id = b.id;
    this.subject = b.subject;
    this.body = b.body;
    this.bodyFormat = b.bodyFormat;
    this.type = b.type;
  }

  /**
   * {@return a plain-text free-form template with a body and no subject}
   *
   * @param id the template's id (a file name, a key in a template store)
   * @param body the body text with placeholders
   * @throws IllegalArgumentException if the id is blank
   */
  public static Template of(String id, String body) {
    return builder().id(id).body(body).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the template's id, used as the checked message's id} */
  public String id() {
    return id;
  }

  /** {@return the subject with placeholders; empty if none} */
  public String subject() {
    return subject;
  }

  /** {@return the body with placeholders} */
  public String body() {
    return body;
  }

  /** {@return the body's format: plain text or HTML source} */
  public BodyFormat bodyFormat() {
    return bodyFormat;
  }

  /** {@return the message type the filled message is sent as} */
  public MessageType type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Template)) {
      return false;
    }
    Template t = (Template) o;
    return id.equals(t.id) && subject.equals(t.subject) && body.equals(t.body) && bodyFormat == t.bodyFormat && type == t.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, subject, body, bodyFormat, type);
  }

  /** {@return the id, type and format; the text is left out because it is seller text} */
  @Override
  public String toString() {
    return "Template{id=" + id + ", type=" + type + ", format=" + bodyFormat + ", subject=" + subject.length() + " chars, body=" + body.length() + " chars}";
  }

  /** Builds a {@link Template}; not thread-safe. Defaults: id {@code template}, no subject, plain text, free form. */
  public static final class Builder {
    private String id = "template";
    private String subject = "";
    private String body = "";
    private BodyFormat bodyFormat = BodyFormat.TEXT;
    private MessageType type = MessageType.FREE_FORM;

    private Builder() {}

    /**
     * {@return this builder}
     *
     * @param id the template's id
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param subject the subject with placeholders
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param body the body with placeholders
     */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param bodyFormat plain text or HTML
     */
    public Builder bodyFormat(BodyFormat bodyFormat) {
      this.bodyFormat = Objects.requireNonNull(bodyFormat, "bodyFormat");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param type the message type
     */
    public Builder type(MessageType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * {@return the template}
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Template build() {
      if (id.isBlank()) {
        throw new IllegalArgumentException("id is invalid: got \"" + id + "\", expected a non-blank template id");
      }
      return new Template(this);
    }
  }
}
