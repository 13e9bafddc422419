package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.html.HtmlObservations;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import java.util.List;
import java.util.Locale;

/**
 * Rule {@code content.link}: no links or website addresses other than the allowed domains
 * (Amazon's own by default, each with its subdomains; {@link ContentSettings#allowedLinkDomains()}).
 * What counts as a link, and what deliberately does not, is documented on {@link AddressScanner};
 * the disguises undone first are documented on {@link ContactText}. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_LINK,
    summary = "No links or website addresses other than Amazon's own, however written or disguised.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES, RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT, Input.HTML, Input.CONTEXT})
public final class LinkRule implements TextRule {
  public static final String ID = RuleIds.CONTENT_LINK;

  private final List<String> allowed;
  private final List<String> forbidden;

  public LinkRule(ContentSettings settings) {
    this.allowed = settings.allowedLinkDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    this.forbidden = settings.forbiddenLinkDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).sorted().toList();
  }

  @Override
  public boolean readsContactText() {
    return true;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
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
      // Past the per-rule cap the explanation and evidence are not read: not built (see Reporter.lists).
      boolean listed = sink.lists(ID);
      sink.addFolded(ID, field, view.foldedStart(h.start), view.foldedEnd(h.end),
          listed ? "A link or web address (" + h.host + "); buyer messages may only link to Amazon." : "", listed ? "address scanner: " + h.what : "");
    }
    HtmlObservations.report(ID, field, sink);
  }

  public boolean isAllowed(String host) {
    String hst = bareHost(host);
    return within(hst, allowed) && !within(hst, forbidden);
  }

  private static String bareHost(String host) {
    String hst = host;
    int colon = hst.indexOf(':');
    if (colon >= 0 && hst.indexOf('.') >= 0) {
      hst = hst.substring(0, colon);
    }
    if (hst.startsWith("http://") || hst.startsWith("https://")) {
      hst = hst.substring(hst.indexOf("//") + 2);
    }
    return hst;
  }

  private static boolean within(String hst, List<String> domains) {
    for (String d : domains) {
      if (hst.equals(d) || (hst.endsWith(d) && hst.length() > d.length() && hst.charAt(hst.length() - d.length() - 1) == '.')) {
        return true;
      }
    }
    return false;
  }
}
