package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.MessageField;

/**
 * A rule that reads one field's text at a time. Implementations are immutable and thread-safe;
 * everything they need from the settings is read at construction.
 */
public interface TextRule {
  /**
   * Whether the rule reads fields of this kind; by default every text field but attachment names.
   */
  public default boolean appliesTo(MessageField.Kind kind) {
    return kind != MessageField.Kind.ATTACHMENT_NAME && kind != MessageField.Kind.MESSAGE;
  }

  /** Reports every violation in the field. Never throws on any text. */
  public void check(FieldText field, RuleInput input, Reporter sink);
}
