package dev.parley.messaging.json;

import java.util.Objects;

/**
 * A malformed input line or batch element: its 1-based number and the error, which names the JSON
 * path and the value. Written as {@code {"line": n, "error": "..."}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputError {
  private final int line;
  private final String error;

  private InputError(int line, String error) {
    this.line = line;
    this.error = Objects.requireNonNull(error, "error");
  }

  /**
   * {@return an input error}
   *
   * @param line the 1-based line (or batch element) number
   * @param error what is wrong; null becomes "malformed input"
   */
  public static InputError of(int line, String error) {
    return new InputError(line, error == null ? "malformed input" : error);
  }

  /** {@return the 1-based line or element number} */
  public int line() {
    return line;
  }

  /** {@return what is wrong} */
  public String error() {
    return error;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputError && line == ((InputError) o).line && error.equals(((InputError) o).error);
  }

  @Override
  public int hashCode() {
    return line * 31 + error.hashCode();
  }

  @Override
  public String toString() {
    return "InputError{line=" + line + ", error=" + error + "}";
  }
}
