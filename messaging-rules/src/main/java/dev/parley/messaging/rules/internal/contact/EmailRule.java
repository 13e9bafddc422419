package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.html.HtmlObservations;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import dev.parley.messaging.core.BuyerAlias;
import java.util.Optional;

/**
 * Rule {@code content.email}: no e-mail addresses, plain or disguised (recognition is documented
 * on {@link AddressScanner} and {@link ContactText}); and rule {@code content.buyer-alias}: the
 * buyer's own masked alias ({@link dev.parley.messaging.rules.CheckContext#buyerAlias()}, or any
 * {@code *@marketplace.amazon.<tld>} address) quoted in a message is reported for information, not
 * as a leak. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_EMAIL,
    summary = "No e-mail addresses, plain or disguised.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES, RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT, Input.HTML})
@Rule(
    id = RuleIds.CONTENT_BUYER_ALIAS,
    summary = "The buyer's own masked Amazon alias is quoted; not a leak, reported for information.",
    severity = Severity.INFO,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_BSM},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT, Input.CONTEXT})
public final class EmailRule implements TextRule {
  public static final String ID = RuleIds.CONTENT_EMAIL;
  public static final String ALIAS_ID = RuleIds.CONTENT_BUYER_ALIAS;

  @Override
  public boolean readsContactText() {
    return true;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ID) && !sink.enabled(ALIAS_ID)) {
      return;
    }
    ContactText view = field.contactText();
    Optional<BuyerAlias> alias = input.context().buyerAlias();
    // The addresses alone: the links the full scan reads between them are the link rule's.
    for (AddressScanner.Hit h : AddressScanner.emails(view)) {
      int s = view.foldedStart(h.start);
      int e = view.foldedEnd(h.end);
      String address = view.substring(h.start, h.end);
      boolean isAlias = h.host.startsWith("marketplace.amazon.") || (alias.isPresent() && alias.get().address().equals(address));
      if (isAlias) {
        sink.addFolded(ALIAS_ID, field, s, e, "The buyer's own masked Amazon address (" + address + ") is quoted; that is not a leak.", "address scanner: Amazon alias");
      } else {
        // Past the per-rule cap the explanation and evidence are not read: not built (see Reporter.lists).
        boolean listed = sink.lists(ID);
        sink.addFolded(ID, field, s, e, listed ? "An e-mail address (" + address + "); buyer messages must not carry e-mail addresses." : "",
            listed ? "address scanner: " + h.what : "");
      }
    }
    HtmlObservations.report(ID, field, sink);
  }
}
