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

import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;

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
    if (!sink.enabled(ID)) {
      return;
    }
    // Several phrases often match one instruction ("répondez STOP" is a French and a generic reply
    // phrase): a match that starts inside the one reported before it is the same instruction.
    int lastEnd = -1;
    for (PhraseMatcher.Match m : field.lexiconMatches(GROUP)) {
      if (m.start() < lastEnd) {
        continue;
      }
      sink.addFolded(ID, field, m.start(), m.end(), "An unsubscribe or opt-out instruction; Amazon manages opt-outs, messages must not offer their own.", m.evidence());
      lastEnd = m.end();
    }
  }
}
