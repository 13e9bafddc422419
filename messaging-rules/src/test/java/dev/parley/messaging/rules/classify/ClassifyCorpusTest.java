package dev.parley.messaging.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier on the labelled corpora: category accuracy and critical/non-critical
 * accuracy, with a confusion summary printed for the record.
 */
class ClassifyCorpusTest {
  private final Classifier classifier = Classifier.standard();

  @Test
  void classifyCorpusMeetsTheQualityBar() {
    List<Corpus.Entry> corpus = Corpus.load("/corpus/classify.jsonl");
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    assertThat(corpus.stream().map(e -> e.lang).distinct().count()).isGreaterThanOrEqualTo(5);
    Result r = evaluate("classify.jsonl", corpus);
    assertThat(r.categoryAccuracy()).as("category accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(r.criticalAccuracy()).as("critical accuracy").isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void wordingCorpusCategoriesAreMeasured() {
    // wording.jsonl belongs to the wording rules' branch; measured here whenever it is on the class path.
    Assumptions.assumeTrue(ClassifyCorpusTest.class.getResource("/corpus/wording.jsonl") != null, "wording.jsonl not present");
    List<Corpus.Entry> corpus = Corpus.load("/corpus/wording.jsonl");
    Result r = evaluate("wording.jsonl", corpus);
    // A secondary measure: the wording corpus labels categories of messages written to break wording rules.
    assertThat(r.categoryAccuracy()).as("category accuracy").isGreaterThanOrEqualTo(0.6);
    assertThat(r.criticalAccuracy()).as("critical accuracy").isGreaterThanOrEqualTo(0.9);
  }

  private Result evaluate(String name, List<Corpus.Entry> corpus) {
    Result r = new Result();
    Map<Category, Map<Category, Integer>> confusion = new EnumMap<>(Category.class);
    Map<String, int[]> byLang = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Corpus.Entry e : corpus) {
      if (e.category.isEmpty()) {
        continue;
      }
      Category expected = Category.parse(e.category.get());
      Classification c = classifier.classify(e.message);
      boolean ok = c.category() == expected;
      boolean critical = e.critical.orElse(expected.defaultCritical());
      r.total++;
      r.categoryHits += ok ? 1 : 0;
      r.criticalHits += c.critical() == critical ? 1 : 0;
      int[] l = byLang.computeIfAbsent(e.lang, k -> new int[2]);
      l[0]++;
      l[1] += ok ? 1 : 0;
      confusion.computeIfAbsent(expected, k -> new EnumMap<>(Category.class)).merge(c.category(), 1, Integer::sum);
      if (!ok) {
        misses.add(String.format(Locale.ROOT, "  %-18s expected %-21s got %-21s conf %.2f %s", e.id, expected, c.category(), c.confidence(), c.scores()));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d messages, category accuracy %.3f, critical accuracy %.3f%n", name, r.total, r.categoryAccuracy(), r.criticalAccuracy()));
    byLang.forEach((lang, v) -> sb.append(String.format(Locale.ROOT, "  %s %d/%d%n", lang, v[1], v[0])));
    confusion.forEach((exp, row) -> sb.append(String.format(Locale.ROOT, "  %-21s -> %s%n", exp, row)));
    misses.forEach(m -> sb.append(m).append('\n'));
    System.out.print(sb);
    return r;
  }

  private static final class Result {
    int total;
    int categoryHits;
    int criticalHits;

    double categoryAccuracy() {
      return total == 0 ? 0 : (double) categoryHits / total;
    }

    double criticalAccuracy() {
      return total == 0 ? 0 : (double) criticalHits / total;
    }
  }
}
