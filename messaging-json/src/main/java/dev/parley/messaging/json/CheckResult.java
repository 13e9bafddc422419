package dev.parley.messaging.json;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendVerdict;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.content.Verdict;
import dev.parley.messaging.rules.delivery.DeliveryDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one check as the {@code parley check} contract states it: the caller's id, the
 * content verdict (PASS, WARN or BLOCK over the findings, INFO not counting), the findings (the
 * delivery-uncertain note is reported as {@code deliverable: null} instead), the category, whether
 * it is critical, deliverability and its reason, the overall decision, the classifier's
 * confidence (rounded to three decimals) and the timing window.
 *
 * <p>This is exactly what the JSON carries, so a result written and read back is equal to itself.
 * Immutable and thread-safe.
 */
public final class CheckResult {
  private final String id;
  private final Verdict verdict;
  private final List<Finding> findings;
  private final Category category;
  private final boolean critical;
  private final Optional<Boolean> deliverable;
  private final SendVerdict decision;
  private final DeliveryDecision delivery;
  private final double confidence;
  private final Optional<Instant> earliestAllowedAt;
  private final Optional<Instant> allowedUntil;
  private final Optional<Redacted> redacted;

  CheckResult(String id, Verdict verdict, List<Finding> findings, Category category, boolean critical, Optional<Boolean> deliverable,
      SendVerdict decision, DeliveryDecision delivery, double confidence, Optional<Instant> earliestAllowedAt, Optional<Instant> allowedUntil,
      Optional<Redacted> redacted) {
    this.id = Objects.requireNonNull(id, "id");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.findings = List.copyOf(findings);
    this.category = Objects.requireNonNull(category, "category");
    this.critical = critical;
    this.deliverable = Objects.requireNonNull(deliverable, "deliverable");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.confidence = confidence;
    this.earliestAllowedAt = Objects.requireNonNull(earliestAllowedAt, "earliestAllowedAt");
    this.allowedUntil = Objects.requireNonNull(allowedUntil, "allowedUntil");
    this.redacted = Objects.requireNonNull(redacted, "redacted");
  }

  /**
   * {@return the result of a check, as the contract reports it}
   *
   * @param id the caller's id, echoed
   * @param report the send check's report
   */
  public static CheckResult of(String id, SendReport report) {
    return of(id, report, Optional.empty());
  }

  /**
   * {@return the result of a check with the redacted message ({@code parley check --redact})}
   *
   * @param id the caller's id, echoed
   * @param report the send check's report
   */
  public static CheckResult withRedaction(String id, SendReport report) {
    Message m = report.contentReport().redacted();
    List<String> names = new ArrayList<>();
    m.attachments().forEach(a -> names.add(a.fileName()));
    return of(id, report, Optional.of(new Redacted(m.subject(), m.body(), names)));
  }

  private static CheckResult of(String id, SendReport report, Optional<Redacted> redacted) {
    Objects.requireNonNull(report, "report");
    Severity worst = null;
    List<Finding> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(SendCheck.DELIVERY_UNCERTAIN)) {
        continue; // reported as "deliverable": null with the delivery reason, not as a finding
      }
      if (f.severity() != Severity.INFO && (worst == null || f.severity().compareTo(worst) < 0)) {
        worst = f.severity();
      }
      findings.add(f);
    }
    Verdict verdict = worst == null ? Verdict.PASS : worst == Severity.BLOCK ? Verdict.BLOCK : Verdict.WARN;
    return new CheckResult(id, verdict, findings, report.category(), report.critical(), report.deliverable(), report.verdict(),
        report.delivery(), Math.round(report.classification().confidence() * 1000) / 1000.0, report.earliestAllowedAt(), report.allowedUntil(),
        redacted);
  }

  /** {@return the caller's id} */
  public String id() {
    return id;
  }

  /** {@return PASS, WARN or BLOCK: the worst severity among the findings, INFO not counting} */
  public Verdict verdict() {
    return verdict;
  }

  /** {@return the findings, sorted by field and position} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return what the message is} */
  public Category category() {
    return category;
  }

  /** {@return true when the category is necessary to complete the order} */
  public boolean critical() {
    return critical;
  }

  /** {@return true or false when known; empty when delivery is uncertain} */
  public Optional<Boolean> deliverable() {
    return deliverable;
  }

  /** {@return the overall decision} */
  public SendVerdict decision() {
    return decision;
  }

  /** {@return the delivery outcome, reason and explanation} */
  public DeliveryDecision delivery() {
    return delivery;
  }

  /** {@return the classifier's confidence in the category, rounded to three decimals} */
  public double confidence() {
    return confidence;
  }

  /** {@return the first allowed instant when the message is too early} */
  public Optional<Instant> earliestAllowedAt() {
    return earliestAllowedAt;
  }

  /** {@return the end of the timing window, when one applies} */
  public Optional<Instant> allowedUntil() {
    return allowedUntil;
  }

  /** {@return the message with the violating spans masked, when the check was asked to redact} */
  public Optional<Redacted> redacted() {
    return redacted;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CheckResult)) {
      return false;
    }
    CheckResult r = (CheckResult) o;
    return id.equals(r.id) && verdict == r.verdict && findings.equals(r.findings) && category == r.category && critical == r.critical
        && deliverable.equals(r.deliverable) && decision == r.decision && delivery.equals(r.delivery)
        && Double.compare(confidence, r.confidence) == 0 && earliestAllowedAt.equals(r.earliestAllowedAt) && allowedUntil.equals(r.allowedUntil)
        && redacted.equals(r.redacted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, verdict, findings, category, critical, deliverable, decision, delivery, confidence, earliestAllowedAt, allowedUntil,
        redacted);
  }

  @Override
  public String toString() {
    return "CheckResult{id=" + id + ", verdict=" + verdict + ", findings=" + findings.size() + ", category=" + category
        + ", decision=" + decision + "}";
  }

  /** The redacted message as the result reports it: subject, body and the attachments kept. Immutable. */
  public static final class Redacted {
    private final String subject;
    private final String body;
    private final List<String> attachments;

    /**
     * Creates the redacted view.
     *
     * @param subject the redacted subject
     * @param body the redacted body
     * @param attachments the names of the attachments kept
     */
    public Redacted(String subject, String body, List<String> attachments) {
      this.subject = Objects.requireNonNull(subject, "subject");
      this.body = Objects.requireNonNull(body, "body");
      this.attachments = List.copyOf(attachments);
    }

    /** {@return the redacted subject} */
    public String subject() {
      return subject;
    }

    /** {@return the redacted body} */
    public String body() {
      return body;
    }

    /** {@return the names of the attachments kept} */
    public List<String> attachments() {
      return attachments;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Redacted && subject.equals(((Redacted) o).subject) && body.equals(((Redacted) o).body)
          && attachments.equals(((Redacted) o).attachments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, body, attachments);
    }

    @Override
    public String toString() {
      return "Redacted{attachments=" + attachments + "}";
    }
  }
}
