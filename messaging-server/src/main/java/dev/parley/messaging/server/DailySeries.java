package dev.parley.messaging.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.json.SlaRequest;
import dev.parley.messaging.json.ThreadInput;
import dev.parley.messaging.sla.OrderDates;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.StandardPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The per-day response metrics behind the dashboard's charts ({@code POST /v1/sla/daily}): the
 * 90 days before the instant as 24-hour slices ending at it, oldest first, each with the counts
 * of {@link ResponseMetrics} for the buyer messages received in that slice, seen at the instant.
 * The slices partition Amazon's periods: the last 7 (30, 90) of them add up to the report's
 * 7 (30, 90)-day metrics. Stateless.
 */
final class DailySeries {
  /** Amazon's historic target: at least 90 % of buyer messages answered within 24 hours. */
  static final double ON_TIME_TARGET = 0.90;
  static final int DAYS = StandardPeriod.LAST_90_DAYS.days();

  private DailySeries() {}

  static ObjectNode of(SlaRequest request) {
    List<MessageThread> threads = new ArrayList<>();
    Map<OrderId, Instant> purchases = new HashMap<>();
    for (ThreadInput in : request.threads()) {
      threads.add(in.thread());
      if (in.thread().orderId().isPresent() && in.purchasedAt().isPresent()) {
        purchases.put(in.thread().orderId().get(), in.purchasedAt().get());
      }
    }
    OrderDates dates = OrderDates.of(purchases);
    Instant at = request.at();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("at", at.toString());
    root.put("responseWindow", request.policy().responseWindow().toString());
    root.putObject("target").put("onTimeRate", ON_TIME_TARGET);
    ArrayNode days = root.putArray("days");
    for (int i = DAYS; i >= 1; i--) {
      Instant from = at.minus(Duration.ofDays(i));
      Instant to = at.minus(Duration.ofDays(i - 1L));
      ResponseMetrics m = ResponseMetrics.over(threads, request.policy(), dates, from, to, at);
      ObjectNode d = days.addObject();
      d.put("from", from.toString());
      d.put("to", to.toString());
      d.put("counted", m.counted());
      d.put("answeredOnTime", m.answeredOnTime());
      d.put("answeredLate", m.answeredLate());
      d.put("unansweredLate", m.unansweredLate());
      d.put("pending", m.pending());
      d.put("excluded", m.excluded());
      rate(d, "onTimeRate", m.onTimeRate());
      rate(d, "lateResponseRate", m.lateResponseRate());
    }
    return root;
  }

  private static void rate(ObjectNode n, String field, OptionalDouble rate) {
    if (rate.isPresent()) {
      n.put(field, rate.getAsDouble());
    } else {
      n.putNull(field);
    }
  }
}
