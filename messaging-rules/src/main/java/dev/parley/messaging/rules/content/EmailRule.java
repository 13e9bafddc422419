package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.BuyerAlias;
import java.util.Optional;

/**
 * Rule {@code content.email}: no e-mail addresses, plain or disguised (recognition is documented
 * on {@link AddressScanner} and {@link ContactText}); and rule {@code content.buyer-alias}: the
 * buyer's own masked alias ({@link dev.parley.messaging.rules.CheckContext#buyerAlias()}, or any
 * {@code *@marketplace.amazon.<tld>} address) quoted in a message is reported for information, not
 * as a leak. Immutable and thread-safe.
 */
final class EmailRule implements TextRule {
  static final String ID = "content.email";
  static final String ALIAS_ID = "content.buyer-alias";

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ID) && !sink.enabled(ALIAS_ID)) {
      return;
    }
    ContactText view = field.contactText();
    Optional<BuyerAlias> alias = input.context().buyerAlias();
    for (AddressScanner.Hit h : AddressScanner.scan(view, "")) {
      if (h.kind != AddressScanner.Kind.EMAIL) {
        continue;
      }
      int s = view.foldedStart(h.start);
      int e = view.foldedEnd(h.end);
      String address = view.substring(h.start, h.end);
      boolean isAlias = h.host.startsWith("marketplace.amazon.") || (alias.isPresent() && alias.get().address().equals(address));
      if (isAlias) {
        sink.addFolded(ALIAS_ID, field, s, e, "The buyer's masked Amazon alias is quoted: " + address);
      } else {
        sink.addFolded(ID, field, s, e, "E-mail address: " + address);
      }
    }
  }
}
