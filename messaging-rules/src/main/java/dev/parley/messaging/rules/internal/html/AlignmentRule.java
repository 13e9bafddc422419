package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.alignment}: centred or other non-default text alignment. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_ALIGNMENT,
    summary = "No centred or other non-default text alignment.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class AlignmentRule extends MarkupRule {
  /** Creates the rule. */
  public AlignmentRule() {}
}
