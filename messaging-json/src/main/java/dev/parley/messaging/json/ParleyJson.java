package dev.parley.messaging.json;

import static dev.parley.messaging.json.DomainCodec.NODES;
import static dev.parley.messaging.json.Values.element;
import static dev.parley.messaging.json.Values.fail;
import static dev.parley.messaging.json.Values.path;
import static dev.parley.messaging.json.Values.within;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OptOutSource;
import dev.parley.messaging.core.OptOutState;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.SendVerdict;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.content.Verdict;
import dev.parley.messaging.rules.delivery.DeliveryDecision;
import dev.parley.messaging.rules.delivery.DeliveryOutcome;
import dev.parley.messaging.rules.delivery.DeliveryReason;
import dev.parley.messaging.rules.order.DailyVolume;
import dev.parley.messaging.sla.ExclusionReason;
import dev.parley.messaging.sla.MessageState;
import dev.parley.messaging.sla.ResponseDeadline;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.ThreadState;
import dev.parley.messaging.templates.TemplateReport;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads and writes Parley's JSON contracts: the check request and result of {@code parley check},
 * the thread input and report of {@code parley sla}, input errors, and each domain type on its
 * own. The field names and formats are those documented in README.md and in the JSON Schemas
 * under {@code docs/schemas/}.
 *
 * <p>Readers ignore unknown fields, accept enum names in any case with or without underscores,
 * and fail with a {@link JsonInputException} whose message starts with the JSON path (such as
 * {@code order.purchasedAt}) and names the value. Writers produce {@link ObjectNode}s whose member
 * order is part of the contract; {@link #write(JsonNode)} renders one on a single line.
 *
 * <p>Stateless apart from its configured {@link ObjectMapper}: immutable and thread-safe; share
 * {@link #standard()}.
 */
public final class ParleyJson {
  private static final ParleyJson STANDARD = new ParleyJson(false);
  /** ISO-8601 with seconds always written ({@code OffsetDateTime.toString} drops ":00"). */
  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final ParleyJson STRICT = new ParleyJson(true);

  private final ObjectMapper mapper;
  /** The {@code parley} tool's reading: scalars must have their JSON type, base64 is strict. */
  private final boolean strict;

  private ParleyJson(boolean strict) {
    this.strict = strict;
    this.mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.getFactory().setCharacterEscapes(new SurrogateEscapes());
  }

  /** {@return the shared instance, lenient in the documented ways} */
  public static ParleyJson standard() {
    return STANDARD;
  }

  /**
   * {@return the shared instance with the {@code parley} tool's strict reading of check requests}:
   * every member that holds text ({@code id}, {@code body}, instants, enum names, {@code
   * fileName}, ...) must be a JSON string and every flag ({@code replyToBuyer}, {@code
   * buyerOptedOut}, ...) a JSON boolean, where {@link #standard()} reads any scalar as text and
   * {@code "true"} as true; {@code contentBase64} must be plain base64 (no line breaks). Everything
   * else, writers included, is the same.
   */
  public static ParleyJson strict() {
    return STRICT;
  }

  /** Escapes surrogate code units, so a lone one survives any output encoding as a backslash-u escape. */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }

  // ---------------------------------------------------------------- text

  /**
   * Parses one JSON document: exactly one value, no duplicate member names, nothing after it.
   *
   * @param text the JSON text
   * @return the value
   * @throws JsonInputException if it is not such a document; the message starts with "not valid JSON"
   */
  public JsonNode parse(String text) {
    try {
      JsonNode n = mapper.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new JsonInputException("", "not valid JSON: the input is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  /**
   * Parses one JSON document from UTF-8 (or UTF-16/32 with a BOM) bytes.
   *
   * @param in the stream, read to its end and not closed
   * @return the value
   * @throws JsonInputException if it is not one JSON document
   * @throws IOException if reading fails
   */
  public JsonNode parse(InputStream in) throws IOException {
    try {
      JsonNode n = mapper.readTree(in);
      if (n == null || n.isMissingNode()) {
        throw new JsonInputException("", "not valid JSON: the input is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  private static JsonInputException notJson(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = "malformed input";
    } else {
      // Jackson's "(start marker at [Source: ...])" aside names no input of ours.
      int i = message.indexOf(" (start marker at [Source:");
      if (i < 0) {
        i = message.indexOf("\n at [Source:");
      }
      message = i < 0 ? message : message.substring(0, i);
    }
    int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    return new JsonInputException("", "not valid JSON: " + message, column);
  }

  /**
   * {@return the value as compact JSON on one line}; a lone surrogate in a string is written as a
   * backslash-u escape, so the text survives any encoding.
   *
   * @param node the value
   */
  public String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /**
   * {@return the value as compact JSON on one line, in UTF-8, followed by a line feed}: one
   * record of a JSON Lines output, ready to write to a stream.
   *
   * @param node the value
   */
  public byte[] writeLine(JsonNode node) {
    return (write(node) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** {@return a copy of the configured mapper, with {@link ParleyModule} registered} */
  public ObjectMapper mapper() {
    return mapper.copy().registerModule(new ParleyModule());
  }

  // ---------------------------------------------------------------- check request

  /**
   * Reads a check request. Only {@code body} is required; {@code sentAt} defaults to {@code
   * defaultSentAt} (the library never reads a clock).
   *
   * @param in the request object
   * @param defaultSentAt the instant for a request without {@code sentAt}
   * @return the request
   * @throws JsonInputException if a value is malformed
   */
  public CheckRequest readCheckRequest(JsonNode in, Instant defaultSentAt) {
    Objects.requireNonNull(defaultSentAt, "defaultSentAt");
    return checkRequest(in, "", Optional.of(defaultSentAt));
  }

  /**
   * Reads a check request that must carry {@code sentAt}.
   *
   * @param in the request object
   * @return the request
   * @throws JsonInputException if a value is malformed or {@code sentAt} is missing
   */
  public CheckRequest readCheckRequest(JsonNode in) {
    return checkRequest(in, "", Optional.empty());
  }

  /**
   * Reads a check request at a JSON path (for a batch element such as {@code requests[3]}).
   *
   * @param in the request object
   * @param where its JSON path, used in errors
   * @param defaultSentAt the instant for a request without {@code sentAt}
   * @return the request
   * @throws JsonInputException if a value is malformed
   */
  public CheckRequest readCheckRequest(JsonNode in, String where, Instant defaultSentAt) {
    Objects.requireNonNull(defaultSentAt, "defaultSentAt");
    return checkRequest(in, where, Optional.of(defaultSentAt));
  }

  private CheckRequest checkRequest(JsonNode in, String where, Optional<Instant> defaultSentAt) {
    if (in == null || !in.isObject()) {
      String type = in == null ? "nothing" : in.getNodeType().name().toLowerCase(Locale.ROOT);
      throw where.isEmpty()
          ? new JsonInputException("", "each line must be a JSON object, got " + type)
          : fail(where, "must be a JSON object, got " + type);
    }
    if (!in.has("body") || in.get("body").isNull()) {
      throw fail(path(where, "body"), "is required");
    }
    String id = Values.text(strict, in, where, "id").orElse("");
    Marketplace marketplace = Values.text(strict, in, where, "marketplace").map(s -> DomainCodec.marketplace(path(where, "marketplace"), s)).orElse(Marketplace.US);
    MessageType type = Values.text(strict, in, where, "type").map(t -> Values.enumValue(MessageType.class, path(where, "type"), t)).orElse(MessageType.FREE_FORM);
    BodyFormat format = Values.text(strict, in, where, "format").map(f -> Values.enumValue(BodyFormat.class, path(where, "format"), f)).orElse(BodyFormat.TEXT);
    Optional<Instant> sentAtGiven = Values.instant(strict, in, where, "sentAt");
    Instant sentAt = sentAtGiven.or(() -> defaultSentAt).orElseThrow(() -> fail(path(where, "sentAt"), "is required"));
    String subject = Values.text(strict, in, where, "subject").orElse("");
    String body = Values.text(strict, in, where, "body").orElse("");
    List<Attachment> attachments = DomainCodec.attachments(in, where, strict);
    Message message;
    try {
      message = Message.builder()
          .id(Values.text(strict, in, where, "messageId").filter(s -> !s.isBlank()).orElse(id.isEmpty() ? "message" : id))
          .author(Author.SELLER)
          .sentAt(sentAt)
          .type(type)
          .subject(subject)
          .body(body)
          .bodyFormat(format)
          .attachments(attachments)
          .build();
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
    boolean reply = Values.bool(strict, in, where, "replyToBuyer").orElse(false);
    Optional<Locale> locale = Values.text(strict, in, where, "buyerLocale").filter(s -> !s.isBlank()).map(s -> Values.locale(path(where, "buyerLocale"), s));
    CheckContext.Builder context = CheckContext.builder().marketplace(marketplace).replyToBuyer(reply);
    locale.ifPresent(context::buyerLocale);
    Values.text(strict, in, where, "buyerWritingLocale").filter(s -> !s.isBlank()).map(s -> Values.locale(path(where, "buyerWritingLocale"), s))
        .ifPresent(context::buyerWritingLocale);
    Values.text(strict, in, where, "buyerAlias").filter(s -> !s.isBlank()).map(s -> DomainCodec.buyerAlias(path(where, "buyerAlias"), s)).ifPresent(context::buyerAlias);
    SendRequest.Builder request = SendRequest.builder()
        .message(message)
        .at(sentAt)
        .optOut(optOut(in, where, strict))
        .priorMessages(DomainCodec.priorMessages(in, where, strict));
    try {
      request.context(context.build());
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
    JsonNode o = in.get("order");
    if (o != null && !o.isNull()) {
      request.order(DomainCodec.order(o, path(where, "order"), marketplace, locale, strict));
    }
    JsonNode t = in.get("thread");
    if (t != null && !t.isNull()) {
      request.thread(DomainCodec.thread(t, path(where, "thread"), true));
    }
    JsonNode v = in.get("dailyVolume");
    if (v != null && !v.isNull()) {
      request.dailyVolume(dailyVolume(v, path(where, "dailyVolume")));
    }
    try {
      return CheckRequest.of(id, request.build());
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  private static OptOutStatus optOut(JsonNode in, String where, boolean strict) {
    JsonNode o = in.get("optOut");
    if (o != null && !o.isNull()) {
      String at = path(where, "optOut");
      Values.object(o, at);
      OptOutState state = Values.text(o, at, "state").map(s -> Values.enumValue(OptOutState.class, path(at, "state"), s))
          .orElseThrow(() -> fail(path(at, "state"), "is required"));
      Optional<Instant> learnedAt = Values.instant(o, at, "learnedAt");
      Optional<OptOutSource> source = Values.text(o, at, "source").map(s -> Values.enumValue(OptOutSource.class, path(at, "source"), s));
      if (state == OptOutState.UNKNOWN || learnedAt.isEmpty() || source.isEmpty()) {
        if (learnedAt.isPresent() != source.isPresent()) {
          throw fail(at, "must give learnedAt and source together, or neither");
        }
        return OptOutStatus.of(state);
      }
      return state == OptOutState.OPTED_OUT ? OptOutStatus.optedOut(learnedAt.get(), source.get()) : OptOutStatus.optedIn(learnedAt.get(), source.get());
    }
    Optional<Boolean> optedOut = Values.bool(strict, in, where, "buyerOptedOut");
    return optedOut.isEmpty() ? OptOutStatus.unknown() : OptOutStatus.of(optedOut.get() ? OptOutState.OPTED_OUT : OptOutState.OPTED_IN);
  }

  private static DailyVolume dailyVolume(JsonNode v, String where) {
    Values.object(v, where);
    JsonNode avg = v.get("averageDailyOrders");
    JsonNode sent = v.get("proactiveSentToday");
    if (avg == null || !avg.isNumber()) {
      throw fail(path(where, "averageDailyOrders"), "must be a number, got " + avg);
    }
    if (sent == null || !sent.isIntegralNumber() || !sent.canConvertToInt()) {
      throw fail(path(where, "proactiveSentToday"), "must be a whole number, got " + sent);
    }
    try {
      return DailyVolume.of(avg.doubleValue(), sent.intValue());
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  /**
   * Writes a check request in the contract's shape; reading it back gives an equal request.
   *
   * @param r the request
   * @return the JSON object
   */
  public ObjectNode writeCheckRequest(CheckRequest r) {
    SendRequest q = r.request();
    Message m = q.message();
    CheckContext c = q.context();
    ObjectNode n = NODES.objectNode();
    if (!r.id().isEmpty()) {
      n.put("id", r.id());
    }
    if (!m.id().equals(r.id().isEmpty() ? "message" : r.id())) {
      n.put("messageId", m.id());
    }
    n.put("marketplace", c.marketplace().code());
    n.put("type", m.type().name());
    if (!m.subject().isEmpty()) {
      n.put("subject", m.subject());
    }
    n.put("body", m.body());
    n.put("format", m.bodyFormat().name().toLowerCase(Locale.ROOT));
    c.buyerLocale().ifPresent(l -> n.put("buyerLocale", l.toLanguageTag()));
    c.buyerWritingLocale().ifPresent(l -> n.put("buyerWritingLocale", l.toLanguageTag()));
    c.buyerAlias().ifPresent(a -> n.put("buyerAlias", a.address()));
    n.put("replyToBuyer", c.replyToBuyer());
    OptOutStatus optOut = q.optOut();
    if (optOut.learnedAt().isPresent() || optOut.source().isPresent()) {
      ObjectNode o = n.putObject("optOut");
      o.put("state", optOut.state().name());
      optOut.learnedAt().ifPresent(t -> o.put("learnedAt", t.toString()));
      optOut.source().ifPresent(s -> o.put("source", s.name()));
    } else if (optOut.state() != OptOutState.UNKNOWN) {
      n.put("buyerOptedOut", optOut.state() == OptOutState.OPTED_OUT);
    }
    if (!m.attachments().isEmpty()) {
      n.set("attachments", DomainCodec.writeAttachments(m.attachments()));
    }
    n.put("sentAt", q.at().toString());
    q.order().ifPresent(o -> n.set("order", DomainCodec.writeOrder(o, o.marketplace() != c.marketplace(),
        !o.buyerLocale().equals(c.buyerLocale()))));
    if (!q.priorMessages().isEmpty()) {
      n.set("priorMessages", DomainCodec.writePriorMessages(q.priorMessages()));
    }
    q.thread().ifPresent(t -> n.set("thread", DomainCodec.writeThread(t)));
    q.dailyVolume().ifPresent(v -> {
      ObjectNode d = n.putObject("dailyVolume");
      d.put("averageDailyOrders", v.averageDailyOrders());
      d.put("proactiveSentToday", v.proactiveSentToday());
    });
    return n;
  }

  // ---------------------------------------------------------------- check result

  /**
   * Writes a check result exactly as {@code parley check} prints it.
   *
   * @param r the result
   * @return the JSON object
   */
  public ObjectNode writeCheckResult(CheckResult r) {
    ObjectNode out = NODES.objectNode();
    out.put("id", r.id());
    out.put("verdict", r.verdict().name());
    ArrayNode findings = out.putArray("findings");
    for (Finding f : r.findings()) {
      findings.add(writeFinding(f));
    }
    out.put("category", r.category().name());
    out.put("critical", r.critical());
    if (r.deliverable().isPresent()) {
      out.put("deliverable", r.deliverable().get());
    } else {
      out.putNull("deliverable");
    }
    out.put("decision", r.decision().name());
    ObjectNode delivery = out.putObject("delivery");
    delivery.put("outcome", r.delivery().outcome().name());
    delivery.put("reason", r.delivery().reason().name());
    delivery.put("explanation", r.delivery().explanation());
    out.put("confidence", r.confidence());
    r.earliestAllowedAt().ifPresent(t -> out.put("earliestAllowedAt", t.toString()));
    r.allowedUntil().ifPresent(t -> out.put("allowedUntil", t.toString()));
    r.redacted().ifPresent(m -> {
      ObjectNode red = out.putObject("redacted");
      red.put("subject", m.subject());
      red.put("body", m.body());
      ArrayNode kept = red.putArray("attachments");
      m.attachments().forEach(kept::add);
    });
    return out;
  }

  /**
   * Reads a check result as {@code parley check} prints it.
   *
   * @param in the result object
   * @return the result
   * @throws JsonInputException if a value is malformed or a rule id is not in the catalog
   */
  public CheckResult readCheckResult(JsonNode in) {
    Values.object(in, "");
    String id = Values.text(in, "", "id").orElse("");
    Verdict verdict = Values.enumValue(Verdict.class, "verdict", required(in, "", "verdict"));
    List<Finding> findings = new ArrayList<>();
    JsonNode arr = Values.array(in, "", "findings");
    if (arr != null) {
      int i = 0;
      for (JsonNode f : arr) {
        findings.add(finding(f, element("findings", i++)));
      }
    }
    Category category = Values.enumValue(Category.class, "category", required(in, "", "category"));
    boolean critical = Values.bool(in, "", "critical").orElseThrow(() -> fail("critical", "is required"));
    Optional<Boolean> deliverable = Values.bool(in, "", "deliverable");
    SendVerdict decision = Values.enumValue(SendVerdict.class, "decision", required(in, "", "decision"));
    JsonNode d = Values.object(in.get("delivery"), "delivery");
    DeliveryDecision delivery = DeliveryDecision.of(
        Values.enumValue(DeliveryOutcome.class, "delivery.outcome", required(d, "delivery", "outcome")),
        Values.enumValue(DeliveryReason.class, "delivery.reason", required(d, "delivery", "reason")),
        Values.text(d, "delivery", "explanation").orElse(""));
    JsonNode conf = in.get("confidence");
    if (conf == null || !conf.isNumber()) {
      throw fail("confidence", "must be a number from 0 to 1, got " + conf);
    }
    Optional<CheckResult.Redacted> redacted = Optional.empty();
    JsonNode red = in.get("redacted");
    if (red != null && !red.isNull()) {
      Values.object(red, "redacted");
      List<String> kept = new ArrayList<>();
      JsonNode names = Values.array(red, "redacted", "attachments");
      if (names != null) {
        names.forEach(n -> kept.add(n.asText()));
      }
      redacted = Optional.of(new CheckResult.Redacted(Values.text(red, "redacted", "subject").orElse(""),
          Values.text(red, "redacted", "body").orElse(""), kept));
    }
    return new CheckResult(id, verdict, findings, category, critical, deliverable, decision, delivery, conf.doubleValue(),
        Values.instant(in, "", "earliestAllowedAt"), Values.instant(in, "", "allowedUntil"), redacted);
  }

  private static String required(JsonNode in, String parent, String field) {
    return Values.text(in, parent, field).orElseThrow(() -> fail(path(parent, field), "is required"));
  }

  /**
   * Reads a lint request ({@code POST /v1/lint}): {@code body} (required), and optionally
   * {@code id}, {@code subject}, {@code format}, {@code type}, {@code marketplace} (default US),
   * {@code locale} or {@code buyerLocale} and {@code replyToBuyer}: the fields of a template in a
   * {@code parley lint} JSON file.
   *
   * @param in the request object
   * @param where its JSON path ({@code [3]} in a batch, empty for the document), used in errors
   * @return the request
   * @throws JsonInputException if a value is malformed, naming its JSON path
   */
  public LintRequest readLintRequest(JsonNode in, String where) {
    Objects.requireNonNull(where, "where");
    return LintCodec.read(in, where, strict);
  }

  /**
   * Writes a lint result as {@code POST /v1/lint} answers: {@code id}, {@code verdict},
   * {@code category}, {@code placeholders} (text, name, type, field, start, end) and
   * {@code findings} (as {@link #writeFinding}), every span in UTF-16 offsets into its field.
   *
   * @param id the caller's id, empty when none
   * @param report the template report
   * @return the JSON object
   */
  public ObjectNode writeLintResult(String id, TemplateReport report) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(report, "report");
    return LintCodec.write(this, id, report);
  }

  /**
   * Writes a lint result in its file form, one line of {@code parley lint --format json}:
   * {@code file}, {@code id}, {@code line}, {@code verdict}, {@code category}, {@code placeholders}
   * (text, name, type, field, line, column) and {@code findings} (with line, column, endLine and
   * endColumn besides the offsets).
   *
   * @param file the file as shown to the user
   * @param id the template's id
   * @param line the line the template starts on
   * @param report the template report
   * @param at where the template's fields stand in the file
   * @return the JSON object
   */
  public ObjectNode writeLintResult(String file, String id, int line, TemplateReport report, LintLocator at) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(at, "at");
    return LintCodec.write(file, id, line, report, at);
  }

  /**
   * Writes a template file or template that could not be read, in the file form of the lint
   * result: {@code file}, {@code id} (when known), {@code line}, {@code column} and {@code error}.
   *
   * @param file the file as shown to the user
   * @param id the template's id, empty when unknown
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what went wrong
   * @return the JSON object
   */
  public ObjectNode writeLintError(String file, String id, int line, int column, String message) {
    return LintCodec.error(Objects.requireNonNull(file, "file"), Objects.requireNonNull(id, "id"), line, column,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Writes a finding as the check result lists it.
   *
   * @param f the finding
   * @return the JSON object
   */
  public ObjectNode writeFinding(Finding f) {
    ObjectNode fn = NODES.objectNode();
    fn.put("rule", f.ruleId());
    fn.put("severity", f.severity().name());
    fn.put("field", f.field().toString());
    fn.put("start", f.start());
    fn.put("end", f.end());
    fn.put("excerpt", f.excerpt());
    // "message" stays for tools written against the first contract; it is the explanation.
    fn.put("message", f.explanation());
    fn.put("explanation", f.explanation());
    fn.put("evidence", f.evidence());
    return fn;
  }

  /**
   * Reads a finding; its rule must be in {@link RuleCatalog#standard()}.
   *
   * @param f the finding object
   * @param where its JSON path, used in errors
   * @return the finding
   * @throws JsonInputException if a value is malformed
   */
  public Finding readFinding(JsonNode f, String where) {
    Values.object(f, where);
    String ruleId = required(f, where, "rule");
    RuleDescriptor rule = RuleCatalog.standard().find(ruleId)
        .orElseThrow(() -> fail(path(where, "rule"), "is not a rule of the catalog: got \"" + ruleId + "\""));
    Severity severity = Values.enumValue(Severity.class, path(where, "severity"), required(f, where, "severity"));
    MessageField field = field(path(where, "field"), required(f, where, "field"));
    try {
      String explanation = Values.text(f, where, "explanation").or(() -> Values.text(f, where, "message")).orElse("");
      return Finding.of(rule, severity, field, integer(f, where, "start"), integer(f, where, "end"),
          Values.text(f, where, "excerpt").orElse(""), explanation, Values.text(f, where, "evidence").orElse(""));
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  private Finding finding(JsonNode f, String where) {
    return readFinding(f, where);
  }

  private static int integer(JsonNode in, String parent, String field) {
    JsonNode v = in.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      throw fail(path(parent, field), "must be a whole number, got " + v);
    }
    return v.intValue();
  }

  private static MessageField field(String where, String text) {
    switch (text) {
      case "subject":
        return MessageField.subject();
      case "body":
        return MessageField.body();
      case "message":
        return MessageField.message();
      default:
        if (text.startsWith("attachment[")) {
          int close = text.indexOf(']');
          String rest = close < 0 ? "?" : text.substring(close + 1);
          try {
            int index = Integer.parseInt(text.substring("attachment[".length(), close));
            if (rest.isEmpty()) {
              return MessageField.attachment(index);
            }
            if (rest.equals(".name")) {
              return MessageField.attachmentName(index);
            }
          } catch (RuntimeException e) {
            // falls through to the error below
          }
        }
        throw fail(where, "must be subject, body, message, attachment[n] or attachment[n].name, got \"" + text + "\"");
    }
  }

  /**
   * {@return an input error as {@code {"file": ..., "line": n, "id": ..., "error": "..."}}}, with
   * {@code file} and {@code id} only when known
   *
   * @param e the error
   */
  public ObjectNode writeInputError(InputError e) {
    ObjectNode n = NODES.objectNode();
    e.file().ifPresent(f -> n.put("file", f));
    n.put("line", e.line());
    e.id().ifPresent(i -> n.put("id", i));
    n.put("error", e.error());
    return n;
  }

  // ---------------------------------------------------------------- threads and SLA

  /**
   * Reads one line of the {@code parley sla} thread input. Instants must carry {@code Z} or an
   * offset; messages may come in any order and are put in time order.
   *
   * @param root the thread object
   * @return the thread and its purchase instant
   * @throws JsonInputException if a value is malformed
   */
  public ThreadInput readThreadInput(JsonNode root) {
    return readThreadInput(root, "");
  }

  /**
   * Reads a thread input at a JSON path (for an element such as {@code threads[2]}).
   *
   * @param root the thread object
   * @param where its JSON path, used in errors
   * @return the thread and its purchase instant
   * @throws JsonInputException if a value is malformed
   */
  public ThreadInput readThreadInput(JsonNode root, String where) {
    if (root == null || !root.isObject()) {
      throw where.isEmpty() ? new JsonInputException("", "expected a JSON object for a thread") : fail(where, "must be a JSON object for a thread, got " + root);
    }
    MessageThread thread = DomainCodec.thread(root, where, false);
    Optional<Instant> purchasedAt = Values.string(root, where, "purchasedAt").filter(s -> !s.isBlank())
        .map(s -> Values.offsetInstant(path(where, "purchasedAt"), s));
    return ThreadInput.of(thread, purchasedAt);
  }

  /**
   * Reads an SLA request of the service: {@code {"at": instant, "responseWindow": "PT24H",
   * "dueSoonLead": "PT4H", "threads": [thread input, ...]}} ({@code at} and {@code threads}
   * required; thread ids unique).
   *
   * @param in the request object
   * @return the threads, policy and instant
   * @throws JsonInputException if a value is malformed
   */
  public SlaRequest readSlaRequest(JsonNode in) {
    Values.object(in, "");
    Instant at = Values.offsetInstant("at", Values.string(in, "", "at").orElseThrow(() -> fail("at", "is required")));
    SlaPolicy.Builder policy = SlaPolicy.builder();
    Values.string(in, "", "responseWindow").map(s -> duration("responseWindow", s)).ifPresent(policy::responseWindow);
    Values.string(in, "", "dueSoonLead").map(s -> duration("dueSoonLead", s)).ifPresent(policy::dueSoonLead);
    SlaPolicy built;
    try {
      built = policy.build();
    } catch (IllegalArgumentException e) {
      throw within("", e);
    }
    JsonNode arr = Values.array(in, "", "threads");
    if (arr == null) {
      throw fail("threads", "is required: an array of threads (it may be empty)");
    }
    List<ThreadInput> threads = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < arr.size(); i++) {
      ThreadInput t = readThreadInput(arr.get(i), element("threads", i));
      if (!ids.add(t.thread().id())) {
        throw fail(element("threads", i) + ".id", "repeats the id \"" + t.thread().id() + "\" of an earlier thread");
      }
      threads.add(t);
    }
    return SlaRequest.of(threads, built, at);
  }

  private static Duration duration(String where, String text) {
    try {
      return Duration.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw fail(where, "must be an ISO-8601 duration such as PT24H, got \"" + text + "\"");
    }
  }

  /**
   * {@return a rule of the catalog as JSON: id, severity, confidence, summary, sources}
   *
   * @param r the rule
   */
  public ObjectNode writeRule(RuleDescriptor r) {
    ObjectNode n = NODES.objectNode();
    n.put("id", r.id());
    n.put("severity", r.defaultSeverity().name());
    n.put("confidence", r.confidence().name());
    n.put("summary", r.summary());
    ArrayNode sources = n.putArray("sources");
    r.sources().forEach(sources::add);
    return n;
  }

  /**
   * Writes a thread input line; reading it back gives an equal input.
   *
   * @param in the input
   * @return the JSON object
   */
  public ObjectNode writeThreadInput(ThreadInput in) {
    ObjectNode n = DomainCodec.writeThread(in.thread());
    in.purchasedAt().ifPresent(p -> {
      // purchasedAt goes before messages, as in the documented example
      JsonNode messages = n.remove("messages");
      n.put("purchasedAt", p.toString());
      n.set("messages", messages);
    });
    return n;
  }

  /**
   * Writes the SLA report exactly as {@code parley sla --json} prints it.
   *
   * @param report the report
   * @param errors the malformed input lines
   * @return the JSON object
   */
  public ObjectNode writeSlaReport(SlaReport report, List<InputError> errors) {
    ObjectNode root = NODES.objectNode();
    root.put("at", report.at().toString());
    root.set("policy", slaPolicy(report));
    root.put("threads", report.threadCount());
    ArrayNode q = root.putArray("queue");
    int rank = 1;
    for (ThreadState s : report.queue().entries()) {
      q.add(queueEntry(report, s, rank++));
    }
    root.set("excluded", excluded(report));
    root.set("metrics", metrics(report));
    ArrayNode errs = root.putArray("errors");
    for (InputError e : errors) {
      errs.add(writeInputError(e));
    }
    return root;
  }

  /**
   * Writes the SLA report to a stream exactly as {@link #writeSlaReport(SlaReport, List)} and
   * {@link #writeLine} would, followed by a line feed, one queue entry at a time: no tree or text
   * of the whole report is held, so a long queue needs no more memory than the report itself.
   *
   * @param report the report
   * @param errors the malformed input lines
   * @param out the stream, written in UTF-8 and not closed
   * @throws IOException if writing fails
   */
  public void writeSlaReport(SlaReport report, List<InputError> errors, OutputStream out) throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("at", report.at().toString());
      g.writeFieldName("policy");
      g.writeTree(slaPolicy(report));
      g.writeNumberField("threads", report.threadCount());
      g.writeArrayFieldStart("queue");
      int rank = 1;
      for (ThreadState s : report.queue().entries()) {
        g.writeTree(queueEntry(report, s, rank++));
      }
      g.writeEndArray();
      g.writeFieldName("excluded");
      g.writeTree(excluded(report));
      g.writeFieldName("metrics");
      g.writeTree(metrics(report));
      g.writeArrayFieldStart("errors");
      for (InputError e : errors) {
        g.writeTree(writeInputError(e));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static ObjectNode slaPolicy(SlaReport report) {
    ObjectNode p = NODES.objectNode();
    p.put("responseWindow", report.policy().responseWindow().toString());
    p.put("dueSoonLead", report.policy().dueSoonLead().toString());
    return p;
  }

  private static ObjectNode queueEntry(SlaReport report, ThreadState s, int rank) {
    Instant at = report.at();
    ObjectNode e = NODES.objectNode();
    e.put("rank", rank);
    e.put("threadId", s.threadId());
    Optional<Marketplace> marketplace = report.marketplaceOf(s.threadId());
    s.orderId().ifPresent(o -> e.put("orderId", o.toString()));
    marketplace.ifPresent(m -> e.put("marketplace", m.code()));
    e.put("urgency", s.urgency().name());
    Instant due = s.bindingDeadline().orElseThrow();
    e.put("due", due.toString());
    marketplace.ifPresent(m -> e.put("dueLocal", ISO_SECONDS.format(due.atZone(m.zone()))));
    Duration left = Duration.between(at, due);
    // The sign in front (-PT2H), not on every unit as Duration.toString writes it (PT-2H).
    e.put("timeLeft", left.isNegative() ? "-" + left.negated() : left.toString());
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
    return e;
  }

  private static ObjectNode excluded(SlaReport report) {
    ObjectNode ex = NODES.objectNode();
    for (Map.Entry<ExclusionReason, Integer> e : report.excluded().entrySet()) {
      ex.put(e.getKey().name(), e.getValue());
    }
    return ex;
  }

  private static ObjectNode metrics(SlaReport report) {
    ObjectNode mm = NODES.objectNode();
    for (Map.Entry<StandardPeriod, ResponseMetrics> e : report.metrics().entrySet()) {
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
      rate(n, "lateResponseRate", m.lateResponseRate());
      rate(n, "onTimeRate", m.onTimeRate());
      if (m.averageResponseTime().isPresent()) {
        n.put("averageResponseTime", m.averageResponseTime().get().toString());
      } else {
        n.putNull("averageResponseTime");
      }
    }
    return mm;
  }

  private static void rate(ObjectNode n, String field, OptionalDouble rate) {
    if (rate.isPresent()) {
      n.put(field, rate.getAsDouble());
    } else {
      n.putNull(field);
    }
  }

  // ---------------------------------------------------------------- domain types

  /**
   * Reads a message (the thread input's message shape, plus {@code type}, {@code channel}, {@code
   * format}, {@code attachments} and {@code inReplyTo}).
   *
   * @param in the message object
   * @param where its JSON path, used in errors
   * @return the message
   * @throws JsonInputException if a value is malformed
   */
  public Message readMessage(JsonNode in, String where) {
    return DomainCodec.message(in, where, true);
  }

  /**
   * {@return a message as JSON; reading it back gives an equal message}
   *
   * @param m the message
   */
  public ObjectNode writeMessage(Message m) {
    return DomainCodec.writeMessage(m);
  }

  /**
   * Reads a thread (the thread input's shape without {@code purchasedAt}).
   *
   * @param in the thread object
   * @param where its JSON path, used in errors
   * @return the thread
   * @throws JsonInputException if a value is malformed
   */
  public MessageThread readThread(JsonNode in, String where) {
    return DomainCodec.thread(in, where, true);
  }

  /**
   * {@return a thread as JSON; reading it back gives an equal thread}
   *
   * @param t the thread
   */
  public ObjectNode writeThread(MessageThread t) {
    return DomainCodec.writeThread(t);
  }

  /**
   * Reads an order (the check request's {@code order} shape, with its own {@code marketplace}).
   *
   * @param in the order object
   * @param where its JSON path, used in errors
   * @param defaultMarketplace the marketplace when the object has none
   * @return the order
   * @throws JsonInputException if a value is malformed
   */
  public Order readOrder(JsonNode in, String where, Marketplace defaultMarketplace) {
    Objects.requireNonNull(defaultMarketplace, "defaultMarketplace");
    return DomainCodec.order(in, where, defaultMarketplace, Optional.empty(), false);
  }

  /**
   * {@return an order as JSON, with its marketplace and buyer locale; reading it back gives an equal order}
   *
   * @param o the order
   */
  public ObjectNode writeOrder(Order o) {
    return DomainCodec.writeOrder(o, true, true);
  }

  /**
   * Reads an attachment ({@code fileName}, {@code sizeBytes}, {@code contentBase64}, {@code mediaType}).
   *
   * @param in the attachment object
   * @param where its JSON path, used in errors
   * @return the attachment
   * @throws JsonInputException if a value is malformed
   */
  public Attachment readAttachment(JsonNode in, String where) {
    return DomainCodec.attachment(in, where, false);
  }

  /**
   * {@return an attachment as JSON; reading it back gives an equal attachment}
   *
   * @param a the attachment
   */
  public ObjectNode writeAttachment(Attachment a) {
    return DomainCodec.writeAttachment(a);
  }
}
