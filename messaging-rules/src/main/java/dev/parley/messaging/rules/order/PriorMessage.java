package dev.parley.messaging.rules.order;

import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.classify.Category;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A message already sent to the buyer about the same order, as far as the per-order rules need it:
 * its type, its category when known (for a free-form message, what the classifier said), and when
 * it was sent.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PriorMessage {
  PriorMessage() {}

  /** {@return the message type} */
  public abstract MessageType type();

  /** {@return the category, when known} */
  public abstract Optional<Category> category();

  /** {@return when it was sent} */
  public abstract Instant sentAt();

  /** {@return true if it asked for a review or feedback: a solicitation, or a message of category REVIEW_REQUEST} */
  public boolean isReviewRequest() {
    return type() == MessageType.REVIEW_REQUEST || category().filter(c -> c == Category.REVIEW_REQUEST).isPresent();
  }

  /**
   * {@return a prior message without a known category}
   *
   * @param type the type
   * @param sentAt when it was sent
   */
  public static PriorMessage of(MessageType type, Instant sentAt) {
    return ImmutablePriorMessage.builder().type(type).sentAt(sentAt).build();
  }

  /**
   * {@return a prior message}
   *
   * @param type the type
   * @param category its category, or null when unknown
   * @param sentAt when it was sent
   */
  public static PriorMessage of(MessageType type, Category category, Instant sentAt) {
    return ImmutablePriorMessage.builder().type(type).category(Optional.ofNullable(category)).sentAt(sentAt).build();
  }

  /**
   * Builds a prior message from plain text values, as the {@code parley} tool reads them.
   *
   * @param type a {@link MessageType} name such as {@code FREE_FORM}
   * @param category a {@link Category} name, or null or blank when unknown
   * @param sentAt an ISO-8601 instant such as {@code 2026-03-02T10:00:00Z}
   * @return the prior message
   * @throws IllegalArgumentException if a value does not parse; the message names the field
   */
  public static PriorMessage parse(String type, String category, String sentAt) {
    MessageType t;
    try {
      t = MessageType.valueOf(type == null ? "" : type.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("type is invalid: got \"" + type + "\", expected a message type such as FREE_FORM or REVIEW_REQUEST", e);
    }
    Category c = category == null || category.isBlank() ? null : Category.parse(category);
    Instant at;
    try {
      at = Instant.parse(sentAt == null ? "" : sentAt.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("sentAt is invalid: got \"" + sentAt + "\", expected an ISO-8601 instant such as 2026-03-02T10:00:00Z", e);
    }
    return of(t, c, at);
  }
}
