package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the HTML and attachment rules on the labelled corpus src/test/resources/corpus/html.jsonl
 * (written for these rules): per-rule precision and recall must be at least 0.95. Only the rules of
 * this area are scored; other rules' findings are ignored.
 */
class HtmlCorpusTest {
  static final Set<String> SCORED = Set.of(
      "content.link", "content.email", "content.phone", "content.tracking-pixel", "content.html",
      "style.gif", "style.margin", "style.image-width", "style.font-size", "style.font-override", "style.alignment",
      "style.line-breaks", "style.image-https", "style.link-text",
      "attachment.type", "attachment.size", "attachment.count", "attachment.content", "attachment.purpose");

  @Test
  void perRulePrecisionAndRecallAreAtLeast95Percent() {
    List<Corpus.Entry> entries = Corpus.load("/corpus/html.jsonl");
    assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
    Corpus.Scores scores = new Corpus.Scores();
    StringBuilder misses = new StringBuilder();
    for (Corpus.Entry e : entries) {
      PolicyReport r = ContentPolicy.standard().check(e.message, e.context);
      Set<String> found = r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).filter(SCORED::contains).collect(Collectors.toCollection(TreeSet::new));
      for (String rule : SCORED) {
        boolean want = e.expectedRules.contains(rule);
        boolean got = found.contains(rule);
        scores.get(rule).add(want, got);
        if (want != got) {
          misses.append(e.id).append(": ").append(rule).append(want ? " missed" : " false positive").append('\n');
        }
      }
    }
    for (Corpus.Entry e : entries) {
      PolicyReport again = ContentPolicy.standard().check(ContentPolicy.standard().check(e.message, e.context).redacted(), e.context);
      assertThat(again.findings()).as("redacted %s", e.id).filteredOn(f -> f.severity() != Severity.INFO && HtmlProperties.htmlRule(f)).isEmpty();
    }
    System.out.println("html corpus (" + entries.size() + " messages):\n" + scores + misses);
    for (String rule : SCORED) {
      Corpus.Score s = scores.get(rule);
      if (s.truePositives + s.falseNegatives > 0) {
        assertThat(s.precision()).as(rule + " precision").isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).as(rule + " recall").isGreaterThanOrEqualTo(0.95);
      } else {
        assertThat(s.falsePositives).as(rule + " false positives").isZero();
      }
    }
  }
}
