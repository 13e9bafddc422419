package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;

/**
 * {@code review.repeat}, as the message's own words say it: a review or feedback request written
 * as a reminder or a repeat ("just a reminder to leave a review", "we wrote last week about your
 * feedback") in the subject or body, judged by the rule grammar ({@link RuleGrammars#REVIEW_REMINDER}) in every language
 * with a concept vocabulary. The same rule id is also reported by the per-order rules ({@code
 * order.OrderRules}) when the order's history already holds a review request; this class carries
 * the rule's description for both. A reminder within {@link RuleGrammars#CHANGE_REMINDER_REACH}
 * sentences of a request to change or remove the review repeats that request, which {@code
 * review.change-request} judges; it asks for no review. So does a reminder in the subject of a
 * message whose plain-text body asks to change or remove a review.
 *
 * <p>Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.REVIEW_REPEAT,
    summary = "At most one review or feedback request per order, counting every route.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_REVIEWS, RuleCatalog.SOURCE_API_SOLICITATIONS},
    reads = {Input.HISTORY, Input.ORDER, Input.SUBJECT, Input.BODY_TEXT})
public final class ReviewReminderRule implements TextRule {
  private static final String EXPLANATION = "asks again for a review or feedback; Amazon allows one review request per order";

  /** Reads the subject and the body: a reminder is what the seller writes, not what a file holds. */
  @Override
  public boolean appliesTo(MessageField.Kind kind) {
    return kind == MessageField.Kind.SUBJECT || kind == MessageField.Kind.BODY;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(RuleIds.REVIEW_REPEAT) || field.scanText().isEmpty()) {
      return;
    }
    java.util.List<Grammar.Hit> reminders = field.grammarHits(RuleGrammars.REVIEW_REMINDER);
    if (reminders.isEmpty()) {
      return;
    }
    if (field.field().kind() == MessageField.Kind.SUBJECT && bodyAsksForAChange(input)) {
      // "Your review – for the third time" over a body that asks to change or remove it repeats that request
      return;
    }
    // asking again to change a review is that change request's pressure, not a second review request
    boolean[] ofAChange = RuleGrammars.remindsOfAChange(field.concepts(), reminders,
        RuleGrammars.changeSentences(field.concepts(), field.grammarHits(RuleGrammars.CHANGE_REQUEST)));
    for (int i = 0; i < reminders.size(); i++) {
      if (ofAChange[i]) {
        continue;
      }
      Grammar.Hit hit = reminders.get(i);
      sink.addFolded(RuleIds.REVIEW_REPEAT, field, hit.start(), hit.end(),
          WordingRule.explanation(EXPLANATION, field, hit.start(), hit.end()), WordingRule.evidence(RuleGrammars.REVIEW_REMINDER, field, hit));
    }
  }

  /**
   * {@return whether a plain-text body asks to change or remove a review}: then a reminder in the
   * subject ("بخصوص تقييمك – للمرة الثالثة", "ご評価について、再度のお願い") repeats that change
   * request, which {@code review.change-request} judges, as a reminder beside it in the body does.
   * Read only when the subject holds a reminder, from the body's analysis that the check shares.
   */
  private static boolean bodyAsksForAChange(RuleInput input) {
    dev.parley.messaging.core.Message message = input.message();
    FieldText body = input.field(MessageField.Kind.BODY);
    if (message.bodyFormat() == dev.parley.messaging.core.BodyFormat.HTML || body == null || message.body().isEmpty()) {
      return false;
    }
    for (boolean change : RuleGrammars.changeSentences(body.concepts(), body.grammarHits(RuleGrammars.CHANGE_REQUEST))) {
      if (change) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ReviewReminderRule{" + RuleIds.REVIEW_REPEAT + "}";
  }
}
