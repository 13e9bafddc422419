package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.Values;
import java.time.Instant;
import java.util.Optional;

/** The tool's two value readers, kept as names for its tests; the mapping itself is messaging-json's. */
final class Json {
  private Json() {}

  static Optional<Instant> instant(JsonNode node, String field) {
    return Values.instant(node, "", field);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    return Values.enumValue(type, field, value);
  }
}
