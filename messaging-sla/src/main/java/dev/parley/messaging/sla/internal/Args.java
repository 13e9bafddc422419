package dev.parley.messaging.sla.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks whose messages name the field, the value and what was expected. */
public final class Args {
  private Args() {}

  /**
   * Fails when the value is null.
   *
   * @param field the field name for the message
   * @param value the value
   * @param <T> the value type
   * @return the value
   * @throws NullPointerException if the value is null
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /**
   * Fails when the condition is false.
   *
   * @param condition what must hold
   * @param field the field name
   * @param value the offending value
   * @param expected what was expected
   * @throws IllegalArgumentException if the condition is false
   */
  public static void check(boolean condition, String field, Object value, String expected) {
    if (!condition) {
      throw new IllegalArgumentException(field + " is invalid: got " + quote(value) + ", expected " + expected);
    }
  }

  /**
   * Fails unless the duration is strictly positive.
   *
   * @param field the field name
   * @param value the duration
   * @return the duration
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static Duration positive(String field, Duration value) {
    notNull(field, value);
    check(!value.isNegative() && !value.isZero(), field, value, "a positive duration such as PT24H");
    return value;
  }

  /**
   * Fails when the duration is negative.
   *
   * @param field the field name
   * @param value the duration
   * @return the duration
   * @throws IllegalArgumentException if it is negative
   */
  public static Duration notNegative(String field, Duration value) {
    notNull(field, value);
    check(!value.isNegative(), field, value, "a duration of zero or more such as PT4H");
    return value;
  }

  /**
   * Quotes character sequences so that blanks are visible in messages.
   *
   * @param value any value
   * @return its quoted form
   */
  public static String quote(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : Objects.toString(value);
  }
}
