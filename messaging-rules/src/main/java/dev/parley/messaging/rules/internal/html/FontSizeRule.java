package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.font-size}: more distinct font sizes than the policy allows (headings, small and big count). Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_FONT_SIZE,
    summary = "At most three font sizes.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class FontSizeRule extends MarkupRule {
  /** Creates the rule. */
  public FontSizeRule() {}
}
