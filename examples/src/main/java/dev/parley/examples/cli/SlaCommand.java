package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.sla.Urgency;
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
      "usage: parley sla [FILE|-] [--at INSTANT] [--json] [--window PT24H] [--due-soon PT4H]",
      "  FILE|-           threads as JSON Lines, one thread per line (default: standard input)",
      "  --at INSTANT     the instant to evaluate, e.g. 2026-06-10T12:00:00Z (default: now)",
      "  --json           print one JSON object instead of tables",
      "  --window D       response window as an ISO-8601 duration (default PT24H)",
      "  --due-soon D     how long before the due instant a message is due soon (default PT4H)",
      "exit 0: done, 2: a line was malformed or the command line is wrong, 3: out of memory",
      "");

  /** The exit code when the JVM runs out of heap (documented in README.md). */
  static final int EXIT_OUT_OF_MEMORY = 3;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private SlaCommand() {}

  /** A thread read from one input line. */
  private static final class Input {
    final MessageThread thread;
    final Optional<Instant> purchasedAt;

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

    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    ArrayNode errors = mapper.createArrayNode();
    Summary summary = new Summary(policy, at);
    int n = 0;
    try (BufferedReader reader = open(file, stdin)) {
      String line;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          summary.add(parse(mapper, line));
        } catch (BadInput | IllegalArgumentException | NullPointerException | IllegalStateException e) {
          ObjectNode error = mapper.createObjectNode();
          error.put("line", n);
          error.put("error", e.getMessage() == null ? "malformed input" : e.getMessage());
          errors.add(error);
          err.println(error.toString());
        }
      }
      List<ThreadState> queue = summary.queue();
      Map<StandardPeriod, ResponseMetrics> metrics = ResponseMetrics.standardOf(summary.counted, at);
      if (json) {
        writeJson(mapper, out, at, policy, queue, summary.marketplaces, metrics, summary.excluded, summary.ids.size(),
            errors);
      } else {
        printTables(out, at, policy, queue, summary.marketplaces, metrics, summary.excluded, summary.ids.size(),
            errors.size());
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("parley sla: cannot read " + (file == null ? "standard input" : file) + ": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
      return 2;
    } catch (OutOfMemoryError e) {
      // Drop what was kept so that the message below can be built, then say what happened in one line.
      summary = null;
      errors = null;
      err.println("parley sla: out of memory after " + n + " input lines (the work queue and the last 90 days of"
          + " messages are kept); give the JVM more heap (-Xmx) or split the input by seller");
      return EXIT_OUT_OF_MEMORY;
    }
    return errors.size() > 0 ? 2 : 0;
  }

  /**
   * What the output needs from the threads read so far, and nothing more: thread ids (to reject a
   * repeated one), the states of threads awaiting a reply with their marketplaces, the deadlines
   * of messages received in the last 90 days before the instant (the metrics), and exclusion
   * counts. Thread text and answered threads' messages are dropped as each line is read.
   */
  private static final class Summary {
    final SlaPolicy policy;
    final Instant at;
    final Instant oldest;
    final Set<String> ids = new HashSet<>();
    final List<ThreadState> states = new ArrayList<>();
    final Map<String, Marketplace> marketplaces = new HashMap<>();
    final List<ResponseDeadline> counted = new ArrayList<>();
    final Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);

    Summary(SlaPolicy policy, Instant at) {
      this.policy = policy;
      this.at = at;
      this.oldest = StandardPeriod.LAST_90_DAYS.startFor(at);
    }

    void add(Input in) {
      MessageThread thread = in.thread;
      if (!ids.add(thread.id())) {
        throw new BadInput("id \"" + thread.id() + "\" repeats a thread of an earlier line");
      }
      OrderDates dates = thread.orderId().isPresent() && in.purchasedAt.isPresent()
          ? OrderDates.of(Map.of(thread.orderId().get(), in.purchasedAt.get()))
          : OrderDates.none();
      boolean waiting = false;
      for (ResponseDeadline d : ResponseDeadlines.compute(thread, policy, dates)) {
        if (d.receivedAt().isAfter(at)) {
          continue;
        }
        d.exclusion().ifPresent(r -> excluded.merge(r, 1, Integer::sum));
        if (!d.receivedAt().isBefore(oldest)) {
          counted.add(d);
        }
        waiting |= d.needsReply() && d.answeredAt().map(a -> a.isAfter(at)).orElse(true);
      }
      if (waiting) {
        ThreadState s = ThreadState.at(thread, policy, dates, at);
        if (s.urgency() != Urgency.NONE) {
          states.add(s);
          thread.marketplace().ifPresent(m -> marketplaces.put(thread.id(), m));
        }
      }
    }

    /** {@return the work queue's entries: most urgent first, as {@link WorkQueue} orders them} */
    List<ThreadState> queue() {
      states.sort(WorkQueue.URGENCY_ORDER);
      return states;
    }
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

  private static BufferedReader open(String file, InputStream stdin) throws IOException {
    if (file == null || file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static Input parse(ObjectMapper mapper, String line) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInput("not valid JSON: " + e.getOriginalMessage());
    }
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
      String mid = text(m, "id").filter(s -> !s.isBlank())
          .orElseThrow(() -> new BadInput(where + ".id is missing"));
      String authorText = text(m, "author").orElseThrow(() -> new BadInput(where + ".author is missing"));
      Author author;
      try {
        author = Author.valueOf(authorText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInput(where + ".author must be buyer, seller or amazon, got \"" + authorText + "\"");
      }
      Instant sentAt = instant(where + ".sentAt",
          text(m, "sentAt").orElseThrow(() -> new BadInput(where + ".sentAt is missing")));
      list.add(Message.builder()
          .id(mid)
          .author(author)
          .sentAt(sentAt)
          .noResponseNeeded(bool(m, where, "noResponseNeeded"))
          .automated(bool(m, where, "automated"))
          .subject(text(m, "subject").orElse(""))
          .body(text(m, "body").orElse(""))
          .build());
      i++;
    }
    // Lines may list messages in any order; the thread is kept in time order (ties in input order).
    list.sort(Comparator.comparing(Message::sentAt));
    return new Input(b.messages(list).build(), purchasedAt);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new BadInput(field + " must be a string, got " + v);
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

  /**
   * Writes the JSON output as one object on one line, streaming the queue entry by entry so that a
   * queue of a hundred thousand threads never exists as one tree.
   */
  private static void writeJson(ObjectMapper mapper, PrintStream out, Instant at, SlaPolicy policy,
      List<ThreadState> queue, Map<String, Marketplace> marketplaces, Map<StandardPeriod, ResponseMetrics> metrics,
      Map<ExclusionReason, Integer> excluded, int threadCount, ArrayNode errors) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("at", at.toString());
    g.writeObjectFieldStart("policy");
    g.writeStringField("responseWindow", policy.responseWindow().toString());
    g.writeStringField("dueSoonLead", policy.dueSoonLead().toString());
    g.writeEndObject();
    g.writeNumberField("threads", threadCount);
    g.writeArrayFieldStart("queue");
    int rank = 1;
    for (ThreadState s : queue) {
      mapper.writeTree(g, queueEntry(mapper, at, s, rank++, Optional.ofNullable(marketplaces.get(s.threadId()))));
    }
    g.writeEndArray();
    ObjectNode ex = mapper.createObjectNode();
    for (Map.Entry<ExclusionReason, Integer> e : excluded.entrySet()) {
      ex.put(e.getKey().name(), e.getValue());
    }
    g.writeFieldName("excluded");
    mapper.writeTree(g, ex);
    ObjectNode mm = mapper.createObjectNode();
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
    g.writeFieldName("metrics");
    mapper.writeTree(g, mm);
    g.writeFieldName("errors");
    mapper.writeTree(g, errors);
    g.writeEndObject();
    g.close();
    out.println();
  }

  private static ObjectNode queueEntry(ObjectMapper mapper, Instant at, ThreadState s, int rank,
      Optional<Marketplace> marketplace) {
    ObjectNode e = mapper.createObjectNode();
    e.put("rank", rank);
    e.put("threadId", s.threadId());
    s.orderId().ifPresent(o -> e.put("orderId", o.toString()));
    marketplace.ifPresent(m -> e.put("marketplace", m.code()));
    e.put("urgency", s.urgency().name());
    Instant due = s.bindingDeadline().orElseThrow();
    e.put("due", due.toString());
    marketplace.ifPresent(m -> e.put("dueLocal", due.atZone(m.zone()).toOffsetDateTime().toString()));
    e.put("timeLeft", Duration.between(at, due).toString());
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
      if (!m.status().needsReply()) {
        d.answeredBy().filter(x -> !d.answeredAt().orElseThrow().isAfter(at)).ifPresent(x -> {
          mn.put("answeredBy", x);
          mn.put("answeredAt", d.answeredAt().orElseThrow().toString());
        });
      }
    }
    return e;
  }

  private static void putRate(ObjectNode n, String field, java.util.OptionalDouble rate) {
    if (rate.isPresent()) {
      n.put(field, rate.getAsDouble());
    } else {
      n.putNull(field);
    }
  }

  private static void printTables(PrintStream out, Instant at, SlaPolicy policy, List<ThreadState> queue,
      Map<String, Marketplace> marketplaces, Map<StandardPeriod, ResponseMetrics> metrics,
      Map<ExclusionReason, Integer> excluded, int threadCount, int errorCount) {
    out.println("Response deadlines at " + at + " (window " + policy.responseWindow() + ", due soon "
        + policy.dueSoonLead() + ") for " + threadCount + " threads");
    out.println();
    out.println("WORK QUEUE: " + queue.size() + " threads await a reply");
    if (!queue.isEmpty()) {
      String[] header = {"#", "URGENCY", "THREAD", "ORDER", "MKT", "DUE (UTC)", "DUE (LOCAL)", "TIME LEFT", "WAITING"};
      // Rows are built twice (widths, then printing) rather than held: the queue may be very long.
      java.util.function.IntFunction<String[]> row = i -> {
        ThreadState s = queue.get(i);
        Optional<Marketplace> marketplace = Optional.ofNullable(marketplaces.get(s.threadId()));
        Instant due = s.bindingDeadline().orElseThrow();
        Optional<ZoneId> zone = marketplace.map(Marketplace::zone);
        return new String[] {
          Integer.toString(i + 1),
          s.urgency().name(),
          s.threadId(),
          s.orderId().map(OrderId::toString).orElse("(pre-sale)"),
          marketplace.map(Marketplace::code).orElse("-"),
          due.toString(),
          zone.map(z -> LOCAL.format(due.atZone(z))).orElse("-"),
          signed(Duration.between(at, due)),
          Integer.toString(s.awaitingReply())
        };
      };
      int[] width = new int[header.length];
      widen(width, header);
      for (int i = 0; i < queue.size(); i++) {
        widen(width, row.apply(i));
      }
      printRow(out, width, header);
      for (int i = 0; i < queue.size(); i++) {
        printRow(out, width, row.apply(i));
      }
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
      widen(width, r);
    }
    for (String[] r : rows) {
      printRow(out, width, r);
    }
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
}
