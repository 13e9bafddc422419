package dev.parley.examples.cli;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.json.InputError;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.json.SlaReport;
import dev.parley.messaging.json.ThreadInput;
import dev.parley.messaging.json.Values;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.sla.WorkQueue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code parley sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H]}: reads
 * buyer-seller threads as JSON Lines and prints the work queue and Amazon's 7/30/90-day response
 * metrics at an instant, as a table or (with {@code --json}) as one JSON object.
 *
 * <p>Without {@code --at} the tool uses the current time of the system clock; the library never
 * does. Malformed lines are reported as {@code {"line": n, "error": "..."}} on standard error (and
 * in the JSON output's {@code errors}), skipped, and make the exit code 2; usage errors also exit
 * with 2; otherwise the exit code is 0. See examples/README-sla.md for the input format.
 */
final class SlaCommand {
  static final String USAGE = String.join("\n",
      "usage: parley sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H]",
      "  FILE|-           threads as JSON Lines, one thread per line (default: standard input)",
      "  --at INSTANT     the instant to evaluate, e.g. 2026-06-10T12:00:00Z (default: now)",
      "  --json           print one JSON object instead of tables",
      "  --window D       response window as an ISO-8601 duration (default PT24H)",
      "  --due-soon D     how long before the due instant a message is due soon (default PT4H)",
      "exit 0: done, 2: a line was malformed or the command line is wrong",
      "");

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private static final ParleyJson JSON = ParleyJson.standard();

  private SlaCommand() {}

  /** A malformed input value or command line. */
  private static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    String file = null;
    String atText = null;
    boolean json = false;
    Duration window = SlaPolicy.AMAZON_RESPONSE_WINDOW;
    Duration dueSoon = SlaPolicy.DEFAULT_DUE_SOON_LEAD;
    try {
      for (Iterator<String> it = args.iterator(); it.hasNext();) {
        String a = it.next();
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          value = a.substring(eq + 1);
          a = a.substring(0, eq);
        }
        switch (a) {
          case "--help":
          case "-h":
            out.print(USAGE);
            return 0;
          case "--json":
            json = true;
            break;
          case "--at":
            atText = value != null ? value : next(it, a);
            break;
          case "--window":
            window = duration(a, value != null ? value : next(it, a));
            break;
          case "--due-soon":
            dueSoon = duration(a, value != null ? value : next(it, a));
            break;
          default:
            if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1)) {
              throw new BadInput("unknown option " + a);
            }
            if (file != null) {
              throw new BadInput("only one input is read, got " + file + " and " + a);
            }
            file = a;
        }
      }
    } catch (BadInput e) {
      err.println("parley sla: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    Instant at;
    SlaPolicy policy;
    try {
      at = atText == null ? Instant.now() : instant("--at", atText);
      policy = SlaPolicy.builder().responseWindow(window).dueSoonLead(dueSoon).build();
    } catch (BadInput | IllegalArgumentException e) {
      err.println("parley sla: " + e.getMessage());
      return 2;
    }

    List<ThreadInput> inputs = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader reader = open(file, stdin)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ThreadInput in = JSON.readThreadInput(JSON.parse(line));
          if (!ids.add(in.thread().id())) {
            throw new BadInput("id \"" + in.thread().id() + "\" repeats a thread of an earlier line");
          }
          inputs.add(in);
        } catch (BadInput | IllegalArgumentException | NullPointerException | IllegalStateException e) {
          InputError error = InputError.of(n, e.getMessage());
          errors.add(error);
          err.println(JSON.write(JSON.writeInputError(error)));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("parley sla: cannot read " + (file == null ? "standard input" : file) + ": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
      return 2;
    }

    SlaReport report = SlaReport.compute(inputs, policy, at);
    if (json) {
      out.println(JSON.write(JSON.writeSlaReport(report, errors)));
    } else {
      printTables(out, at, policy, report.queue(), report.threads(), report.metrics(), report.excluded(), report.threads().size(), errors.size());
    }
    return errors.size() > 0 ? 2 : 0;
  }

  private static String next(Iterator<String> it, String option) {
    if (!it.hasNext()) {
      throw new BadInput(option + " needs a value");
    }
    return it.next();
  }

  private static Duration duration(String option, String text) {
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadInput(option + " must be an ISO-8601 duration such as PT24H, got \"" + text + "\"");
    }
  }

  private static Instant instant(String field, String text) {
    try {
      return Values.offsetInstant(field, text);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
  }

  private static BufferedReader open(String file, InputStream stdin) throws IOException {
    if (file == null || file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static void printTables(PrintStream out, Instant at, SlaPolicy policy, WorkQueue queue,
      Map<String, MessageThread> byId, Map<StandardPeriod, ResponseMetrics> metrics,
      Map<ExclusionReason, Integer> excluded, int threadCount, int errorCount) {
    out.println("Response deadlines at " + at + " (window " + policy.responseWindow() + ", due soon "
        + policy.dueSoonLead() + ") for " + threadCount + " threads");
    out.println();
    out.println("WORK QUEUE: " + queue.size() + " threads await a reply");
    if (queue.size() > 0) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"#", "URGENCY", "THREAD", "ORDER", "MKT", "DUE (UTC)", "DUE (LOCAL)", "TIME LEFT", "WAITING"});
      int rank = 1;
      for (ThreadState s : queue.entries()) {
        MessageThread t = byId.get(s.threadId());
        Instant due = s.bindingDeadline().orElseThrow();
        Optional<ZoneId> zone = t.marketplace().map(Marketplace::zone);
        rows.add(new String[] {
          Integer.toString(rank++),
          s.urgency().name(),
          s.threadId(),
          s.orderId().map(OrderId::toString).orElse("(pre-sale)"),
          t.marketplace().map(Marketplace::code).orElse("-"),
          due.toString(),
          zone.map(z -> LOCAL.format(due.atZone(z))).orElse("-"),
          signed(Duration.between(at, due)),
          Integer.toString(s.awaitingReply())
        });
      }
      printTable(out, rows);
    }
    out.println();
    StringBuilder ex = new StringBuilder();
    int total = 0;
    for (Map.Entry<ExclusionReason, Integer> e : excluded.entrySet()) {
      ex.append(ex.length() == 0 ? "" : ", ").append(e.getKey().name()).append(' ').append(e.getValue());
      total += e.getValue();
    }
    out.println("NEED NO REPLY: " + total + (total == 0 ? "" : " (" + ex + ")"));
    out.println();
    out.println("METRICS (messages by received instant; unanswered ones younger than the window do not count yet)");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PERIOD", "COUNTED", "ON TIME", "LATE ANSWERED", "LATE NO ANSWER", "PENDING",
        "LATE RATE", "ON-TIME RATE", "AVG RESPONSE"});
    for (Map.Entry<StandardPeriod, ResponseMetrics> e : metrics.entrySet()) {
      ResponseMetrics m = e.getValue();
      rows.add(new String[] {
        "last " + e.getKey().days() + " days",
        Long.toString(m.counted()),
        Long.toString(m.answeredOnTime()),
        Long.toString(m.answeredLate()),
        Long.toString(m.unansweredLate()),
        Long.toString(m.pending()),
        percent(m.lateResponseRate()),
        percent(m.onTimeRate()),
        m.averageResponseTime().map(SlaCommand::hours).orElse("-")
      });
    }
    printTable(out, rows);
    if (errorCount > 0) {
      out.println();
      out.println(errorCount + " malformed line(s) skipped; see standard error");
    }
  }

  private static String percent(java.util.OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "-";
  }

  private static String signed(Duration d) {
    return d.isNegative() ? "overdue " + hours(d.negated()) : hours(d);
  }

  private static String hours(Duration d) {
    long minutes = d.toMinutes();
    long days = minutes / (24 * 60);
    long rest = minutes % (24 * 60);
    return days > 0
        ? String.format(Locale.ROOT, "%dd%02dh%02dm", days, rest / 60, rest % 60)
        : String.format(Locale.ROOT, "%dh%02dm", rest / 60, rest % 60);
  }

  private static void printTable(PrintStream out, List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        b.append(r[i]);
        if (i < r.length - 1) {
          b.append(" ".repeat(width[i] - r[i].length() + 2));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
