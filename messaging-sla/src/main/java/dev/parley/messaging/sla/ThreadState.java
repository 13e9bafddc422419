package dev.parley.messaging.sla;

import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A thread at an instant: the status of each inbound message received by then, the binding
 * deadline (the earliest due instant among messages still needing a reply) and the urgency.
 *
 * <p>Messages received after the instant are not part of the state; a seller reply sent after the
 * instant does not count yet. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThreadState {
  ThreadState() {}

  /** {@return the thread id} */
  public abstract String threadId();

  /** {@return the order the thread is about, when known} */
  public abstract Optional<OrderId> orderId();

  /** {@return the instant of the state} */
  public abstract Instant at();

  /** {@return the inbound messages received at or before the instant, in thread order} */
  public abstract List<MessageState> messages();

  /** {@return the earliest due instant among messages that still need a reply} */
  @Value.Derived
  public Optional<Instant> bindingDeadline() {
    Instant best = null;
    for (MessageState m : messages()) {
      if (m.status().needsReply()) {
        Instant due = m.deadline().due().orElseThrow();
        if (best == null || due.isBefore(best)) {
          best = due;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the urgency: the status of the binding deadline, or {@link Urgency#NONE}} */
  @Value.Derived
  public Urgency urgency() {
    Urgency u = Urgency.NONE;
    for (MessageState m : messages()) {
      switch (m.status()) {
        case OVERDUE:
          return Urgency.OVERDUE;
        case DUE_SOON:
          u = Urgency.DUE_SOON;
          break;
        case OPEN:
          if (u == Urgency.NONE) {
            u = Urgency.OPEN;
          }
          break;
        default:
          break;
      }
    }
    return u;
  }

  /** {@return how many messages still need a reply} */
  public int awaitingReply() {
    int n = 0;
    for (MessageState m : messages()) {
      if (m.status().needsReply()) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@return the messages with the given status}
   *
   * @param status the status
   */
  public List<MessageState> withStatus(MessageStatus status) {
    List<MessageState> out = new ArrayList<>();
    for (MessageState m : messages()) {
      if (m.status() == status) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Computes a thread's state at an instant, without order data.
   *
   * @param thread the thread
   * @param policy the policy
   * @param at the instant
   * @return the state
   * @throws NullPointerException if an argument is null
   */
  public static ThreadState at(MessageThread thread, SlaPolicy policy, Instant at) {
    return at(thread, policy, OrderDates.none(), at);
  }

  /**
   * Computes a thread's state at an instant.
   *
   * @param thread the thread
   * @param policy the policy
   * @param orderDates purchase instants for the seed's vacation reading
   * @param at the instant
   * @return the state
   * @throws NullPointerException if an argument is null
   */
  public static ThreadState at(MessageThread thread, SlaPolicy policy, OrderDates orderDates, Instant at) {
    Args.notNull("at", at);
    return of(thread.id(), thread.orderId(), ResponseDeadlines.compute(thread, policy, orderDates), policy, at);
  }

  static ThreadState of(
      String threadId, Optional<OrderId> orderId, List<ResponseDeadline> deadlines, SlaPolicy policy, Instant at) {
    List<MessageState> states = new ArrayList<>(deadlines.size());
    for (ResponseDeadline d : deadlines) {
      if (!d.receivedAt().isAfter(at)) {
        states.add(MessageState.of(d, at, policy));
      }
    }
    return ImmutableThreadState.builder().threadId(threadId).orderId(orderId).at(at).messages(states).build();
  }
}
