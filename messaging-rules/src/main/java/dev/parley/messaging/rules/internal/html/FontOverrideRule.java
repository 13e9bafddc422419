package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.font-override}: overriding the font family, colour or line height. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_FONT_OVERRIDE,
    summary = "No overriding of font family, colour or line height.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class FontOverrideRule extends MarkupRule {
  /** Creates the rule. */
  public FontOverrideRule() {}
}
