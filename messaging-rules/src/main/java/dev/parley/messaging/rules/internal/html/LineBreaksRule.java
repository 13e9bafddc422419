package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.line-breaks}: more consecutive line breaks than the policy allows. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_LINE_BREAKS,
    summary = "At most two consecutive line breaks.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class LineBreaksRule extends MarkupRule {
  /** Creates the rule. */
  public LineBreaksRule() {}
}
