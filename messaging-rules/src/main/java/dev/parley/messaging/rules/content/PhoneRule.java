package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.Severity;

/**
 * Rule {@code content.phone}: no telephone numbers. Recognition (candidates, exclusions, the
 * marketplace's country as the default region) is documented on {@link PhoneScanner}. A number
 * introduced as a carrier's, manufacturer's or warranty service's gets {@link
 * ContentSettings#serviceNumberSeverity()} instead of the rule's severity. Immutable and
 * thread-safe.
 */
final class PhoneRule implements TextRule {
  static final String ID = "content.phone";

  private final Severity serviceSeverity;
  private final Severity severity;

  PhoneRule(ContentSettings settings) {
    this.serviceSeverity = settings.serviceNumberSeverity();
    this.severity = settings.severityOf(ID);
  }

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    for (PhoneScanner.Hit h : PhoneScanner.scan(field.normalized().text(), field.tokens(), input.context().marketplace())) {
      if (h.service) {
        sink.addFolded(ID, serviceSeverity, field, h.start, h.end, "Telephone number of a carrier, manufacturer or warranty service: " + h.number);
      } else {
        sink.addFolded(ID, severity, field, h.start, h.end, "Telephone number: " + h.number);
      }
    }
  }
}
