package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.Redactor;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content policy's answer for one message: every finding (sorted), the verdict and a redacted
 * copy of the message.
 *
 * <p>Immutable and thread-safe. Equal inputs give equal reports.
 */
public final class PolicyReport {
  private final Message message;
  private final CheckContext context;
  private final List<Finding> findings;
  private final Message redacted;

  PolicyReport(Message message, CheckContext context, List<Finding> findings, Message redacted) {
    this.message = message;
    this.context = context;
    this.findings = findings.stream().sorted().distinct().collect(Collectors.toUnmodifiableList());
    this.redacted = redacted;
  }

  /** {@return the message that was checked} */
  public Message message() {
    return message;
  }

  /** {@return the context it was checked in} */
  public CheckContext context() {
    return context;
  }

  /** {@return every finding, sorted by field, span, rule id and message} */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * {@return the findings of one rule}
   *
   * @param ruleId a rule id
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /** {@return BLOCK if any finding blocks, else WARN if any warns, else PASS} */
  public Verdict verdict() {
    boolean warn = false;
    for (Finding f : findings) {
      if (f.severity() == Severity.BLOCK) {
        return Verdict.BLOCK;
      }
      warn |= f.severity() == Severity.WARN;
    }
    return warn ? Verdict.WARN : Verdict.PASS;
  }

  /** {@return true if Amazon would block this message} */
  public boolean wouldBlock() {
    return verdict() == Verdict.BLOCK;
  }

  /**
   * {@return the message with every reported span masked and every blocked attachment removed}
   *
   * <p>Computed once, with the report: one pass over the reported spans, nothing else. Every
   * non-space character of a WARN or BLOCK span in the subject or a text body becomes {@code █}
   * (one per UTF-16 unit, so offsets stay valid); in an HTML body what a finding points at is
   * removed or masked; an attachment with a BLOCK finding is dropped. Text outside the reported
   * spans is never touched. When masking would join the text that is left into a new violation,
   * the report carries that violation as a finding of its own, and it is not masked. Findings about
   * the message as a whole (its purpose, its language) cannot be redacted.
   */
  public Message redacted() {
    return redacted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyReport
        && ((PolicyReport) o).message.equals(message)
        && ((PolicyReport) o).context.equals(context)
        && ((PolicyReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + message.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyReport{verdict=" + verdict() + ", findings=" + findings.size() + ", message=" + message + "}";
  }
}
