package dev.parley.messaging.json;

import dev.parley.messaging.core.MessageThread;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the {@code parley sla} thread input: the thread and, when given, when its order
 * was placed.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThreadInput {
  private final MessageThread thread;
  private final Optional<Instant> purchasedAt;

  private ThreadInput(MessageThread thread, Optional<Instant> purchasedAt) {
    this.thread = Objects.requireNonNull(thread, "thread");
    this.purchasedAt = Objects.requireNonNull(purchasedAt, "purchasedAt");
  }

  /**
   * {@return a thread input}
   *
   * @param thread the thread
   * @param purchasedAt when its order was placed, when known
   */
  public static ThreadInput of(MessageThread thread, Optional<Instant> purchasedAt) {
    return new ThreadInput(thread, purchasedAt);
  }

  /** {@return the thread} */
  public MessageThread thread() {
    return thread;
  }

  /** {@return when the thread's order was placed, when given} */
  public Optional<Instant> purchasedAt() {
    return purchasedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreadInput && thread.equals(((ThreadInput) o).thread) && purchasedAt.equals(((ThreadInput) o).purchasedAt);
  }

  @Override
  public int hashCode() {
    return thread.hashCode() * 31 + purchasedAt.hashCode();
  }

  @Override
  public String toString() {
    return "ThreadInput{thread=" + thread + ", purchasedAt=" + purchasedAt + "}";
  }
}
