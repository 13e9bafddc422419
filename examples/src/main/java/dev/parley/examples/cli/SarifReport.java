package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.Severity;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One SARIF 2.1.0 log with one run: the tool with every rule of the catalog (summary, help text,
 * a help URI into docs/RULES.md, default level), one result per finding with its file region
 * (columns in code points, declared as {@code unicodeCodePoints}) and the message or template and
 * field as a logical location, and unreadable inputs as tool execution notifications.
 */
final class SarifReport implements Reporter {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String RULES_DOC = "https://github.com/parley-dev/parley/blob/main/docs/RULES.md";
  static final String HOME = "https://github.com/parley-dev/parley";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream out;
  private final ObjectNode log = JSON.createObjectNode();
  private final ArrayNode results;
  private final ArrayNode notifications;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final ObjectNode invocation;

  SarifReport(PrintStream out) {
    this.out = out;
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "parley");
    driver.put("version", Version.get());
    driver.put("semanticVersion", Version.get().replace("-SNAPSHOT", ""));
    driver.put("informationUri", HOME);
    ArrayNode rules = driver.putArray("rules");
    int i = 0;
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      ruleIndex.put(r.id(), i++);
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", name(r.id()));
      rule.putObject("shortDescription").put("text", r.summary());
      rule.putObject("fullDescription").put("text", r.summary() + " Default severity " + r.defaultSeverity() + ", confidence "
          + r.confidence().name().toLowerCase(Locale.ROOT) + ".");
      StringBuilder text = new StringBuilder(r.summary()).append(" Sources:");
      StringBuilder md = new StringBuilder("**").append(r.id()).append("**: ").append(r.summary()).append("\n\nSources:");
      int k = 1;
      for (String s : r.sources()) {
        text.append(' ').append(s);
        md.append(k == 1 ? " " : ", ").append('[').append(k++).append("](").append(s).append(')');
      }
      ObjectNode help = rule.putObject("help");
      help.put("text", text.toString());
      help.put("markdown", md.toString());
      rule.put("helpUri", RULES_DOC);
      rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
      ObjectNode props = rule.putObject("properties");
      props.put("confidence", r.confidence().name().toLowerCase(Locale.ROOT));
      props.putArray("tags").add(r.id().substring(0, r.id().indexOf('.')));
    }
    invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    notifications = invocation.putArray("toolExecutionNotifications");
    run.put("columnKind", "unicodeCodePoints");
    results = run.putArray("results");
  }

  /** {@code content.link} becomes {@code ContentLink}. */
  static String name(String id) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : id.toCharArray()) {
      if (c == '.' || c == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String level(Severity s) {
    return s == Severity.BLOCK ? "error" : s == Severity.WARN ? "warning" : "note";
  }

  static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.replace(" ", "%20");
    }
  }

  @Override
  public void report(Checked item) {
    if (item.error != null) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", (item.id.isEmpty() ? "" : "[" + item.id + "] ") + item.error);
      ObjectNode loc = n.putArray("locations").addObject().putObject("physicalLocation");
      loc.putObject("artifactLocation").put("uri", uri(item.file));
      loc.putObject("region").put("startLine", item.line).put("startColumn", item.column);
      return;
    }
    for (Checked.Spot s : item.findings) {
      Finding f = s.finding;
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      Integer idx = ruleIndex.get(f.ruleId());
      if (idx != null) {
        r.put("ruleIndex", idx);
      }
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.explanation());
      ObjectNode location = r.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(item.file));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", s.line);
      region.put("startColumn", s.column);
      region.put("endLine", Math.max(s.line, s.endLine));
      region.put("endColumn", s.endLine > s.line ? s.endColumn : Math.max(s.column, s.endColumn));
      if (!f.excerpt().isEmpty()) {
        region.putObject("snippet").put("text", f.excerpt());
      }
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      String owner = item.id.isEmpty() ? "line " + item.line : item.id;
      logical.put("name", f.field().toString());
      logical.put("fullyQualifiedName", owner + "/" + f.field());
      logical.put("kind", "member");
      r.putObject("partialFingerprints").put("parleyFinding/v1",
          Integer.toHexString((owner + "|" + f.ruleId() + "|" + f.field() + "|" + f.excerpt()).hashCode()));
      r.putObject("properties").put("verdict", item.verdict).put("field", f.field().toString()).put("start", f.start()).put("end", f.end()).put("evidence", f.evidence());
    }
  }

  @Override
  public void finish() {
    if (notifications.size() > 0) {
      invocation.put("executionSuccessful", false);
    }
    out.println(log.toPrettyString());
    out.flush();
  }
}
