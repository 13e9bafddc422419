package dev.parley.messaging.json;

import dev.parley.messaging.rules.MessageField;

/**
 * Where a template's text stands in the file it was read from, for the file form of the lint
 * result ({@code parley lint --format json}): maps a UTF-16 offset in a field to a 1-based line and
 * a 1-based column counted in Unicode code points.
 *
 * <p>Implementations should be immutable; {@link ParleyJson} only calls {@link #at}.
 */
@FunctionalInterface
public interface LintLocator {
  /**
   * {@return the position of an offset in a field}
   *
   * @param field the subject or body (other fields have no text in a template)
   * @param offset a UTF-16 offset into the field's text, from 0 to its length
   */
  Position at(MessageField field, int offset);

  /**
   * A 1-based line and column.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  record Position(int line, int column) {
    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException if the line or the column is below 1
     */
    public Position {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("position is invalid: got line " + line + " column " + column + ", expected both from 1");
      }
    }
  }
}
