package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;

/**
 * Reads the text a PDF content stream shows: the string operands of {@code Tj}, {@code TJ},
 * {@code '} and {@code "}, with line breaks at text-positioning operators. Strings are decoded as
 * UTF-16 when they start with a byte-order mark, else byte by byte (PDFDocEncoding is close to
 * Latin-1 for the characters that matter here).
 */
final class ContentText {
  private ContentText() {}

  static void extract(byte[] b, int from, int to, InspectionBudget budget, Extraction out) {
    StringBuilder pending = new StringBuilder();
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c == '(') {
        i = literal(b, i, to, pending, budget.maxNestingDepth());
      } else if (c == '<' && i + 1 < to && b[i + 1] != '<') {
        i = hex(b, i, to, pending);
      } else if (c == '%') {
        while (i < to && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
      } else if (c == '-' && pending.length() > 0 && i + 3 < to && Character.isDigit(b[i + 1]) && Character.isDigit(b[i + 2]) && Character.isDigit(b[i + 3])) {
        pending.append(' ');
        i += 4;
      } else if (isOperatorStart(c)) {
        int s = i;
        while (i < to && !PdfSyntax.isWhite(b[i] & 0xFF) && !PdfSyntax.isDelimiter(b[i] & 0xFF) && i - s < 8) {
          i++;
        }
        operator(b, s, i, pending, out);
        if (i == s) {
          i++;
        }
      } else {
        i++;
      }
    }
    if (pending.length() > 0) {
      out.text(pending);
    }
  }

  private static boolean isOperatorStart(byte c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\'' || c == '"' || c == '*';
  }

  private static void operator(byte[] b, int s, int e, StringBuilder pending, Extraction out) {
    int len = e - s;
    boolean show = len == 2 && b[s] == 'T' && (b[s + 1] == 'j' || b[s + 1] == 'J') || len == 1 && (b[s] == '\'' || b[s] == '"');
    boolean lineOp = len == 1 && (b[s] == '\'' || b[s] == '"')
        || len == 2 && b[s] == 'T' && (b[s + 1] == '*' || b[s + 1] == 'd' || b[s + 1] == 'D' || b[s + 1] == 'm')
        || len == 2 && b[s] == 'E' && b[s + 1] == 'T';
    if (lineOp && out.textLength() > 0 && out.lastChar() != '\n') {
      out.text('\n');
    }
    if (show) {
      out.text(pending);
    }
    pending.setLength(0);
  }

  /** Decodes a literal string starting at '(' into sb; returns the index after its ')'. */
  static int literal(byte[] b, int i, int to, StringBuilder sb, int maxDepth) {
    int depth = 0;
    int start = sb.length();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int k = i;
    for (; k < to; k++) {
      int c = b[k] & 0xFF;
      if (c == '\\' && k + 1 < to) {
        int d = b[++k] & 0xFF;
        switch (d) {
          case 'n':
            bytes.write('\n');
            break;
          case 'r':
            bytes.write('\r');
            break;
          case 't':
            bytes.write('\t');
            break;
          case 'b':
          case 'f':
            break;
          case '\r':
          case '\n':
            break;
          default:
            if (d >= '0' && d <= '7') {
              int v = d - '0';
              for (int n = 0; n < 2 && k + 1 < to && b[k + 1] >= '0' && b[k + 1] <= '7'; n++) {
                v = v * 8 + (b[++k] - '0');
              }
              bytes.write(v & 0xFF);
            } else {
              bytes.write(d);
            }
        }
        continue;
      }
      if (c == '(') {
        if (++depth > 1) {
          if (depth > maxDepth) {
            break;
          }
          bytes.write(c);
        }
      } else if (c == ')') {
        if (--depth == 0) {
          k++;
          break;
        }
        bytes.write(c);
      } else {
        bytes.write(c);
      }
    }
    decode(bytes.toByteArray(), sb);
    if (sb.length() == start && k <= i) {
      return i + 1;
    }
    return k;
  }

  /** Decodes a hex string starting at '<' into sb; returns the index after its '>'. */
  static int hex(byte[] b, int i, int to, StringBuilder sb) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int k = i + 1;
    int hi = -1;
    for (; k < to && b[k] != '>'; k++) {
      int v = Character.digit(b[k], 16);
      if (v < 0) {
        continue;
      }
      if (hi < 0) {
        hi = v;
      } else {
        bytes.write(hi << 4 | v);
        hi = -1;
      }
    }
    if (hi >= 0) {
      bytes.write(hi << 4);
    }
    decode(bytes.toByteArray(), sb);
    return Math.min(to, k + 1);
  }

  private static void decode(byte[] raw, StringBuilder sb) {
    if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
      sb.append(new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16BE));
      return;
    }
    for (byte x : raw) {
      int c = x & 0xFF;
      sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : (char) c);
    }
  }
}
