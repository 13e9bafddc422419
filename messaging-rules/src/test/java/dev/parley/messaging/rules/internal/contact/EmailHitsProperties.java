package dev.parley.messaging.rules.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The e-mail rule reads {@link AddressScanner#emails} instead of the e-mail hits of the full
 * {@link AddressScanner#scan}: both give the same addresses, in the same order, with the same
 * spans, hosts and descriptions, on any contact text.
 */
class EmailHitsProperties {
  /** Address pieces, disguises and separators, so that addresses, links, IPv6 brackets and mailto: meet. */
  private static final String[] PIECES = {
    "info", "@", " at ", " [at] ", "(at)", "shop", ".", " dot ", "de", "com", "co.uk", "mailto:", "http://", "www.", "/", "a.b",
    "[fe80::1]", "[", "]", ":", "8080", "x_y", "-", " ", "\n", "\u2588", "gmail", "me", "first.last", "+tag", "例え", "ドット",
    "%2e", "hxxp://", "amazon.de", "marketplace.amazon.de", "1.2.3.4", "w w w . s h o p . c o m", "é",
  };

  private static Gen<String> pieces() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(1, 30).map(ps -> String.join("", ps));
  }

  @Test
  void theEmailsAreTheEmailHitsOfTheFullScan() {
    java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(10000).forAll(pieces().mix(Generators.contactText()).mix(Generators.text(80)), integers().between(0, 2))
        .checkAssert((text, cc) -> {
          String folded = NormalizedText.of(text).text();
          // Two views of the same text: the scan keeps its addresses on its view, and this view's
          // are found by themselves.
          List<AddressScanner.Hit> full = AddressScanner.scan(ContactText.of(folded), new String[] {"", "de", "com"}[cc]).stream()
              .filter(h -> h.kind == AddressScanner.Kind.EMAIL).toList();
          List<AddressScanner.Hit> emails = AddressScanner.emails(ContactText.of(folded));
          assertThat(emails).hasSameSizeAs(full);
          found.addAndGet(full.size());
          for (int i = 0; i < full.size(); i++) {
            AddressScanner.Hit a = full.get(i);
            AddressScanner.Hit b = emails.get(i);
            assertThat(List.of(b.kind, b.start, b.end, b.host, b.what)).as("%s in %s", a.host, text)
                .isEqualTo(List.of(a.kind, a.start, a.end, a.host, a.what));
          }
        });
    assertThat(found.get()).as("addresses the generator reaches").isGreaterThan(500);
  }

  /**
   * The addresses found once and kept on the view are what a fresh view gives, whether the scan
   * or the e-mail search read them first; the scan that takes them over finds the same links.
   */
  @Test
  void theAddressesKeptOnAViewAreTheOnesAFreshViewGives() {
    java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(5000).forAll(pieces().mix(Generators.contactText()), integers().between(0, 2))
        .checkAssert((text, cc) -> {
          String folded = NormalizedText.of(text).text();
          String tld = new String[] {"", "de", "com"}[cc];
          ContactText scannedFirst = ContactText.of(folded);
          List<AddressScanner.Hit> scanned = AddressScanner.scan(scannedFirst, tld);
          ContactText searchedFirst = ContactText.of(folded);
          List<AddressScanner.Hit> searched = AddressScanner.emails(searchedFirst);
          assertThat(AddressScanner.emails(searchedFirst)).isSameAs(searched);
          assertThat(describe(AddressScanner.emails(scannedFirst))).isEqualTo(describe(searched));
          assertThat(describe(AddressScanner.scan(searchedFirst, tld))).isEqualTo(describe(scanned));
          assertThat(describe(AddressScanner.scan(ContactText.of(folded), tld))).isEqualTo(describe(scanned));
          found.addAndGet(searched.size());
        });
    assertThat(found.get()).as("addresses the generator reaches").isGreaterThan(500);
  }

  private static List<List<Object>> describe(List<AddressScanner.Hit> hits) {
    return hits.stream().map(h -> List.<Object>of(h.kind, h.start, h.end, h.host, h.what)).toList();
  }
}
