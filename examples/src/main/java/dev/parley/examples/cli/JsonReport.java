package dev.parley.examples.cli;

import dev.parley.messaging.json.ParleyJson;
import java.io.PrintStream;

/**
 * JSON Lines: one object per message or template, in input order (the stable contract), written
 * as UTF-8 bytes by {@code messaging-json} whatever the platform's encoding.
 */
final class JsonReport implements Reporter {
  private static final ParleyJson JSON = ParleyJson.standard();
  private final PrintStream out;

  JsonReport(PrintStream out) {
    this.out = out;
  }

  @Override
  public void report(Checked item) {
    byte[] line = JSON.writeLine(item.json);
    out.write(line, 0, line.length);
  }

  @Override
  public void finish() {
    out.flush();
  }
}
