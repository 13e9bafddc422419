package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.MessageState;
import dev.parley.messaging.sla.OrderDates;
import dev.parley.messaging.sla.ResponseDeadline;
import dev.parley.messaging.sla.ResponseDeadlines;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
      "usage: parley sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H] [--same-instant-replies]",
      "  FILE|-           threads as JSON Lines, one thread per line (default: standard input)",
      "  --at INSTANT     the instant to evaluate, e.g. 2026-06-10T12:00:00Z (default: now)",
      "  --json           print one JSON object instead of tables",
      "  --window D       response window as an ISO-8601 duration (default PT24H)",
      "  --due-soon D     how long before the due instant a message is due soon (default PT4H)",
      "  --same-instant-replies  a seller message sent at the very instant of a question answers it",
      "                   (default: only one sent strictly after it does)",
      "exit 0: done, 2: a line was malformed or the command line is wrong",
      "");

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);
  /** ISO-8601 with seconds always written ({@code OffsetDateTime.toString} drops ":00"). */
  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private SlaCommand() {}

  /** A thread read from one input line. */
  private static final class Input {
    final MessageThread thread;
    final Optional<Instant> purchasedAt;
    String file;
    long line;

    Input(MessageThread thread, Optional<Instant> purchasedAt) {
      this.thread = thread;
      this.purchasedAt = purchasedAt;
    }
  }

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

    ObjectMapper mapper = Json.strictMapper();
    List<Input> inputs = new ArrayList<>();
    ArrayNode errors = mapper.createArrayNode();
    Set<String> ids = new HashSet<>();
    String name = file == null ? "-" : file;
    try (LineReader reader = LineReader.open(file, stdin)) {
      for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        if (line.ok() && line.text.isBlank()) {
          continue;
        }
        String id = null;
        try {
          if (!line.ok()) {
            throw new BadInput(line.error);
          }
          JsonNode root;
          try {
            root = mapper.readTree(line.text);
          } catch (JsonProcessingException e) {
            throw new BadInput("not valid JSON: " + e.getOriginalMessage());
          }
          id = root != null && root.path("id").isTextual() ? root.get("id").textValue() : null;
          Input in = parse(root);
          if (!ids.add(in.thread.id())) {
            throw new BadInput("id \"" + in.thread.id() + "\" repeats a thread of an earlier line");
          }
          // One bad thread is one error record; the rest of the report still comes out.
          ResponseDeadlines.compute(in.thread, policy);
          in.file = line.file;
          in.line = line.number;
          inputs.add(in);
        } catch (BadInput | IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException | java.time.DateTimeException e) {
          error(mapper, errors, err, line.file, line.number, id, e.getMessage());
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      error(mapper, errors, err, name, 0, null, "no such file");
    } catch (IOException | UncheckedIOException e) {
      error(mapper, errors, err, name, 0, null, "cannot read: " + e.getMessage());
    }

    List<MessageThread> threads = new ArrayList<>();
    Map<OrderId, Instant> purchases = new HashMap<>();
    for (Input in : inputs) {
      threads.add(in.thread);
      if (in.thread.orderId().isPresent() && in.purchasedAt.isPresent()) {
        purchases.put(in.thread.orderId().get(), in.purchasedAt.get());
      }
    }
    OrderDates dates = OrderDates.of(purchases);
    // A thread whose order data makes its computation fail is reported and left out, alone.
    for (java.util.Iterator<Input> it = inputs.iterator(); it.hasNext();) {
      Input in = it.next();
      try {
        ResponseDeadlines.compute(in.thread, policy, dates);
        WorkQueue.at(List.of(in.thread), policy, dates, at);
        ResponseMetrics.standard(List.of(in.thread), policy, dates, at);
      } catch (RuntimeException e) {
        error(mapper, errors, err, in.file, in.line, in.thread.id(), e.getMessage());
        threads.remove(in.thread);
        it.remove();
      }
    }
    WorkQueue queue = WorkQueue.at(threads, policy, dates, at);
    Map<StandardPeriod, ResponseMetrics> metrics = ResponseMetrics.standard(threads, policy, dates, at);
    Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
    Map<String, MessageThread> byId = new HashMap<>();
    for (MessageThread t : threads) {
      byId.put(t.id(), t);
      for (ResponseDeadline d : ResponseDeadlines.compute(t, policy, dates)) {
        if (!d.receivedAt().isAfter(at)) {
          d.exclusion().ifPresent(r -> excluded.merge(r, 1, Integer::sum));
        }
      }
    }
    if (json) {
      out.println(toJson(mapper, at, policy, queue, byId, metrics, excluded, threads.size(), errors).toString());
    } else {
      printTables(out, at, policy, queue, byId, metrics, excluded, threads.size(), errors.size());
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
    String v = text.strip();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInput(field + " must be an ISO-8601 instant with an offset such as 2026-06-10T12:00:00Z, got \""
          + text + "\"");
    }
  }

  private static void error(ObjectMapper mapper, ArrayNode errors, PrintStream err, String file, long line, String id, String message) {
    ObjectNode error = mapper.createObjectNode();
    error.put("file", file);
    error.put("line", line);
    if (id != null) {
      error.put("id", id);
    }
    error.put("error", message == null ? "malformed input" : message);
    errors.add(error);
    try {
      err.println(mapper.writeValueAsString(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  private static Input parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new BadInput("expected a JSON object for a thread");
    }
    String id = text(root, "id").filter(s -> !s.isBlank())
        .orElseThrow(() -> new BadInput("id is missing: every thread needs a non-blank id"));
    MessageThread.Builder b = MessageThread.builder().id(id);
    text(root, "orderId").filter(s -> !s.isBlank()).map(OrderId::parse).ifPresent(b::orderId);
    text(root, "marketplace").filter(s -> !s.isBlank()).map(Marketplace::of).ifPresent(b::marketplace);
    Optional<Instant> purchasedAt = text(root, "purchasedAt").filter(s -> !s.isBlank()).map(s -> instant("purchasedAt", s));
    JsonNode messages = root.get("messages");
    if (messages == null || !messages.isArray()) {
      throw new BadInput("messages must be an array (it may be empty), got " + (messages == null ? "nothing" : messages));
    }
    List<Message> list = new ArrayList<>();
    int i = 0;
    for (JsonNode m : messages) {
      String where = "messages[" + i + "]";
      if (!m.isObject()) {
        throw new BadInput(where + " must be an object, got " + m);
      }
      String mid = text(m, where, "id").filter(s -> !s.isBlank())
          .orElseThrow(() -> new BadInput(where + ".id is missing"));
      String authorText = text(m, where, "author").orElseThrow(() -> new BadInput(where + ".author is missing"));
      Author author;
      try {
        author = Author.valueOf(authorText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInput(where + ".author must be buyer, seller or amazon, got \"" + authorText + "\"");
      }
      Instant sentAt = instant(where + ".sentAt",
          text(m, where, "sentAt").orElseThrow(() -> new BadInput(where + ".sentAt is missing")));
      list.add(Message.builder()
          .id(mid)
          .author(author)
          .sentAt(sentAt)
          .noResponseNeeded(bool(m, where, "noResponseNeeded"))
          .automated(bool(m, where, "automated"))
          .subject(text(m, where, "subject").orElse(""))
          .body(text(m, where, "body").orElse(""))
          .build());
      i++;
    }
    // Lines may list messages in any order; the thread is kept in time order (ties in input order).
    list.sort(Comparator.comparing(Message::sentAt));
    return new Input(b.messages(list).build(), purchasedAt);
  }

  private static Optional<String> text(JsonNode node, String field) {
    return text(node, null, field);
  }

  /** A string field; the error names its path ({@code messages[0].sentAt}). */
  private static Optional<String> text(JsonNode node, String where, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new BadInput((where == null ? "" : where + ".") + field + " must be a string, got " + v);
    }
    return Optional.of(v.textValue());
  }

  private static boolean bool(JsonNode node, String where, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new BadInput(where + "." + field + " must be true or false, got " + v);
    }
    return v.booleanValue();
  }

  private static ObjectNode toJson(ObjectMapper mapper, Instant at, SlaPolicy policy, WorkQueue queue,
      Map<String, MessageThread> byId, Map<StandardPeriod, ResponseMetrics> metrics,
      Map<ExclusionReason, Integer> excluded, int threadCount, ArrayNode errors) {
    ObjectNode root = mapper.createObjectNode();
    root.put("at", at.toString());
    ObjectNode p = root.putObject("policy");
    p.put("responseWindow", policy.responseWindow().toString());
    p.put("dueSoonLead", policy.dueSoonLead().toString());
    root.put("threads", threadCount);
    ArrayNode q = root.putArray("queue");
    int rank = 1;
    for (ThreadState s : queue.entries()) {
      ObjectNode e = q.addObject();
      e.put("rank", rank++);
      e.put("threadId", s.threadId());
      MessageThread t = byId.get(s.threadId());
      s.orderId().ifPresent(o -> e.put("orderId", o.toString()));
      t.marketplace().ifPresent(m -> e.put("marketplace", m.code()));
      e.put("urgency", s.urgency().name());
      Instant due = s.bindingDeadline().orElseThrow();
      e.put("due", due.toString());
      t.marketplace().ifPresent(m -> e.put("dueLocal", ISO_SECONDS.format(due.atZone(m.zone()))));
      e.put("timeLeft", isoSigned(Duration.between(at, due)));
      e.put("awaitingReply", s.awaitingReply());
      ArrayNode ms = e.putArray("messages");
      for (MessageState m : s.messages()) {
        ObjectNode mn = ms.addObject();
        ResponseDeadline d = m.deadline();
        mn.put("id", d.messageId());
        mn.put("status", m.status().name());
        mn.put("receivedAt", d.receivedAt().toString());
        d.due().ifPresent(x -> mn.put("due", x.toString()));
        d.exclusion().ifPresent(x -> mn.put("excluded", x.name()));
        if (!m.status().needsReply() && d.exclusion().isEmpty()) {
          d.answeredBy().filter(x -> !d.answeredAt().orElseThrow().isAfter(at)).ifPresent(x -> {
            mn.put("answeredBy", x);
            mn.put("answeredAt", d.answeredAt().orElseThrow().toString());
          });
        }
      }
    }
    ObjectNode ex = root.putObject("excluded");
    for (Map.Entry<ExclusionReason, Integer> e : excluded.entrySet()) {
      ex.put(e.getKey().name(), e.getValue());
    }
    ObjectNode mm = root.putObject("metrics");
    for (Map.Entry<StandardPeriod, ResponseMetrics> e : metrics.entrySet()) {
      ResponseMetrics m = e.getValue();
      ObjectNode n = mm.putObject(e.getKey().name());
      n.put("from", m.start().toString());
      n.put("to", m.end().toString());
      n.put("counted", m.counted());
      n.put("answeredOnTime", m.answeredOnTime());
      n.put("answeredLate", m.answeredLate());
      n.put("unansweredLate", m.unansweredLate());
      n.put("pending", m.pending());
      n.put("excluded", m.excluded());
      putRate(n, "lateResponseRate", m.lateResponseRate());
      putRate(n, "onTimeRate", m.onTimeRate());
      if (m.averageResponseTime().isPresent()) {
        n.put("averageResponseTime", m.averageResponseTime().get().toString());
      } else {
        n.putNull("averageResponseTime");
      }
    }
    root.set("errors", errors);
    return root;
  }

  private static void putRate(ObjectNode n, String field, java.util.OptionalDouble rate) {
    if (rate.isPresent()) {
      n.put(field, rate.getAsDouble());
    } else {
      n.putNull(field);
    }
  }

  private static void printTables(PrintStream out, Instant at, SlaPolicy policy, WorkQueue queue,
      Map<String, MessageThread> byId, Map<StandardPeriod, ResponseMetrics> metrics,
      Map<ExclusionReason, Integer> excluded, int threadCount, int errorCount) {
    out.println("Response deadlines at " + at + " (window " + policy.responseWindow() + ", due soon "
        + policy.dueSoonLead() + ") for " + threadCount + (threadCount == 1 ? " thread" : " threads"));
    out.println();
    out.println("WORK QUEUE: " + queue.size() + (queue.size() == 1 ? " thread awaits" : " threads await") + " a reply");
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

  /** An ISO-8601 duration with the sign in front ({@code -PT3095H57M8S}, not {@code PT-3095H-57M-8S}). */
  static String isoSigned(Duration d) {
    return d.isNegative() ? "-" + d.negated().toString() : d.toString();
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
