package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.json.CheckRequest;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.InputError;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.content.Verdict;
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

/**
 * {@code parley check [FILE|-]...}: reads messages as JSON Lines and writes one JSON result per
 * input line, in input order. The formats are documented in README.md and are a stable contract.
 */
final class CheckCommand {
  private static final ParleyJson JSON = ParleyJson.standard();

  private CheckCommand() {}

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, stdin, out, err, Clock.systemUTC());
  }

  /**
   * Runs the command; {@code clock} gives the instant for messages without {@code sentAt} (the
   * library itself never reads a clock).
   */
  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err, Clock clock) {
    List<String> files = new ArrayList<>();
    boolean redact = false;
    SendCheck policy = SendCheck.standard();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-h") || a.equals("--help")) {
        out.print(Parley.USAGE);
        return 0;
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
        return 2;
      }
      files.add(a);
    }
    if (files.isEmpty()) {
      files.add("-");
    }
    Instant now = clock.instant();
    boolean blocked = false;
    boolean malformed = false;
    int line = 0;
    for (String file : files) {
      try (BufferedReader in = open(file, stdin)) {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          ObjectNode result;
          try {
            CheckResult checked = check(policy, JSON.parse(text), now, redact);
            blocked |= checked.verdict() == Verdict.BLOCK;
            result = JSON.writeCheckResult(checked);
          } catch (IllegalArgumentException | NullPointerException e) {
            result = JSON.writeInputError(InputError.of(line, e.getMessage()));
            malformed = true;
          }
          out.println(JSON.write(result));
        }
      } catch (NoSuchFileException e) {
        err.println("parley check: no such file: " + file);
        return 2;
      } catch (IOException e) {
        err.println("parley check: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
    }
    out.flush();
    return malformed ? 2 : blocked ? 1 : 0;
  }

  private static BufferedReader open(String file, InputStream stdin) throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  /**
   * Checks one request read from JSON; {@code now} is the instant for a request without {@code
   * sentAt}; {@code redact} adds the redacted message to the result.
   */
  static CheckResult check(SendCheck policy, JsonNode in, Instant now, boolean redact) {
    CheckRequest request = JSON.readCheckRequest(in, now);
    SendReport report = policy.check(request.request());
    return redact ? CheckResult.withRedaction(request.id(), report) : CheckResult.of(request.id(), report);
  }
}
