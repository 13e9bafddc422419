package dev.parley.messaging.json;

import static dev.parley.messaging.json.Values.fail;
import static dev.parley.messaging.json.Values.path;
import static dev.parley.messaging.json.Values.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.templates.Placeholder;
import dev.parley.messaging.templates.Template;
import dev.parley.messaging.templates.TemplateReport;
import java.util.Locale;
import java.util.Optional;

/**
 * The lint request and result: the one mapping behind {@code POST /v1/lint} and {@code parley lint
 * --format json}. Stateless.
 */
final class LintCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LintCodec() {}

  static LintRequest read(JsonNode in, String where, boolean strict) {
    if (in == null || !in.isObject()) {
      String type = in == null ? "nothing" : in.getNodeType().name().toLowerCase(Locale.ROOT);
      throw where.isEmpty()
          ? new JsonInputException("", "a lint request must be a JSON object, got " + type)
          : fail(where, "must be a JSON object, got " + type);
    }
    if (!in.has("body") || in.get("body").isNull()) {
      throw fail(path(where, "body"), "is required");
    }
    String id = Values.text(strict, in, where, "id").orElse("");
    Marketplace marketplace = Values.text(strict, in, where, "marketplace").filter(s -> !s.isBlank())
        .map(s -> DomainCodec.marketplace(path(where, "marketplace"), s)).orElse(Marketplace.US);
    Template.Builder template = Template.builder()
        .id(id.isBlank() ? "template" : id)
        .subject(Values.text(strict, in, where, "subject").orElse(""))
        .body(Values.text(strict, in, where, "body").orElse(""));
    Values.text(strict, in, where, "type").filter(s -> !s.isBlank())
        .ifPresent(t -> template.type(Values.enumValue(MessageType.class, path(where, "type"), t)));
    Values.text(strict, in, where, "format").filter(s -> !s.isBlank())
        .ifPresent(f -> template.bodyFormat(Values.enumValue(BodyFormat.class, path(where, "format"), f)));
    CheckContext.Builder context = CheckContext.builder().marketplace(marketplace)
        .replyToBuyer(Values.bool(strict, in, where, "replyToBuyer").orElse(false));
    String localeField = in.has("locale") ? "locale" : "buyerLocale";
    Optional<Locale> locale = Values.text(strict, in, where, localeField).filter(s -> !s.isBlank())
        .map(s -> Values.locale(path(where, localeField), s));
    locale.ifPresent(context::buyerLocale);
    try {
      return LintRequest.of(id, template.build(), context.build());
    } catch (IllegalArgumentException e) {
      throw within(where, e);
    }
  }

  /** The service form: offsets only. */
  static ObjectNode write(ParleyJson json, String id, TemplateReport report) {
    ObjectNode n = NODES.objectNode();
    n.put("id", id);
    n.put("verdict", report.verdict().name());
    n.put("category", report.category().name());
    ArrayNode placeholders = n.putArray("placeholders");
    for (Placeholder p : report.placeholders()) {
      ObjectNode pn = placeholder(placeholders, p);
      pn.put("start", p.start());
      pn.put("end", p.end());
    }
    ArrayNode findings = n.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(json.writeFinding(f));
    }
    return n;
  }

  /** The file form of {@code parley lint --format json}: lines and code-point columns too. */
  static ObjectNode write(String file, String id, int line, TemplateReport report, LintLocator at) {
    ObjectNode n = NODES.objectNode();
    n.put("file", file);
    n.put("id", id);
    n.put("line", line);
    ArrayNode findings = NODES.arrayNode();
    for (Finding f : report.findings()) {
      boolean text = isText(f.field());
      LintLocator.Position s = text ? at.at(f.field(), f.start()) : new LintLocator.Position(line, 1);
      LintLocator.Position e = text ? at.at(f.field(), f.end()) : s;
      ObjectNode fn = findings.addObject();
      fn.put("rule", f.ruleId());
      fn.put("severity", f.severity().name());
      fn.put("field", f.field().toString());
      fn.put("start", f.start());
      fn.put("end", f.end());
      fn.put("line", s.line());
      fn.put("column", s.column());
      fn.put("endLine", e.line());
      fn.put("endColumn", e.column());
      fn.put("excerpt", f.excerpt());
      fn.put("message", f.explanation());
      fn.put("explanation", f.explanation());
      fn.put("evidence", f.evidence());
    }
    n.put("verdict", report.verdict().name());
    n.put("category", report.category().name());
    ArrayNode placeholders = n.putArray("placeholders");
    for (Placeholder p : report.placeholders()) {
      LintLocator.Position s = at.at(p.field(), p.start());
      ObjectNode pn = placeholder(placeholders, p);
      pn.put("line", s.line());
      pn.put("column", s.column());
    }
    n.set("findings", findings);
    return n;
  }

  static ObjectNode error(String file, String id, int line, int column, String message) {
    ObjectNode n = NODES.objectNode();
    n.put("file", file);
    if (!id.isEmpty()) {
      n.put("id", id);
    }
    n.put("line", line);
    n.put("column", column);
    n.put("error", message);
    return n;
  }

  private static boolean isText(MessageField field) {
    return field.kind() == MessageField.Kind.SUBJECT || field.kind() == MessageField.Kind.BODY;
  }

  private static ObjectNode placeholder(ArrayNode to, Placeholder p) {
    ObjectNode pn = to.addObject();
    pn.put("text", p.text());
    pn.put("name", p.name());
    pn.put("type", p.type().map(Enum::name).orElse(null));
    pn.put("field", p.field().toString());
    return pn;
  }
}
