package dev.parley.messaging.json;

/**
 * Malformed JSON input: not JSON at all, a value of the wrong shape, or a value a Parley type
 * refuses. The message starts with the JSON path of the offending value (such as {@code
 * order.purchasedAt} or {@code messages[0].sentAt}) and names the value and what was expected.
 *
 * <p>Rule violations are never reported this way: they are findings in a report.
 */
public final class JsonInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The path of the offending value; empty for the document itself. */
  private final String path;
  /** The 1-based column where a text stopped being JSON; 0 when unknown or not a syntax error. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, empty for the whole document
   * @param message the full message, which starts with the path when there is one
   */
  public JsonInputException(String path, String message) {
    this(path, message, 0);
  }

  /**
   * Creates the exception for a text that is not JSON, with where reading stopped.
   *
   * @param path the JSON path of the offending value, empty for the whole document
   * @param message the full message
   * @param column the 1-based column (on the text's line) where reading stopped; 0 when unknown
   */
  public JsonInputException(String path, String message, int column) {
    super(message);
    this.path = path == null ? "" : path;
    this.column = Math.max(0, column);
  }

  /** {@return the 1-based column where the text stopped being JSON; 0 when unknown or not a syntax error} */
  public int column() {
    return column;
  }

  /** {@return the JSON path of the offending value, such as {@code order.purchasedAt}; empty for the document} */
  public String path() {
    return path;
  }
}
