package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.order.PriorMessage;
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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code parley check [--format text|json|sarif] [FILE|-]...}: reads messages as JSON Lines and
 * writes one JSON result per input line, in input order (or, with {@code --format text} or {@code
 * sarif}, the same findings for people or for CI). The formats are documented in README.md and the
 * JSON Lines one is a stable contract.
 */
final class CheckCommand {
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

  /** Checks one input object; adds the reported findings (those in the JSON output) to {@code reported}. */
  static ObjectNode check(SendCheck policy, JsonNode in, Instant now, boolean redact, List<Finding> reported) {
    if (!in.isObject()) {
      throw new Json.InputException("each line must be a JSON object, got " + in.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    if (!in.has("body") || in.get("body").isNull()) {
      throw new Json.InputException("body is required");
    }
    String id = Json.text(in, "id").orElse("");
    Marketplace marketplace = Json.text(in, "marketplace").map(Marketplace::of).orElse(Marketplace.US);
    MessageType type = Json.text(in, "type").map(t -> Json.enumValue(MessageType.class, "type", t)).orElse(MessageType.FREE_FORM);
    BodyFormat format = Json.text(in, "format").map(f -> Json.enumValue(BodyFormat.class, "format", f)).orElse(BodyFormat.TEXT);
    Instant sentAt = Json.instant(in, "sentAt").orElse(now);
    Message message = Message.builder()
        .id(id.isEmpty() ? "message" : id)
        .author(Author.SELLER)
        .sentAt(sentAt)
        .type(type)
        .subject(Json.text(in, "subject").orElse(""))
        .body(Json.text(in, "body").orElse(""))
        .bodyFormat(format)
        .attachments(attachments(in))
        .build();
    boolean reply = Json.bool(in, "replyToBuyer").orElse(false);
    CheckContext.Builder context = CheckContext.builder().marketplace(marketplace).replyToBuyer(reply);
    Json.text(in, "buyerLocale").filter(s -> !s.isBlank()).map(CheckCommand::locale).ifPresent(context::buyerLocale);
    SendRequest.Builder request = SendRequest.builder()
        .message(message)
        .context(context.build())
        .at(sentAt)
        .buyerOptedOut(Json.bool(in, "buyerOptedOut").orElse(null))
        .priorMessages(priorMessages(in));
    order(in, marketplace).ifPresent(request::order);
    SendReport report = policy.check(request.build());

    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    Severity worst = null;
    ArrayNode findings = JSON.createArrayNode();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(SendCheck.DELIVERY_UNCERTAIN)) {
        continue; // reported as "deliverable": null with the delivery reason, not as a finding
      }
      if (f.severity() != Severity.INFO && (worst == null || f.severity().compareTo(worst) < 0)) {
        worst = f.severity();
      }
      reported.add(f);
      ObjectNode fn = findings.addObject();
      fn.put("rule", f.ruleId());
      fn.put("severity", f.severity().name());
      fn.put("field", f.field().toString());
      fn.put("start", f.start());
      fn.put("end", f.end());
      fn.put("excerpt", f.excerpt());
      fn.put("message", f.explanation());
      fn.put("explanation", f.explanation());
      fn.put("evidence", f.evidence());
    }
    out.put("verdict", worst == null ? "PASS" : worst == Severity.BLOCK ? "BLOCK" : "WARN");
    out.set("findings", findings);
    Classification c = report.classification();
    out.put("category", c.category().name());
    out.put("critical", report.critical());
    if (report.deliverable().isPresent()) {
      out.put("deliverable", report.deliverable().get());
    } else {
      out.putNull("deliverable");
    }
    out.put("decision", report.verdict().name());
    ObjectNode delivery = out.putObject("delivery");
    delivery.put("outcome", report.delivery().outcome().name());
    delivery.put("reason", report.delivery().reason().name());
    delivery.put("explanation", report.delivery().explanation());
    out.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
    report.earliestAllowedAt().ifPresent(t -> out.put("earliestAllowedAt", t.toString()));
    report.allowedUntil().ifPresent(t -> out.put("allowedUntil", t.toString()));
    if (redact) {
      Message redacted = report.contentReport().redacted();
      ObjectNode r = out.putObject("redacted");
      r.put("subject", redacted.subject());
      r.put("body", redacted.body());
      ArrayNode kept = r.putArray("attachments");
      redacted.attachments().forEach(a -> kept.add(a.fileName()));
    }
    return out;
  }

  private static Optional<Order> order(JsonNode in, Marketplace marketplace) {
    JsonNode o = in.get("order");
    if (o == null || o.isNull()) {
      return Optional.empty();
    }
    if (!o.isObject()) {
      throw new Json.InputException("order must be an object, got " + o);
    }
    String orderId = Json.text(o, "orderId").orElseThrow(() -> new Json.InputException("order.orderId is required"));
    Instant purchasedAt = Json.instant(o, "purchasedAt").orElseThrow(() -> new Json.InputException("order.purchasedAt is required"));
    Optional<Instant> shippedAt = Json.instant(o, "shippedAt");
    Optional<Instant> deliveredAt = Json.instant(o, "deliveredAt");
    OrderStatus status = Json.text(o, "status")
        .map(st -> Json.enumValue(OrderStatus.class, "order.status", st))
        .orElse(shippedAt.isPresent() || deliveredAt.isPresent() ? OrderStatus.SHIPPED : OrderStatus.UNSHIPPED);
    Order.Builder b = Order.builder()
        .id(OrderId.parse(orderId))
        .marketplace(marketplace)
        .purchasedAt(purchasedAt)
        .status(status);
    Json.instant(o, "earliestShipDate").ifPresent(b::earliestShipDate);
    Json.instant(o, "latestShipDate").ifPresent(b::latestShipDate);
    Json.instant(o, "earliestDeliveryDate").ifPresent(b::earliestDeliveryDate);
    Json.instant(o, "latestDeliveryDate").ifPresent(b::latestDeliveryDate);
    shippedAt.ifPresent(b::shippedAt);
    deliveredAt.ifPresent(b::deliveredAt);
    Json.text(in, "buyerLocale").filter(s -> !s.isBlank()).map(CheckCommand::locale).ifPresent(b::buyerLocale);
    return Optional.of(b.build());
  }

  private static List<PriorMessage> priorMessages(JsonNode in) {
    List<PriorMessage> list = new ArrayList<>();
    JsonNode arr = in.get("priorMessages");
    if (arr == null || arr.isNull()) {
      return list;
    }
    if (!arr.isArray()) {
      throw new Json.InputException("priorMessages must be an array, got " + arr);
    }
    int i = 0;
    for (JsonNode p : arr) {
      String field = "priorMessages[" + i++ + "]";
      MessageType type = Json.text(p, "type").map(t -> Json.enumValue(MessageType.class, field + ".type", t)).orElse(MessageType.FREE_FORM);
      Instant at = Json.instant(p, "sentAt").orElseThrow(() -> new Json.InputException(field + ".sentAt is required"));
      Optional<String> category = Json.text(p, "category").filter(c -> !c.isBlank());
      list.add(category.isPresent()
          ? PriorMessage.of(type, Json.enumValue(dev.parley.messaging.rules.classify.Category.class, field + ".category", category.get()), at)
          : PriorMessage.of(type, at));
    }
    return list;
  }

  private static Locale locale(String tag) {
    Locale l = Locale.forLanguageTag(tag.replace('_', '-'));
    if (l.getLanguage().isEmpty()) {
      throw new Json.InputException("buyerLocale must be a language tag such as de-DE, got \"" + tag + "\"");
    }
    return l;
  }

  private static List<Attachment> attachments(JsonNode in) {
    List<Attachment> list = new ArrayList<>();
    JsonNode arr = in.get("attachments");
    if (arr == null || arr.isNull()) {
      return list;
    }
    if (!arr.isArray()) {
      throw new Json.InputException("attachments must be an array, got " + arr);
    }
    int i = 0;
    for (JsonNode a : arr) {
      String field = "attachments[" + i++ + "]";
      String name = Json.text(a, "fileName").orElseThrow(() -> new Json.InputException(field + ".fileName is required"));
      Attachment attachment;
      if (a.hasNonNull("contentBase64")) {
        byte[] bytes;
        try {
          bytes = Base64.getMimeDecoder().decode(a.get("contentBase64").asText());
        } catch (IllegalArgumentException e) {
          throw new Json.InputException(field + ".contentBase64 is not valid base64: " + e.getMessage());
        }
        attachment = Attachment.withContent(name, bytes);
        if (a.hasNonNull("sizeBytes") && a.get("sizeBytes").asLong() != bytes.length) {
          throw new Json.InputException(field + ".sizeBytes is " + a.get("sizeBytes").asLong() + " but the content has " + bytes.length + " bytes");
        }
      } else {
        JsonNode size = a.get("sizeBytes");
        if (size == null || !size.canConvertToLong()) {
          throw new Json.InputException(field + ".sizeBytes must be a number of bytes when contentBase64 is absent, got " + size);
        }
        attachment = Attachment.of(name, size.asLong());
      }
      if (a.hasNonNull("mediaType")) {
        attachment = attachment.withDeclaredMediaType(a.get("mediaType").asText());
      }
      list.add(attachment);
    }
    return list;
  }
}
