package dev.parley.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes, and whether a person is watching: standard output on a
 * terminal makes {@code text} the default format and allows colours; standard error on a terminal
 * allows a progress line. Colours are off when {@code NO_COLOR} is set.
 */
final class Console {
  final InputStream stdin;
  final PrintStream out;
  final PrintStream err;
  final boolean outIsTerminal;
  final boolean errIsTerminal;
  final boolean colour;

  Console(InputStream stdin, PrintStream out, PrintStream err, boolean outIsTerminal, boolean errIsTerminal, boolean colour) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.outIsTerminal = outIsTerminal;
    this.errIsTerminal = errIsTerminal;
    this.colour = colour;
  }

  /** A console with no terminal: what pipes, files and tests see. */
  static Console plain(InputStream stdin, PrintStream out, PrintStream err) {
    return new Console(stdin, out, err, false, false, false);
  }

  /** The process's console; {@link System#console()} is present only when both ends are terminals. */
  static Console system(InputStream stdin, PrintStream out, PrintStream err) {
    boolean terminal = System.console() != null;
    String noColor = System.getenv("NO_COLOR");
    return new Console(stdin, out, err, terminal, terminal, terminal && (noColor == null || noColor.isEmpty()));
  }
}
