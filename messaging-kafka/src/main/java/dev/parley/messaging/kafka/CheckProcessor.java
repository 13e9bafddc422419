package dev.parley.messaging.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.CheckRequest;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Checks each outgoing draft: the report goes to the verdicts topic under the draft's key (the
 * order id), and a blocked draft's report also to the blocked topic. Requests and reports use
 * {@link ParleyJson}, the one mapping of the {@code parley check} contract. Stateless; a draft
 * without {@code sentAt} is checked at its record timestamp (never the system clock).
 */
final class CheckProcessor implements Processor<byte[], byte[], byte[], Routed> {
  private static final ParleyJson JSON = ParleyJson.standard();

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
    CheckResult result;
    try {
      JsonNode in = JSON.parse(new ByteArrayInputStream(record.value()));
      CheckRequest request = JSON.readCheckRequest(in, Instant.ofEpochMilli(record.timestamp()));
      result = CheckResult.of(request.id(), check.check(request.request()));
    } catch (IOException | RuntimeException e) {
      // JsonInputException (malformed JSON or a bad value) names the path and the value; an engine
      // refusing a value names its field. Either way the record is parked, never the stream stopped.
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    byte[] json = JSON.write(JSON.writeCheckResult(result)).getBytes(StandardCharsets.UTF_8);
    context.forward(new Record<>(record.key(), new Routed(Routed.Kind.VERDICT, json), record.timestamp()));
    if (result.decision() == SendVerdict.BLOCKED) {
      context.forward(new Record<>(record.key(), new Routed(Routed.Kind.BLOCKED, json), record.timestamp()));
    }
  }
}
