package dev.parley.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Placeholder until the SLA command lands. */
final class SlaCommand {
  private SlaCommand() {}

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    err.println("parley sla: not available in this build");
    return 2;
  }
}
