package dev.parley.messaging.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One message between a buyer and a seller (or from Amazon): who wrote it, when, by which route,
 * its type, subject, body and attachments, and the flags that matter for response deadlines.
 *
 * <p>{@link #toString()} never prints the subject or body: they hold buyer data. Immutable and
 * thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Message {
  Message() {}

  /** {@return the message id, unique within its thread} */
  public abstract String id();

  /** {@return who wrote it} */
  public abstract Author author();

  /** {@return when Amazon received it (for a seller message, when it was or will be sent)} */
  public abstract Instant sentAt();

  /** {@return the message type; {@link MessageType#FREE_FORM} by default} */
  @Value.Default
  public MessageType type() {
    return MessageType.FREE_FORM;
  }

  /** {@return the route; {@link Channel#SP_API} for SP-API types, else Seller Central} */
  @Value.Default
  public Channel channel() {
    return type().isSpApi() ? Channel.SP_API : Channel.SELLER_CENTRAL;
  }

  /** {@return the subject, empty when there is none} */
  @Value.Default
  public String subject() {
    return "";
  }

  /** {@return the body, empty when there is none} */
  @Value.Default
  public String body() {
    return "";
  }

  /** {@return the body format; plain text by default} */
  @Value.Default
  public BodyFormat bodyFormat() {
    return BodyFormat.TEXT;
  }

  /** {@return the attachments, in order} */
  public abstract List<Attachment> attachments();

  /** {@return true if the seller marked it "no response needed"} */
  @Value.Default
  public boolean noResponseNeeded() {
    return false;
  }

  /** {@return true if a program sent it without a person (auto-responder, out-of-office)} */
  @Value.Default
  public boolean automated() {
    return false;
  }

  /** {@return the id of the message this one replies to, when known} */
  public abstract Optional<String> inReplyTo();

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    inReplyTo().ifPresent(r -> {
      Checks.notBlank("inReplyTo", r);
      Checks.check(!r.equals(id()), "inReplyTo", r, "the id of another message than " + id());
    });
  }

  /** {@return the message without its subject and body, which hold buyer data} */
  @Override
  public String toString() {
    return "Message{id=" + id() + ", author=" + author() + ", sentAt=" + sentAt() + ", type=" + type()
        + ", channel=" + channel() + ", bodyFormat=" + bodyFormat() + ", attachments=" + attachments().size()
        + (noResponseNeeded() ? ", noResponseNeeded" : "") + (automated() ? ", automated" : "")
        + inReplyTo().map(r -> ", inReplyTo=" + r).orElse("") + "}";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Message}; not thread-safe. */
  public static final class Builder extends ImmutableMessage.Builder {
    Builder() {}
  }
}
