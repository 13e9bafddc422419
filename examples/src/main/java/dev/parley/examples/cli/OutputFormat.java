package dev.parley.examples.cli;

import java.util.Locale;

/** The output formats of {@code check} and {@code lint}. */
enum OutputFormat {
  /** For people: one line per finding with an excerpt and a caret line, and a summary. */
  TEXT,
  /** JSON Lines, one object per message or template (the stable contract). */
  JSON,
  /** One SARIF 2.1.0 log for code review and CI systems. */
  SARIF;

  static OutputFormat parse(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "text":
        return TEXT;
      case "json":
      case "jsonl":
        return JSON;
      case "sarif":
        return SARIF;
      default:
        throw new IllegalArgumentException("--format is unknown: got \"" + value + "\", expected text, json or sarif");
    }
  }
}
