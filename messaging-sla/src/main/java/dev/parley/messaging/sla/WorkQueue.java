package dev.parley.messaging.sla;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
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

  /**
   * {@return an empty builder of the queue at an instant}: threads are added one at a time and
   * only those awaiting a reply are kept (as their {@link ThreadState}), so memory grows with the
   * queue, not with the input; with {@link Builder#limit(int)} it is bounded by the limit.
   *
   * @param policy the policy
   * @param at the instant
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(SlaPolicy policy, Instant at) {
    return new Builder(policy, at);
  }

  /**
   * Builds a {@link WorkQueue} from threads streamed one at a time. Without a limit, after every
   * thread is added {@link #build()} equals {@link WorkQueue#at(Collection, SlaPolicy, OrderDates,
   * Instant)} over the same threads; with {@code limit(n)} it equals that queue's first {@code n}
   * entries (a heap keeps the {@code n} most urgent; a less urgent one is dropped as soon as it
   * is out-ranked).
   *
   * <p>Thread ids must be unique; the builder checks this only among the threads it keeps (it
   * keeps nothing of the others). Mutable and not thread-safe: one builder per stream.
   */
  public static final class Builder {
    private final SlaPolicy policy;
    private final Instant at;
    private final Set<String> queuedIds = new HashSet<>();
    private final PriorityQueue<ThreadState> kept = new PriorityQueue<>(URGENCY_ORDER.reversed());
    private int limit = Integer.MAX_VALUE;

    private Builder(SlaPolicy policy, Instant at) {
      this.policy = Args.notNull("policy", policy);
      this.at = Args.notNull("at", at);
    }

    /**
     * Keeps at most {@code max} entries, the most urgent; set it before adding threads.
     *
     * @param max the largest number of entries kept
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder limit(int max) {
      Args.check(max >= 1, "max", max, "at least 1");
      this.limit = max;
      while (kept.size() > limit) {
        queuedIds.remove(kept.poll().threadId());
      }
      return this;
    }

    /**
     * Adds a thread without order data.
     *
     * @param thread the thread
     * @return true if the thread awaits a reply and is (for now) among the entries kept
     * @throws IllegalArgumentException if a kept thread has the same id
     */
    public boolean add(MessageThread thread) {
      return add(thread, OrderDates.none());
    }

    /**
     * Adds a thread.
     *
     * @param thread the thread
     * @param orderDates purchase instants for the seed's vacation reading
     * @return true if the thread awaits a reply and is (for now) among the entries kept
     * @throws IllegalArgumentException if a kept thread has the same id
     * @throws NullPointerException if an argument is null
     */
    public boolean add(MessageThread thread, OrderDates orderDates) {
      Args.notNull("thread", thread);
      Args.notNull("orderDates", orderDates);
      if (!awaitsReply(thread, policy, orderDates, at)) {
        return false;
      }
      ThreadState state = ThreadState.at(thread, policy, orderDates, at);
      if (state.urgency() == Urgency.NONE) {
        return false;
      }
      Args.check(!queuedIds.contains(thread.id()), "threads", thread.id(), "unique thread ids");
      if (kept.size() >= limit) {
        ThreadState least = kept.peek();
        if (URGENCY_ORDER.compare(state, least) >= 0) {
          return false;
        }
        queuedIds.remove(kept.poll().threadId());
      }
      kept.add(state);
      queuedIds.add(thread.id());
      return true;
    }

    /** {@return the queue of the threads added so far; the builder can go on} */
    public WorkQueue build() {
      return ofStates(at, new ArrayList<>(kept));
    }
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
