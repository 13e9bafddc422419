package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;

import dev.parley.messaging.rules.internal.text.AmazonNames;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;

/**
 * Rule {@code content.opt-out-link}: no unsubscribe or opt-out links or instructions, in the
 * marketplace languages (lexicon {@code phrases/opt-out.txt}). Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_OPT_OUT_LINK,
    summary = "No unsubscribe or opt-out links or instructions.",
    severity = Severity.BLOCK,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class OptOutRule implements TextRule {
  public static final String ID = RuleIds.CONTENT_OPT_OUT_LINK;
  /** The group of {@code opt-out.txt} in the one matcher pass of the bundled lexicons. */
  private static final int GROUP = StandardLexicons.get().group(StandardLexicons.OPT_OUT);

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ID) || input.quotesTheBuyer(field)) {
      return;
    }
    // Several phrases often match one instruction ("répondez STOP" is a French and a generic reply
    // phrase): a match that starts inside the one reported before it is the same instruction.
    int lastEnd = -1;
    for (PhraseMatcher.Match m : field.lexiconMatches(GROUP)) {
      if (m.start() < lastEnd || (!input.context().proactive() && pointsToAmazon(field, m))) {
        continue;
      }
      sink.addFolded(ID, field, m.start(), m.end(), "An unsubscribe or opt-out instruction; Amazon manages opt-outs, messages must not offer their own.", m.evidence());
      lastEnd = m.end();
    }
  }

  /**
   * {@return whether a reply's opt-out sentence points to Amazon's own setting} ("If you no longer
   * wish to receive unsolicited messages from sellers, Amazon offers this setting in your
   * account"): the buyer asked, and the answer is Amazon's opt-out, not one of the seller's. The
   * sentence must name Amazon within {@value #AMAZON_REACH} tokens of the instruction and hold
   * no link or e-mail address there (a link is the seller's own way out, and {@code
   * content.link}'s matter too). The reach bounds the work per instruction, so the rule stays
   * linear however long a sentence runs.
   */
  private static boolean pointsToAmazon(FieldText field, PhraseMatcher.Match m) {
    ConceptIndex index = field.concepts();
    Tokens tokens = field.tokens();
    String text = tokens.text();
    int firstSentence = index.sentenceOf(m.firstToken());
    int lastSentence = index.sentenceOf(m.lastToken());
    int from = Math.max(0, m.firstToken() - AMAZON_REACH);
    int to = Math.min(tokens.size() - 1, m.lastToken() + AMAZON_REACH);
    boolean amazon = false;
    for (int t = from; t <= to; t++) {
      int s = index.sentenceOf(t);
      if (s < firstSentence || s > lastSentence) {
        continue;
      }
      amazon |= AmazonNames.named(text, tokens.start(t), tokens.end(t));
      int gapEnd = t < to ? tokens.start(t + 1) : tokens.end(t);
      for (int i = tokens.end(t); i < gapEnd; i++) {
        char c = text.charAt(i);
        if (c == '@' || c == '/' || (c == '.' && i + 1 < gapEnd && Character.isLetterOrDigit(text.charAt(i + 1)))) {
          return false;
        }
      }
    }
    return amazon;
  }

  /** Tokens on either side of an opt-out instruction within which a reply must name Amazon. */
  static final int AMAZON_REACH = 40;
}
