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
  /** Redaction passes: removing text can join what is left into something new ("here" "." "click"). */
  private static final int MAX_REDACTION_PASSES = 3;

  private final ContentPolicy policy;
  private final Message message;
  private final CheckContext context;
  private final List<Finding> findings;

  PolicyReport(ContentPolicy policy, Message message, CheckContext context, List<Finding> findings) {
    this.policy = policy;
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
   *
   * <p>Masking or unwrapping can join the remaining text into something new (two words and a dot
   * that read as a domain); the redacted message is checked again, and redacted again, until no
   * maskable finding is left or three passes are done. Findings about the message as a whole (its
   * purpose, its language) cannot be redacted and stay.
   */
  public Message redacted() {
    Message m = Redactor.redact(message, findings);
    for (int pass = 1; pass < MAX_REDACTION_PASSES; pass++) {
      List<Finding> again = policy.check(m, context).findings();
      if (again.stream().noneMatch(Redactor::acts)) {
        break;
      }
      m = Redactor.redact(m, again);
    }
    return m;
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
