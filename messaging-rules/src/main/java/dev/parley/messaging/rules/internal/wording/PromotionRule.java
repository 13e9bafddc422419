package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code content.promotion}: coupons, discount codes, other products, off-Amazon shops, newsletters and social media, by the phrases of {@code content.promotion.<lang>.txt}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>The rule grammar's definition ({@link RuleGrammars#PROMOTION}) runs alongside the phrases, in every
 * language with a concept vocabulary.
 */
@Rule(
    id = RuleIds.CONTENT_PROMOTION,
    summary = "No marketing: coupons, discount codes, other products, off-Amazon shops, newsletters, social media.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class PromotionRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public PromotionRule() {
    super("is marketing (coupons, other products, other shops, newsletters or social media), which buyer messages must not contain", RuleGrammars.PROMOTION);
  }

  /** "We do not send newsletters", "we have no Instagram account": marketing denied is no marketing. */
  private static final Set<Concept> NEGATABLE = Set.copyOf(EnumSet.of(Concept.PROMO, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP, Concept.SOCIAL,
      Concept.NEWSLETTER, Concept.NEXT_PURCHASE, Concept.VALUE, Concept.FREE));

  @Override
  protected Set<Concept> negatable() {
    return NEGATABLE;
  }
}
