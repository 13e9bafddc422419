package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.content.ContentPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the rules the grammar takes part in over every labelled corpus (corpus/*.jsonl and the
 * development corpora corpus/dev/*.jsonl), prints precision and recall per rule and language to
 * {@code target/grammar-report.txt}, and asserts that no figure falls below its floor. The floors
 * of the existing corpora were measured on main before the grammar was added (lexicons only), so
 * the grammar may only add. Run with {@code -Dparley.corpus.misses=true} to print the misses.
 * Languages without a development corpus are skipped.
 */
class GrammarCorpusTest {
  static final List<String> RULES = List.of("content.promotion", "review.positive-only", "review.incentive", "review.change-request",
      "review.repeat", "message.thank-you-only", "message.order-confirmation");

  /** The existing corpora; every one carries floors. */
  static final List<String> CORPORA = List.of("/corpus/wording.jsonl", "/corpus/classify.jsonl", "/corpus/contact.jsonl", "/corpus/holdout.jsonl", "/corpus/html.jsonl");

  /**
   * Floors per corpus and rule: precision, recall, measured on main before the grammar (commit
   * df36baf, lexicons only); and the compliant messages a grammar rule blocks, as a ceiling.
   */
  static final Map<String, Integer> BLOCKED_CEILING = new LinkedHashMap<>();
  static final Map<String, double[]> FLOORS = floors();

  private static Map<String, double[]> floors() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("/corpus/wording.jsonl content.promotion", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl review.positive-only", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl review.incentive", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl review.change-request", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl review.repeat", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl message.thank-you-only", new double[] {1.000, 1.000});
    m.put("/corpus/wording.jsonl message.order-confirmation", new double[] {1.000, 1.000});
    BLOCKED_CEILING.put("/corpus/wording.jsonl", 0);
    m.put("/corpus/classify.jsonl content.promotion", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl review.positive-only", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl review.incentive", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl review.change-request", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl review.repeat", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl message.thank-you-only", new double[] {1.000, 1.000});
    m.put("/corpus/classify.jsonl message.order-confirmation", new double[] {1.000, 1.000});
    BLOCKED_CEILING.put("/corpus/classify.jsonl", 0);
    m.put("/corpus/contact.jsonl content.promotion", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl review.positive-only", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl review.incentive", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl review.change-request", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl review.repeat", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl message.thank-you-only", new double[] {1.000, 1.000});
    m.put("/corpus/contact.jsonl message.order-confirmation", new double[] {1.000, 1.000});
    BLOCKED_CEILING.put("/corpus/contact.jsonl", 0);
    m.put("/corpus/holdout.jsonl content.promotion", new double[] {0.954, 0.954});
    m.put("/corpus/holdout.jsonl review.positive-only", new double[] {1.000, 1.000});
    m.put("/corpus/holdout.jsonl review.incentive", new double[] {1.000, 0.933});
    m.put("/corpus/holdout.jsonl review.change-request", new double[] {1.000, 1.000});
    m.put("/corpus/holdout.jsonl review.repeat", new double[] {1.000, 1.000});
    m.put("/corpus/holdout.jsonl message.thank-you-only", new double[] {1.000, 0.875});
    m.put("/corpus/holdout.jsonl message.order-confirmation", new double[] {1.000, 1.000});
    BLOCKED_CEILING.put("/corpus/holdout.jsonl", 1);
    m.put("/corpus/html.jsonl content.promotion", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl review.positive-only", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl review.incentive", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl review.change-request", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl review.repeat", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl message.thank-you-only", new double[] {1.000, 1.000});
    m.put("/corpus/html.jsonl message.order-confirmation", new double[] {0.000, 1.000});
    // html.jsonl labels the HTML and attachment rules, not order confirmations: on main the phrases
    // already block 4 of its "compliant" messages, every one a proactive shipping or delivery
    // confirmation ("will be delivered on Friday"). The grammar finds 6 more of the same kind ("your
    // order ships today", "the frame left our warehouse"), which RULES.md section 1 forbids; the
    // ceiling counts them, so any other new block still fails.
    BLOCKED_CEILING.put("/corpus/html.jsonl", 10);
    return m;
  }

  private static final ContentPolicy POLICY = ContentPolicy.standard();
  private static final StringBuilder REPORT = new StringBuilder();

  @Test
  void existingCorporaStayAtOrAboveTheirFloors() {
    List<String> failures = new ArrayList<>();
    for (String resource : CORPORA) {
      Corpus.Evaluation ev = score(resource, Corpus.load(resource));
      for (String rule : RULES) {
        Corpus.Score s = ev.byRule.get(rule);
        double[] f = FLOORS.get(resource + " " + rule);
        if (f != null && (s.precision() < f[0] - 1e-9 || s.recall() < f[1] - 1e-9)) {
          failures.add(resource + " " + rule + ": " + s + " below floor P=" + f[0] + " R=" + f[1]);
        }
      }
      Integer ceiling = BLOCKED_CEILING.get(resource);
      if (ceiling != null && ev.compliantBlocked > ceiling) {
        failures.add(resource + ": " + ev.compliantBlocked + " compliant messages blocked, ceiling " + ceiling);
      }
    }
    assertThat(failures).as("figures below their floor (see target/grammar-report.txt)").isEmpty();
  }

  @Test
  void developmentCorporaAreScored() {
    List<String> below = new java.util.ArrayList<>();
    for (String lang : ConceptVocabulary.LANGUAGES) {
      String resource = "/corpus/dev/" + lang + ".jsonl";
      if (GrammarCorpusTest.class.getResource(resource) == null) {
        REPORT.append("\n").append(resource).append(": absent, skipped\n");
        continue;
      }
      List<Corpus.Entry> corpus = Corpus.load(resource);
      Corpus.Evaluation ev = score(resource, corpus);
      assertThat(corpus).as(resource).isNotEmpty();
      double[] floor = DEV_FLOORS.getOrDefault(lang, new double[] {0, 0});
      Corpus.Score s = ev.byLang.get(lang);
      if (s.precision() < floor[0] || s.recall() < floor[1]) {
        below.add(String.format(Locale.ROOT, "%s: P=%.3f R=%.3f below floor P=%.2f R=%.2f", resource, s.precision(), s.recall(), floor[0], floor[1]));
      }
    }
    assertThat(below).as("development corpora below their floors (see target/grammar-report.txt)").isEmpty();
  }

  /**
   * Floors (precision, recall; all rules together) of the development corpora. en and de were
   * written with the grammar and tuned against it (0.90); the other ten were written beside it by
   * their vocabularies' authors and are held at what they scored when the twelve vocabularies were
   * first merged (2026-12-05), rounded down, so that they can only rise.
   */
  static final Map<String, double[]> DEV_FLOORS = Map.ofEntries(
      Map.entry("en", new double[] {0.90, 0.90}), Map.entry("de", new double[] {0.90, 0.90}),
      Map.entry("fr", new double[] {0.84, 0.84}),
      Map.entry("it", new double[] {0.87, 0.84}),
      Map.entry("es", new double[] {0.90, 0.84}),
      Map.entry("nl", new double[] {0.92, 0.75}),
      Map.entry("sv", new double[] {0.86, 0.78}),
      Map.entry("pl", new double[] {0.92, 0.81}),
      Map.entry("pt", new double[] {0.88, 0.75}),
      Map.entry("tr", new double[] {0.87, 0.84}),
      // ja 1.00 -> 0.96 (s19): ja-dev-002's 20 % discount on the next order, offered for a review,
      // is now a coupon (RULES.md: content.promotion names coupons and discount codes) as well as
      // an incentive; its label says incentive only, while dev-054 in the same set labels the same
      // offer both in nl, pl, sv and tr
      Map.entry("ja", new double[] {0.96, 0.93}),
      Map.entry("ar", new double[] {0.90, 0.87}));

  private static Corpus.Evaluation score(String resource, List<Corpus.Entry> corpus) {
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> POLICY.check(e.message, e.context).findings(), RULES);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n%s: %d messages%nper rule:%n%s", resource, corpus.size(), ev.byRule));
    sb.append("per language:\n").append(ev.byLang).append("per rule and language:\n");
    ev.byRuleLang.forEach((rule, scores) -> scores.all().forEach((lang, s) ->
        sb.append(String.format(Locale.ROOT, "  %-28s %-3s %s%n", rule, lang, s))));
    sb.append(String.format(Locale.ROOT, "compliant messages with a BLOCK from these rules: %d of %d%n", ev.compliantBlocked, ev.compliant));
    sb.append("floors:\n");
    for (String rule : RULES) {
      Corpus.Score s = ev.byRule.get(rule);
      sb.append(String.format(Locale.ROOT, "    m.put(\"%s %s\", new double[] {%.3f, %.3f});%n", resource, rule,
          Math.floor(s.precision() * 1000) / 1000, Math.floor(s.recall() * 1000) / 1000));
    }
    sb.append(String.format(Locale.ROOT, "    BLOCKED_CEILING.put(\"%s\", %d);%n", resource, ev.compliantBlocked));
    if (Boolean.getBoolean("parley.corpus.misses")) {
      ev.misses.forEach(m -> sb.append("  ").append(m).append('\n'));
    }
    synchronized (REPORT) {
      REPORT.append(sb);
    }
    return ev;
  }

  @AfterAll
  static void writeReport() throws IOException {
    Path out = Path.of("target", "grammar-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, REPORT.toString(), StandardCharsets.UTF_8);
    System.out.println("grammar report: " + out.toAbsolutePath());
  }
}
