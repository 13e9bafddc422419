package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code review.incentive}: anything offered for a review or feedback, or for changing or removing one, by the phrases of {@code review.incentive.<lang>.txt}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>The rule grammar's definition ({@link RuleGrammars#INCENTIVE}) runs alongside the phrases, in every
 * language with a concept vocabulary.
 */
@Rule(
    id = RuleIds.REVIEW_INCENTIVE,
    summary = "No incentive of any kind for a review or feedback, or for changing or removing one.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_REVIEWS},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class IncentiveRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public IncentiveRule() {
    super("offers something in return for a review or feedback, or for changing one; Amazon forbids any incentive", RuleGrammars.INCENTIVE);
  }

  /** "We do not offer gifts or discounts for reviews": an incentive denied is none. */
  private static final Set<Concept> NEGATABLE = Set.copyOf(EnumSet.of(Concept.VALUE, Concept.FREE));

  @Override
  protected Set<Concept> negatable() {
    return NEGATABLE;
  }

  /** A review policy stated to the buyer ("we cannot edit or delete reviews, and offer nothing for one") asks and offers nothing: {@link #deniedInSentence}. */
  @Override
  protected boolean vetoes(FieldText field, dev.parley.messaging.rules.internal.analysis.RuleInput input, int firstToken, int lastToken) {
    return deniedInSentence(field, firstToken, lastToken);
  }

  /** A refusal that names what it declines ("we cannot ... in exchange for a review") is no finding. */
  @Override
  protected boolean refusable() {
    return true;
  }
}
