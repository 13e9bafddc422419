package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.Locale;

/**
 * A wording rule judged by phrases: {@code content.promotion}, {@code review.positive-only},
 * {@code review.incentive}, {@code review.change-request} and {@code content.sensitive}. Each
 * trigger phrase that no exception of the same rule suppresses (see {@link Lexicon}) becomes one
 * finding whose span is the phrase in the original text and whose message names the phrase, the
 * rule and the lexicon line.
 *
 * <p>Every language's lexicon runs on every field: a seller may write to a buyer in any language.
 * Immutable and thread-safe.
 */
final class WordingRule implements TextRule {
  private final String ruleId;
  private final String explanation;
  private final Lexicon lexicon;

  private WordingRule(String ruleId, String explanation) {
    this.ruleId = ruleId;
    this.explanation = explanation;
    this.lexicon = Lexicon.standard(ruleId);
  }

  /** content.promotion: coupons, discount codes, other products, off-Amazon shops, newsletters, social media. */
  static WordingRule promotion() {
    return new WordingRule("content.promotion", "is marketing (coupons, other products, other shops, newsletters or social media), which buyer messages must not contain");
  }

  /** review.positive-only: asking for positive reviews, only satisfied buyers, diverting unhappy ones. */
  static WordingRule positiveOnly() {
    return new WordingRule("review.positive-only", "asks for a positive review or feedback, or only happy buyers' reviews, or steers unhappy buyers away from reviewing");
  }

  /** review.incentive: anything offered for a review or feedback, or for changing one. */
  static WordingRule incentive() {
    return new WordingRule("review.incentive", "offers something in return for a review or feedback, or for changing one");
  }

  /** review.change-request: asking to change or remove a review, pressure on seller feedback. */
  static WordingRule changeRequest() {
    return new WordingRule("review.change-request", "asks the buyer to change or remove a review, or presses them to change their feedback");
  }

  /** content.sensitive: threats, insults and adult terms. */
  static WordingRule sensitive() {
    return new WordingRule("content.sensitive", "is threatening, insulting or adult wording");
  }

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ruleId) || field.scanText().isEmpty()) {
      return;
    }
    for (PhraseMatcher.Match m : lexicon.scan(field).surviving()) {
      sink.addFolded(ruleId, field, m.start(), m.end(), message(ruleId, explanation, field, m));
    }
  }

  /** The finding message: the phrase as written, what it does, the rule and the lexicon line. */
  static String message(String ruleId, String explanation, FieldText field, PhraseMatcher.Match m) {
    int s = field.sourceStartOfFolded(m.start());
    int e = Math.max(s, field.sourceEndOfFolded(m.end()));
    String phrase = FindingSink.excerpt(field.source(), s, Math.min(e, field.source().length()));
    String tag = m.tag().isEmpty() ? "" : " [" + m.tag().toLowerCase(Locale.ROOT) + "]";
    return ruleId + ": \"" + phrase + "\" " + explanation + tag + " (matched \"" + m.pattern() + "\", " + m.source() + ")";
  }

  @Override
  public String toString() {
    return "WordingRule{" + ruleId + "}";
  }
}
