package dev.parley.messaging.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.sla.StandardPeriod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The seller-keyed half of the deadline topology: adds each delta of a seller's metric counts to
 * its total and publishes the seller's 7, 30 and 90-day metrics as JSON.
 */
final class SellerMetricsProcessor implements Processor<byte[], byte[], byte[], byte[]> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String storeName;
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<String, MetricCounts.AtInstant> totals;

  SellerMetricsProcessor(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> ctx) {
    this.context = ctx;
    this.totals = ctx.getStateStore(storeName);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (record.key() == null || record.value() == null) {
      return;
    }
    String seller = new String(record.key(), StandardCharsets.UTF_8);
    MetricCounts.AtInstant delta = Codec.readCounts(record.value());
    MetricCounts.AtInstant total = totals.get(seller);
    MetricCounts sum = new MetricCounts();
    Instant at = delta.at;
    if (total != null) {
      sum.add(total.counts, 1);
      if (total.at.isAfter(at)) {
        at = total.at;
      }
    }
    sum.add(delta.counts, 1);
    MetricCounts.AtInstant updated = new MetricCounts.AtInstant(sum, at);
    totals.put(seller, updated);
    context.forward(new Record<>(record.key(), toJson(seller, updated).toString().getBytes(StandardCharsets.UTF_8),
        record.timestamp()));
  }

  static ObjectNode toJson(String seller, MetricCounts.AtInstant total) {
    ObjectNode root = JSON.createObjectNode();
    root.put("sellerId", seller);
    root.put("at", total.at.toString());
    ObjectNode metrics = root.putObject("metrics");
    for (StandardPeriod p : MetricCounts.PERIODS) {
      MetricCounts c = total.counts;
      long onTime = c.get(p, MetricCounts.ON_TIME);
      long answeredLate = c.get(p, MetricCounts.ANSWERED_LATE);
      long unansweredLate = c.get(p, MetricCounts.UNANSWERED_LATE);
      long counted = onTime + answeredLate + unansweredLate;
      long answered = onTime + answeredLate;
      ObjectNode n = metrics.putObject(p.name());
      n.put("from", p.startFor(total.at).toString());
      n.put("to", total.at.toString());
      n.put("counted", counted);
      n.put("answeredOnTime", onTime);
      n.put("answeredLate", answeredLate);
      n.put("unansweredLate", unansweredLate);
      n.put("pending", c.get(p, MetricCounts.PENDING));
      n.put("excluded", c.get(p, MetricCounts.EXCLUDED));
      if (counted == 0) {
        n.putNull("lateResponseRate");
        n.putNull("onTimeRate");
      } else {
        n.put("lateResponseRate", (double) (answeredLate + unansweredLate) / counted);
        n.put("onTimeRate", (double) onTime / counted);
      }
      Duration total0 = c.totalResponseTime(p);
      if (answered == 0) {
        n.putNull("averageResponseTime");
      } else {
        n.put("averageResponseTime", total0.dividedBy(answered).toString());
      }
    }
    return root;
  }
}
