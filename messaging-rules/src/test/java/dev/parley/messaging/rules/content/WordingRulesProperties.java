package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the wording rules, checked with QuickTheories. */
class WordingRulesProperties {
  private static final ContentPolicy POLICY = ContentPolicy.standard();
  private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.UK, Marketplace.DE, Marketplace.FR, Marketplace.IT, Marketplace.ES, Marketplace.JP);

  private static Set<String> verdict(String text, Marketplace m) {
    return POLICY.checkText(text, CheckContext.of(m)).findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + "/" + f.severity())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void insertingACompliantSentenceNeverCreatesABlock() {
    qt().withExamples(300).forAll(Generators.compliantMessages(), Generators.compliantSentences(), integers().between(0, 1000))
        .checkAssert((message, sentence, where) -> {
          // Insert at a sentence or line boundary of the message.
          int[] cuts = message.chars().filter(c -> c == '\n' || c == '.' || c == '?').toArray();
          int at = 0;
          int count = 0;
          for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '.' || c == '?') {
              if (count++ == where % Math.max(1, cuts.length)) {
                at = i + 1;
                break;
              }
            }
          }
          String text = message.substring(0, at) + " " + sentence + " " + message.substring(at);
          for (Marketplace m : MARKETPLACES) {
            List<Finding> blocks = POLICY.checkText(text, CheckContext.of(m)).findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK).collect(Collectors.toList());
            assertThat(blocks).as(text).isEmpty();
          }
        });
  }

  @Test
  void caseWhitespaceAndLookAlikesNeverChangeTheVerdict() {
    qt().withExamples(300).forAll(Generators.messageText(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((text, seed) -> {
          Marketplace m = MARKETPLACES.get(Math.floorMod(seed, MARKETPLACES.size()));
          Set<String> before = verdict(text, m);
          assertThat(verdict(disguise(text, seed), m)).as(text).isEqualTo(before);
        });
    qt().withExamples(100).forAll(Generators.compliantMessages(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((text, seed) -> assertThat(verdict(disguise(text, seed), Marketplace.US)).isEqualTo(verdict(text, Marketplace.US)));
  }

  /** Flips the case of ASCII letters, widens spaces and swaps in Cyrillic look-alikes, by seed. */
  static String disguise(String text, int seed) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int k = seed;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      k = k * 1103515245 + 12345;
      int r = (k >>> 16) & 7;
      if (c == ' ' && r < 2) {
        sb.append(r == 0 ? "  " : "\t");
      } else if (c == 'a' && r < 3) {
        sb.append('\u0430');
      } else if (c == 'o' && r < 3) {
        sb.append('\u043E');
      } else if (c == 'e' && r < 3) {
        sb.append('\u0435');
      } else if (c >= 'a' && c <= 'z' && r >= 5) {
        sb.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z' && r >= 5) {
        sb.append((char) (c + 32));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void everySpanLiesInsideItsFieldAndChecksAreDeterministic() {
    ContentPolicy fresh = ContentPolicy.of(ContentSettings.builder().languageMinLetters(39).build());
    ContentPolicy sameAsFresh = ContentPolicy.of(ContentSettings.builder().languageMinLetters(39).build());
    qt().withExamples(400).forAll(Generators.messageText(), integers().between(0, MARKETPLACES.size() - 1))
        .checkAssert((text, mi) -> {
          CheckContext ctx = CheckContext.of(MARKETPLACES.get(mi));
          PolicyReport r = fresh.checkText(text, ctx);
          for (Finding f : r.findings()) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(f.explanation()).isNotBlank().doesNotContain(".txt").doesNotStartWith(f.ruleId());
            if (f.ruleId().startsWith("review.") || f.ruleId().equals("content.promotion") || f.ruleId().equals("content.sensitive")) {
              assertThat(f.evidence()).contains(".txt:");
            }
          }
          assertThat(fresh.checkText(text, ctx)).isEqualTo(r);
          assertThat(sameAsFresh.checkText(text, ctx)).isEqualTo(r);
        });
  }
}
