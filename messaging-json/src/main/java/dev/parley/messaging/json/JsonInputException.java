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

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, empty for the whole document
   * @param message the full message, which starts with the path when there is one
   */
  public JsonInputException(String path, String message) {
    super(message);
    this.path = path == null ? "" : path;
  }

  /** {@return the JSON path of the offending value, such as {@code order.purchasedAt}; empty for the document} */
  public String path() {
    return path;
  }
}
