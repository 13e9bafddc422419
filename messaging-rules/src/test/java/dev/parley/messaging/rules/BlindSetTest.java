package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole send check on the blind set of December 2026 ({@code corpus/blind/}, 852
 * messages in twelve languages written from the rule specification alone): per language and per
 * rule precision and recall of the contact and wording rules together, the share of compliant
 * messages blocked, category and critical accuracy.
 *
 * <p>This set measures and is never tuned on (see its README). The floors below sit under the
 * first run's figures so that the test catches a regression; they are not goals. The figures are
 * written to {@code target/blind-report.txt} (and printed with {@code -Dparley.blind.print=true}),
 * not to the console of every build, so that nobody tunes on them by accident.
 */
class BlindSetTest {
  static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "tr", "ja", "ar");

  @Test
  void theSendCheckOnTheBlindSet() {
    List<Corpus.Entry> corpus = new ArrayList<>();
    for (String lang : LANGUAGES) {
      corpus.addAll(Corpus.load("/corpus/blind/" + lang + ".jsonl"));
    }
    SendCheckScore score = SendCheckScore.of(corpus);
    String report = score.table("blind set");
    // The figures go to a file, not the console, so that nobody building the project reads them
    // by accident and tunes on them: the set is measured once before and once after a change.
    // Which messages were misread is never written.
    if (Boolean.getBoolean("parley.blind.print")) {
      System.out.print(report);
    }
    SendCheckScore.write("blind-report.txt", report);
    assertThat(corpus).hasSize(852);
    assertThat(score.evaluation.byRule.get("content.link").precision()).as("content.link precision").isGreaterThanOrEqualTo(0.5);
    assertThat(score.all.blockedShare()).as("share of compliant messages blocked").isLessThanOrEqualTo(0.5);
  }
}
