package dev.parley.messaging.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Checks each outgoing draft: the report goes to the verdicts topic under the draft's key (the
 * order id), and a blocked draft's report also to the blocked topic. Stateless; a draft without
 * {@code sentAt} is checked at its record timestamp (never the system clock).
 */
final class CheckProcessor implements Processor<byte[], byte[], byte[], Routed> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SendCheck check;
  private ProcessorContext<byte[], Routed> context;

  CheckProcessor(SendCheck check) {
    this.check = check;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> ctx) {
    this.context = ctx;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (record.value() == null) {
      return; // a tombstone withdraws nothing: verdicts are events, not a table
    }
    ObjectNode report;
    try {
      JsonNode in = JSON.readTree(record.value());
      if (in == null) {
        throw new IllegalArgumentException("value is invalid: got nothing, expected a JSON object");
      }
      CheckJson.Request request = CheckJson.read(in, Instant.ofEpochMilli(record.timestamp()));
      SendReport result = check.check(request.request);
      report = CheckJson.report(request.id, result);
    } catch (JsonProcessingException e) {
      context.forward(DeadLetters.of(context, record, "value is not valid JSON: " + e.getOriginalMessage()));
      return;
    } catch (IOException | RuntimeException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    byte[] json = report.toString().getBytes(StandardCharsets.UTF_8);
    context.forward(new Record<>(record.key(), new Routed(Routed.Kind.VERDICT, json), record.timestamp()));
    if ("BLOCKED".equals(report.path("decision").asText())) {
      context.forward(new Record<>(record.key(), new Routed(Routed.Kind.BLOCKED, json), record.timestamp()));
    }
  }
}
