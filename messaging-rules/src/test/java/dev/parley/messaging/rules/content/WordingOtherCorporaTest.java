package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import java.util.List;
import java.util.Locale;
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
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> POLICY.check(e.message, e.context).findings(), WORDING);
    Corpus.Scores byRule = ev.byRule;
    int compliant = ev.compliant;
    int compliantBlocked = ev.compliantBlocked;
    List<String> misses = ev.misses;
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
