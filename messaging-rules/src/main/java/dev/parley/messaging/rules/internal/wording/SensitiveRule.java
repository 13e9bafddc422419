package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/**
 * {@code content.sensitive}: threats, insults and adult terms, by the phrases of {@code content.sensitive.<lang>.txt},
 * and veiled threats and contempt by the concepts {@link dev.parley.messaging.rules.internal.concept.RuleGrammars#SENSITIVE} combines.
 *
 * <p>Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_SENSITIVE,
    summary = "No offensive, threatening or adult content.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class SensitiveRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public SensitiveRule() {
    super("is threatening, insulting or adult wording", dev.parley.messaging.rules.internal.concept.RuleGrammars.SENSITIVE);
  }
}
