package dev.parley.messaging.rules;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One violation (or notice) found in a message: which rule, how serious, where (a half-open span
 * {@code [start, end)} into the original text of a field), what was matched and why it matters.
 *
 * <p>Findings sort deterministically by field, start, end, rule id and message. Immutable and
 * thread-safe. {@link #toString()} shows the excerpt, which is seller text.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::field)
          .thenComparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  Finding() {}

  /** {@return the rule's descriptor} */
  public abstract RuleDescriptor rule();

  /** {@return the rule id; the same as {@code rule().id()}} */
  public String ruleId() {
    return rule().id();
  }

  /** {@return the severity, after any policy override} */
  public abstract Severity severity();

  /** {@return the part of the message the finding is about} */
  public abstract MessageField field();

  /** {@return the start of the span in the field's original text, inclusive} */
  public abstract int start();

  /** {@return the end of the span in the field's original text, exclusive} */
  public abstract int end();

  /** {@return the original text of the span (possibly shortened for very long spans)} */
  public abstract String excerpt();

  /** {@return a clear English explanation naming what was found and the rule} */
  public abstract String message();

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("span is invalid: got [" + start() + ", " + end() + "), expected 0 <= start <= end");
    }
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }

  /**
   * {@return a finding}
   *
   * @param rule the rule
   * @param severity the severity
   * @param field the field
   * @param start span start, inclusive
   * @param end span end, exclusive
   * @param excerpt the original text of the span
   * @param message the explanation
   * @throws IllegalArgumentException if the span is not 0 &lt;= start &lt;= end
   */
  public static Finding of(RuleDescriptor rule, Severity severity, MessageField field, int start, int end, String excerpt, String message) {
    return ImmutableFinding.builder()
        .rule(rule)
        .severity(severity)
        .field(field)
        .start(start)
        .end(end)
        .excerpt(excerpt)
        .message(message)
        .build();
  }
}
