package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;

/**
 * The shape of a wording rule judged by phrases ({@code content.promotion}, {@code
 * review.positive-only}, {@code review.incentive}, {@code review.change-request}, {@code
 * content.sensitive}): each trigger phrase of the rule's lexicon that no exception of the same rule
 * suppresses (see {@link Lexicon}) becomes one finding whose span is the phrase in the original
 * text. The explanation tells the seller what the phrase does; the evidence names the pattern and
 * the lexicon line.
 *
 * <p>Every language's lexicon runs on every field: a seller may write to a buyer in any language.
 * Subclasses carry the {@link Rule} description; immutable and thread-safe.
 */
public abstract class WordingRule implements TextRule {
  private final String ruleId;
  private final String explanation;
  private final Lexicon lexicon;

  /**
   * A wording rule whose id is the one on the subclass's {@link Rule} annotation.
   *
   * @param explanation what a matched phrase does, completing "“phrase” …"
   */
  protected WordingRule(String explanation) {
    this.ruleId = getClass().getAnnotation(Rule.class).id();
    this.explanation = explanation;
    this.lexicon = Lexicon.standard(ruleId);
  }

  /** {@return the rule id} */
  public final String id() {
    return ruleId;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ruleId) || field.scanText().isEmpty()) {
      return;
    }
    for (PhraseMatcher.Match m : lexicon.scan(field).surviving()) {
      sink.addFolded(ruleId, field, m.start(), m.end(), explanation(explanation, field, m), m.evidence());
    }
  }

  /** The seller-facing explanation: the phrase as written and what it does. */
  static String explanation(String explanation, FieldText field, PhraseMatcher.Match m) {
    int s = field.sourceStartOfFolded(m.start());
    int e = Math.max(s, field.sourceEndOfFolded(m.end()));
    String phrase = Reporter.excerpt(field.source(), s, Math.min(e, field.source().length()));
    return "\u201C" + phrase.strip() + "\u201D " + explanation + (explanation.endsWith(".") ? "" : ".");
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + ruleId + "}";
  }
}
