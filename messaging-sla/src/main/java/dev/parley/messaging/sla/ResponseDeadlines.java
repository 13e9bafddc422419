package dev.parley.messaging.sla;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.internal.Args;
import dev.parley.messaging.sla.internal.Saturating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Computes the response deadline of every inbound message of a thread (rules {@code
 * sla.response-24h}, {@code sla.no-response-needed}, {@code sla.vacation}).
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>Inbound messages are those written by the buyer or by Amazon; seller messages are
 *       answers, never questions.
 *   <li>An inbound message needs no reply when it is from Amazon, automated, marked "no response
 *       needed", or (under the seed's vacation reading only) received during an inactive period
 *       and not about an order placed before that period; see {@link ExclusionReason}.
 *   <li>{@code due = receivedAt + policy.responseWindow()}, pure elapsed time: no time zone, no
 *       DST, weekends and holidays included.
 *   <li>The answer is the first <em>non-automated</em> seller message sent strictly after the
 *       inbound message's instant in the same thread ({@link SlaPolicy#replyTiming()}: with
 *       {@link ReplyTiming#AT_OR_AFTER} one sent at the same instant counts too). One seller reply
 *       answers every earlier unanswered buyer message of the thread. A seller auto-responder
 *       answers nothing.
 *   <li>Clock skew: a seller message timestamped before a question does not answer it, even if a
 *       tool received it later; whether one with exactly the question's instant does is the
 *       policy's reply timing, whatever their order in the list. Time stamps are trusted as
 *       Amazon recorded them.
 *   <li>Arithmetic saturates: a due instant past the end of the supported range is {@link
 *       Instant#MAX}, so a huge window or an instant at the edge of the range never throws.
 * </ul>
 *
 * <p>Linear in the thread's length. Stateless and thread-safe.
 */
public final class ResponseDeadlines {
  private ResponseDeadlines() {}

  /**
   * Computes the deadlines of a thread's inbound messages under a policy, without order data (so
   * under the seed's vacation reading, messages about orders are never exempt).
   *
   * @param thread the thread
   * @param policy the policy
   * @return one deadline per inbound message, in thread order; unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public static List<ResponseDeadline> compute(MessageThread thread, SlaPolicy policy) {
    return compute(thread, policy, OrderDates.none());
  }

  /**
   * Computes the deadlines of a thread's inbound messages under a policy.
   *
   * @param thread the thread
   * @param policy the policy
   * @param orderDates purchase instants, read only under the seed's vacation reading
   * @return one deadline per inbound message, in thread order; unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the policy's internal target clock never opens within its
   *     search horizon
   */
  public static List<ResponseDeadline> compute(MessageThread thread, SlaPolicy policy, OrderDates orderDates) {
    Args.notNull("thread", thread);
    Args.notNull("policy", policy);
    Args.notNull("orderDates", orderDates);
    if (thread.messages().isEmpty()) {
      return List.of();
    }
    List<ResponseDeadline> out = new ArrayList<>();
    scan(thread, policy, orderDates, (m, exclusion, answer) -> {
      Instant received = m.sentAt();
      Instant due = exclusion == null ? Saturating.plus(received, policy.responseWindow()) : null;
      Instant internalDue = exclusion == null && policy.internalTarget().isPresent()
          ? policy.internalTarget().get().dueFor(received)
          : null;
      out.add(new ResponseDeadline(
          thread.id(),
          m.id(),
          received,
          exclusion,
          due,
          internalDue,
          answer == null ? null : answer.id(),
          answer == null ? null : answer.sentAt()));
    });
    return Collections.unmodifiableList(out);
  }

  /** Receives each inbound message with its exclusion (null when it needs a reply) and its answer (null when none). */
  @FunctionalInterface
  interface InboundVisitor {
    void visit(Message inbound, ExclusionReason exclusion, Message answer);
  }

  /**
   * Walks a thread's inbound messages in order with their answers, without allocating per message:
   * the hot path of metrics and work queues over millions of messages.
   */
  static void scan(MessageThread thread, SlaPolicy policy, OrderDates orderDates, InboundVisitor visitor) {
    List<Message> messages = thread.messages();
    int n = messages.size();
    // The thread is sorted by sentAt, so the candidate answer only moves forward.
    int next = 0;
    boolean strict = policy.replyTiming() == ReplyTiming.STRICTLY_AFTER;
    for (int i = 0; i < n; i++) {
      Message m = messages.get(i);
      if (m.author() == Author.SELLER) {
        continue;
      }
      Instant received = m.sentAt();
      while (next < n && !isAnswer(messages.get(next), received, strict)) {
        next++;
      }
      visitor.visit(m, exclusion(thread, m, policy, orderDates), next < n ? messages.get(next) : null);
    }
  }

  private static boolean isAnswer(Message candidate, Instant received, boolean strict) {
    return candidate.author() == Author.SELLER && !candidate.automated()
        && (strict ? candidate.sentAt().isAfter(received) : !candidate.sentAt().isBefore(received));
  }

  private static ExclusionReason exclusion(MessageThread thread, Message m, SlaPolicy policy, OrderDates orderDates) {
    if (m.author() == Author.AMAZON) {
      return ExclusionReason.FROM_AMAZON;
    }
    if (m.automated()) {
      return ExclusionReason.AUTOMATED;
    }
    if (m.noResponseNeeded()) {
      return ExclusionReason.NO_RESPONSE_NEEDED;
    }
    if (policy.vacationReading() == VacationReading.EXEMPT_NEW_MESSAGES_WHILE_INACTIVE
        && exemptForVacation(thread.orderId(), m.sentAt(), policy, orderDates)) {
      return ExclusionReason.VACATION;
    }
    return null;
  }

  private static boolean exemptForVacation(
      Optional<OrderId> orderId, Instant received, SlaPolicy policy, OrderDates orderDates) {
    Optional<InactivePeriod> period = policy.inactivePeriodAt(received);
    if (period.isEmpty()) {
      return false;
    }
    if (orderId.isEmpty()) {
      return true;
    }
    Optional<Instant> purchased = orderDates.purchasedAt(orderId.get());
    return purchased.isPresent() && !purchased.get().isBefore(period.get().start());
  }
}
