package dev.parley.messaging.sla;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The threads that need a reply at an instant, most urgent first: overdue threads by binding
 * deadline, then due-soon ones, then open ones, ties broken by thread id ({@link
 * String#compareTo}). Because the urgency classes partition the timeline, the queue is also sorted
 * by binding deadline.
 *
 * <p>{@code O(n log n)} in the number of messages. Immutable and thread-safe.
 */
public final class WorkQueue {
  /** Most urgent first, then earliest binding deadline, then thread id. */
  public static final Comparator<ThreadState> URGENCY_ORDER =
      Comparator.comparing(ThreadState::urgency)
          .thenComparing(s -> s.bindingDeadline().orElse(Instant.MAX))
          .thenComparing(ThreadState::threadId);

  private final Instant at;
  private final List<ThreadState> entries;

  private WorkQueue(Instant at, List<ThreadState> entries) {
    this.at = at;
    this.entries = entries;
  }

  /**
   * Builds the queue of threads at an instant, without order data.
   *
   * @param threads the threads, with unique ids
   * @param policy the policy
   * @param at the instant
   * @return the queue
   * @throws IllegalArgumentException if two threads share an id
   * @throws NullPointerException if an argument is null
   */
  public static WorkQueue at(Collection<MessageThread> threads, SlaPolicy policy, Instant at) {
    return at(threads, policy, OrderDates.none(), at);
  }

  /**
   * Builds the queue of threads at an instant.
   *
   * @param threads the threads, with unique ids
   * @param policy the policy
   * @param orderDates purchase instants for the seed's vacation reading
   * @param at the instant
   * @return the queue
   * @throws IllegalArgumentException if two threads share an id
   * @throws NullPointerException if an argument is null
   */
  public static WorkQueue at(Collection<MessageThread> threads, SlaPolicy policy, OrderDates orderDates, Instant at) {
    Args.notNull("threads", threads);
    Args.notNull("at", at);
    Set<String> ids = new HashSet<>();
    List<ThreadState> states = new ArrayList<>();
    for (MessageThread t : threads) {
      Args.check(ids.add(t.id()), "threads", t.id(), "unique thread ids");
      if (awaitsReply(t, policy, orderDates, at)) {
        states.add(ThreadState.at(t, policy, orderDates, at));
      }
    }
    return ofStates(at, states);
  }

  /** A cheap, allocation-free check so that states are built only for threads in the queue. */
  private static boolean awaitsReply(MessageThread t, SlaPolicy policy, OrderDates orderDates, Instant at) {
    boolean[] found = {false};
    ResponseDeadlines.scan(t, policy, orderDates, (m, exclusion, answer) -> {
      if (exclusion == null && !m.sentAt().isAfter(at) && (answer == null || answer.sentAt().isAfter(at))) {
        found[0] = true;
      }
    });
    return found[0];
  }

  static WorkQueue ofStates(Instant at, List<ThreadState> states) {
    List<ThreadState> sorted = new ArrayList<>(states);
    sorted.removeIf(s -> s.urgency() == Urgency.NONE);
    sorted.sort(URGENCY_ORDER);
    return new WorkQueue(at, List.copyOf(sorted));
  }

  /** {@return the instant of the queue} */
  public Instant at() {
    return at;
  }

  /** {@return the threads needing a reply, most urgent first} */
  public List<ThreadState> entries() {
    return entries;
  }

  /** {@return the number of threads in the queue} */
  public int size() {
    return entries.size();
  }

  /**
   * {@return the threads of one urgency, in queue order}
   *
   * @param urgency the urgency
   */
  public List<ThreadState> withUrgency(Urgency urgency) {
    List<ThreadState> out = new ArrayList<>();
    for (ThreadState s : entries) {
      if (s.urgency() == urgency) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkQueue && ((WorkQueue) o).at.equals(at) && ((WorkQueue) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return at.hashCode() * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return "WorkQueue{at=" + at + ", size=" + entries.size() + "}";
  }
}
