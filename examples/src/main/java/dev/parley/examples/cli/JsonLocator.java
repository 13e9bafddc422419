package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds where each string value of a JSON text is written: JSON Pointer ({@code /templates/0/body})
 * to the character offset of its opening quote. One streaming pass.
 */
final class JsonLocator {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {}

  static Map<String, Integer> stringOffsets(String raw) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(raw)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          out.put(p.getParsingContext().pathAsPointer().toString(), (int) p.currentTokenLocation().getCharOffset());
        }
      }
    } catch (IOException e) {
      // Positions are a convenience; the caller has parsed the text already and reports errors itself.
    }
    return out;
  }

  /**
   * The value of {@code "id"} in a line that is not valid JSON, when it can be read: the first
   * {@code "id"} key followed by a colon and a string without escapes. Linear.
   */
  static String idOfBrokenLine(String text) {
    int i = text.indexOf("\"id\"");
    while (i >= 0) {
      int p = i + 4;
      while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (p < text.length() && text.charAt(p) == ':') {
        p++;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
          p++;
        }
        if (p < text.length() && text.charAt(p) == '"') {
          int end = text.indexOf('"', p + 1);
          if (end > p && text.lastIndexOf('\\', end) < p + 1 && end - p <= 200) {
            return text.substring(p + 1, end);
          }
        }
        return "";
      }
      i = text.indexOf("\"id\"", i + 4);
    }
    return "";
  }
}
