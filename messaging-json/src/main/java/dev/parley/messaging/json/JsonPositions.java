package dev.parley.messaging.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where things are written in a JSON text, for tools that point people at a line and column: the
 * offset of each string value, the raw offset of each character of a decoded string, and the id
 * of a line that is not valid JSON. Every method is one linear pass. Stateless and thread-safe.
 */
public final class JsonPositions {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonPositions() {}

  /**
   * {@return JSON Pointer (such as {@code /templates/0/body}) to the character offset of the
   * opening quote of each string value}; for a text that is not valid JSON, the values before
   * the error.
   *
   * @param raw the JSON text
   */
  public static Map<String, Integer> stringOffsets(String raw) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(raw)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          out.put(p.getParsingContext().pathAsPointer().toString(), (int) p.currentTokenLocation().getCharOffset());
        }
      }
    } catch (IOException e) {
      // Positions are a convenience: the caller parses the text itself and reports its errors.
    }
    return out;
  }

  /**
   * Maps positions in a decoded string value back to its raw source: element {@code i} of the
   * result is the raw offset of the decoded string's UTF-16 unit {@code i}, and element {@code
   * decodedLength} that of the closing quote. Escapes ({@code \n}, {@code \u00e9}, a surrogate
   * pair as two {@code \\u} escapes) map to where they are written; a literal that ends early maps
   * the rest to the end of the text.
   *
   * @param raw the JSON text
   * @param quote the offset of the string's opening quote
   * @param decodedLength the length of the decoded string
   * @return {@code decodedLength + 1} raw offsets
   */
  public static int[] decodedToRaw(String raw, int quote, int decodedLength) {
    int[] map = new int[decodedLength + 1];
    int p = quote + 1;
    int n = raw.length();
    for (int i = 0; i < decodedLength; i++) {
      map[i] = Math.min(p, n);
      if (p >= n) {
        continue;
      }
      char c = raw.charAt(p);
      if (c == '\\' && p + 1 < n) {
        p += raw.charAt(p + 1) == 'u' ? 6 : 2;
      } else {
        p++;
      }
    }
    map[decodedLength] = Math.min(p, n);
    return map;
  }

  /**
   * {@return the value of {@code "id"} in a line that is not valid JSON, when it can be read: the
   * first {@code "id"} key followed by a colon and a string of at most 200 characters without
   * escapes; otherwise empty}
   *
   * @param text the line
   */
  public static String idOfBrokenLine(String text) {
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
