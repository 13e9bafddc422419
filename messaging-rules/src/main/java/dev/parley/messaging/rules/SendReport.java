package dev.parley.messaging.rules;

import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.content.PolicyReport;
import dev.parley.messaging.rules.delivery.DeliveryDecision;
import dev.parley.messaging.rules.order.OrderReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer of {@link SendCheck} for one {@link SendRequest}: the verdict, every finding (content,
 * delivery and per-order rules, sorted), the classification, the delivery decision and the timing
 * window, with each step's own report.
 *
 * <p>Immutable and thread-safe. Equal requests checked by equal policies give equal reports.
 */
public final class SendReport {
  private final SendVerdict verdict;
  private final List<Finding> findings;
  private final PolicyReport content;
  private final Classification classification;
  private final DeliveryDecision delivery;
  private final OrderReport order;

  SendReport(SendVerdict verdict, List<Finding> findings, PolicyReport content, Classification classification, DeliveryDecision delivery, OrderReport order) {
    this.verdict = verdict;
    this.findings = findings.stream().sorted().distinct().collect(Collectors.toUnmodifiableList());
    this.content = content;
    this.classification = classification;
    this.delivery = delivery;
    this.order = order;
  }

  /** {@return the verdict} */
  public SendVerdict verdict() {
    return verdict;
  }

  /** {@return every finding of the check, sorted by field, span, rule id and message} */
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

  /** {@return the content policy's report} */
  public PolicyReport contentReport() {
    return content;
  }

  /** {@return the classification} */
  public Classification classification() {
    return classification;
  }

  /** {@return the category; the same as {@code classification().category()}} */
  public Category category() {
    return classification.category();
  }

  /** {@return true if the message is critical (delivered even to buyers who opted out)} */
  public boolean critical() {
    return classification.critical();
  }

  /** {@return the delivery decision} */
  public DeliveryDecision delivery() {
    return delivery;
  }

  /** {@return true if delivered, false if blocked by opt-out, empty if uncertain} */
  public Optional<Boolean> deliverable() {
    return delivery.deliverable();
  }

  /** {@return the per-order rules' report (timing window and findings before severity overrides)} */
  public OrderReport orderReport() {
    return order;
  }

  /** {@return true if a timing rule objects to the instant} */
  public boolean blockedByTiming() {
    return order.blockedByTiming();
  }

  /** {@return when blocked by timing because it is too early, the earliest instant the timing rules allow} */
  public Optional<Instant> earliestAllowedAt() {
    return order.earliestAllowedAt();
  }

  /** {@return the instant from which the timing rules no longer allow the message, when they set one} */
  public Optional<Instant> allowedUntil() {
    return order.allowedUntil();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SendReport)) {
      return false;
    }
    SendReport r = (SendReport) o;
    return verdict == r.verdict && findings.equals(r.findings) && content.equals(r.content)
        && classification.equals(r.classification) && delivery.equals(r.delivery) && order.equals(r.order);
  }

  @Override
  public int hashCode() {
    return Objects.hash(verdict, findings, classification, delivery, order);
  }

  @Override
  public String toString() {
    return "SendReport{verdict=" + verdict + ", category=" + category() + ", critical=" + critical() + ", delivery=" + delivery.outcome()
        + ", findings=" + findings.size() + order.earliestAllowedAt().map(e -> ", earliestAllowedAt=" + e).orElse("") + "}";
  }
}
