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
  private static final PhraseMatcher MATCHER = PhraseMatcher.compile(
      "opt-out.txt", PhraseMatcher.readLines(OptOutRule.class, "/dev/parley/messaging/rules/phrases/opt-out.txt"));

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    for (PhraseMatcher.Match m : MATCHER.find(field.tokens())) {
      sink.addFolded(ID, field, m.start(), m.end(), "An unsubscribe or opt-out instruction; Amazon manages opt-outs, messages must not offer their own.", m.evidence());
    }
  }
}
