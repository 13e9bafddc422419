package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.text.Tokens;

/**
 * {@code content.sensitive}: threats, insults and adult terms, by the phrases of {@code content.sensitive.<lang>.txt},
 * and veiled threats and contempt by the concepts {@link dev.parley.messaging.rules.internal.concept.RuleGrammars#SENSITIVE} combines.
 *
 * <p>In a reply to the buyer, words inside quotation marks on one line are the buyer's words
 * quoted back ("you write that we are «unos estafadores»"), not the seller's: they are not reported.
 *
 * <p>Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_SENSITIVE,
    summary = "No offensive, threatening or adult content.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class SensitiveRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public SensitiveRule() {
    super("is threatening, insulting or adult wording", dev.parley.messaging.rules.internal.concept.RuleGrammars.SENSITIVE);
  }

  /** Characters past the span searched for the quotation's closing mark, and before it for the opening one. */
  static final int QUOTE_REACH = 200;

  @Override
  protected boolean vetoes(FieldText field, RuleInput input, int firstToken, int lastToken) {
    if (input.context().proactive()) {
      return false;
    }
    Tokens tokens = field.tokens();
    return quoted(tokens.text(), tokens.start(firstToken), tokens.end(lastToken));
  }

  /**
   * {@return whether [start, end) lies inside a quotation on its line}: an odd number of
   * quotation marks (or an unclosed «, ‹, 「, 『) between the line's start and the span, none
   * inside the span, and a closing mark after it on the same line; each search bounded by {@value
   * #QUOTE_REACH} characters. Straight and curly double quotes and „“ pair as toggles; the
   * apostrophe is left out (it is a letter in "don't").
   */
  static boolean quoted(String text, int start, int end) {
    int from = start;
    int limit = Math.max(0, start - QUOTE_REACH);
    while (from > limit && text.charAt(from - 1) != '\n') {
      from--;
    }
    int toggles = 0;
    int depth = 0;
    for (int i = from; i < start; i++) {
      int kind = kind(text.charAt(i));
      if (kind == TOGGLE) {
        toggles++;
      } else if (kind == OPEN) {
        depth++;
      } else if (kind == CLOSE && depth > 0) {
        depth--;
      }
    }
    if (toggles % 2 == 0 && depth == 0) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (kind(text.charAt(i)) != NONE) {
        return false;
      }
    }
    for (int i = end, e = Math.min(text.length(), end + QUOTE_REACH); i < e; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      int kind = kind(c);
      if (kind == TOGGLE || kind == CLOSE) {
        return true;
      }
    }
    return false;
  }

  private static final int NONE = 0;
  private static final int TOGGLE = 1;
  private static final int OPEN = 2;
  private static final int CLOSE = 3;

  private static int kind(char c) {
    switch (c) {
      case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\uFF02':
        return TOGGLE;
      case '\u00AB': case '\u2039': case '\u300C': case '\u300E':
        return OPEN;
      case '\u00BB': case '\u203A': case '\u300D': case '\u300F':
        return CLOSE;
      default:
        return NONE;
    }
  }
}
