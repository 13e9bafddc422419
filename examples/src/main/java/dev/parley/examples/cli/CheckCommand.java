package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.json.CheckRequest;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
  private static final ParleyJson MAPPING = ParleyJson.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

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
        } catch (Json.InputException e) {
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
    int line = 0;
    for (String file : files) {
      String shown = file.equals("-") ? "<stdin>" : file;
      int fileLine = 0;
      try (BufferedReader in = open(file, console.stdin)) {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          line++;
          fileLine++;
          if (text.isBlank()) {
            continue;
          }
          Checked item;
          try {
            JsonNode node = JSON.readTree(text);
            List<Finding> findings = new ArrayList<>();
            ObjectNode result = check(policy, node, now, redact, findings);
            blocked |= "BLOCK".equals(result.path("verdict").asText());
            item = Checked.ok(shown, result.path("id").asText(""), fileLine, locate(text, fileLine, node, findings), result);
          } catch (JsonProcessingException e) {
            String id = JsonLocator.idOfBrokenLine(text);
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            String message = "not valid JSON: " + Json.withoutSource(e.getOriginalMessage());
            item = Checked.error(shown, id, fileLine, column, message, error(line, id, message));
            malformed = true;
          } catch (Json.InputException | IllegalArgumentException | NullPointerException e) {
            String id = idOf(text);
            item = Checked.error(shown, id, fileLine, 1, e.getMessage() == null ? "malformed input" : e.getMessage(), error(line, id, e.getMessage()));
            malformed = true;
          }
          reporter.report(item);
          progress.step();
        }
      } catch (NoSuchFileException e) {
        progress.done();
        reporter.finish();
        err.println("parley check: no such file: " + file);
        return 2;
      } catch (IOException e) {
        progress.done();
        reporter.finish();
        err.println("parley check: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
    }
    progress.done();
    reporter.finish();
    return malformed ? 2 : blocked ? 1 : 0;
  }

  /** The id of a line that parsed as JSON but holds a bad value, when it is a string. */
  private static String idOf(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      JsonNode id = n == null ? null : n.get("id");
      return id != null && id.isValueNode() && !id.isNull() ? id.asText() : "";
    } catch (JsonProcessingException e) {
      return "";
    }
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
        offsets = JsonLocator.stringOffsets(text);
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

  private static BufferedReader open(String file, InputStream stdin) throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static ObjectNode error(int line, String id, String message) {
    ObjectNode n = JSON.createObjectNode();
    n.put("line", line);
    if (!id.isEmpty()) {
      n.put("id", id);
    }
    n.put("error", message == null ? "malformed input" : message);
    return n;
  }

  static ObjectNode check(SendCheck policy, JsonNode in, Instant now) {
    return check(policy, in, now, false, new ArrayList<>());
  }

  static ObjectNode check(SendCheck policy, JsonNode in, Instant now, boolean redact) {
    return check(policy, in, now, redact, new ArrayList<>());
  }

  /**
   * Checks one input object through messaging-json (the one JSON mapping); adds the reported
   * findings (those in the JSON output) to {@code reported}.
   */
  static ObjectNode check(SendCheck policy, JsonNode in, Instant now, boolean redact, List<Finding> reported) {
    CheckRequest request = MAPPING.readCheckRequest(in, now);
    SendReport report = policy.check(request.request());
    CheckResult result = redact ? CheckResult.withRedaction(request.id(), report) : CheckResult.of(request.id(), report);
    reported.addAll(result.findings());
    return MAPPING.writeCheckResult(result);
  }
}
