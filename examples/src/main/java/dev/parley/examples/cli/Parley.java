package dev.parley.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code parley} command: {@code parley check [FILE|-]...} checks seller messages, {@code
 * parley lint PATH...} checks template files, {@code parley sla [FILE|-] --at INSTANT} shows
 * response deadlines and metrics, {@code parley rules} lists the rules, {@code parley serve} runs the HTTP/JSON service. See README.md for the
 * formats; the JSON Lines ones are a stable public contract.
 */
public final class Parley {
  static final String USAGE = String.join("\n",
      "usage: parley <command> [options] [arguments]",
      "       parley --version | --help",
      "",
      "commands:",
      "  check [--format text|json|sarif] [--settings FILE] [--redact] [FILE|-]...",
      "                      check messages (JSON Lines) against Amazon's messaging rules",
      "  lint [--format text|json|sarif] [--settings FILE] [--marketplace CODE] [--no-values] [--jobs N] PATH...",
      "                      check template files and folders with placeholders",
      "  sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H]",
      "                      response deadlines, work queue and response-time metrics for threads",
      "  serve [--host H] [--port P] [--max-body-bytes N] [--max-batch N]",
      "                      run the HTTP/JSON service (default 127.0.0.1:8080; env PARLEY_HOST,",
      "                      PARLEY_PORT); see /openapi.json",
      "  rules               list every rule: id, default severity, summary",
      "  help                this text",
      "",
      "'parley <command> --help' explains a command. Every input line gives exactly one output record",
      "(a result or an error with file and line). Exit codes: 0 fine, 1 something is blocked,",
      "2 malformed input or a wrong command line, 3 out of memory.",
      "");

  /** The exit code when the JVM runs out of memory. */
  static final int EXIT_OUT_OF_MEMORY = 3;

  private Parley() {}

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(Arrays.asList(args), Console.system(System.in, out, err));
    } catch (OutOfMemoryError e) {
      // One line, no stack trace; the documented exit code tells scripts what happened.
      err.println("parley: out of memory; give the JVM more heap (-Xmx) or split the input");
      code = EXIT_OUT_OF_MEMORY;
    }
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
    return run(args, Console.plain(stdin, out, err));
  }

  /** Runs the tool on a console: the terminal flags pick the default format, colours and progress. */
  static int run(List<String> args, Console console) {
    PrintStream out = console.out;
    PrintStream err = console.err;
    InputStream stdin = console.stdin;
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    switch (args.get(0)) {
      case "check":
        try {
          return CheckCommand.run(rest, console, java.time.Clock.systemUTC());
        } catch (OutOfMemoryError e) {
          // What the check held is unreachable now; one short line needs next to no memory.
          err.println("parley check: out of memory (the JVM's maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); give it more with -Xmx");
          return SlaCommand.OUT_OF_MEMORY;
        }
      case "lint":
        return LintCommand.run(rest, console);
      case "sla":
        return SlaCommand.run(rest, stdin, out, err);
      case "rules":
        return RulesCommand.run(rest, out, err);
      case "serve":
        return ServeCommand.run(rest, out, err);
      case "--version":
      case "-V":
      case "version":
        out.println("parley " + Version.get());
        return 0;
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
