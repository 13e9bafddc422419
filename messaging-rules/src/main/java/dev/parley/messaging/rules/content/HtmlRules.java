package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.MessageField;

/**
 * The HTML rules of an HTML body: content.link (and content.email, content.phone) for targets in
 * URL-bearing attributes, CSS url() and meta refresh; content.tracking-pixel; style.gif,
 * style.image-https, style.margin, style.image-width, style.font-size, style.font-override,
 * style.alignment, style.line-breaks and style.link-text. The checks run while {@link HtmlBody}
 * extracts the text; this rule hands their findings to the sink. Immutable and thread-safe.
 */
final class HtmlRules implements TextRule {
  @Override
  public boolean appliesTo(MessageField.Kind kind) {
    return kind == MessageField.Kind.BODY;
  }

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!(field.sourceMap() instanceof HtmlBody)) {
      return;
    }
    for (HtmlBody.Pending p : ((HtmlBody) field.sourceMap()).pending()) {
      sink.addSource(p.ruleId, input.settings().severityOf(p.ruleId), field.field(), field.source(), p.start, p.end, p.message);
    }
  }
}
