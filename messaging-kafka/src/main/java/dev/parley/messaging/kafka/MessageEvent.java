package dev.parley.messaging.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.OrderId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One buyer, seller or Amazon message of a thread as it travels on the message-events topic: the
 * record key is the thread id (UTF-8), the value this JSON object (UTF-8):
 *
 * <pre>{@code
 * {"messageId": "m1", "sellerId": "S-42", "author": "buyer", "sentAt": "2026-06-09T10:30:00Z",
 *  "noResponseNeeded": false, "automated": false,
 *  "orderId": "203-5520981-6671203", "purchasedAt": "2026-06-05T12:00:00Z"}
 * }</pre>
 *
 * <p>{@code messageId}, {@code sellerId}, {@code author} ({@code buyer}, {@code seller} or {@code
 * amazon}, any case) and {@code sentAt} (ISO-8601 with {@code Z} or an offset) are required; the
 * flags default to false; {@code orderId} and {@code purchasedAt} are optional. A {@code
 * threadId} field, when present, must equal the record key. Unknown fields are ignored. Message
 * text is never part of an event: deadlines do not need it. A value {@code {"tick": true}} only
 * advances stream time (see the README's heartbeat note).
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageEvent {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String threadId;
  private final String messageId;
  private final String sellerId;
  private final Author author;
  private final Instant sentAt;
  private final boolean noResponseNeeded;
  private final boolean automated;
  private final OrderId orderId;
  private final Instant purchasedAt;

  private MessageEvent(Builder b) {
    this.threadId = nonBlank("threadId", b.threadId);
    this.messageId = nonBlank("messageId", b.messageId);
    this.sellerId = nonBlank("sellerId", b.sellerId);
    this.author = Objects.requireNonNull(b.author, "author must not be null");
    this.sentAt = Objects.requireNonNull(b.sentAt, "sentAt must not be null");
    this.noResponseNeeded = b.noResponseNeeded;
    this.automated = b.automated;
    this.orderId = b.orderId;
    this.purchasedAt = b.purchasedAt;
  }

  private static String nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is invalid: got " + (value == null ? "nothing" : "\"" + value + "\"")
          + ", expected a non-blank id");
    }
    return value;
  }

  /** {@return the thread id (the record key)} */
  public String threadId() {
    return threadId;
  }

  /** {@return the message id, unique within the thread; duplicates of it are ignored} */
  public String messageId() {
    return messageId;
  }

  /** {@return the seller whose metrics the thread counts toward} */
  public String sellerId() {
    return sellerId;
  }

  /** {@return who wrote the message} */
  public Author author() {
    return author;
  }

  /** {@return when Amazon received the message} */
  public Instant sentAt() {
    return sentAt;
  }

  /** {@return true if the seller marked it "no response needed"} */
  public boolean noResponseNeeded() {
    return noResponseNeeded;
  }

  /** {@return true for an auto-responder's message} */
  public boolean automated() {
    return automated;
  }

  /** {@return the order the thread is about, when known} */
  public Optional<OrderId> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** {@return when that order was placed, when known (read only under the seed's vacation reading)} */
  public Optional<Instant> purchasedAt() {
    return Optional.ofNullable(purchasedAt);
  }

  /** {@return the message this event carries, without text} */
  public Message toMessage() {
    return Message.builder()
        .id(messageId)
        .author(author)
        .sentAt(sentAt)
        .noResponseNeeded(noResponseNeeded)
        .automated(automated)
        .build();
  }

  /** {@return the event as its JSON value, UTF-8} */
  public byte[] toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("threadId", threadId);
    n.put("messageId", messageId);
    n.put("sellerId", sellerId);
    n.put("author", author.name().toLowerCase(Locale.ROOT));
    n.put("sentAt", sentAt.toString());
    if (noResponseNeeded) {
      n.put("noResponseNeeded", true);
    }
    if (automated) {
      n.put("automated", true);
    }
    if (orderId != null) {
      n.put("orderId", orderId.toString());
    }
    if (purchasedAt != null) {
      n.put("purchasedAt", purchasedAt.toString());
    }
    return n.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads an event from its record key and JSON value.
   *
   * @param threadId the record key
   * @param json the record value, UTF-8 JSON
   * @return the event
   * @throws IllegalArgumentException if the JSON is malformed or a field is missing or invalid; the
   *     message names the field and the value
   */
  public static MessageEvent fromJson(String threadId, byte[] json) {
    JsonNode root = readObject(json);
    return fromJson(threadId, root);
  }

  /** Reads the JSON object of a record value; package-private so the processor can spot ticks first. */
  static JsonNode readObject(byte[] json) {
    if (json == null) {
      throw new IllegalArgumentException("value is invalid: got nothing, expected a JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("value cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("value is invalid: got " + (root == null ? "nothing" : root.getNodeType())
          + ", expected a JSON object");
    }
    return root;
  }

  static boolean isTick(JsonNode root) {
    JsonNode t = root.get("tick");
    return t != null && t.isBoolean() && t.booleanValue();
  }

  static MessageEvent fromJson(String threadId, JsonNode root) {
    Builder b = builder().threadId(threadId);
    text(root, "threadId").ifPresent(t -> {
      if (!t.equals(threadId)) {
        throw new IllegalArgumentException("threadId is invalid: got \"" + t + "\", expected the record key \""
            + threadId + "\"");
      }
    });
    b.messageId(text(root, "messageId").orElseThrow(() -> missing("messageId")));
    b.sellerId(text(root, "sellerId").orElseThrow(() -> missing("sellerId")));
    String a = text(root, "author").orElseThrow(() -> missing("author"));
    try {
      b.author(Author.valueOf(a.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("author is invalid: got \"" + a + "\", expected buyer, seller or amazon");
    }
    b.sentAt(instant("sentAt", text(root, "sentAt").orElseThrow(() -> missing("sentAt"))));
    b.noResponseNeeded(bool(root, "noResponseNeeded"));
    b.automated(bool(root, "automated"));
    text(root, "orderId").filter(s -> !s.isBlank()).ifPresent(s -> {
      try {
        b.orderId(OrderId.parse(s));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("orderId is invalid: " + e.getMessage());
      }
    });
    text(root, "purchasedAt").filter(s -> !s.isBlank()).ifPresent(s -> b.purchasedAt(instant("purchasedAt", s)));
    return b.build();
  }

  private static IllegalArgumentException missing(String field) {
    return new IllegalArgumentException(field + " is missing");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(field + " is invalid: got " + v + ", expected a string");
    }
    return Optional.of(v.textValue());
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(field + " is invalid: got " + v + ", expected true or false");
    }
    return v.booleanValue();
  }

  private static Instant instant(String field, String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is invalid: got \"" + text
          + "\", expected an ISO-8601 instant with an offset such as 2026-06-10T12:00:00Z");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MessageEvent)) {
      return false;
    }
    MessageEvent e = (MessageEvent) o;
    return threadId.equals(e.threadId) && messageId.equals(e.messageId) && sellerId.equals(e.sellerId)
        && author == e.author && sentAt.equals(e.sentAt) && noResponseNeeded == e.noResponseNeeded
        && automated == e.automated && Objects.equals(orderId, e.orderId) && Objects.equals(purchasedAt, e.purchasedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threadId, messageId, sellerId, author, sentAt, noResponseNeeded, automated, orderId, purchasedAt);
  }

  @Override
  public String toString() {
    return "MessageEvent{thread=" + threadId + ", message=" + messageId + ", seller=" + sellerId + ", author=" + author
        + ", sentAt=" + sentAt + (noResponseNeeded ? ", noResponseNeeded" : "") + (automated ? ", automated" : "") + "}";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageEvent}; not thread-safe. */
  public static final class Builder {
    private String threadId;
    private String messageId;
    private String sellerId;
    private Author author;
    private Instant sentAt;
    private boolean noResponseNeeded;
    private boolean automated;
    private OrderId orderId;
    private Instant purchasedAt;

    private Builder() {}

    /**
     * Sets the thread id.
     *
     * @param value the thread id
     * @return this builder
     */
    public Builder threadId(String value) {
      threadId = value;
      return this;
    }

    /**
     * Sets the message id.
     *
     * @param value the message id
     * @return this builder
     */
    public Builder messageId(String value) {
      messageId = value;
      return this;
    }

    /**
     * Sets the seller id.
     *
     * @param value the seller id
     * @return this builder
     */
    public Builder sellerId(String value) {
      sellerId = value;
      return this;
    }

    /**
     * Sets the author.
     *
     * @param value the author
     * @return this builder
     */
    public Builder author(Author value) {
      author = value;
      return this;
    }

    /**
     * Sets when Amazon received the message.
     *
     * @param value the instant
     * @return this builder
     */
    public Builder sentAt(Instant value) {
      sentAt = value;
      return this;
    }

    /**
     * Sets the "no response needed" flag.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder noResponseNeeded(boolean value) {
      noResponseNeeded = value;
      return this;
    }

    /**
     * Sets the automated flag.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder automated(boolean value) {
      automated = value;
      return this;
    }

    /**
     * Sets the order.
     *
     * @param value the order id, or null
     * @return this builder
     */
    public Builder orderId(OrderId value) {
      orderId = value;
      return this;
    }

    /**
     * Sets when the order was placed.
     *
     * @param value the instant, or null
     * @return this builder
     */
    public Builder purchasedAt(Instant value) {
      purchasedAt = value;
      return this;
    }

    /**
     * {@return the event}
     *
     * @throws IllegalArgumentException if an id is missing or blank
     * @throws NullPointerException if the author or instant is missing
     */
    public MessageEvent build() {
      return new MessageEvent(this);
    }
  }
}
