package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.Analysis;
import dev.parley.messaging.rules.internal.analysis.Engines;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.internal.analysis.Redactor;
import dev.parley.messaging.rules.internal.analysis.RuleRegistry;
import dev.parley.messaging.rules.internal.analysis.TextBudget;
import dev.parley.messaging.rules.internal.wording.HouseRuleCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks what a message says and carries against Amazon's content rules: links, e-mail addresses,
 * phone numbers, marketing and review manipulation, style, attachments and HTML.
 *
 * <p>A policy is a value built once from {@link ContentSettings} (lexicons, automata and lists are
 * prepared at construction) and shared by every thread: it is immutable, thread-safe and
 * deterministic, does no I/O while checking and never reads a clock. Violations are findings,
 * never exceptions; {@link #check} never throws on any message.
 */
public final class ContentPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(ContentPolicy.class);
  private static final Instant EPOCH = Instant.EPOCH;

  static {
    Engines.registerContent((policy, analysis, context) -> policy.check(analysis, context));
  }

  private final ContentSettings settings;
  private final RuleCatalog catalog;
  private final RuleRegistry.Rules rules;

  private ContentPolicy(ContentSettings settings) {
    this.settings = settings;
    this.catalog = RuleCatalog.standard().with(settings.houseRules().stream().map(HouseRuleCheck::descriptor).toList());
    this.rules = RuleRegistry.contentRules(settings);
  }

  /** {@return the policy with the default settings; built on first use and then shared} */
  public static ContentPolicy standard() {
    return Standard.INSTANCE;
  }

  /** Holds the standard policy; the JVM builds it once, on first use, without locking later. */
  private static final class Standard {
    static final ContentPolicy INSTANCE = new ContentPolicy(ContentSettings.defaults());
  }

  /**
   * {@return a policy with the given settings}
   *
   * @param settings the parameters
   */
  public static ContentPolicy of(ContentSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(ContentSettings.defaults()) ? standard() : new ContentPolicy(settings);
  }

  /** {@return the settings this policy was built from} */
  public ContentSettings settings() {
    return settings;
  }

  /**
   * Checks a message.
   *
   * @param message the message, as it would be sent
   * @param context the marketplace, buyer and thread it is sent in
   * @return the report; never null
   */
  public PolicyReport check(Message message, CheckContext context) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(context, "context");
    return check(Analysis.of(message), context);
  }

  /** Checks an analysed message: the entry point of {@code SendCheck}, which shares the analysis with the other engines. */
  private PolicyReport check(Analysis analysis, CheckContext context) {
    return check(analysis, context, false);
  }

  /**
   * Checks a message re-checking its redaction with every rule, as before the re-check left out the
   * rules that add nothing there: the reference the differential tests compare {@link #check} with.
   */
  PolicyReport checkWithFullRecheck(Message message, CheckContext context) {
    return check(Analysis.of(message), context, true);
  }

  private PolicyReport check(Analysis analysis, CheckContext context, boolean fullRecheck) {
    Message message = analysis.message();
    List<Finding> findings = new ArrayList<>();
    Message redacted = firstPass(analysis, context, findings);
    if (redacted != null) {
      // The fields masking changed are analysed anew: their contact texts are read no more.
      analysis.dropContactTextsChangedIn(redacted);
      // The redacted message is analysed anew only where it differs: unchanged fields (the subject,
      // attachments kept) are taken over with what was computed on them.
      findings.addAll(Redactor.joined(message, findings, run(Analysis.reusing(analysis, redacted), context, !fullRecheck).findings()));
    } else {
      redacted = message;
    }
    PolicyReport report = new PolicyReport(message, context, findings, redacted);
    if (LOG.isDebugEnabled()) {
      LOG.debug("checked message {}: {} findings, verdict {}", message.id(), report.findings().size(), report.verdict());
    }
    return report;
  }

  /**
   * Runs the rules over the analysed message, adds their findings to {@code findings} and returns
   * the message redacted, or null when no finding asks for redaction. The pass's reporter, with the
   * findings past the per-rule cap that only the redaction reads, is let go on return, before the
   * re-check of the redacted message.
   */
  private Message firstPass(Analysis analysis, CheckContext context, List<Finding> findings) {
    Reporter first = run(analysis, context);
    findings.addAll(first.findings());
    if (findings.stream().noneMatch(Redactor::acts)) {
      return null;
    }
    return Redactor.redact(analysis.message(), findings, first.unlisted());
  }

  /** {@return the catalog of every rule this policy can report: Parley's rules and the policy's house rules} */
  public RuleCatalog catalog() {
    return catalog;
  }

  /** One pass of every rule over one analysis of the message. */
  private Reporter run(Analysis analysis, CheckContext context) {
    return run(analysis, context, false);
  }

  /**
   * One pass of the rules over one analysis of the message; in the re-check of a redacted message
   * ({@code recheck}), without the rules that provably add nothing to {@link Redactor#joined} (see
   * {@link Redactor#recheckSkips} and {@link MessageRule#mayReportInText}).
   */
  private Reporter run(Analysis analysis, CheckContext context, boolean recheck) {
    Message message = analysis.message();
    Reporter sink = new Reporter(settings, catalog);
    if (TextBudget.exceeded(message, settings, sink)) {
      return sink;
    }
    List<FieldText> fields = analysis.fields(settings);
    RuleInput input = new RuleInput(message, context, settings, fields);
    // In the re-check, a field's contact text goes once the last rule that reads it is done: nothing
    // reads the re-check's fields afterwards, and the other rules need not keep it alive.
    int dropContactTextAfter = recheck ? rules.lastContactTextReader : -1;
    for (FieldText field : fields) {
      MessageField.Kind kind = field.field().kind();
      for (int r = 0; r < rules.textRules.size(); r++) {
        TextRule rule = rules.textRules.get(r);
        if (rule.appliesTo(kind) && !(recheck && Redactor.recheckSkips(rule, field))) {
          rule.check(field, input, sink);
        }
        if (r == dropContactTextAfter) {
          field.dropContactText();
        }
      }
    }
    for (MessageRule rule : rules.messageRules) {
      if (!recheck || rule.mayReportInText()) {
        rule.check(input, fields, sink);
      }
    }
    return sink;
  }

  /**
   * Checks a plain-text body alone, as a proactive free-form message.
   *
   * @param body the text
   * @param context the context
   * @return the report
   */
  public PolicyReport checkText(String body, CheckContext context) {
    Objects.requireNonNull(body, "body");
    Message m = Message.builder()
        .id("text")
        .author(dev.parley.messaging.core.Author.SELLER)
        .sentAt(EPOCH)
        .body(body)
        .build();
    return check(m, context);
  }

  @Override
  public String toString() {
    return "ContentPolicy{" + settings + "}";
  }
}
