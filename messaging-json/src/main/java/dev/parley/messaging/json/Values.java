package dev.parley.messaging.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed values out of JSON, with errors that name the JSON path, the value and what was expected.
 * Shared by every reader of this module and by the {@code parley} tool. Stateless and thread-safe.
 */
public final class Values {
  private Values() {}

  /**
   * {@return the JSON path of a member}
   *
   * @param parent the parent's path, empty for the document
   * @param field the member name
   */
  public static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  /**
   * {@return the JSON path of an array element}
   *
   * @param array the array's path
   * @param index the element's index
   */
  public static String element(String array, int index) {
    return array + "[" + index + "]";
  }

  /**
   * A member as text: any scalar is accepted and read as text (numbers and booleans too).
   *
   * @param node the object
   * @param parent its path
   * @param field the member
   * @return the text, empty when absent or null
   * @throws JsonInputException if the member is an object or array
   */
  public static Optional<String> text(JsonNode node, String parent, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      throw fail(path(parent, field), "must be a string, got " + v);
    }
    return Optional.of(v.asText());
  }

  /**
   * A member that must be a JSON string.
   *
   * @param node the object
   * @param parent its path
   * @param field the member
   * @return the string, empty when absent or null
   * @throws JsonInputException if the member is not a string
   */
  public static Optional<String> string(JsonNode node, String parent, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw fail(path(parent, field), "must be a string, got " + v);
    }
    return Optional.of(v.textValue());
  }

  /**
   * A boolean member; {@code "true"} and {@code "false"} as strings are accepted too.
   *
   * @param node the object
   * @param parent its path
   * @param field the member
   * @return the value, empty when absent or null
   * @throws JsonInputException if the member is neither
   */
  public static Optional<Boolean> bool(JsonNode node, String parent, String field) {
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
    throw fail(path(parent, field), "must be true or false, got " + v);
  }

  /**
   * A boolean member that must be a JSON boolean.
   *
   * @param node the object
   * @param parent its path
   * @param field the member
   * @return the value; false when absent or null
   * @throws JsonInputException if the member is not a boolean
   */
  public static boolean strictBool(JsonNode node, String parent, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw fail(path(parent, field), "must be true or false, got " + v);
    }
    return v.booleanValue();
  }

  /**
   * An instant member, leniently: ISO-8601 with an offset or {@code Z}; a date-time without an
   * offset, or a bare date (its start), is read as UTC.
   *
   * @param node the object
   * @param parent its path
   * @param field the member
   * @return the instant, empty when absent, null or blank
   * @throws JsonInputException if it is not such an instant
   */
  public static Optional<Instant> instant(JsonNode node, String parent, String field) {
    Optional<String> s = text(node, parent, field);
    if (s.isEmpty() || s.get().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(instant(path(parent, field), s.get()));
  }

  /**
   * Parses an instant leniently (see {@link #instant(JsonNode, String, String)}).
   *
   * @param path the JSON path, for the error message
   * @param text the text
   * @return the instant
   * @throws JsonInputException if it is not an instant
   */
  public static Instant instant(String path, String text) {
    String v = text.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime ? ((OffsetDateTime) t).toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw fail(path, "must be an ISO-8601 instant such as 2026-03-01T10:00:00Z, got \"" + v + "\"");
    }
  }

  /**
   * Parses an instant that must carry {@code Z} or an offset.
   *
   * @param path the JSON path, for the error message
   * @param text the text
   * @return the instant
   * @throws JsonInputException if it is not such an instant
   */
  public static Instant offsetInstant(String path, String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw fail(path, "must be an ISO-8601 instant with an offset such as 2026-06-10T12:00:00Z, got \"" + text + "\"");
    }
  }

  /**
   * An enum constant by name, in any case and with or without underscores, hyphens or spaces
   * ({@code Shipped}, {@code SHIPPED}, {@code partially_shipped}, {@code PartiallyShipped}).
   *
   * @param <E> the enum
   * @param type the enum class
   * @param path the JSON path, for the error message
   * @param value the text
   * @return the constant
   * @throws JsonInputException if no constant matches; the message lists the valid names
   */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String path, String value) {
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
    throw fail(path, "is unknown: got \"" + value + "\", expected one of " + valid);
  }

  /**
   * A language tag such as {@code de-DE} (underscores accepted).
   *
   * @param path the JSON path, for the error message
   * @param tag the text
   * @return the locale
   * @throws JsonInputException if it names no language
   */
  public static Locale locale(String path, String tag) {
    Locale l = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    if (l.getLanguage().isEmpty()) {
      throw fail(path, "must be a language tag such as de-DE, got \"" + tag + "\"");
    }
    return l;
  }

  static JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw fail(path, "must be an object, got " + node);
    }
    return node;
  }

  /** The member as an array, or null when absent or null. */
  static JsonNode array(JsonNode node, String parent, String field) {
    JsonNode arr = node.get(field);
    if (arr == null || arr.isNull()) {
      return null;
    }
    if (!arr.isArray()) {
      throw fail(path(parent, field), "must be an array, got " + arr);
    }
    return arr;
  }

  static JsonInputException fail(String path, String what) {
    return new JsonInputException(path, path.isEmpty() ? what : path + " " + what);
  }

  /**
   * Re-throws a Parley type's refusal (whose message starts with its own field name) under the JSON
   * path of the object that was being built.
   */
  static JsonInputException within(String parent, IllegalArgumentException e) {
    if (e instanceof JsonInputException) {
      return (JsonInputException) e;
    }
    String message = e.getMessage() == null ? "is invalid" : e.getMessage();
    if (parent.isEmpty()) {
      int space = message.indexOf(' ');
      return new JsonInputException(space > 0 ? message.substring(0, space) : "", message);
    }
    int space = message.indexOf(' ');
    String field = space > 0 ? message.substring(0, space) : "";
    return new JsonInputException(path(parent, field), parent + "." + message);
  }

  /** {@link #string} when strict (the {@code parley} tool's contract), else {@link #text}. */
  static Optional<String> text(boolean strict, JsonNode node, String parent, String field) {
    return strict ? string(node, parent, field) : text(node, parent, field);
  }

  /** A boolean that must be a JSON boolean when strict, else {@link #bool}. */
  static Optional<Boolean> bool(boolean strict, JsonNode node, String parent, String field) {
    if (!strict) {
      return bool(node, parent, field);
    }
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(strictBool(node, parent, field));
  }

  /** {@link #instant(JsonNode, String, String)}, whose text must be a JSON string when strict. */
  static Optional<Instant> instant(boolean strict, JsonNode node, String parent, String field) {
    if (strict) {
      string(node, parent, field);
    }
    return instant(node, parent, field);
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
}
