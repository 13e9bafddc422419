package dev.parley.examples;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.sla.BusinessClock;
import dev.parley.messaging.sla.HolidayCalendar;
import dev.parley.messaging.sla.InternalTarget;
import dev.parley.messaging.sla.OrderWindow;
import dev.parley.messaging.sla.OrderWindows;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.sla.WeeklySchedule;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Response deadlines in a few lines: two buyer threads, the work queue and Amazon's metrics at an
 * instant, an internal "4 business hours" target on a Berlin office clock, and the review-request,
 * feedback and return windows of an order.
 */
public final class SlaExample {
  private SlaExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Instant now = Instant.parse("2026-06-12T15:00:00Z"); // a Friday, 17:00 in Berlin
    OrderId orderId = OrderId.parse("302-7731820-4410932");
    MessageThread answered = MessageThread.builder().id("T-1").orderId(orderId).marketplace(Marketplace.DE)
        .addMessages(
            message("b1", Author.BUYER, "2026-06-11T07:45:00Z"),
            message("s1", Author.SELLER, "2026-06-11T09:10:00Z"))
        .build();
    MessageThread waiting = MessageThread.builder().id("T-2").marketplace(Marketplace.DE)
        .addMessages(message("b1", Author.BUYER, "2026-06-12T13:30:00Z"))
        .build();
    List<MessageThread> threads = List.of(answered, waiting);

    BusinessClock office = BusinessClock.of(WeeklySchedule.officeHours(), Marketplace.DE.zone(), HolidayCalendar.country("DE"));
    SlaPolicy policy = SlaPolicy.builder().internalTarget(InternalTarget.of(office, Duration.ofHours(4))).build();
    System.out.println(policy);

    for (ThreadState s : WorkQueue.at(threads, policy, now).entries()) {
      System.out.println(s.threadId() + " " + s.urgency() + ", Amazon due " + s.bindingDeadline().orElseThrow()
          + ", internal due " + s.messages().get(0).deadline().internalDue().orElseThrow());
    }
    Map<StandardPeriod, ResponseMetrics> metrics = ResponseMetrics.standard(threads, policy, now);
    metrics.forEach((period, m) -> System.out.println(period + ": counted " + m.counted() + ", late rate "
        + (m.lateResponseRate().isPresent() ? m.lateResponseRate().getAsDouble() : "n/a")
        + ", average " + m.averageResponseTime().map(Duration::toString).orElse("n/a")));

    Order order = Order.builder().id(orderId).marketplace(Marketplace.DE)
        .purchasedAt(Instant.parse("2026-06-01T08:30:00Z")).status(OrderStatus.SHIPPED)
        .shippedAt(Instant.parse("2026-06-02T10:00:00Z"))
        .earliestDeliveryDate(Instant.parse("2026-06-03T08:00:00Z"))
        .latestDeliveryDate(Instant.parse("2026-06-05T18:00:00Z"))
        .deliveredAt(Instant.parse("2026-06-04T11:00:00Z"))
        .build();
    OrderWindows windows = OrderWindows.defaults();
    for (OrderWindow w : windows.all(order)) {
      System.out.println(w.ruleId() + " " + w.kind() + ": " + w.status(now) + ", next change "
          + w.nextBoundary(now).map(Instant::toString).orElse("none") + " (" + w.basis() + ")");
    }
    System.out.println("feedback reminder on " + windows.feedbackReminderDate(order));
  }

  private static Message message(String id, Author author, String at) {
    return Message.builder().id(id).author(author).sentAt(Instant.parse(at)).build();
  }
}
