package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.html.HtmlObservations;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import dev.parley.messaging.rules.Severity;

/**
 * Rule {@code content.phone}: no telephone numbers. Recognition (candidates, exclusions, the
 * marketplace's country as the default region) is documented on {@link PhoneScanner}. A number
 * introduced as a carrier's, manufacturer's or warranty service's gets {@link
 * ContentSettings#serviceNumberSeverity()} instead of the rule's severity. Immutable and
 * thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_PHONE,
    summary = "No telephone numbers; a carrier's, manufacturer's or warranty service's number is a warning.",
    severity = Severity.BLOCK,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT, Input.HTML, Input.CONTEXT})
public final class PhoneRule implements TextRule {
  public static final String ID = RuleIds.CONTENT_PHONE;

  private final Severity serviceSeverity;

  public PhoneRule(ContentSettings settings) {
    this.serviceSeverity = settings.serviceNumberSeverity();
  }

  /**
   * {@inheritDoc} The scanner's digit runs hold only digits, {@code o}, {@code l}, {@code i},
   * {@code +} and the separators {@code space - . / ( ) ー}; its spelled runs hold tokens (word
   * characters) and gaps of {@code space - , .}. The mask (U+2588, a block element) is none of
   * them and no word character, so no hit covers one in the folded text, nor in the source its
   * span maps back to; the markup observations are read from HTML bodies only.
   */
  @Override
  public boolean neverCoversMask() {
    return true;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    for (PhoneScanner.Hit h : PhoneScanner.scan(field.normalized().text(), field.tokens(), input.context().marketplace())) {
      // Past the per-rule cap the explanation is not read: not built (see Reporter.lists).
      boolean listed = sink.lists(ID);
      if (h.service) {
        sink.addFolded(ID, serviceSeverity, field, h.start, h.end, listed
            ? "A telephone number (" + h.number + ") that the text gives as a carrier's, manufacturer's or warranty service's; check that it is not yours."
            : "", "phone scanner: service number");
      } else {
        sink.addFolded(ID, null, field, h.start, h.end, listed ? "A telephone number (" + h.number + "); buyer messages must not carry phone numbers." : "",
            "phone scanner");
      }
    }
    HtmlObservations.report(ID, field, sink);
  }
}
