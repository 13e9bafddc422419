package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.image-width}: images wider than the policy's share of the width. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_IMAGE_WIDTH,
    summary = "Images at most 80 % of the width.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class ImageWidthRule extends MarkupRule {
  /** Creates the rule. */
  public ImageWidthRule() {}
}
