package dev.parley.messaging.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A conversation between one buyer and the seller, about one order or (for a pre-sale question)
 * none, with its messages in time order.
 *
 * <p>Checked at construction: messages are in non-decreasing order of {@link Message#sentAt()} and
 * their ids are unique. Immutable and thread-safe. Named {@code MessageThread} so it never shadows
 * {@link java.lang.Thread}.
 */
@Value.Immutable
public abstract class MessageThread {
  MessageThread() {}

  /** {@return the thread id} */
  public abstract String id();

  /** {@return the order the thread is about; empty for pre-sale questions} */
  public abstract Optional<OrderId> orderId();

  /** {@return the marketplace, when known} */
  public abstract Optional<Marketplace> marketplace();

  /** {@return the buyer's masked alias, when known} */
  public abstract Optional<BuyerAlias> buyerAlias();

  /** {@return the messages, oldest first} */
  public abstract List<Message> messages();

  /** {@return who wrote the first message; empty for an empty thread} */
  public Optional<Author> startedBy() {
    return messages().isEmpty() ? Optional.empty() : Optional.of(messages().get(0).author());
  }

  /** {@return true if the buyer wrote the first message} */
  public boolean startedByBuyer() {
    return startedBy().filter(a -> a == Author.BUYER).isPresent();
  }

  /**
   * {@return the newest message by the given author}
   *
   * @param author whose message
   */
  public Optional<Message> lastMessageFrom(Author author) {
    List<Message> all = messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).author() == author) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the messages by the given author, oldest first}
   *
   * @param author whose messages
   */
  public List<Message> messagesFrom(Author author) {
    return messages().stream().filter(m -> m.author() == author).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the message with the given id}
   *
   * @param messageId the id
   */
  public Optional<Message> message(String messageId) {
    return messages().stream().filter(m -> m.id().equals(messageId)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Set<String> ids = new HashSet<>();
    Message previous = null;
    for (Message m : messages()) {
      Checks.check(ids.add(m.id()), "messages", m.id(), "unique message ids in thread " + id());
      if (previous != null) {
        Checks.check(
            !m.sentAt().isBefore(previous.sentAt()),
            "messages",
            m.id() + " at " + m.sentAt(),
            "messages in time order; it comes after " + previous.id() + " at " + previous.sentAt());
      }
      previous = m;
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageThread}; not thread-safe. */
  public static final class Builder extends ImmutableMessageThread.Builder {
    Builder() {}
  }
}
