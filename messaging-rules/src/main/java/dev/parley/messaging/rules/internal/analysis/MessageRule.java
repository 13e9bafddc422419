package dev.parley.messaging.rules.internal.analysis;

import java.util.List;

/**
 * A rule that judges the message as a whole (its attachments, its structure, its language, its
 * purpose). Implementations are immutable and thread-safe.
 */
public interface MessageRule {
  /** Reports every violation in the message. Never throws on any message. */
  public void check(RuleInput input, List<FieldText> fields, Reporter sink);
}
