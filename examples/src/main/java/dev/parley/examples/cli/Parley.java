package dev.parley.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code parley} command: {@code parley check [FILE|-]...} checks seller messages; {@code
 * parley sla [FILE|-] --at INSTANT} shows response deadlines and metrics. See README.md for the
 * JSON formats, which are a stable public contract.
 */
public final class Parley {
  static final String USAGE = String.join("\n",
      "usage: parley <command> [options] [FILE|-]...",
      "",
      "commands:",
      "  check [--settings FILE] [--redact] [FILE|-]...",
      "                      check messages (JSON Lines) against Amazon's messaging rules;",
      "                      one JSON result per input line, in input order",
      "                      --settings FILE: severity overrides, disabled rules, parameters and",
      "                      house rules (JSON; see README); --redact: add the redacted subject and body",
      "                      exit 0: all pass, 1: a message is blocked, 2: a line was malformed",
      "  sla [FILE|-] --at INSTANT [--json] [--window PT24H] [--due-soon PT4H]",
      "                      response deadlines, work queue and response-time metrics for threads",
      "  rules               list every rule: id, default severity, summary",
      "  help                this text",
      "");

  private Parley() {}

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(Arrays.asList(args), System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting: the testable core of {@link #main}.
   *
   * @param args the command line
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    switch (args.get(0)) {
      case "check":
        return CheckCommand.run(rest, stdin, out, err);
      case "sla":
        return SlaCommand.run(rest, stdin, out, err);
      case "rules":
        return RulesCommand.run(out);
      case "help":
      case "--help":
      case "-h":
        out.print(USAGE);
        return 0;
      default:
        err.println("parley: unknown command '" + args.get(0) + "'");
        err.print(USAGE);
        return 2;
    }
  }
}
