package dev.parley.messaging.rules.content;

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

  PolicyReport(Message message, CheckContext context, List<Finding> findings) {
    this.message = message;
    this.context = context;
    this.findings = findings.stream().sorted().distinct().collect(Collectors.toUnmodifiableList());
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
   * {@return the message with every violating span masked and every blocked attachment removed}
   */
  public Message redacted() {
    return Redactor.redact(message, findings);
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
