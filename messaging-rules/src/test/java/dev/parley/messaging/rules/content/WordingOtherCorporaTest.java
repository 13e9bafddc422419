package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures the wording rules on labelled corpora they were not written against
 * (corpus/classify.jsonl, corpus/contact.jsonl): precision and recall per wording rule, and the
 * compliant messages that a wording rule blocks. The lexicons were tuned on corpus/wording.jsonl,
 * so these figures are the honest ones; the floors are the values reached, not wishes.
 */
class WordingOtherCorporaTest {
  /** The rules judged by phrase lexicons. */
  static final List<String> WORDING = List.of(
      "content.promotion", "review.positive-only", "review.incentive", "review.change-request",
      "message.thank-you-only", "message.order-confirmation", "content.sensitive");
  static final double FLOOR = 0.95;

  private static final ContentPolicy POLICY = ContentPolicy.standard();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/corpus/classify.jsonl", "/corpus/contact.jsonl"})
  void wordingRulesHoldOnCorporaTheyWereNotTunedOn(String resource) {
    List<Corpus.Entry> corpus = Corpus.load(resource);
    Corpus.Scores byRule = new Corpus.Scores();
    int compliant = 0;
    int compliantBlocked = 0;
    List<String> misses = new ArrayList<>();
    for (Corpus.Entry e : corpus) {
      List<Finding> findings = POLICY.check(e.message, e.context).findings();
      Set<String> actual = new HashSet<>();
      boolean blocked = false;
      for (Finding f : findings) {
        if (WORDING.contains(f.ruleId()) && f.severity() != Severity.INFO) {
          actual.add(f.ruleId());
          blocked |= f.severity() == Severity.BLOCK;
        }
      }
      if (e.expectedRules.isEmpty()) {
        compliant++;
        if (blocked) {
          compliantBlocked++;
        }
      }
      for (String rule : WORDING) {
        boolean exp = e.expectedRules.contains(rule);
        boolean act = actual.contains(rule);
        byRule.get(rule).add(exp, act);
        if (exp != act) {
          misses.add((exp ? "MISS " : "FALSE ") + rule + " " + e.id + " :: "
              + findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).findFirst().orElse(e.message.body().replace('\n', ' ')));
        }
      }
    }
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%nwording rules on %s: %d messages%n%s", resource, corpus.size(), byRule));
    table.append(String.format(Locale.ROOT, "compliant messages with a BLOCK from a wording rule: %d of %d%n", compliantBlocked, compliant));
    misses.forEach(m -> table.append("  ").append(m).append('\n'));
    System.out.println(table);
    assertThat(corpus).as("corpus size").hasSizeGreaterThan(100);
    for (String rule : WORDING) {
      Corpus.Score s = byRule.get(rule);
      assertThat(s.precision()).as("precision of %s%s", rule, table).isGreaterThanOrEqualTo(FLOOR);
      assertThat(s.recall()).as("recall of %s%s", rule, table).isGreaterThanOrEqualTo(FLOOR);
    }
    assertThat(compliantBlocked).as("compliant messages blocked%s", table).isZero();
  }
}
