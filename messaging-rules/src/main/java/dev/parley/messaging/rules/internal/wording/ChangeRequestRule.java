package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;

/**
 * {@code review.change-request}: asking to change or remove a product review, or pressure on seller feedback, by the phrases of {@code review.change-request.<lang>.txt}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>The rule grammar's definition ({@link RuleGrammars#CHANGE_REQUEST}) runs alongside the phrases, in every
 * language with a concept vocabulary.
 */
@Rule(
    id = RuleIds.REVIEW_CHANGE_REQUEST,
    summary = "Never ask to change or remove a product review; no pressure to change seller feedback.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_REVIEWS, RuleCatalog.SOURCE_FEEDBACK},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class ChangeRequestRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public ChangeRequestRule() {
    super("asks the buyer to change or remove a review, or presses them to change their feedback", RuleGrammars.CHANGE_REQUEST);
  }
}
