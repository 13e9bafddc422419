package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.List;

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

  /** "We will never ask you to change or remove a review": a change denied is no request. */
  private static final java.util.Set<Concept> NEGATABLE = java.util.Set.copyOf(java.util.EnumSet.of(Concept.CHANGE, Concept.REMOVE));

  @Override
  protected java.util.Set<Concept> negatable() {
    return NEGATABLE;
  }

  @Override
  protected boolean vetoes(FieldText field, PhraseMatcher.Match m) {
    return super.vetoes(field, m) || neutralFeedback(field, m);
  }

  /**
   * The one neutral sentence Amazon allows after a resolved problem ("if you feel we resolved your
   * issue, you can update your feedback"): a sentence about seller feedback, not about a product
   * review, with no outcome, value or removal in it, that is conditional or asks nothing, does not
   * report its "update your feedback". Every sentence the phrase spans is read, and only those.
   */
  private static boolean neutralFeedback(FieldText field, PhraseMatcher.Match m) {
    ConceptIndex index = field.concepts();
    int first = index.sentenceOf(m.firstToken());
    int last = index.sentenceOf(m.lastToken());
    boolean feedback = false;
    boolean condition = false;
    boolean ask = false;
    List<ConceptIndex.Occurrence> sentences = index.occurrencesOfSentences(m.firstToken(), m.lastToken());
    java.util.BitSet feedbackTokens = new java.util.BitSet();
    for (ConceptIndex.Occurrence o : sentences) {
      if (o.sentence() >= first && o.sentence() <= last && o.concept() == Concept.FEEDBACK) {
        feedbackTokens.set(o.firstToken(), o.lastToken() + 1);
      }
    }
    for (ConceptIndex.Occurrence o : sentences) {
      if (o.sentence() < first || o.sentence() > last) {
        continue;
      }
      switch (o.concept()) {
        case FEEDBACK:
          feedback = true;
          break;
        case REVIEW:
          // A product review, unless the word is part of the seller feedback ("Verkäuferbewertung").
          if (feedbackTokens.get(o.firstToken(), o.lastToken() + 1).isEmpty()) {
            return false;
          }
          break;
        case POSITIVE: case NEGATIVE: case VALUE: case FREE: case REMOVE:
          return false;
        case CONDITION:
          condition = true;
          break;
        case ASK:
          ask = true;
          break;
        default:
          break;
      }
    }
    return feedback && (condition || !ask);
  }

  /**
   * A review policy stated to the buyer ("we cannot edit or delete reviews, and offer nothing for
   * one") asks and offers nothing: {@link #deniedInSentence}. Nor does a reply that tells the buyer
   * how a review is edited or deleted ({@link #answersHow}).
   */
  @Override
  protected boolean vetoes(FieldText field, dev.parley.messaging.rules.internal.analysis.RuleInput input, int firstToken, int lastToken) {
    return deniedInSentence(field, firstToken, lastToken) || (!input.context().proactive() && answersHow(field.concepts(), firstToken, lastToken));
  }

  /**
   * {@return whether the sentences of a change or removal state it, in a reply, as something the
   * buyer can do} ("Under Your Orders you can edit or delete your review"): the buyer started the
   * thread, often to ask how, and the seller answers with Amazon's steps. The sentences must ask
   * nothing (no request marker, no question, no deadline: "take it down by Sunday" demands),
   * offer nothing (no value, nothing free, no condition), threaten nothing and name no
   * unfavourable review ("you can remove the one-star review" leans on
   * the buyer); a proactive message gets no such reading, since nobody asked.
   */
  static boolean answersHow(ConceptIndex index, int firstToken, int lastToken) {
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    for (int s = first; s <= last; s++) {
      if (index.isQuestion(s)) {
        return false;
      }
    }
    for (ConceptIndex.Occurrence o : index.occurrencesOfSentences(firstToken, lastToken)) {
      if (o.sentence() < first) {
        continue;
      }
      switch (o.concept()) {
        case ASK: case VALUE: case FREE: case CONDITION: case NEGATIVE: case EXCHANGE: case LEVERAGE: case MENACE: case DEADLINE:
        case SANCTION:
          return false;
        default:
          break;
      }
    }
    return true;
  }

  /** A refusal that names what it declines ("we cannot ... in exchange for a review") is no finding. */
  @Override
  protected boolean refusable() {
    return true;
  }
}
