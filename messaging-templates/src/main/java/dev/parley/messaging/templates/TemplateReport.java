package dev.parley.messaging.templates;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.content.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer of {@link TemplateCheck} for one template: every finding in template coordinates
 * (spans into the template's subject or body as written), the placeholders found, the verdict, and
 * the send check's report on the template filled with stand-in values.
 *
 * <p>Immutable and thread-safe. Equal templates checked with equal settings give equal reports.
 */
public final class TemplateReport {
  private final Template template;
  private final CheckContext context;
  private final List<Placeholder> placeholders;
  private final List<Finding> findings;
  private final Message filled;
  private final SendReport filledReport;

  TemplateReport(Template template, CheckContext context, List<Placeholder> placeholders, List<Finding> findings, Message filled, SendReport filledReport) {
    this.template = template;
    this.context = context;
    this.placeholders = List.copyOf(placeholders);
    this.findings = findings.stream().sorted().distinct().collect(Collectors.toUnmodifiableList());
    this.filled = filled;
    this.filledReport = filledReport;
  }

  /** {@return the template that was checked} */
  public Template template() {
    return template;
  }

  /** {@return the context it was checked in} */
  public CheckContext context() {
    return context;
  }

  /** {@return every placeholder found, subject first, in text order} */
  public List<Placeholder> placeholders() {
    return placeholders;
  }

  /**
   * {@return every finding, sorted; spans point into the template's subject or body as written, a
   * finding inside a filled value spans its whole placeholder}
   */
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

  /** {@return what the filled message is, by the classifier (a declared SP-API type decides)} */
  public Category category() {
    return filledReport.category();
  }

  /** {@return the template filled with each placeholder's neutral stand-in (unknown ones empty)} */
  public Message filled() {
    return filled;
  }

  /** {@return the send check's report on {@link #filled()}, in the filled message's coordinates} */
  public SendReport filledReport() {
    return filledReport;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TemplateReport)) {
      return false;
    }
    TemplateReport r = (TemplateReport) o;
    return template.equals(r.template) && context.equals(r.context) && placeholders.equals(r.placeholders) && findings.equals(r.findings)
        && filledReport.equals(r.filledReport);
  }

  @Override
  public int hashCode() {
    return Objects.hash(template, findings);
  }

  @Override
  public String toString() {
    return "TemplateReport{id=" + template.id() + ", verdict=" + verdict() + ", placeholders=" + placeholders.size() + ", findings=" + findings.size() + "}";
  }
}
