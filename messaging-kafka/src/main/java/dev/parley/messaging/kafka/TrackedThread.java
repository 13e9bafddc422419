package dev.parley.messaging.kafka;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.OrderDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the topology keeps per buyer thread in its state store: the seller, the order, the
 * messages without text (id, author, instant, flags) in time order, which deadline events were
 * already emitted, and when the thread was last evaluated.
 *
 * <p>Messages are ordered by {@code sentAt}, ties by message id, so the order does not depend on
 * the order in which events arrived. A message id is recorded once; a later event for the same
 * id can only mark it "no response needed" (the seller's later decision); any other difference
 * is ignored, which makes processing idempotent under redelivery.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackedThread {
  /** Emitted-event bits per message. */
  static final int DUE_SOON = 1;
  static final int OVERDUE = 2;
  static final int ANSWERED_LATE = 4;
  static final int WITHDRAWN = 8;

  static final Comparator<Message> ORDER = Comparator.comparing(Message::sentAt).thenComparing(Message::id);

  private final String threadId;
  private final String sellerId;
  private final OrderId orderId;
  private final Instant purchasedAt;
  private final List<Message> messages;
  private final byte[] emitted;
  private final Instant evaluatedAt;
  private final Instant timer;

  TrackedThread(String threadId, String sellerId, OrderId orderId, Instant purchasedAt, List<Message> messages,
      byte[] emitted, Instant evaluatedAt, Instant timer) {
    this.threadId = Objects.requireNonNull(threadId, "threadId");
    this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    this.orderId = orderId;
    this.purchasedAt = purchasedAt;
    this.messages = List.copyOf(messages);
    if (emitted.length != messages.size()) {
      throw new IllegalArgumentException("emitted is invalid: got " + emitted.length + " flags, expected "
          + messages.size());
    }
    this.emitted = emitted.clone();
    this.evaluatedAt = evaluatedAt;
    this.timer = timer;
  }

  /**
   * {@return a new thread holding the event's message}
   *
   * @param event the first event of the thread
   */
  static TrackedThread start(MessageEvent event) {
    return new TrackedThread(event.threadId(), event.sellerId(), event.orderId().orElse(null),
        event.purchasedAt().orElse(null), List.of(), new byte[0], null, null).with(event);
  }

  /** {@return the thread id} */
  public String threadId() {
    return threadId;
  }

  /** {@return the seller whose metrics the thread counts toward (the first event's seller)} */
  public String sellerId() {
    return sellerId;
  }

  /** {@return the order the thread is about, when an event named it} */
  public Optional<OrderId> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** {@return when the order was placed, when an event said so} */
  public Optional<Instant> purchasedAt() {
    return Optional.ofNullable(purchasedAt);
  }

  /** {@return the messages, without text, by {@code sentAt} then id} */
  public List<Message> messages() {
    return messages;
  }

  /** {@return the stream-time instant at which the thread was last evaluated; empty before the first} */
  public Optional<Instant> evaluatedAt() {
    return Optional.ofNullable(evaluatedAt);
  }

  /** {@return the next instant at which the thread's deadlines or metrics change, or it is purged} */
  public Optional<Instant> nextChange() {
    return Optional.ofNullable(timer);
  }

  /** {@return the thread as the deadline engine reads it} */
  public MessageThread toMessageThread() {
    return MessageThread.builder().id(threadId).orderId(Optional.ofNullable(orderId)).messages(messages).build();
  }

  /** {@return the thread's purchase instant as an order-date lookup} */
  public OrderDates orderDates() {
    return orderId == null || purchasedAt == null ? OrderDates.none() : OrderDates.of(Map.of(orderId, purchasedAt));
  }

  int emitted(int index) {
    return emitted[index];
  }

  byte[] emittedFlags() {
    return emitted.clone();
  }

  Instant evaluatedAtOrNull() {
    return evaluatedAt;
  }

  Instant timerOrNull() {
    return timer;
  }

  /** {@return the latest {@code sentAt} of the thread} */
  Instant lastActivity() {
    return messages.isEmpty() ? Instant.EPOCH : messages.get(messages.size() - 1).sentAt();
  }

  int indexOf(String messageId) {
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).id().equals(messageId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the thread with the event applied; this very instance when the event changes nothing
   * (a duplicate)}
   *
   * @param event an event of this thread
   */
  TrackedThread with(MessageEvent event) {
    OrderId order = orderId != null ? orderId : event.orderId().orElse(null);
    Instant purchased = purchasedAt != null ? purchasedAt : event.purchasedAt().orElse(null);
    int i = indexOf(event.messageId());
    List<Message> list = messages;
    byte[] flags = emitted;
    if (i >= 0) {
      Message m = messages.get(i);
      if (event.noResponseNeeded() && !m.noResponseNeeded()) {
        list = new ArrayList<>(messages);
        list.set(i, Message.builder().from(m).noResponseNeeded(true).build());
      }
    } else {
      Message m = event.toMessage();
      list = new ArrayList<>(messages.size() + 1);
      int pos = 0;
      while (pos < messages.size() && ORDER.compare(messages.get(pos), m) < 0) {
        pos++;
      }
      list.addAll(messages.subList(0, pos));
      list.add(m);
      list.addAll(messages.subList(pos, messages.size()));
      flags = new byte[emitted.length + 1];
      System.arraycopy(emitted, 0, flags, 0, pos);
      System.arraycopy(emitted, pos, flags, pos + 1, emitted.length - pos);
    }
    if (list == messages && Objects.equals(order, orderId) && Objects.equals(purchased, purchasedAt)) {
      return this;
    }
    return new TrackedThread(threadId, sellerId, order, purchased, list, flags, evaluatedAt, timer);
  }

  /** {@return the thread after an evaluation at an instant, with its emitted flags and next change} */
  TrackedThread evaluated(byte[] flags, Instant at, Instant nextChange) {
    return new TrackedThread(threadId, sellerId, orderId, purchasedAt, messages, flags, at, nextChange);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TrackedThread)) {
      return false;
    }
    TrackedThread t = (TrackedThread) o;
    return threadId.equals(t.threadId) && sellerId.equals(t.sellerId) && Objects.equals(orderId, t.orderId)
        && Objects.equals(purchasedAt, t.purchasedAt) && messages.equals(t.messages)
        && Arrays.equals(emitted, t.emitted) && Objects.equals(evaluatedAt, t.evaluatedAt)
        && Objects.equals(timer, t.timer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threadId, sellerId, orderId, messages, evaluatedAt, timer) * 31 + Arrays.hashCode(emitted);
  }

  @Override
  public String toString() {
    return "TrackedThread{id=" + threadId + ", seller=" + sellerId + ", messages=" + messages.size()
        + ", evaluatedAt=" + evaluatedAt + ", nextChange=" + timer + "}";
  }
}
