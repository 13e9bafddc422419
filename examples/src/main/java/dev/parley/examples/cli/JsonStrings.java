package dev.parley.examples.cli;

/**
 * Maps positions in a decoded JSON string value back to its raw source: for the string literal
 * whose opening quote is at {@code quote}, element {@code i} of the result is the raw offset of
 * the decoded string's UTF-16 unit {@code i} (element {@code length} is the closing quote). Escapes
 * ({@code \n}, {@code \u00e9}, a surrogate pair as two {@code \\u} escapes) map to where they are
 * written. One linear pass; a literal that ends early maps the rest to the end of the text.
 */
final class JsonStrings {
  private JsonStrings() {}

  static int[] offsets(String raw, int quote, int decodedLength) {
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
}
