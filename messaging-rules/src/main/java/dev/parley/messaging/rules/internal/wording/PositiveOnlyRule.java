package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;

/**
 * {@code review.positive-only}: asking for positive or 5-star reviews or feedback, asking only
 * satisfied buyers, or diverting unhappy ones, by the phrases of {@code
 * review.positive-only.<lang>.txt}; and, in proactive messages, a row of four or more star symbols
 * (★★★★★), which asks for a top rating without a word. Immutable and thread-safe.
 *
 * <p>The rule grammar's definition ({@link RuleGrammars#POSITIVE_ONLY}) runs alongside the phrases, in every
 * language with a concept vocabulary.
 */
@Rule(
    id = RuleIds.REVIEW_POSITIVE_ONLY,
    summary = "No asking for positive or 5-star reviews or feedback, or only from satisfied buyers.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_REVIEWS},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT, Input.CONTEXT})
public final class PositiveOnlyRule extends WordingRule {
  public static final int MIN_RUN = 4;

  /** The rule with its bundled lexicons. */
  public PositiveOnlyRule() {
    super("asks for a positive review or feedback, or only happy buyers' reviews, or steers unhappy buyers away from reviewing", RuleGrammars.POSITIVE_ONLY);
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    super.check(field, input, sink);
    if (!sink.enabled(id()) || input.context().replyToBuyer()) {
      return;
    }
    starRows(field, sink);
  }

  /** A row of {@value #MIN_RUN} or more star symbols in a proactive message asks for a top rating. */
  private void starRows(FieldText field, Reporter sink) {
    String s = field.scanText();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isStar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      int stars = 0;
      while (i < n) {
        int c = s.codePointAt(i);
        if (isStar(c)) {
          stars++;
          i += Character.charCount(c);
          end = i;
        } else if (c == ' ' || c == 0xFE0F || c == 0x200D || c == 0xFE0E) {
          i += Character.charCount(c);
        } else {
          break;
        }
      }
      if (stars >= MIN_RUN) {
        sink.addScan(id(), null, field, start, end,
            "A row of " + stars + " stars asks for a top rating; ask for an honest review without suggesting a rating.", "star row: " + stars + " star symbols");
      }
    }
  }

  public static boolean isStar(int cp) {
    return cp == 0x2B50 || cp == 0x2605 || cp == 0x1F31F || (cp >= 0x2729 && cp <= 0x2730) || cp == 0x2606;
  }

  /** A refusal that names what it declines ("we cannot ... in exchange for a review") is no finding. */
  @Override
  protected boolean refusable() {
    return true;
  }
}
