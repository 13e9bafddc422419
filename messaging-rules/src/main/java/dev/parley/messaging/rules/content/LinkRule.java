package dev.parley.messaging.rules.content;

import java.util.List;
import java.util.Locale;

/**
 * Rule {@code content.link}: no links or website addresses other than the allowed domains
 * (Amazon's own by default, each with its subdomains; {@link ContentSettings#allowedLinkDomains()}).
 * What counts as a link, and what deliberately does not, is documented on {@link AddressScanner};
 * the disguises undone first are documented on {@link ContactText}. Immutable and thread-safe.
 */
final class LinkRule implements TextRule {
  static final String ID = "content.link";

  private final List<String> allowed;

  LinkRule(ContentSettings settings) {
    this.allowed = settings.allowedLinkDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    ContactText view = field.contactText();
    String ownCc = input.context().marketplace().topLevelDomain();
    ownCc = ownCc.substring(ownCc.lastIndexOf('.') + 1);
    for (AddressScanner.Hit h : AddressScanner.scan(view, ownCc)) {
      if (h.kind != AddressScanner.Kind.LINK || isAllowed(h.host)) {
        continue;
      }
      sink.addFolded(ID, field, view.foldedStart(h.start), view.foldedEnd(h.end), "Link or web address (" + h.what + "): " + h.host);
    }
  }

  boolean isAllowed(String host) {
    String hst = host;
    int colon = hst.indexOf(':');
    if (colon >= 0 && hst.indexOf('.') >= 0) {
      hst = hst.substring(0, colon);
    }
    if (hst.startsWith("http://") || hst.startsWith("https://")) {
      hst = hst.substring(hst.indexOf("//") + 2);
    }
    for (String d : allowed) {
      if (hst.equals(d) || (hst.endsWith(d) && hst.length() > d.length() && hst.charAt(hst.length() - d.length() - 1) == '.')) {
        return true;
      }
    }
    return false;
  }
}
