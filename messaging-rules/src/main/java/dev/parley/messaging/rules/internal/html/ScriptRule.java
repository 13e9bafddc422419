package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/**
 * {@code content.script}: script and active content in an HTML body ({@code javascript:},
 * {@code vbscript:} and non-image {@code data:} URLs, event-handler attributes, script elements,
 * embedded objects, CSS expressions), as observed by the markup analysis. Immutable and
 * thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_SCRIPT,
    summary = "No scripts or active content in HTML: javascript:, vbscript: and non-image data: URLs, event handlers, script elements, embedded objects, CSS expressions.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES, RuleCatalog.SOURCE_BSM},
    reads = {Input.HTML})
public final class ScriptRule extends MarkupRule {
  /** Creates the rule. */
  public ScriptRule() {}
}
