package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/** {@code content.tracking-pixel}: tiny, hidden or zero-size images and beacons in an HTML body. Immutable and thread-safe. */
@Rule(
    id = RuleIds.CONTENT_TRACKING_PIXEL,
    summary = "No tracking pixels or invisible tracking images.",
    severity = Severity.BLOCK,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.HTML})
public final class TrackingPixelRule extends MarkupRule {
  /** Creates the rule. */
  public TrackingPixelRule() {}
}
