package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code style.image-https}: images loaded over plain http. Immutable and thread-safe. */
@Rule(
    id = RuleIds.STYLE_IMAGE_HTTPS,
    summary = "Images only over https.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.HTML})
public final class ImageHttpsRule extends MarkupRule {
  /** Creates the rule. */
  public ImageHttpsRule() {}
}
