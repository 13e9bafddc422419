package dev.parley.examples.cli;

import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Output for people: {@code file:line:col  SEVERITY  rule  explanation} per finding, the field's
 * line with a caret line under the span, and a summary line. Columns count code points. Colours
 * (ANSI) only when asked for, which the tool does only on a terminal.
 */
final class TextReport implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String DIM = "\u001b[2m";
  /** Excerpt lines longer than this are cut around the span. */
  private static final int MAX_EXCERPT = 160;

  private final PrintStream out;
  private final boolean colour;
  private final String noun;
  private int items;
  private int blocked;
  private int warned;
  private int passed;
  private int errors;
  private int blocks;
  private int warns;
  private int infos;

  TextReport(PrintStream out, boolean colour, String noun) {
    this.out = out;
    this.colour = colour;
    this.noun = noun;
  }

  @Override
  public void report(Checked item) {
    if (item.error != null) {
      errors++;
      out.println(paint(BOLD, item.file + ":" + item.line + ":" + item.column) + "  " + paint(RED + BOLD, "ERROR") + "  "
          + (item.id.isEmpty() ? "" : "[" + item.id + "] ") + item.error);
      return;
    }
    items++;
    switch (item.verdict) {
      case "BLOCK":
        blocked++;
        break;
      case "WARN":
        warned++;
        break;
      default:
        passed++;
    }
    for (Checked.Spot s : item.findings) {
      Finding f = s.finding;
      String sev = f.severity().name();
      String c = f.severity() == Severity.BLOCK ? RED + BOLD : f.severity() == Severity.WARN ? YELLOW + BOLD : CYAN;
      if (f.severity() == Severity.BLOCK) {
        blocks++;
      } else if (f.severity() == Severity.WARN) {
        warns++;
      } else {
        infos++;
      }
      out.println(paint(BOLD, item.file + ":" + s.line + ":" + s.column) + "  " + paint(c, String.format(Locale.ROOT, "%-5s", sev)) + "  "
          + f.ruleId() + "  " + oneLine(f.explanation()) + (item.id.isEmpty() ? "" : paint(DIM, "  [" + item.id + " " + f.field() + "]")));
      if (!s.fieldText.isEmpty() && f.field().kind() != dev.parley.messaging.rules.MessageField.Kind.MESSAGE) {
        excerpt(s, c);
      }
    }
  }

  private void excerpt(Checked.Spot s, String c) {
    String text = s.fieldText;
    int start = Math.min(s.finding.start(), text.length());
    int end = Math.min(Math.max(s.finding.end(), start), text.length());
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int spanEnd = Math.min(end, lineEnd);
    int from = lineStart;
    int to = lineEnd;
    if (to - from > MAX_EXCERPT) {
      from = Math.max(lineStart, start - MAX_EXCERPT / 3);
      to = Math.min(lineEnd, Math.max(spanEnd, from + MAX_EXCERPT));
      from = safe(text, from);
      to = safe(text, to);
    }
    String line = text.substring(from, to).replace('\r', ' ');
    String gutter = "    | ";
    out.println(paint(DIM, gutter) + (from > lineStart ? "…" : "") + line + (to < lineEnd ? "…" : ""));
    StringBuilder caret = new StringBuilder(from > lineStart ? " " : "");
    pad(caret, text, from, start);
    int width = Math.max(1, width(text, start, Math.max(start, spanEnd)));
    out.println(paint(DIM, " ".repeat(gutter.length() - 2) + "| ") + caret + paint(c, "^".repeat(width)));
  }

  private static int safe(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  /** Blanks as wide as the text between two offsets, keeping tabs. */
  private static void pad(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        sb.append('\t');
      } else {
        sb.append(" ".repeat(columns(cp)));
      }
    }
  }

  private static int width(String text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      w += cp == '\t' ? 1 : columns(cp);
    }
    return w;
  }

  /** Terminal columns of a code point: 0 for combining marks, 2 for East Asian wide letters and emoji, else 1. */
  static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0xFE0F) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  private String paint(String code, String s) {
    return colour ? code + s + RESET : s;
  }

  @Override
  public void finish() {
    StringBuilder sb = new StringBuilder();
    sb.append(items).append(' ').append(noun).append(items == 1 ? "" : "s").append(" checked: ")
        .append(blocked).append(" blocked, ").append(warned).append(" with warnings, ").append(passed).append(" passed; ")
        .append(blocks + warns + infos).append(" finding").append(blocks + warns + infos == 1 ? "" : "s")
        .append(" (").append(blocks).append(" BLOCK, ").append(warns).append(" WARN, ").append(infos).append(" INFO)");
    if (errors > 0) {
      sb.append("; ").append(errors).append(errors == 1 ? " input" : " inputs").append(" could not be read");
    }
    out.println(paint(BOLD, sb.toString()));
    out.flush();
  }
}
