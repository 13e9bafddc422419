package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.margin}: margins and padding wider than the policy's share of the width. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_MARGIN,
    summary = "Margins at most 20 % of the width.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class MarginRule extends MarkupRule {
  /** Creates the rule. */
  public MarginRule() {}
}
