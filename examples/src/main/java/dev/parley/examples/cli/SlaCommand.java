package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.json.InputError;
import dev.parley.messaging.json.JsonLines;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.json.SlaReport;
import dev.parley.messaging.json.ThreadInput;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.ReplyTiming;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.sla.WorkQueue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * does. The input is streamed ({@link SlaReport#streaming}): only the work queue, the metrics
 * counters, the exclusion counts and the ids seen are kept. Malformed lines are reported as
 * {@code {"file": ..., "line": n, "id": ..., "error": "..."}} on standard error (and in the JSON
 * output's {@code errors}), skipped, and make the exit code 2; usage errors also exit with 2; an
 * exhausted heap is one line on standard error and exit code 3; otherwise the exit code is 0. See
 * README.md for the input format.
 */
final class SlaCommand {
  static final String USAGE = String.join("\n",
      "usage: parley sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H] [--same-instant-replies]",
      "  FILE|-           threads as JSON Lines, one thread per line (default: standard input)",
      "  --at INSTANT     the instant to evaluate, e.g. 2026-06-10T12:00:00Z (default: now)",
      "  --json           print one JSON object instead of tables",
      "  --window D       response window as an ISO-8601 duration (default PT24H)",
      "  --due-soon D     how long before the due instant a message is due soon (default PT4H)",
      "  --same-instant-replies  a seller message sent at the very instant of a question answers it",
      "                   (default: only one sent strictly after it does)",
      "exit 0: done, 2: a line was malformed or the command line is wrong, 3: out of memory",
      "");

  /** The exit code when the heap runs out. */
  static final int OUT_OF_MEMORY = 3;
  private static final ParleyJson JSON = ParleyJson.strict();
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

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
    ReplyTiming timing = ReplyTiming.STRICTLY_AFTER;
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
          case "--same-instant-replies":
            timing = ReplyTiming.AT_OR_AFTER;
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
      policy = SlaPolicy.builder().responseWindow(window).dueSoonLead(dueSoon).replyTiming(timing).build();
    } catch (BadInput | IllegalArgumentException e) {
      err.println("parley sla: " + e.getMessage());
      return 2;
    }

    try {
      return report(file, stdin, out, err, json, policy, at);
    } catch (OutOfMemoryError e) {
      // Everything the run held is unreachable now; one short line needs next to no memory.
      err.println("parley sla: out of memory (the JVM's maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); give it more with -Xmx, or split the input");
      return OUT_OF_MEMORY;
    }
  }

  /**
   * Reads the threads line by line into a streaming report (the queue, the metrics and the
   * exclusion counts; nothing else of a thread is kept) and prints it.
   */
  private static int report(String file, InputStream stdin, PrintStream out, PrintStream err, boolean json, SlaPolicy policy, Instant at) {
    SlaReport.Streaming streaming = SlaReport.streaming(policy, at);
    List<InputError> errors = new ArrayList<>();
    // Every id is kept to refuse a repeated one: a few dozen bytes per thread, not the thread.
    Set<String> ids = new HashSet<>();
    String name = file == null ? "-" : file;
    try (JsonLines reader = file == null || file.equals("-") ? JsonLines.ofUnclosed("-", stdin) : JsonLines.of(file, Files.newInputStream(Path.of(file)))) {
      for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
        if (line.blank()) {
          continue;
        }
        String id = null;
        try {
          if (!line.readable()) {
            throw new BadInput(line.error().orElseThrow());
          }
          JsonNode root = JSON.parse(line.text().orElseThrow());
          id = root.path("id").isTextual() ? root.get("id").textValue() : null;
          ThreadInput in = JSON.readThreadInput(root);
          if (!ids.add(in.thread().id())) {
            throw new BadInput("id \"" + in.thread().id() + "\" repeats a thread of an earlier line");
          }
          // One bad thread is one error record; the rest of the report still comes out.
          streaming.verify(in);
          streaming.add(in);
        } catch (BadInput | IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException | java.time.DateTimeException e) {
          error(errors, err, line.source(), line.number(), id, e.getMessage());
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      error(errors, err, name, 0, null, "no such file");
    } catch (IOException | UncheckedIOException e) {
      error(errors, err, name, 0, null, "cannot read: " + e.getMessage());
    }
    SlaReport report = streaming.build();
    if (json) {
      try {
        JSON.writeSlaReport(report, errors, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      printTables(out, report, errors.size());
    }
    return errors.isEmpty() ? 0 : 2;
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
    String v = text.strip();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInput(field + " must be an ISO-8601 instant with an offset such as 2026-06-10T12:00:00Z, got \""
          + text + "\"");
    }
  }

  private static void error(List<InputError> errors, PrintStream err, String file, long line, String id, String message) {
    InputError e = InputError.of(file, line, id, message);
    errors.add(e);
    err.println(JSON.write(JSON.writeInputError(e)));
  }

  private static void printTables(PrintStream out, SlaReport report, int errorCount) {
    Instant at = report.at();
    SlaPolicy policy = report.policy();
    WorkQueue queue = report.queue();
    long threadCount = report.threadCount();
    out.println("Response deadlines at " + at + " (window " + policy.responseWindow() + ", due soon "
        + policy.dueSoonLead() + ") for " + threadCount + (threadCount == 1 ? " thread" : " threads"));
    out.println();
    out.println("WORK QUEUE: " + queue.size() + (queue.size() == 1 ? " thread awaits" : " threads await") + " a reply");
    if (queue.size() > 0) {
      // Two passes over the queue (widths, then rows) so that no table of the whole queue is held.
      String[] header = {"#", "URGENCY", "THREAD", "ORDER", "MKT", "DUE (UTC)", "DUE (LOCAL)", "TIME LEFT", "WAITING"};
      int[] width = new int[header.length];
      widen(width, header);
      int rank = 1;
      for (ThreadState s : queue.entries()) {
        widen(width, queueRow(report, s, rank++));
      }
      printRow(out, width, header);
      rank = 1;
      for (ThreadState s : queue.entries()) {
        printRow(out, width, queueRow(report, s, rank++));
      }
    }
    out.println();
    StringBuilder ex = new StringBuilder();
    int total = 0;
    for (Map.Entry<ExclusionReason, Integer> e : report.excluded().entrySet()) {
      ex.append(ex.length() == 0 ? "" : ", ").append(e.getKey().name()).append(' ').append(e.getValue());
      total += e.getValue();
    }
    out.println("NEED NO REPLY: " + total + (total == 0 ? "" : " (" + ex + ")"));
    out.println();
    out.println("METRICS (messages by received instant; unanswered ones younger than the window do not count yet)");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PERIOD", "COUNTED", "ON TIME", "LATE ANSWERED", "LATE NO ANSWER", "PENDING",
        "LATE RATE", "ON-TIME RATE", "AVG RESPONSE"});
    for (Map.Entry<StandardPeriod, ResponseMetrics> e : report.metrics().entrySet()) {
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

  private static String[] queueRow(SlaReport report, ThreadState s, int rank) {
    Optional<Marketplace> marketplace = report.marketplaceOf(s.threadId());
    Instant due = s.bindingDeadline().orElseThrow();
    Optional<ZoneId> zone = marketplace.map(Marketplace::zone);
    return new String[] {
      Integer.toString(rank),
      s.urgency().name(),
      s.threadId(),
      s.orderId().map(OrderId::toString).orElse("(pre-sale)"),
      marketplace.map(Marketplace::code).orElse("-"),
      due.toString(),
      zone.map(z -> LOCAL.format(due.atZone(z))).orElse("-"),
      signed(Duration.between(report.at(), due)),
      Integer.toString(s.awaitingReply())
    };
  }

  private static void widen(int[] width, String[] row) {
    for (int i = 0; i < row.length; i++) {
      width[i] = Math.max(width[i], row[i].length());
    }
  }

  private static void printRow(PrintStream out, int[] width, String[] r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.length; i++) {
      b.append(r[i]);
      if (i < r.length - 1) {
        b.append(" ".repeat(width[i] - r[i].length() + 2));
      }
    }
    out.println(b.toString().stripTrailing());
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
