package dev.parley.examples.cli;

import java.io.PrintStream;

/** JSON Lines: one object per message or template, in input order (the stable contract). */
final class JsonReport implements Reporter {
  private final PrintStream out;

  JsonReport(PrintStream out) {
    this.out = out;
  }

  @Override
  public void report(Checked item) {
    out.println(item.json.toString());
  }

  @Override
  public void finish() {
    out.flush();
  }
}
