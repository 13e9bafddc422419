package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of phones by meaning: a labelled number of any country in any grouping is found on
 * every marketplace, and a number a carrier, freight agency or manufacturer gives never blocks as
 * the seller's phone.
 */
class ContactByMeaningProperties {
  private static Gen<Marketplace> marketplaces() {
    return integers().between(0, Marketplace.values().length - 1).map(i -> Marketplace.values()[i]);
  }

  private static List<Finding> phones(String text, Marketplace m) {
    return ContactChecks.check(text, m).findings().stream().filter(f -> f.ruleId().equals("content.phone")).collect(Collectors.toList());
  }

  @Test
  void anyLabelledNumberInAnyGroupingIsFoundOnEveryMarketplace() {
    qt().withExamples(600).forAll(Generators.labelledPhones(), marketplaces()).checkAssert((text, m) -> {
      List<Finding> found = phones(text, m);
      assertThat(found).as("%s on %s", text, m).anySatisfy(f -> {
        assertThat(f.severity()).isEqualTo(Severity.BLOCK);
        // the span covers the number's last digit
        int lastDigit = lastDigit(text);
        assertThat(f.start()).isLessThanOrEqualTo(lastDigit);
        assertThat(f.end()).isGreaterThan(lastDigit);
      });
    });
  }

  @Test
  void aCarriersOrManufacturersNumberNeverBlocksAsASellerPhone() {
    qt().withExamples(600).forAll(Generators.carrierNumbers(), marketplaces()).checkAssert((text, m) ->
        assertThat(phones(text, m)).as("%s on %s", text, m).noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK)));
  }

  private static int lastDigit(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
