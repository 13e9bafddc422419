package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.text.PhraseMatcher;

/**
 * Rule {@code content.opt-out-link}: no unsubscribe or opt-out links or instructions, in the
 * marketplace languages (lexicon {@code phrases/opt-out.txt}). Immutable and thread-safe.
 */
final class OptOutRule implements TextRule {
  static final String ID = "content.opt-out-link";
  private static final PhraseMatcher MATCHER = PhraseMatcher.compile(
      "opt-out.txt", PhraseMatcher.readLines(OptOutRule.class, "/dev/parley/messaging/rules/phrases/opt-out.txt"));

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    for (PhraseMatcher.Match m : MATCHER.find(field.tokens())) {
      sink.addFolded(ID, field, m.start(), m.end(), "Unsubscribe or opt-out instruction: \"" + m.pattern() + "\"");
    }
  }
}
