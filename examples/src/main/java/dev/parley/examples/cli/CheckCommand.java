package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.CheckRequest;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.InputError;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.JsonLines;
import dev.parley.messaging.json.JsonPositions;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code parley check [--format text|json|sarif] [FILE|-]...}: reads messages as JSON Lines and
 * writes one JSON result per input line, in input order (or, with {@code --format text} or {@code
 * sarif}, the same findings for people or for CI). The formats are documented in README.md and the
 * JSON Lines one is a stable contract.
 */
final class CheckCommand {
  /**
   * The tool's reading: strict typing (text members are JSON strings, flags JSON booleans), strict
   * base64, no trailing content, no duplicate keys.
   */
  private static final ParleyJson JSON = ParleyJson.strict();

  private CheckCommand() {}

  static final String USAGE = String.join("\n",
      "usage: parley check [--format text|json|sarif] [--settings FILE] [--redact] [FILE|-]...",
      "  FILE|-            messages as JSON Lines, one per line (default: standard input)",
      "  --settings FILE   severity overrides, disabled rules, parameters and house rules (JSON;",
      "                    see README)",
      "  --redact          add the redacted subject and body to each JSON result",
      "  --format FORMAT   text (the default on a terminal), json (JSON Lines, the default",
      "                    otherwise) or sarif (SARIF 2.1.0)",
      "  -h, --help        this text",
      "exit 0: nothing blocked, 1: a message is blocked, 2: a line was malformed or a file unreadable",
      "");

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, Console.plain(stdin, out, err), Clock.systemUTC());
  }

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err, Clock clock) {
    return run(args, Console.plain(stdin, out, err), clock);
  }

  /**
   * Runs the command; {@code clock} gives the instant for messages without {@code sentAt} (the
   * library itself never reads a clock).
   */
  static int run(List<String> args, Console console, Clock clock) {
    PrintStream err = console.err;
    List<String> files = new ArrayList<>();
    OutputFormat format = null;
    boolean redact = false;
    SendCheck policy = SendCheck.standard();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-h") || a.equals("--help")) {
        console.out.print(USAGE);
        return 0;
      }
      if (a.equals("--format") || a.startsWith("--format=")) {
        String v = a.equals("--format") ? (i + 1 < args.size() ? args.get(++i) : "") : a.substring("--format=".length());
        try {
          format = OutputFormat.parse(v);
        } catch (IllegalArgumentException e) {
          err.println("parley check: " + e.getMessage());
          err.print(USAGE);
          return 2;
        }
        continue;
      }
      if (a.equals("--redact")) {
        redact = true;
        continue;
      }
      if (a.equals("--settings") || a.startsWith("--settings=")) {
        String file = a.equals("--settings") ? (i + 1 < args.size() ? args.get(++i) : null) : a.substring("--settings=".length());
        if (file == null || file.isEmpty()) {
          err.println("parley check: --settings needs a file");
          return 2;
        }
        try {
          policy = SendCheck.of(SettingsFile.read(Path.of(file)));
        } catch (NoSuchFileException e) {
          err.println("parley check: no such settings file: " + file);
          return 2;
        } catch (IOException e) {
          err.println("parley check: cannot read settings file " + file + ": " + e.getMessage());
          return 2;
        } catch (JsonInputException e) {
          err.println("parley check: " + e.getMessage());
          return 2;
        }
        continue;
      }
      if (a.startsWith("--")) {
        err.println("parley check: unknown option " + a);
        err.print(USAGE);
        return 2;
      }
      files.add(a);
    }
    if (files.isEmpty()) {
      files.add("-");
    }
    if (format == null) {
      format = console.outIsTerminal ? OutputFormat.TEXT : OutputFormat.JSON;
    }
    Reporter reporter = Reporter.of(format, console, "message");
    Progress progress = new Progress(console, "messages");
    Instant now = clock.instant();
    boolean blocked = false;
    boolean malformed = false;
    for (String file : files) {
      String shown = file.equals("-") ? "<stdin>" : file;
      JsonLines in;
      try {
        in = file.equals("-") ? JsonLines.ofUnclosed("-", console.stdin) : JsonLines.of(file, Files.newInputStream(Path.of(file)));
      } catch (NoSuchFileException e) {
        reporter.report(wholeFile(shown, file, "no such file"));
        malformed = true;
        continue;
      } catch (IOException e) {
        reporter.report(wholeFile(shown, file, "cannot read: " + e.getMessage()));
        malformed = true;
        continue;
      }
      try (in) {
        for (JsonLines.Line line = in.next(); line != null; line = in.next()) {
          Checked item = line(policy, shown, line, now, redact);
          if (item.error != null) {
            malformed = true;
          } else {
            blocked |= "BLOCK".equals(item.json.path("verdict").asText());
          }
          reporter.report(item);
          progress.step();
        }
      } catch (IOException e) {
        reporter.report(wholeFile(shown, in.source(), "reading stopped: " + e.getMessage()));
        malformed = true;
      }
    }
    progress.done();
    reporter.finish();
    return malformed ? 2 : blocked ? 1 : 0;
  }

  /** An error of a whole input (it cannot be opened or read further), as line 0. */
  private static Checked wholeFile(String shown, String file, String message) {
    InputError e = InputError.of(file, 0, null, message);
    return Checked.error(shown, "", 0, 1, message, JSON.writeInputError(e));
  }

  /**
   * Checks one line: a result, or an error record naming the file, the line and the id when it
   * can be read (even from a line that is not valid JSON).
   */
  private static Checked line(SendCheck policy, String shown, JsonLines.Line line, Instant now, boolean redact) {
    int number = (int) Math.min(Integer.MAX_VALUE, line.number());
    if (!line.readable()) {
      return error(shown, line, "", 1, line.error().orElseThrow());
    }
    String text = line.text().orElseThrow();
    if (text.isBlank()) {
      return error(shown, line, "", 1, "blank line: expected a JSON object");
    }
    JsonNode node;
    try {
      node = JSON.parse(text);
    } catch (JsonInputException e) {
      return error(shown, line, JsonPositions.idOfBrokenLine(text), Math.max(1, e.column()), e.getMessage());
    }
    String id = node.path("id").isTextual() ? node.get("id").textValue() : "";
    try {
      CheckRequest request = JSON.readCheckRequest(node, now);
      SendReport report = policy.check(request.request());
      CheckResult result = redact ? CheckResult.withRedaction(request.id(), report) : CheckResult.of(request.id(), report);
      return Checked.ok(shown, result.id(), number, locate(text, number, node, result.findings()), JSON.writeCheckResult(result));
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException | java.time.DateTimeException e) {
      // JsonInputException names the JSON path; an engine's own refusal names its field.
      return error(shown, line, id, 1, e.getMessage());
    }
  }

  private static Checked error(String shown, JsonLines.Line line, String id, int column, String message) {
    int number = (int) Math.min(Integer.MAX_VALUE, line.number());
    InputError e = InputError.of(line.source(), line.number(), id, message);
    return Checked.error(shown, id, number, column, e.error(), JSON.writeInputError(e));
  }

  /** File positions of the findings of one input line: subject and body are JSON strings on that line. */
  private static List<Checked.Spot> locate(String text, int fileLine, JsonNode node, List<Finding> findings) {
    SourceText source = new SourceText(text, fileLine);
    Map<String, Integer> offsets = null;
    List<Checked.Spot> spots = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String key = f.field().kind() == MessageField.Kind.SUBJECT ? "subject" : f.field().kind() == MessageField.Kind.BODY ? "body" : null;
      String fieldText = key == null ? "" : node.path(key).asText("");
      if (key != null && offsets == null) {
        offsets = JsonPositions.stringOffsets(text);
      }
      Integer quote = key == null ? null : offsets.get("/" + key);
      if (quote == null) {
        spots.add(new Checked.Spot(f, fileLine, 1, fileLine, 1, fieldText));
        continue;
      }
      Located located = Located.jsonString(fieldText, source, quote);
      int[] s = located.lineColumn(f.start());
      int[] e = located.lineColumn(f.end());
      spots.add(new Checked.Spot(f, s[0], s[1], e[0], e[1], fieldText));
    }
    return spots;
  }
}
