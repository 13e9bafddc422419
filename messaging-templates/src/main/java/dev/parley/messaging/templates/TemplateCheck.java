package dev.parley.messaging.templates;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.ContentSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a message template with placeholders against the same rules as a message, and reports in
 * the template's own coordinates.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>Placeholders are found in the subject and body with the enabled {@link PlaceholderSyntax
 *       syntaxes} and typed by the {@link PlaceholderVocabulary}.
 *   <li>The template is filled: each typed placeholder with a neutral, valid-shaped stand-in of its
 *       type (an order id for an order-id placeholder, an Amazon link on the marketplace's domain
 *       for the Amazon-link types, an outside URL for a link to elsewhere), each unknown one with
 *       nothing; in an HTML body values are HTML-escaped. So a placeholder reads as one opaque
 *       token of its type, and no finding can come from a placeholder's name.
 *   <li>The filled message is checked by {@link SendCheck} (no order, no history, opt-out
 *       unknown). {@code delivery.uncertain} is left out: whether a filled message reaches its
 *       buyer depends on each buyer, not on the template.
 *   <li>Every finding's span is mapped back to the template: literal text exactly, a span that
 *       touches a filled value grows to the whole placeholder, and the finding's explanation then
 *       names the placeholder.
 *   <li>Each unknown placeholder is a {@code template.unknown-placeholder} WARN naming it.
 *   <li>When {@link TemplateSettings#tryValues()} is on, each typed placeholder is filled once more
 *       with each adversarial value of its type (the others keep their stand-ins); a finding that
 *       the stand-in check did not have makes one {@code template.unsafe-value} WARN on the
 *       placeholder's first occurrence, naming it and each rule with the value that broke it.
 * </ol>
 *
 * <p>The content settings' disabled rules and severity overrides of the policy apply to the
 * {@code template.*} rules too. Immutable, thread-safe and deterministic: no clock (the filled
 * message is dated {@link #SENT_AT}, which no rule reads without an order), no default locale or
 * zone, no I/O. Rule violations are findings, never exceptions.
 */
public final class TemplateCheck {
  /** The rule id of an unknown placeholder. */
  public static final String UNKNOWN_PLACEHOLDER = "template.unknown-placeholder";
  /** The rule id of a placeholder value that breaks a rule the template does not. */
  public static final String UNSAFE_VALUE = "template.unsafe-value";
  /** The instant the filled message is dated. */
  public static final Instant SENT_AT = Instant.parse("2026-01-01T00:00:00Z");

  private static final Logger LOG = LoggerFactory.getLogger(TemplateCheck.class);
  private static final TemplateCheck STANDARD = new TemplateCheck(TemplateSettings.defaults());

  private final TemplateSettings settings;
  private final SendCheck check;

  private TemplateCheck(TemplateSettings settings) {
    this.settings = settings;
    this.check = SendCheck.of(settings.policy());
  }

  /** {@return the check with the default settings} */
  public static TemplateCheck standard() {
    return STANDARD;
  }

  /**
   * {@return a check with the given settings}
   *
   * @param settings the settings
   */
  public static TemplateCheck of(TemplateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(TemplateSettings.defaults()) ? STANDARD : new TemplateCheck(settings);
  }

  /** {@return the settings} */
  public TemplateSettings settings() {
    return settings;
  }

  /**
   * {@return the placeholders of a template, subject first, in text order}
   *
   * @param template the template
   */
  public List<Placeholder> placeholders(Template template) {
    Objects.requireNonNull(template, "template");
    List<Placeholder> all = new ArrayList<>(PlaceholderScanner.scan(template.subject(), MessageField.subject(), settings.syntaxes(), settings.vocabulary()));
    all.addAll(PlaceholderScanner.scan(template.body(), MessageField.body(), settings.syntaxes(), settings.vocabulary()));
    return all;
  }

  /**
   * Checks a template.
   *
   * @param template the template
   * @param context the marketplace, buyer locale and whether the filled messages reply to buyers
   * @return the report; never null
   */
  public TemplateReport check(Template template, CheckContext context) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(context, "context");
    List<Placeholder> placeholders = placeholders(template);
    Function<Placeholder, String> standIns = p -> p.type().map(t -> SampleValues.standIn(t, context.marketplace())).orElse("");
    Filled base = fill(template, context, placeholders, standIns);
    List<Finding> findings = new ArrayList<>(base.findings);
    ContentSettings content = settings.policy().content();

    if (content.isEnabled(UNKNOWN_PLACEHOLDER)) {
      RuleDescriptor rule = RuleCatalog.standard().get(UNKNOWN_PLACEHOLDER);
      Severity severity = content.severityOf(UNKNOWN_PLACEHOLDER);
      for (Placeholder p : placeholders) {
        if (p.type().isEmpty()) {
          findings.add(Finding.of(rule, severity, p.field(), p.start(), p.end(), p.text(),
              "Placeholder " + p.text() + " has a name (\"" + p.name()
                  + "\") the vocabulary does not know, so the template was checked as if it were empty; "
                  + "add the name to the vocabulary with its type (buyer name, order id, link to elsewhere, …)."));
        }
      }
    }
    if (settings.tryValues() && content.isEnabled(UNSAFE_VALUE)) {
      findings.addAll(unsafeValues(template, context, placeholders, standIns, base, content));
    }
    TemplateReport report = new TemplateReport(template, context, placeholders, findings, base.message, base.report);
    if (LOG.isDebugEnabled()) {
      LOG.debug("checked template {}: {} placeholders, {} findings, verdict {}", template.id(), placeholders.size(), report.findings().size(), report.verdict());
    }
    return report;
  }

  private List<Finding> unsafeValues(Template template, CheckContext context, List<Placeholder> placeholders,
      Function<Placeholder, String> standIns, Filled base, ContentSettings content) {
    Set<String> baseKeys = new HashSet<>();
    for (Finding f : base.findings) {
      baseKeys.add(key(f));
      baseKeys.add(f.ruleId());
    }
    Map<String, Placeholder> firstByName = new LinkedHashMap<>();
    for (Placeholder p : placeholders) {
      if (p.type().isPresent()) {
        firstByName.putIfAbsent(PlaceholderVocabulary.key(p.name()), p);
      }
    }
    RuleDescriptor rule = RuleCatalog.standard().get(UNSAFE_VALUE);
    Severity severity = content.severityOf(UNSAFE_VALUE);
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Placeholder> e : firstByName.entrySet()) {
      String nameKey = e.getKey();
      Placeholder first = e.getValue();
      PlaceholderType type = first.type().orElseThrow();
      Map<String, String> broken = new LinkedHashMap<>();
      for (SampleValues.Sample sample : SampleValues.adversarial(type)) {
        Function<Placeholder, String> values = p -> PlaceholderVocabulary.key(p.name()).equals(nameKey) ? sample.value : standIns.apply(p);
        Filled tried = fill(template, context, placeholders, values);
        for (Finding f : tried.findings) {
          if (f.severity() == Severity.INFO || f.ruleId().startsWith("template.")) {
            continue;
          }
          boolean newRule = !baseKeys.contains(f.ruleId());
          boolean newSpan = !baseKeys.contains(key(f)) && touches(f, placeholders, nameKey);
          if ((newRule || newSpan) && !broken.containsKey(f.ruleId())) {
            broken.put(f.ruleId(), f.ruleId() + " (" + f.severity() + ") with " + sample.what + ", \"" + sample.value + "\"");
          }
        }
      }
      if (!broken.isEmpty()) {
        out.add(Finding.of(rule, severity, first.field(), first.start(), first.end(), first.text(),
            "Placeholder " + first.text() + " (" + type.label() + ") can take values that make the filled message break "
                + (broken.size() == 1 ? "a rule" : broken.size() + " rules") + " the template itself does not: " + String.join("; ", broken.values()) + "."));
      }
    }
    return out;
  }

  /** True if the finding's (template) span covers an occurrence of the named placeholder, or is about the whole message. */
  private static boolean touches(Finding f, List<Placeholder> placeholders, String nameKey) {
    if (f.field().kind() == MessageField.Kind.MESSAGE) {
      return true;
    }
    for (Placeholder p : placeholders) {
      if (p.field().equals(f.field()) && p.start() < Math.max(f.end(), f.start() + 1) && f.start() < p.end()
          && PlaceholderVocabulary.key(p.name()).equals(nameKey)) {
        return true;
      }
    }
    return false;
  }

  private static String key(Finding f) {
    return f.ruleId() + "@" + f.field() + ":" + f.start() + "-" + f.end();
  }

  /** A filled template, its send report, and the report's findings mapped to the template. */
  private static final class Filled {
    final Message message;
    final SendReport report;
    final List<Finding> findings;

    Filled(Message message, SendReport report, List<Finding> findings) {
      this.message = message;
      this.report = report;
      this.findings = findings;
    }
  }

  private Filled fill(Template template, CheckContext context, List<Placeholder> placeholders, Function<Placeholder, String> values) {
    List<Placeholder> inSubject = new ArrayList<>();
    List<Placeholder> inBody = new ArrayList<>();
    for (Placeholder p : placeholders) {
      (p.field().kind() == MessageField.Kind.SUBJECT ? inSubject : inBody).add(p);
    }
    Rendering subject = Rendering.of(template.subject(), inSubject, values, false);
    Rendering body = Rendering.of(template.body(), inBody, values, template.bodyFormat() == BodyFormat.HTML);
    Message message = Message.builder()
        .id(template.id())
        .author(Author.SELLER)
        .sentAt(SENT_AT)
        .type(template.type())
        .subject(subject.text)
        .body(body.text)
        .bodyFormat(template.bodyFormat())
        .build();
    SendReport report = check.check(SendRequest.builder().message(message).context(context).at(SENT_AT).build());
    List<Finding> mapped = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(SendCheck.DELIVERY_UNCERTAIN)) {
        continue;
      }
      MessageField.Kind kind = f.field().kind();
      if (kind != MessageField.Kind.SUBJECT && kind != MessageField.Kind.BODY) {
        mapped.add(f);
        continue;
      }
      boolean isSubject = kind == MessageField.Kind.SUBJECT;
      Rendering r = isSubject ? subject : body;
      String source = isSubject ? template.subject() : template.body();
      Rendering.Mapped m = r.map(f.start(), f.end());
      String explanation = f.explanation();
      if (!m.placeholders.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (Placeholder p : m.placeholders) {
          if (sb.indexOf(p.text()) < 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.text()).append(" (").append(p.type().map(PlaceholderType::label).orElse("unknown")).append(")");
          }
        }
        explanation = "Via placeholder " + sb + ", checked as \"" + shorten(values.apply(m.placeholders.get(0))) + "\": " + explanation;
      }
      mapped.add(Finding.of(f.rule(), f.severity(), f.field(), m.start, m.end, excerpt(source, m.start, m.end), explanation, f.evidence()));
    }
    return new Filled(message, report, mapped);
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, Character.isHighSurrogate(s.charAt(79)) ? 79 : 80) + "…";
  }

  private static String excerpt(String source, int s, int e) {
    if (e - s <= 200) {
      return source.substring(s, e);
    }
    int cut = s + 200;
    if (Character.isHighSurrogate(source.charAt(cut - 1))) {
      cut--;
    }
    return source.substring(s, cut) + "…";
  }

  @Override
  public String toString() {
    return "TemplateCheck{" + settings + "}";
  }
}
