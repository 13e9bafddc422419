package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reading typed values out of JSON input, with errors that name the field and the value. */
final class Json {
  private Json() {}

  /** A malformed input value; its message names the field, the value and what was expected. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      throw new InputException(field + " must be a string, got " + v);
    }
    return Optional.of(v.asText());
  }

  static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(v.asText().toLowerCase(Locale.ROOT)));
    }
    throw new InputException(field + " must be true or false, got " + v);
  }

  /**
   * An instant: ISO-8601 with an offset or Z; a date-time without an offset, or a bare date (its
   * start), is read as UTC.
   */
  static Optional<Instant> instant(JsonNode node, String field) {
    Optional<String> s = text(node, field);
    if (s.isEmpty() || s.get().isBlank()) {
      return Optional.empty();
    }
    String v = s.get().strip();
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      java.time.temporal.TemporalAccessor t = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parseBest(
          v, java.time.OffsetDateTime::from, java.time.LocalDateTime::from);
      return Optional.of(t instanceof java.time.OffsetDateTime
          ? ((java.time.OffsetDateTime) t).toInstant()
          : ((java.time.LocalDateTime) t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new InputException(field + " must be an ISO-8601 instant such as 2026-03-01T10:00:00Z, got \"" + v + "\"");
    }
  }

  /**
   * An enum constant by name, in any case and with or without underscores or hyphens
   * ({@code Shipped}, {@code SHIPPED}, {@code partially_shipped}, {@code PartiallyShipped}).
   */
  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    String key = squash(value);
    for (E e : type.getEnumConstants()) {
      if (squash(e.name()).equals(key)) {
        return e;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new InputException(field + " is unknown: got \"" + value + "\", expected one of " + valid);
  }

  private static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
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
