package dev.parley.examples.cli;

import java.util.Arrays;

/**
 * The raw text of an input file (or of one input line) with its line starts, to turn a character
 * offset into a 1-based line and column. Columns count Unicode code points, so a letter outside
 * the Basic Multilingual Plane (an emoji) is one column; this matches SARIF's {@code
 * unicodeCodePoints} column kind. Immutable.
 */
final class SourceText {
  final String text;
  /** The line number of the text's first line (an input line of a JSON Lines file keeps its number). */
  private final int firstLine;
  private final int[] lineStarts;

  SourceText(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** {@return the 1-based line and code-point column of an offset} */
  int[] lineColumn(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int idx = Arrays.binarySearch(lineStarts, o);
    int line = idx >= 0 ? idx : -idx - 2;
    int column = text.codePointCount(lineStarts[line], o) + 1;
    return new int[] {firstLine + line, column};
  }

  /** {@return the offset of a 0-based line (relative to this text) and 0-based code-point column} */
  int offsetOf(int line, int codePointColumn) {
    int l = Math.max(0, Math.min(line, lineStarts.length - 1));
    int start = lineStarts[l];
    int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
    int o = start;
    for (int k = 0; k < codePointColumn && o < end; k++) {
      o += Character.charCount(text.codePointAt(o));
    }
    return o;
  }

  /** {@return the offset where a 0-based line (relative to this text) starts} */
  int lineStart(int line) {
    return line < lineStarts.length ? lineStarts[Math.max(0, line)] : text.length();
  }
}
