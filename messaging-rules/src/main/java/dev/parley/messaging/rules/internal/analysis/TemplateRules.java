package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/**
 * The descriptions of the rules that {@code messaging-templates} implements. That module depends
 * on this one, not the other way round, so, as for {@link SlaRules}, their descriptions live here
 * where the catalog is built; the implementation is {@code TemplateCheck}.
 */
@Rule(
    id = RuleIds.TEMPLATE_UNKNOWN_PLACEHOLDER,
    summary = "A template placeholder whose name the vocabulary does not know is checked as if empty.",
    severity = Severity.WARN,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.HTML})
@Rule(
    id = RuleIds.TEMPLATE_UNSAFE_VALUE,
    summary = "A placeholder can take a value (web address, emoji, other script, long number) that makes the filled message break a rule.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.HTML})
final class TemplateRules {
  private TemplateRules() {}
}
