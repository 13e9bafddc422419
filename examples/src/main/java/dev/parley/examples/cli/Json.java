package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.Values;
import java.time.Instant;
import java.util.Optional;

/**
 * The tool's value readers (messaging-json's, under the names its tests and the settings file use)
 * and the settings file's error type. The JSON mapping itself is messaging-json's.
 */
final class Json {
  private Json() {}

  /** A malformed settings file; its message names the setting, the value and what was expected. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  static Optional<Instant> instant(JsonNode node, String field) {
    return Values.instant(node, "", field);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    return Values.enumValue(type, field, value);
  }

  /** A parser message without Jackson's "(start marker at [Source: …; line: 1, column: 1])" aside. */
  static String withoutSource(String message) {
    if (message == null) {
      return "malformed input";
    }
    int i = message.indexOf(" (start marker at [Source:");
    if (i < 0) {
      i = message.indexOf("\n at [Source:");
    }
    return i < 0 ? message : message.substring(0, i);
  }
}
