package dev.parley.messaging.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A malformed input line or batch element: where it is (the input's name when there is one, its
 * 1-based line or element number, the id it carries when that can be read) and the error, which
 * names the JSON path and the value. Written by {@link ParleyJson#writeInputError} as {@code
 * {"file": ..., "line": n, "id": ..., "error": "..."}}, {@code file} and {@code id} only when
 * known: the error record of {@code parley check} and {@code parley sla}.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputError {
  private final Optional<String> file;
  private final long line;
  private final Optional<String> id;
  private final String path;
  private final String error;

  private InputError(Optional<String> file, long line, Optional<String> id, String path, String error) {
    if (line < 0) {
      throw new IllegalArgumentException("line is invalid: got " + line + ", expected 0 (the input as a whole) or more");
    }
    this.file = file;
    this.line = line;
    this.id = id;
    this.path = Objects.requireNonNull(path, "path");
    this.error = error == null ? "malformed input" : error;
  }

  /**
   * {@return an input error without a file name or id}
   *
   * @param line the 1-based line (or batch element) number
   * @param error what is wrong; null becomes "malformed input"
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static InputError of(long line, String error) {
    return new InputError(Optional.empty(), line, Optional.empty(), "", error);
  }

  /**
   * {@return an input error of a named input}
   *
   * @param file the input's name (such as a file name, or "-" for standard input)
   * @param line the 1-based line number; 0 for the input as a whole (it cannot be opened or read)
   * @param id the id the line carries, or null (or empty) when it cannot be read
   * @param error what is wrong; null becomes "malformed input"
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static InputError of(String file, long line, String id, String error) {
    return new InputError(Optional.of(Objects.requireNonNull(file, "file")), line,
        Optional.ofNullable(id).filter(s -> !s.isEmpty()), "", error);
  }

  /**
   * {@return the input error of a line whose value was refused, with the exception's JSON path}
   *
   * @param file the input's name
   * @param line the 1-based line number
   * @param id the id the line carries, or null (or empty) when it cannot be read
   * @param e the refusal
   */
  public static InputError of(String file, long line, String id, JsonInputException e) {
    return new InputError(Optional.of(Objects.requireNonNull(file, "file")), line,
        Optional.ofNullable(id).filter(s -> !s.isEmpty()), e.path(), e.getMessage());
  }

  /** {@return the input's name, when known} */
  public Optional<String> file() {
    return file;
  }

  /** {@return the 1-based line or element number; 0 for the input as a whole} */
  public long line() {
    return line;
  }

  /** {@return the id the malformed line carries, when it can be read} */
  public Optional<String> id() {
    return id;
  }

  /** {@return the JSON path of the offending value, when known; empty otherwise} */
  public String path() {
    return path;
  }

  /** {@return what is wrong, starting with the JSON path when there is one} */
  public String error() {
    return error;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InputError)) {
      return false;
    }
    InputError e = (InputError) o;
    return line == e.line && file.equals(e.file) && id.equals(e.id) && path.equals(e.path) && error.equals(e.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, id, path, error);
  }

  @Override
  public String toString() {
    return "InputError{" + file.map(f -> "file=" + f + ", ").orElse("") + "line=" + line + id.map(i -> ", id=" + i).orElse("")
        + ", error=" + error + "}";
  }
}
