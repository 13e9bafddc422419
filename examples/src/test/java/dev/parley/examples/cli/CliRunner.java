package dev.parley.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the tool in-process on a console whose terminal flags a test chooses. */
final class CliRunner {
  final int code;
  final String out;
  final String err;

  private CliRunner(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRunner run(boolean terminal, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, terminal, terminal, terminal);
    int code = Parley.run(List.of(args), console);
    return new CliRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRunner run(String... args) {
    return run(false, "", args);
  }
}
