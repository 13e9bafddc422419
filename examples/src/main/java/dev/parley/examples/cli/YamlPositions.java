package dev.parley.examples.cli;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where each character of a YAML scalar's value is written. Exact for literal block scalars
 * ({@code |}), for single-line plain and single-quoted scalars and for single-line double-quoted
 * scalars with JSON-style escapes; other multi-line scalars (folded, or quoted over several lines)
 * map every position to the scalar's start.
 */
final class YamlPositions {
  private YamlPositions() {}

  static Located locate(ScalarNode s, SourceText source) {
    String value = s.getValue();
    int start = source.offsetOf(s.getStartMark().getLine(), s.getStartMark().getColumn());
    boolean oneLine = s.getStartMark().getLine() == s.getEndMark().getLine();
    DumperOptions.ScalarStyle style = s.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL) {
      return literal(value, source, s.getStartMark().getLine());
    }
    if (!oneLine) {
      return Located.at(value, source, start);
    }
    switch (style) {
      case PLAIN:
        return Located.verbatim(value, source, start);
      case DOUBLE_QUOTED:
        return Located.jsonString(value, source, start);
      case SINGLE_QUOTED:
        return singleQuoted(value, source, start);
      default:
        return Located.at(value, source, start);
    }
  }

  private static Located singleQuoted(String value, SourceText source, int quote) {
    int[] map = new int[value.length() + 1];
    int p = quote + 1;
    for (int i = 0; i < value.length(); i++) {
      map[i] = p;
      p += value.charAt(i) == '\'' && p + 1 < source.text.length() && source.text.charAt(p + 1) == '\'' ? 2 : 1;
    }
    map[value.length()] = p;
    return Located.mapped(value, source, map);
  }

  /** A literal block: value line k is file line (indicator line + 1 + k), after the block's indentation. */
  private static Located literal(String value, SourceText source, int indicatorLine) {
    String text = source.text;
    int first = source.lineStart(indicatorLine + 1);
    // The indentation is that of the first non-blank line of the block.
    int indent = 0;
    int p = first;
    while (p < text.length()) {
      int q = p;
      while (q < text.length() && text.charAt(q) == ' ') {
        q++;
      }
      if (q < text.length() && text.charAt(q) != '\n' && text.charAt(q) != '\r') {
        indent = q - p;
        break;
      }
      int eol = text.indexOf('\n', p);
      if (eol < 0) {
        break;
      }
      p = eol + 1;
    }
    int[] map = new int[value.length() + 1];
    int line = indicatorLine + 1;
    int column = 0;
    for (int i = 0; i <= value.length(); i++) {
      int ls = source.lineStart(line);
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = text.length();
      }
      map[i] = Math.min(ls + indent + column, le);
      if (i < value.length()) {
        if (value.charAt(i) == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      }
    }
    return Located.mapped(value, source, map);
  }
}
