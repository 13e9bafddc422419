package dev.parley.messaging.rules.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link AddressScanner#scan} passes over a word that no dot, plus, colon or slash follows without
 * reading it for a scheme, an IPv6 address and a host: it finds exactly the hits, spans, hosts and
 * descriptions that reading every word start gives.
 */
class AddressScanProperties {
  /** Words and what may follow a word: schemes, ports, IPv6 groups, labels, disguises, masks, CJK. */
  private static final String[] PIECES = {
    "shop", "www", "com", "de", ".", "+", ":", "/", "//", "\\", "svn", "ssh", "http", "https", "ftp", "irc", "myapp", "localhost",
    "8080", "fe80", "1", "::", "[", "]", "a_b", "x-y", "@", "info", " ", "\n", ",", "?", "#", "\u2588", "例え", "ドット", "é",
    "straße", "παράδειγμα", " dot ", " at ", "(.)", "%2e", "1.2.3.4", "bit.ly", "amazon.de", "mailto:", "a", "z9",
  };

  private static Gen<String> texts() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(1, 40).map(ps -> String.join("", ps)).mix(Generators.contactText()).mix(Generators.text(80));
  }

  @Test
  void skippingPlainWordsFindsWhatReadingEveryWordFinds() {
    AtomicInteger links = new AtomicInteger();
    qt().withExamples(20000).forAll(texts(), integers().between(0, 2)).checkAssert((text, cc) -> {
      ContactText v = ContactText.of(NormalizedText.of(text).text());
      String own = new String[] {"", "de", "com"}[cc];
      List<AddressScanner.Hit> quick = AddressScanner.scan(v, own, true);
      List<AddressScanner.Hit> every = AddressScanner.scan(v, own, false);
      assertThat(quick).as("hits in %s", text).hasSameSizeAs(every);
      for (int i = 0; i < every.size(); i++) {
        AddressScanner.Hit a = every.get(i);
        AddressScanner.Hit b = quick.get(i);
        assertThat(List.of(b.kind, b.start, b.end, b.host, b.what)).as("%s in %s", a.host, text)
            .isEqualTo(List.of(a.kind, a.start, a.end, a.host, a.what));
        if (a.kind == AddressScanner.Kind.LINK) {
          links.incrementAndGet();
        }
      }
    });
    assertThat(links.get()).as("links the generator reaches").isGreaterThan(2000);
  }
}
