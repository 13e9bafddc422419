package dev.parley.messaging.rules;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OptOutState;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.rules.order.DailyVolume;
import dev.parley.messaging.rules.order.PriorMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything {@link SendCheck} needs to answer "may I send this message to this buyer now?": the
 * message, its context (marketplace, buyer locale, whether it replies to the buyer), the order
 * (absent for a pre-sale question), the thread, what the seller knows of the buyer's opt-out, what
 * was already sent for the order, the seller's daily counts and the instant of sending.
 *
 * <p>The message is a reply in a buyer-started thread if the context says so or the thread was
 * started by the buyer. Checked at construction: the message is the seller's; a thread and an order
 * given together are about the same order; a context that claims a reply does not contradict a
 * thread the seller started.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SendRequest {
  SendRequest() {}

  /** {@return the message as it would be sent} */
  public abstract Message message();

  /** {@return the marketplace, buyer locale and reply flag} */
  public abstract CheckContext context();

  /** {@return the order; empty for a pre-sale question} */
  public abstract Optional<Order> order();

  /** {@return the thread the message is sent in, when known} */
  public abstract Optional<MessageThread> thread();

  /** {@return what the seller knows of the buyer's opt-out; unknown by default} */
  @Value.Default
  public OptOutStatus optOut() {
    return OptOutStatus.unknown();
  }

  /** {@return messages already sent for this order} */
  public abstract List<PriorMessage> priorMessages();

  /** {@return the seller's daily counts, when known (enables {@code message.daily-cap})} */
  public abstract Optional<DailyVolume> dailyVolume();

  /** {@return when the message would be sent} */
  public abstract Instant at();

  /** {@return true if the message replies in a thread the buyer started} */
  public boolean replyToBuyer() {
    return context().replyToBuyer() || thread().map(MessageThread::startedByBuyer).orElse(false);
  }

  @Value.Check
  void check() {
    if (message().author() != Author.SELLER) {
      throw new IllegalArgumentException("message.author is invalid: got " + message().author() + ", expected SELLER (only seller messages are sent)");
    }
    if (thread().isPresent() && order().isPresent() && thread().get().orderId().isPresent()
        && !thread().get().orderId().get().equals(order().get().id())) {
      throw new IllegalArgumentException("thread is invalid: got a thread about order " + thread().get().orderId().get()
          + ", expected a thread about the request's order " + order().get().id());
    }
    if (context().replyToBuyer() && thread().isPresent() && !thread().get().messages().isEmpty() && !thread().get().startedByBuyer()) {
      throw new IllegalArgumentException("context.replyToBuyer is invalid: got true, expected false because thread "
          + thread().get().id() + " was started by " + thread().get().startedBy().orElseThrow());
    }
  }

  /**
   * {@return a request with no order, thread, history or counts, and unknown opt-out}
   *
   * @param message the message
   * @param context its context
   * @param at when it would be sent
   * @throws IllegalArgumentException if the message is not the seller's
   */
  public static SendRequest of(Message message, CheckContext context, Instant at) {
    return builder().message(message).context(context).at(at).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SendRequest}; not thread-safe. */
  public static final class Builder extends ImmutableSendRequest.Builder {
    Builder() {}

    /**
     * Sets the opt-out status from a plain flag, as the {@code parley} tool reads it.
     *
     * @param optedOut true if the buyer opted out, false if known not to have, null if unknown
     * @return this builder
     */
    public Builder buyerOptedOut(Boolean optedOut) {
      optOut(optedOut == null ? OptOutStatus.unknown() : OptOutStatus.of(optedOut ? OptOutState.OPTED_OUT : OptOutState.OPTED_IN));
      return this;
    }
  }
}
