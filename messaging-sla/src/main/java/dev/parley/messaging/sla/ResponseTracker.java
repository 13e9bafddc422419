package dev.parley.messaging.sla;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incremental tracker of response deadlines, fed with events as they happen (a buyer message
 * received, a seller reply, a message marked "no response needed") and asked for states, the
 * work queue and metrics at any instant.
 *
 * <p>Each event recomputes only its own thread's deadlines (linear in that thread's length); a
 * query reads the cached deadlines of all threads. Answers are exactly those of {@link
 * ThreadState#at}, {@link WorkQueue#at} and {@link ResponseMetrics#over} over {@link #threads()}.
 * Events may arrive out of time order: messages are kept sorted by their instant (ties in arrival
 * order), so a late-arriving reply timestamped before a question still does not answer it.
 *
 * <p>Thread-safe: every method locks the tracker, and every answer is an immutable snapshot.
 */
public final class ResponseTracker {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseTracker.class);

  private final SlaPolicy policy;
  private final OrderDates orderDates;
  private final Map<String, Track> tracks = new TreeMap<>();

  /** One thread's messages and cached deadlines. */
  private static final class Track {
    final String id;
    Optional<OrderId> orderId = Optional.empty();
    final List<Message> messages = new ArrayList<>();
    final Map<String, Integer> indexById = new HashMap<>();
    List<ResponseDeadline> deadlines = List.of();

    Track(String id) {
      this.id = id;
    }

    MessageThread thread() {
      return MessageThread.builder().id(id).orderId(orderId).messages(messages).build();
    }
  }

  /**
   * Creates an empty tracker.
   *
   * @param policy the policy
   * @param orderDates purchase instants for the seed's vacation reading
   */
  public ResponseTracker(SlaPolicy policy, OrderDates orderDates) {
    this.policy = Args.notNull("policy", policy);
    this.orderDates = Args.notNull("orderDates", orderDates);
  }

  /**
   * Creates an empty tracker without order data.
   *
   * @param policy the policy
   */
  public ResponseTracker(SlaPolicy policy) {
    this(policy, OrderDates.none());
  }

  /** {@return the policy} */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * Records a buyer message that expects an answer.
   *
   * @param threadId the thread
   * @param messageId the message, unique in the thread
   * @param receivedAt when Amazon received it
   * @throws IllegalArgumentException if the message id is already in the thread or an id is blank
   */
  public void received(String threadId, String messageId, Instant receivedAt) {
    record(threadId, Message.builder().id(messageId).author(Author.BUYER).sentAt(receivedAt).build());
  }

  /**
   * Records a seller reply written by a person (it answers the thread's earlier buyer messages).
   *
   * @param threadId the thread
   * @param messageId the message, unique in the thread
   * @param sentAt when Amazon received it
   * @throws IllegalArgumentException if the message id is already in the thread or an id is blank
   */
  public void replied(String threadId, String messageId, Instant sentAt) {
    record(threadId, Message.builder().id(messageId).author(Author.SELLER).sentAt(sentAt).build());
  }

  /**
   * Records any message (buyer, seller or Amazon, automated or not).
   *
   * @param threadId the thread
   * @param message the message, with an id unique in the thread
   * @throws IllegalArgumentException if the message id is already in the thread or the thread id is blank
   */
  public synchronized void record(String threadId, Message message) {
    Args.notNull("message", message);
    Track t = track(threadId);
    Args.check(!t.indexById.containsKey(message.id()), "message.id", message.id(),
        "an id not yet used in thread " + threadId);
    int pos = t.messages.size();
    while (pos > 0 && t.messages.get(pos - 1).sentAt().isAfter(message.sentAt())) {
      pos--;
    }
    t.messages.add(pos, message);
    if (pos == t.messages.size() - 1) {
      t.indexById.put(message.id(), pos);
    } else {
      reindex(t);
    }
    refresh(t);
  }

  /**
   * Records that the seller marked a message "no response needed".
   *
   * @param threadId the thread
   * @param messageId the message
   * @throws IllegalArgumentException if the thread or message is unknown
   */
  public synchronized void markedNoResponseNeeded(String threadId, String messageId) {
    Track t = tracks.get(Args.notNull("threadId", threadId));
    Args.check(t != null, "threadId", threadId, "a thread with recorded messages");
    Integer i = t.indexById.get(Args.notNull("messageId", messageId));
    Args.check(i != null, "messageId", messageId, "a message recorded in thread " + threadId);
    Message m = t.messages.get(i);
    if (!m.noResponseNeeded()) {
      t.messages.set(i, Message.builder().from(m).noResponseNeeded(true).build());
      refresh(t);
    }
  }

  /**
   * Sets the order a thread is about (for the seed's vacation reading).
   *
   * @param threadId the thread
   * @param orderId the order
   */
  public synchronized void assignOrder(String threadId, OrderId orderId) {
    Track t = track(threadId);
    t.orderId = Optional.of(Args.notNull("orderId", orderId));
    refresh(t);
  }

  /**
   * {@return the state of one thread at an instant; empty for an unknown thread}
   *
   * @param threadId the thread
   * @param at the instant
   */
  public synchronized Optional<ThreadState> state(String threadId, Instant at) {
    Args.notNull("at", at);
    Track t = tracks.get(threadId);
    return t == null ? Optional.empty() : Optional.of(ThreadState.of(t.id, t.orderId, t.deadlines, policy, at));
  }

  /**
   * {@return the work queue at an instant}
   *
   * @param at the instant
   */
  public synchronized WorkQueue workQueue(Instant at) {
    Args.notNull("at", at);
    List<ThreadState> states = new ArrayList<>();
    for (Track t : tracks.values()) {
      ThreadState s = ThreadState.of(t.id, t.orderId, t.deadlines, policy, at);
      if (s.urgency() != Urgency.NONE) {
        states.add(s);
      }
    }
    return WorkQueue.ofStates(at, states);
  }

  /**
   * {@return the metrics of a period at an instant}
   *
   * @param from first instant of the period
   * @param to first instant after the period
   * @param at the instant at which they are seen
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public synchronized ResponseMetrics metrics(Instant from, Instant to, Instant at) {
    return ResponseMetrics.of(deadlines(), from, to, at);
  }

  /**
   * {@return Amazon's 7, 30 and 90-day metrics ending at an instant}
   *
   * @param at the instant
   */
  public synchronized Map<StandardPeriod, ResponseMetrics> standardMetrics(Instant at) {
    return ResponseMetrics.standardOf(deadlines(), at);
  }

  /** {@return every thread's deadlines, threads by id, messages in thread order} */
  public synchronized List<ResponseDeadline> deadlines() {
    List<ResponseDeadline> out = new ArrayList<>();
    for (Track t : tracks.values()) {
      out.addAll(t.deadlines);
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return a snapshot of the threads, by id} */
  public synchronized List<MessageThread> threads() {
    List<MessageThread> out = new ArrayList<>();
    for (Track t : tracks.values()) {
      out.add(t.thread());
    }
    return List.copyOf(out);
  }

  private Track track(String threadId) {
    Args.notNull("threadId", threadId);
    Args.check(!threadId.isBlank(), "threadId", threadId, "a non-blank id");
    return tracks.computeIfAbsent(threadId, Track::new);
  }

  private static void reindex(Track t) {
    t.indexById.clear();
    for (int i = 0; i < t.messages.size(); i++) {
      t.indexById.put(t.messages.get(i).id(), i);
    }
  }

  private void refresh(Track t) {
    t.deadlines = ResponseDeadlines.compute(t.thread(), policy, orderDates);
    LOG.debug("thread {} now has {} inbound messages", t.id, t.deadlines.size());
  }
}
