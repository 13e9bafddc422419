package dev.parley.messaging.core;

import java.util.Objects;

/** Argument checks whose messages name the field, the value and what was expected. */
final class Checks {
  private Checks() {}

  static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  static String notBlank(String field, String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got \"" + value + "\"");
    }
    return value;
  }

  static void check(boolean condition, String field, Object value, String expected) {
    if (!condition) {
      throw new IllegalArgumentException(
          field + " is invalid: got " + quote(value) + ", expected " + expected);
    }
  }

  /** True if the parser accepts the text; false for null or on IllegalArgumentException. */
  static boolean parses(String text, java.util.function.Function<String, ?> parser) {
    if (text == null) {
      return false;
    }
    try {
      parser.apply(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String quote(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : Objects.toString(value);
  }
}
