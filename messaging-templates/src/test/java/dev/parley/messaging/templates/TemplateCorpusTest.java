package dev.parley.messaging.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The template corpus: per-rule precision and recall of {@link TemplateCheck#standard()} over at
 * least 150 labelled templates in six languages and all five placeholder syntaxes, each at least
 * 0.95. Prints the table and every disagreement.
 */
class TemplateCorpusTest {
  static final List<String> SCORED = List.of("content.link", "content.email", "content.phone", "content.promotion",
      "review.positive-only", "review.incentive", "message.thank-you-only", "message.order-confirmation",
      "message.order-id-missing", "style.emoji", "template.unknown-placeholder", "template.unsafe-value");
  static final double FLOOR = 0.95;

  @Test
  void corpusCoversLanguagesSyntaxesSubjectsAndHtmlAttributes() {
    List<TemplateCorpus.Entry> corpus = TemplateCorpus.load();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
    assertThat(corpus.stream().map(e -> e.lang).collect(Collectors.toSet())).contains("en", "de", "fr", "es", "it", "ja");
    assertThat(corpus.stream().map(e -> e.syntax).collect(Collectors.toSet())).containsExactlyInAnyOrder("{{name}}", "[[name]]", "%name%", "${name}", "<<name>>");
    TemplateCheck check = TemplateCheck.standard();
    int inSubject = 0;
    int inAttribute = 0;
    int inLink = 0;
    for (TemplateCorpus.Entry e : corpus) {
      for (Placeholder p : check.placeholders(e.template)) {
        if (p.field().equals(MessageField.subject())) {
          inSubject++;
        }
        if (e.template.bodyFormat() == BodyFormat.HTML && p.field().equals(MessageField.body())
            && e.template.body().lastIndexOf("href=\"", p.start()) == p.start() - 6) {
          inAttribute++;
        }
        if (p.type().map(t -> t == PlaceholderType.OUTSIDE_LINK || t == PlaceholderType.AMAZON_REVIEW_LINK || t == PlaceholderType.AMAZON_ORDER_LINK).orElse(false)) {
          inLink++;
        }
      }
    }
    assertThat(inSubject).isGreaterThan(100);
    assertThat(inAttribute).isGreaterThanOrEqualTo(18);
    assertThat(inLink).isGreaterThan(40);
  }

  @Test
  void perRulePrecisionAndRecall() {
    List<TemplateCorpus.Entry> corpus = TemplateCorpus.load();
    Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    SCORED.forEach(r -> counts.put(r, new int[3]));
    List<String> disagreements = new ArrayList<>();
    for (TemplateCorpus.Entry e : corpus) {
      TemplateReport report = TemplateCheck.standard().check(e.template, e.context);
      Set<String> actual = new HashSet<>();
      for (Finding f : report.findings()) {
        actual.add(f.ruleId());
      }
      for (String rule : SCORED) {
        boolean exp = e.expected.contains(rule);
        boolean act = actual.contains(rule);
        int[] c = counts.get(rule);
        if (exp && act) {
          c[0]++;
        } else if (act) {
          c[1]++;
          disagreements.add("FP " + rule + "  " + e.id + "  " + report.findings(rule).stream().map(Finding::explanation).collect(Collectors.joining(" | ")));
        } else if (exp) {
          c[2]++;
          disagreements.add("FN " + rule + "  " + e.id);
        }
      }
    }
    StringBuilder table = new StringBuilder("\nTemplate corpus: " + corpus.size() + " templates\n");
    table.append(String.format(Locale.ROOT, "%-30s %4s %4s %4s %9s %6s%n", "rule", "tp", "fp", "fn", "precision", "recall"));
    Set<String> below = new TreeSet<>();
    for (Map.Entry<String, int[]> c : counts.entrySet()) {
      int tp = c.getValue()[0];
      int fp = c.getValue()[1];
      int fn = c.getValue()[2];
      double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
      table.append(String.format(Locale.ROOT, "%-30s %4d %4d %4d %9.3f %6.3f%n", c.getKey(), tp, fp, fn, precision, recall));
      if (precision < FLOOR || recall < FLOOR) {
        below.add(c.getKey());
      }
      if (tp < 6) {
        below.add(c.getKey() + " (fewer than 6 positives)");
      }
    }
    System.out.print(table);
    disagreements.forEach(d -> System.out.println("  " + d));
    assertThat(below).as("rules below " + FLOOR + " precision or recall" + table + String.join("\n", disagreements)).isEmpty();
  }
}
