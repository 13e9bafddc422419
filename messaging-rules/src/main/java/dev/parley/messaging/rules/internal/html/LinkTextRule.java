package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.link-text}: link text such as "click here" that says nothing of the target (WCAG). Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_LINK_TEXT,
    summary = "No link text such as \"click here\" (WCAG).",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class LinkTextRule extends MarkupRule {
  /** Creates the rule. */
  public LinkTextRule() {}
}
