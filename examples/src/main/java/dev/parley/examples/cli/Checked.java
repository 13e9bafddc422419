package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.List;

/**
 * One checked message or template, or one input that could not be read, as every output format
 * needs it: where it came from, its verdict, its findings with file positions, and the JSON object
 * of the JSON Lines format.
 */
final class Checked {
  /** One finding with its position in the input file. */
  static final class Spot {
    final Finding finding;
    /** 1-based line and code-point column of the span's start and end in the file. */
    final int line;
    final int column;
    final int endLine;
    final int endColumn;
    /** The decoded text of the finding's field (for the excerpt), empty for whole-message findings. */
    final String fieldText;

    Spot(Finding finding, int line, int column, int endLine, int endColumn, String fieldText) {
      this.finding = finding;
      this.line = line;
      this.column = column;
      this.endLine = endLine;
      this.endColumn = endColumn;
      this.fieldText = fieldText;
    }
  }

  final String file;
  final String id;
  /** The 1-based line the message or template starts on. */
  final int line;
  final int column;
  final String verdict;
  final List<Spot> findings;
  final ObjectNode json;
  /** Non-null when the input could not be read; then there are no findings. */
  final String error;

  private Checked(String file, String id, int line, int column, String verdict, List<Spot> findings, ObjectNode json, String error) {
    this.file = file;
    this.id = id;
    this.line = line;
    this.column = column;
    this.verdict = verdict;
    this.findings = findings;
    this.json = json;
    this.error = error;
  }

  static Checked ok(String file, String id, int line, List<Spot> findings, ObjectNode json) {
    return new Checked(file, id, line, 1, verdictOf(findings), findings, json, null);
  }

  static Checked error(String file, String id, int line, int column, String error, ObjectNode json) {
    return new Checked(file, id, line, column, "ERROR", List.of(), json, error);
  }

  static String verdictOf(List<Spot> findings) {
    Severity worst = null;
    for (Spot l : findings) {
      Severity s = l.finding.severity();
      if (s != Severity.INFO && (worst == null || s.compareTo(worst) < 0)) {
        worst = s;
      }
    }
    return worst == null ? "PASS" : worst == Severity.BLOCK ? "BLOCK" : "WARN";
  }
}
