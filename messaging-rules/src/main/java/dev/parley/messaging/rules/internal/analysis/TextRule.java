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

  /**
   * Whether no finding of this rule in a plain subject or body without a right-to-left override
   * can cover a {@link Redactor#MASK} character. In the re-check of a redacted message such a
   * rule's findings there cover only characters that masking left alone, so they stand unchanged
   * in the original and {@link Redactor#joined} drops every one: the re-check skips the rule on
   * those fields ({@link Redactor#recheckSkips}). False unless shown for the rule; a rule that
   * returns true must say why on its implementation.
   */
  public default boolean neverCoversMask() {
    return false;
  }

  /**
   * Whether the rule reads the field's contact text ({@link FieldText#contactText}). After the last
   * rule that does, a re-check lets the contact text go ({@link FieldText#dropContactText}), so a
   * rule that reads it must say so. False by default.
   */
  public default boolean readsContactText() {
    return false;
  }
}
