package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.ContentSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where a rule's finding becomes a {@link Finding}: it applies the policy (disabled
 * rules, severity overrides, the per-rule cap), maps spans back to the field's source text and cuts
 * excerpts. Rules report what they found with their natural severity (the rule's default, or a
 * documented grade such as a carrier's phone number); they never apply overrides themselves.
 *
 * <p>Text found inside an attachment is also governed by {@code attachment.content}: disabling that
 * rule drops such findings, and overriding its severity caps theirs, so that a policy that
 * tolerates attachment content never blocks on it.
 *
 * <p>Not thread-safe; one per check.
 */
public final class Reporter {
  private static final int MAX_EXCERPT = 200;

  private final ContentSettings settings;
  private final RuleCatalog catalog;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, Severity> overflowSeverity = new LinkedHashMap<>();
  private final List<Unlisted> overflow = new ArrayList<>();

  /**
   * A finding past the per-rule cap, kept as what redaction reads of it (rule, severity, field,
   * span): a dense text has tens of thousands of them, and their excerpt, explanation and evidence
   * are never read.
   *
   * @param rule the rule that found it
   * @param severity its severity after the policy's overrides
   * @param field the field it is in
   * @param start the start of its span in the field's source
   * @param end the end of its span in the field's source
   */
  public record Unlisted(RuleDescriptor rule, Severity severity, MessageField field, int start, int end) {
    /** {@return the finding it stands for, as it was listed before it was kept this way: no excerpt, explanation or evidence} */
    Finding toFinding() {
      return Finding.of(rule, severity, field, start, end, "", "", "");
    }
  }

  /**
   * A reporter for one check.
   *
   * @param settings the policy: disabled rules, severity overrides, the per-rule cap
   * @param catalog every rule the policy knows, house rules included
   */
  public Reporter(ContentSettings settings, RuleCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /** {@return whether findings of the rule are reported at all} */
  public boolean enabled(String ruleId) {
    return settings.isEnabled(ruleId);
  }

  /**
   * {@return whether the rule's next finding would be listed with its explanation and evidence}:
   * false once the rule has {@code maxFindingsPerRule} findings, after which a finding keeps only
   * its span and severity (so redaction still masks it) and its explanation and evidence are never
   * read. A rule that reports many findings asks this before building those strings.
   *
   * @param ruleId the rule
   */
  public boolean lists(String ruleId) {
    return counts.getOrDefault(ruleId, 0) < settings.maxFindingsPerRule();
  }

  /**
   * The severity a finding of the rule gets: none when the rule is disabled, the override when the
   * policy sets one, else the rule's natural severity.
   *
   * @return the severity, or null when the finding is dropped
   */
  public static Severity resolve(ContentSettings settings, String ruleId, Severity natural, MessageField field) {
    if (!settings.isEnabled(ruleId)) {
      return null;
    }
    Severity s = settings.severityOverrides().getOrDefault(ruleId, natural);
    if (field.kind() == MessageField.Kind.ATTACHMENT && !ruleId.startsWith("attachment.")) {
      if (!settings.isEnabled(RuleIds.ATTACHMENT_CONTENT)) {
        return null;
      }
      Severity cap = settings.severityOverrides().get(RuleIds.ATTACHMENT_CONTENT);
      if (cap != null && cap.compareTo(s) > 0) {
        s = cap;
      }
    }
    return s;
  }

  /** Reports a span of the folded text of a field, with the rule's default severity. */
  public void addFolded(String ruleId, FieldText field, int foldedStart, int foldedEnd, String explanation, String evidence) {
    addFolded(ruleId, null, field, foldedStart, foldedEnd, explanation, evidence);
  }

  /** Reports a span of the folded text of a field with a natural severity (null: the rule's default). */
  public void addFolded(String ruleId, Severity natural, FieldText field, int foldedStart, int foldedEnd, String explanation, String evidence) {
    int s = field.sourceStartOfFolded(foldedStart);
    int e = Math.max(s, field.sourceEndOfFolded(foldedEnd));
    addSource(ruleId, natural, field.field(), field.source(), s, e, explanation, evidence);
  }

  /** Reports a span of the scanned (unfolded) text of a field. */
  public void addScan(String ruleId, Severity natural, FieldText field, int scanStart, int scanEnd, String explanation, String evidence) {
    int s = field.sourceStartOfScan(scanStart);
    int e = Math.max(s, field.sourceEndOfScan(scanEnd));
    addSource(ruleId, natural, field.field(), field.source(), s, e, explanation, evidence);
  }

  /** Reports a span given directly in source offsets (natural severity null: the rule's default). */
  public void addSource(String ruleId, Severity natural, MessageField field, String source, int start, int end, String explanation, String evidence) {
    RuleDescriptor rule = catalog.get(ruleId);
    Severity severity = resolve(settings, ruleId, natural == null ? rule.defaultSeverity() : natural, field);
    if (severity == null) {
      return;
    }
    int n = counts.merge(ruleId, 1, Integer::sum);
    int s = Math.max(0, Math.min(start, source.length()));
    int e = Math.max(s, Math.min(end, source.length()));
    if (n > settings.maxFindingsPerRule()) {
      overflowSeverity.merge(ruleId, severity, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      overflow.add(new Unlisted(rule, severity, field, s, e));
      return;
    }
    findings.add(Finding.of(rule, severity, field, s, e, excerpt(source, s, e), explanation, evidence));
  }

  /** Reports a finding about the message as a whole (empty span), with the rule's default severity. */
  public void addMessage(String ruleId, String explanation, String evidence) {
    addMessage(ruleId, null, explanation, evidence);
  }

  /** Reports a finding about the message as a whole with a natural severity (null: the default). */
  public void addMessage(String ruleId, Severity natural, String explanation, String evidence) {
    addSource(ruleId, natural, MessageField.message(), "", 0, 0, explanation, evidence);
  }

  /**
   * {@return the findings reported so far for one rule}; a rule may read them only for the rules
   * it declares in {@link Rule#after()}, which the engine runs first
   */
  public List<Finding> reported(String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out;
  }

  /** {@return every finding, with one closing finding per rule whose findings passed the cap} */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>(findings);
    for (Map.Entry<String, Severity> e : overflowSeverity.entrySet()) {
      int more = counts.get(e.getKey()) - settings.maxFindingsPerRule();
      out.add(Finding.of(catalog.get(e.getKey()), e.getValue(), MessageField.message(), 0, 0, "",
          "…and " + more + " more finding" + (more == 1 ? "" : "s") + " of this rule, not listed one by one.",
          "cap: maxFindingsPerRule=" + settings.maxFindingsPerRule()));
    }
    return out;
  }

  /**
   * {@return the findings past the per-rule cap}: not listed one by one (the closing finding counts
   * them), but reported all the same, so redaction masks their spans too ({@link Redactor#redact})
   */
  public List<Unlisted> unlisted() {
    return overflow;
  }


  /** {@return the source text of the span, shortened to about 200 characters} */
  public static String excerpt(String source, int s, int e) {
    if (e - s <= MAX_EXCERPT) {
      return source.substring(s, e);
    }
    int cut = s + MAX_EXCERPT;
    if (Character.isHighSurrogate(source.charAt(cut - 1))) {
      cut--;
    }
    return source.substring(s, cut) + "…";
  }
}
