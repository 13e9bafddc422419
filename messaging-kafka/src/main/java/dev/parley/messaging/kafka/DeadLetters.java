package dev.parley.messaging.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Builds dead-letter records: the original key and value bytes unchanged, with headers naming the
 * error and where the record came from.
 */
final class DeadLetters {
  /** Header: why the record could not be processed (UTF-8). */
  static final String ERROR = "parley.error";
  /** Header: the source topic (UTF-8). */
  static final String TOPIC = "parley.source.topic";
  /** Header: the source partition (decimal, UTF-8). */
  static final String PARTITION = "parley.source.partition";
  /** Header: the source offset (decimal, UTF-8). */
  static final String OFFSET = "parley.source.offset";

  private DeadLetters() {}

  static Record<byte[], Routed> of(ProcessorContext<byte[], Routed> context, Record<byte[], byte[]> in, String error) {
    Headers headers = new RecordHeaders(in.headers().toArray());
    headers.add(ERROR, utf8(error == null ? "unreadable record" : error));
    RecordMetadata meta = context.recordMetadata().orElse(null);
    if (meta != null) {
      headers.add(TOPIC, utf8(meta.topic()));
      headers.add(PARTITION, utf8(Integer.toString(meta.partition())));
      headers.add(OFFSET, utf8(Long.toString(meta.offset())));
    }
    return new Record<>(in.key(), new Routed(Routed.Kind.DEAD_LETTER, in.value()), in.timestamp(), headers);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Decodes a key strictly as UTF-8, failing on malformed bytes instead of replacing them. */
  static String strictUtf8(byte[] bytes, String what) {
    if (bytes == null) {
      throw new IllegalArgumentException(what + " is missing: the record has no key");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(what + " is invalid: the key is not UTF-8");
    }
  }
}
