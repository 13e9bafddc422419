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
          .thenComparing(Finding::explanation)
          .thenComparing(Finding::evidence);

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

  /**
   * {@return what was found and why it matters, in plain words a seller can act on: no patterns,
   * file names or rule internals}
   */
  public abstract String explanation();

  /**
   * {@return how the rule found it, for debugging and tuning: the matched phrase or pattern, the
   * lexicon file and line, or the scanner; empty when there is nothing more to say}
   */
  @Value.Default
  public String evidence() {
    return "";
  }

  /**
   * {@return the explanation}
   *
   * @deprecated use {@link #explanation()} (for people) or {@link #evidence()} (for tools)
   */
  @Deprecated
  public String message() {
    return explanation();
  }

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
   * @param explanation what was found and why it matters, for the seller
   * @throws IllegalArgumentException if the span is not 0 &lt;= start &lt;= end
   */
  public static Finding of(RuleDescriptor rule, Severity severity, MessageField field, int start, int end, String excerpt, String explanation) {
    return of(rule, severity, field, start, end, excerpt, explanation, "");
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
   * @param explanation what was found and why it matters, for the seller
   * @param evidence how it was found, for tools and debugging
   * @throws IllegalArgumentException if the span is not 0 &lt;= start &lt;= end
   */
  public static Finding of(RuleDescriptor rule, Severity severity, MessageField field, int start, int end, String excerpt, String explanation, String evidence) {
    return ImmutableFinding.builder()
        .rule(rule)
        .severity(severity)
        .field(field)
        .start(start)
        .end(end)
        .excerpt(excerpt)
        .explanation(explanation)
        .evidence(evidence)
        .build();
  }

  /**
   * {@return this finding with another severity}
   *
   * @param severity the new severity
   */
  public Finding withSeverity(Severity severity) {
    return severity == severity() ? this : of(rule(), severity, field(), start(), end(), excerpt(), explanation(), evidence());
  }
}
