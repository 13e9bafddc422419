package dev.parley.messaging.rules.internal.analysis;

import java.util.List;

/**
 * A rule that judges the message as a whole (its attachments, its structure, its language, its
 * purpose). Implementations are immutable and thread-safe.
 */
public interface MessageRule {
  /** Reports every violation in the message. Never throws on any message. */
  public void check(RuleInput input, List<FieldText> fields, Reporter sink);

  /**
   * Whether the rule may report a span in the subject or a text body. A rule that reports only on
   * the message as a whole or on attachments never adds to {@link Redactor#joined}, which keeps
   * subject and body findings only, so the re-check of a redacted message skips it (no rule reads
   * its findings). True unless shown for the rule.
   */
  public default boolean mayReportInText() {
    return true;
  }
}
