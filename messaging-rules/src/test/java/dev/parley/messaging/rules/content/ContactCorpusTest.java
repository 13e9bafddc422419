package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores the contact rules on the labelled corpus {@code corpus/contact.jsonl}: per-rule precision
 * and recall, and the share of innocent messages flagged, against the project's targets (recall at
 * least 0.97, at most 1 % of innocent messages flagged).
 */
class ContactCorpusTest {
  private static final List<String> RULES = List.of("content.link", "content.email", "content.phone", "content.opt-out-link");

  @Test
  void contactRulesMeetTheirTargetsOnTheLabelledCorpus() {
    List<Corpus.Entry> corpus = Corpus.load("/corpus/contact.jsonl");
    Set<String> langs = corpus.stream().map(e -> e.lang).collect(Collectors.toCollection(TreeSet::new));
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    assertThat(langs).hasSizeGreaterThanOrEqualTo(5);
    ContentPolicy policy = ContentPolicy.standard();
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> policy.check(e.message, e.context).findings(), RULES);
    Corpus.Scores scores = ev.byRule;
    int innocent = ev.compliant;
    int innocentFlagged = 0;
    for (Corpus.Entry e : corpus) {
      if (RULES.stream().noneMatch(e.expectedRules::contains)
          && policy.check(e.message, e.context).findings().stream().anyMatch(f -> f.severity() != Severity.INFO && RULES.contains(f.ruleId()))) {
        innocentFlagged++;
      }
    }
    StringBuilder misses = new StringBuilder();
    ev.misses.forEach(m -> misses.append("  ").append(m).append('\n'));
    double innocentRate = innocent == 0 ? 0 : (double) innocentFlagged / innocent;
    System.out.printf(Locale.ROOT, "contact corpus: %d messages, languages %s%n%s  innocent messages flagged: %d of %d (%.2f %%)%n%s",
        corpus.size(), langs, scores, innocentFlagged, innocent, 100 * innocentRate, misses);
    for (String rule : RULES) {
      assertThat(scores.get(rule).recall()).as("recall of " + rule).isGreaterThanOrEqualTo(0.97);
    }
    assertThat(innocentRate).as("share of innocent messages flagged").isLessThanOrEqualTo(0.01);
  }
}
