package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.classify.Category;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole send check on {@code corpus/holdout.jsonl}: 320 messages written blind (by an
 * author who saw only the rule specification, never the lexicons, scanners or other corpora), with
 * complete labels for every labelled rule, the category and the critical flag.
 *
 * <p>It is the project's honest figure. The floors asserted here are below the measured values so
 * that the test guards against regressions without inviting anyone to fit the corpus.
 */
class HoldoutCorpusTest {
  private static final List<String> RULES = List.of(
      "content.link", "content.email", "content.phone", "content.opt-out-link", "content.promotion",
      "review.positive-only", "review.incentive", "review.change-request", "message.thank-you-only",
      "message.order-confirmation", "style.emoji", "content.sensitive");

  @Test
  void theSendCheckOnTheBlindHoldout() {
    List<Corpus.Entry> corpus = Corpus.load("/corpus/holdout.jsonl");
    SendCheck check = SendCheck.standard();
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    Map<String, SendReport> reports = new HashMap<>();
    for (Corpus.Entry e : corpus) {
      reports.put(e.id, check.check(SendRequest.of(e.message, e.context, at)));
    }
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> reports.get(e.id).findings(), RULES);
    Corpus.Scores scores = ev.byRule;
    int compliant = ev.compliant;
    int compliantBlocked = ev.compliantBlocked;
    StringBuilder misses = new StringBuilder();
    ev.misses.forEach(m -> misses.append("  ").append(m).append('\n'));
    int categoryHits = 0;
    int criticalHits = 0;
    int labelled = 0;
    for (Corpus.Entry e : corpus) {
      SendReport r = reports.get(e.id);
      if (e.category.isPresent()) {
        labelled++;
        Category expected = Category.parse(e.category.get());
        if (r.category() == expected) {
          categoryHits++;
        } else {
          misses.append(String.format(Locale.ROOT, "  CATEGORY %s: expected %s, got %s%n", e.id, expected, r.category()));
        }
        if (e.critical.isPresent() && r.critical() == e.critical.get()) {
          criticalHits++;
        }
      }
    }
    double categoryAccuracy = (double) categoryHits / labelled;
    double criticalAccuracy = (double) criticalHits / labelled;
    System.out.printf(Locale.ROOT, "holdout corpus: %d messages%n%s  compliant messages blocked: %d of %d%n  category accuracy %.3f, critical accuracy %.3f%n%s",
        corpus.size(), scores, compliantBlocked, compliant, categoryAccuracy, criticalAccuracy, misses);
    assertThat(corpus).hasSize(320);
    for (String rule : RULES) {
      assertThat(scores.get(rule).precision()).as("precision of " + rule).isGreaterThanOrEqualTo(0.85);
      assertThat(scores.get(rule).recall()).as("recall of " + rule).isGreaterThanOrEqualTo(0.6);
    }
    assertThat((double) compliantBlocked / compliant).as("share of compliant messages blocked").isLessThanOrEqualTo(0.03);
    assertThat(categoryAccuracy).as("category accuracy").isGreaterThanOrEqualTo(0.7);
    assertThat(criticalAccuracy).as("critical accuracy").isGreaterThanOrEqualTo(0.9);
  }
}
