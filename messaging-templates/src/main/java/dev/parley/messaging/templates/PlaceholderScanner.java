package dev.parley.messaging.templates;

import dev.parley.messaging.rules.MessageField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds placeholders in one field in a single left-to-right pass. At each position the enabled
 * syntaxes are tried in a fixed order (two-character openings before {@code %}); a candidate
 * reads at most {@link #MAX_NAME} name characters and {@link #MAX_FILTER} filter characters, so
 * the cost is linear in the text. Stateless and thread-safe.
 */
final class PlaceholderScanner {
  static final int MAX_NAME = 64;
  static final int MAX_FILTER = 120;

  private static final PlaceholderSyntax[] ORDER = {
      PlaceholderSyntax.DOUBLE_BRACES, PlaceholderSyntax.DOUBLE_BRACKETS, PlaceholderSyntax.DOLLAR_BRACE,
      PlaceholderSyntax.DOUBLE_ANGLE, PlaceholderSyntax.PERCENT};

  private PlaceholderScanner() {}

  static List<Placeholder> scan(String text, MessageField field, Set<PlaceholderSyntax> syntaxes, PlaceholderVocabulary vocabulary) {
    List<Placeholder> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      Placeholder found = null;
      for (PlaceholderSyntax s : ORDER) {
        if (syntaxes.contains(s) && text.startsWith(s.open(), i)) {
          found = at(text, i, s, field, vocabulary);
          if (found != null) {
            break;
          }
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The placeholder opening at {@code start}, or null. */
  private static Placeholder at(String text, int start, PlaceholderSyntax s, MessageField field, PlaceholderVocabulary vocabulary) {
    String open = s.open();
    String close = s.close();
    // Mustache's unescaped form {{{name}}} is the same placeholder.
    if (s == PlaceholderSyntax.DOUBLE_BRACES && text.startsWith("{", start + 2)) {
      open = "{{{";
      close = "}}}";
    }
    int n = text.length();
    int p = start + open.length();
    if (s.allowsPadding()) {
      p = skipBlanks(text, p);
    }
    int nameStart = p;
    if (p >= n) {
      return null;
    }
    int first = text.codePointAt(p);
    if (!Character.isLetter(first) && first != '_') {
      return null;
    }
    while (p < n && p - nameStart <= MAX_NAME) {
      int c = text.codePointAt(p);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) {
        p += Character.charCount(c);
      } else {
        break;
      }
    }
    if (p - nameStart > MAX_NAME) {
      return null;
    }
    int nameEnd = p;
    // A name ends with a letter or digit, so "%x-%" and "{{a.}}" are not placeholders.
    char last = text.charAt(nameEnd - 1);
    if (last == '-' || last == '.') {
      return null;
    }
    if (s.allowsPadding()) {
      p = skipBlanks(text, p);
      if (p < n && text.charAt(p) == '|') {
        int limit = Math.min(n, p + MAX_FILTER);
        int q = p + 1;
        while (q < limit && !text.startsWith(close, q) && text.charAt(q) != '\n') {
          q++;
        }
        if (q >= limit || !text.startsWith(close, q)) {
          return null;
        }
        p = q;
      }
    }
    if (!text.startsWith(close, p)) {
      return null;
    }
    int end = p + close.length();
    String name = text.substring(nameStart, nameEnd);
    return new Placeholder(s, name, field, start, end, text.substring(start, end), vocabulary.typeOf(name).orElse(null));
  }

  private static int skipBlanks(String text, int p) {
    int n = text.length();
    int limit = Math.min(n, p + 8);
    while (p < limit && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }
}
