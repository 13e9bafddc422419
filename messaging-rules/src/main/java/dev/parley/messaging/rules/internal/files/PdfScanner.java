package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;

/**
 * A minimal, linear PDF scanner: link targets ({@code /URI} actions), active content ({@code
 * /JavaScript}, {@code /Launch}, embedded files) and the text shown by content streams, from
 * uncompressed and Flate-compressed streams (object streams included). It does not follow object
 * references, so a cyclic object graph costs nothing; it does not apply font encodings, so text in
 * fonts with custom encodings comes out garbled or not at all.
 *
 * <p>Stateless; all state lives in one call.
 */
public final class PdfScanner {
  private PdfScanner() {}

  /**
   * Scans a PDF.
   *
   * @param pdf the bytes
   * @param budget the budget
   * @param out receives text, links and active content
   */
  public static void scan(byte[] pdf, InspectionBudget budget, Extraction out) {
    scanRegion(pdf, 0, pdf.length, budget, out, 0);
  }

  private static void scanRegion(byte[] b, int from, int to, InspectionBudget budget, Extraction out, int level) {
    if (level > budget.maxNestingDepth()) {
      out.incomplete("the nesting-depth cap of " + budget.maxNestingDepth());
      return;
    }
    boolean top = level == 0;
    int objects = 0;
    int depth = 0;
    int dictStart = -1;
    int dictEnd = -1;
    int i = from;
    while (i < to) {
      if ((i & 0xFFF) == 0 && !budget.spend(4096)) {
        out.incomplete(budget.exhaustedBy());
        return;
      }
      int c = b[i] & 0xFF;
      if (c == '%' && top) {
        while (i < to && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
        continue;
      }
      if (c == '(') {
        int end = skipLiteral(b, i, to, budget);
        if (end < 0) {
          out.incomplete("the nesting-depth cap of " + budget.maxNestingDepth());
          return;
        }
        i = end;
        continue;
      }
      if (c == '<' && i + 1 < to && b[i + 1] == '<') {
        if (depth == 0) {
          dictStart = i;
        }
        depth++;
        if (depth > budget.maxNestingDepth()) {
          out.incomplete("the nesting-depth cap of " + budget.maxNestingDepth());
          return;
        }
        i += 2;
        continue;
      }
      if (c == '>' && i + 1 < to && b[i + 1] == '>') {
        if (depth > 0) {
          depth--;
          if (depth == 0) {
            dictEnd = i + 2;
          }
        }
        i += 2;
        continue;
      }
      if (c == '/') {
        i = name(b, i, to, out);
        continue;
      }
      if (c == 'o' && Bytes.startsWith(b, i, "obj") && i > from && isDelimiter(b[i - 1]) && (i + 3 >= to || isDelimiter(b[i + 3]))) {
        if (++objects > budget.maxPdfObjects()) {
          budget.exhaust("the cap of " + budget.maxPdfObjects() + " PDF objects");
          out.incomplete(budget.exhaustedBy());
          return;
        }
        i += 3;
        continue;
      }
      if (c == 's' && Bytes.startsWith(b, i, "stream") && i > from && isDelimiter(b[i - 1]) && depth == 0) {
        int dataStart = i + 6;
        if (dataStart < to && b[dataStart] == '\r') {
          dataStart++;
        }
        if (dataStart < to && b[dataStart] == '\n') {
          dataStart++;
        }
        String dict = dictStart >= 0 && dictEnd > dictStart && dictEnd <= i
            ? new String(b, dictStart, Math.min(dictEnd - dictStart, 4096), StandardCharsets.ISO_8859_1)
            : "";
        int dataEnd = streamEnd(b, dataStart, to, dict);
        if (!budget.spend(dataEnd - dataStart)) {
          out.incomplete(budget.exhaustedBy());
          return;
        }
        stream(b, dataStart, dataEnd, dict, budget, out, level);
        if (budget.exhausted()) {
          out.incomplete(budget.exhaustedBy());
          return;
        }
        int after = Bytes.indexOf(b, "endstream", dataEnd, Math.min(to, dataEnd + 64));
        i = after >= 0 ? after + 9 : dataEnd;
        dictStart = -1;
        dictEnd = -1;
        continue;
      }
      i++;
    }
  }

  private static int streamEnd(byte[] b, int start, int to, String dict) {
    int len = directLength(dict);
    if (len >= 0 && start + (long) len <= to) {
      int k = start + len;
      while (k < to && k < start + len + 4 && isWhite(b[k])) {
        k++;
      }
      if (Bytes.startsWith(b, k, "endstream")) {
        return start + len;
      }
    }
    int e = Bytes.indexOf(b, "endstream", start, to);
    return e < 0 ? to : e;
  }

  private static int directLength(String dict) {
    int k = dict.indexOf("/Length");
    if (k < 0) {
      return -1;
    }
    k += 7;
    while (k < dict.length() && isWhite((byte) dict.charAt(k))) {
      k++;
    }
    long v = 0;
    int digits = 0;
    while (k < dict.length() && Character.isDigit(dict.charAt(k)) && digits < 10) {
      v = v * 10 + (dict.charAt(k++) - '0');
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    int save = k;
    while (k < dict.length() && isWhite((byte) dict.charAt(k))) {
      k++;
    }
    if (k < dict.length() && Character.isDigit(dict.charAt(k))) {
      return -1;
    }
    return save > 0 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  private static void stream(byte[] b, int start, int end, String dict, InspectionBudget budget, Extraction out, int level) {
    if (dict.contains("/Image") || dict.contains("/XRef") || end <= start) {
      return;
    }
    byte[] data;
    boolean flate = dict.contains("/FlateDecode") || dict.contains("/Fl ") || dict.contains("/Fl/") || dict.contains("/Fl]");
    boolean otherFilter = dict.contains("/Filter") && !flate;
    if (otherFilter || dict.contains("/DecodeParms") || countFilters(dict) > 1) {
      return;
    }
    int from = start;
    int to = end;
    if (flate) {
      Bytes.Inflated inflated = Bytes.inflate(b, start, end - start, false, budget);
      if (!inflated.complete) {
        out.incomplete(budget.exhausted() ? budget.exhaustedBy() : "a damaged compressed stream");
      }
      data = inflated.data;
      from = 0;
      to = data.length;
    } else {
      data = b;
      if (!budget.spend(end - start)) {
        return;
      }
    }
    if (dict.contains("/ObjStm")) {
      scanRegion(data, from, to, budget, out, level + 1);
      return;
    }
    if (dict.contains("/Type") || dict.contains("/Subtype")) {
      scanNames(data, from, to, out);
      return;
    }
    ContentText.extract(data, from, to, budget, out);
    scanNames(data, from, to, out);
  }

  private static int countFilters(String dict) {
    int k = dict.indexOf("/Filter");
    if (k < 0) {
      return 0;
    }
    int lb = dict.indexOf('[', k);
    int rb = lb < 0 ? -1 : dict.indexOf(']', lb);
    if (lb < 0 || rb < 0 || dict.lastIndexOf('/', lb) != k) {
      return 1;
    }
    int count = 0;
    for (int j = lb; j < rb; j++) {
      if (dict.charAt(j) == '/') {
        count++;
      }
    }
    return count;
  }

  private static void scanNames(byte[] b, int from, int to, Extraction out) {
    for (int i = from; i < to; i++) {
      if (b[i] == '/') {
        i = name(b, i, to, out) - 1;
      }
    }
  }

  /** Reads a name at i and acts on the names that matter; returns the index after it. */
  private static int name(byte[] b, int i, int to, Extraction out) {
    int s = i + 1;
    int e = s;
    while (e < to && !isDelimiter(b[e])) {
      e++;
    }
    int len = e - s;
    if (len == 3 && Bytes.startsWith(b, s, "URI")) {
      int k = e;
      while (k < to && isWhite(b[k])) {
        k++;
      }
      if (k < to && (b[k] == '(' || b[k] == '<' && k + 1 < to && b[k + 1] != '<')) {
        StringBuilder sb = new StringBuilder();
        int end = b[k] == '(' ? ContentText.literal(b, k, to, sb, 64) : ContentText.hex(b, k, to, sb);
        out.link(sb.toString());
        return Math.max(end, e);
      }
    } else if (len == 10 && Bytes.startsWith(b, s, "JavaScript") || len == 2 && Bytes.startsWith(b, s, "JS")) {
      out.active("JavaScript");
    } else if (len == 6 && Bytes.startsWith(b, s, "Launch")) {
      out.active("a launch action");
    } else if (len == 12 && Bytes.startsWith(b, s, "EmbeddedFile") || len == 13 && Bytes.startsWith(b, s, "EmbeddedFiles")) {
      out.active("embedded files");
    }
    return e;
  }

  private static int skipLiteral(byte[] b, int i, int to, InspectionBudget budget) {
    int depth = 0;
    for (int k = i; k < to; k++) {
      byte c = b[k];
      if (c == '\\') {
        k++;
      } else if (c == '(') {
        if (++depth > budget.maxNestingDepth()) {
          return -1;
        }
      } else if (c == ')') {
        if (--depth == 0) {
          return k + 1;
        }
      }
    }
    return to;
  }

  static boolean isWhite(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  static boolean isDelimiter(byte c) {
    return isWhite(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
  }
}
