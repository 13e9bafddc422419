package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

/**
 * The shape of a rule judged on the markup of an HTML body (the style rules of 2020 and tracking
 * pixels): the markup analysis observes, once per message, every element, attribute and CSS
 * declaration with its span; the rule reports the observations filed under its id. Subclasses carry
 * the {@link Rule} description. Immutable and thread-safe.
 */
public abstract class MarkupRule implements TextRule {
  private final String ruleId = getClass().getAnnotation(Rule.class).id();

  /** Creates the rule; its id is the one on the subclass's annotation. */
  protected MarkupRule() {}

  @Override
  public final boolean appliesTo(MessageField.Kind kind) {
    return kind == MessageField.Kind.BODY;
  }

  @Override
  public final void check(FieldText field, RuleInput input, Reporter sink) {
    HtmlObservations.report(ruleId, field, sink);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + ruleId + "}";
  }
}
