package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.language.LanguageRule;
import dev.parley.messaging.rules.internal.wording.OrderIdRule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the wording rules on the labelled corpus corpus/wording.jsonl: precision and recall per
 * rule, per language and per rule and language, the share of compliant messages that get a BLOCK
 * from a wording rule, and the two mechanically labelled rules (message.order-id-missing,
 * message.language). Prints the tables; asserts the quality targets.
 */
class WordingCorpusTest {
  /** The rules whose labels the corpus carries in expect.rules. */
  static final List<String> LABELLED = List.of(
      "content.promotion", "review.positive-only", "review.incentive", "review.change-request",
      "message.thank-you-only", "message.order-confirmation", "style.emoji", "content.sensitive");
  /** Languages the wording lexicons cover completely; the targets apply to them. */
  static final Set<String> COMPLETE = Set.of("en", "de", "fr", "it", "es");
  static final double TARGET = 0.95;

  private static List<Corpus.Entry> corpus;
  private static final ContentPolicy POLICY = ContentPolicy.standard();

  @BeforeAll
  static void load() {
    corpus = Corpus.load("/corpus/wording.jsonl");
  }

  private static Set<String> detected(Corpus.Entry e) {
    Set<String> out = new TreeSet<>();
    for (Finding f : POLICY.check(e.message, e.context).findings()) {
      if (f.severity() != Severity.INFO) {
        out.add(f.ruleId());
      }
    }
    return out;
  }

  @Test
  void labelledRulesMeetTheTargets() {
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> POLICY.check(e.message, e.context).findings(), LABELLED);
    Corpus.Scores byRule = ev.byRule;
    Corpus.Scores byLang = ev.byLang;
    Map<String, Corpus.Scores> byRuleLang = ev.byRuleLang;
    int compliant = ev.compliant;
    int compliantBlocked = ev.compliantBlocked;
    List<String> misses = ev.misses;
    StringBuilder table = new StringBuilder("\nwording corpus: " + corpus.size() + " messages\nper rule:\n" + byRule + "per language:\n" + byLang + "per rule and language:\n");
    byRuleLang.forEach((rule, scores) -> scores.all().forEach((lang, s) ->
        table.append(String.format(Locale.ROOT, "  %-28s %-3s %s%n", rule, lang, s))));
    double blockRate = compliant == 0 ? 0 : (double) compliantBlocked / compliant;
    table.append(String.format(Locale.ROOT, "compliant messages with a BLOCK from a wording rule: %d of %d (%.2f %%)%n", compliantBlocked, compliant, 100 * blockRate));
    misses.forEach(m -> table.append("  ").append(m).append('\n'));
    System.out.println(table);
    for (String rule : LABELLED) {
      Corpus.Score s = byRule.get(rule);
      assertThat(s.recall()).as("recall of %s%s", rule, table).isGreaterThanOrEqualTo(TARGET);
      assertThat(s.precision()).as("precision of %s", rule).isGreaterThanOrEqualTo(TARGET);
    }
    byLang.all().forEach((lang, s) -> {
      if (COMPLETE.contains(lang)) {
        assertThat(s.recall()).as("recall in %s", lang).isGreaterThanOrEqualTo(TARGET);
        assertThat(s.precision()).as("precision in %s", lang).isGreaterThanOrEqualTo(TARGET);
      }
    });
    assertThat(blockRate).as("compliant messages blocked").isLessThanOrEqualTo(0.02);
  }

  @Test
  void orderIdMissingMatchesTheMechanicalLabel() {
    Corpus.Score score = new Corpus.Score();
    List<String> misses = new ArrayList<>();
    for (Corpus.Entry e : corpus) {
      boolean expected = e.context.proactive() && e.message.type() == MessageType.FREE_FORM
          && !OrderIdRule.containsOrderId(NormalizedTextOf.fold(e.message.subject() + "\n" + e.message.body()));
      boolean actual = detected(e).contains("message.order-id-missing");
      score.add(expected, actual);
      if (expected != actual) {
        misses.add(e.id);
      }
    }
    System.out.println("message.order-id-missing: " + score + " " + misses);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isEqualTo(1.0);
  }

  @Test
  void languageMatchesTheMechanicalLabel() {
    Corpus.Scores byLang = new Corpus.Scores();
    Corpus.Score all = new Corpus.Score();
    List<String> misses = new ArrayList<>();
    for (Corpus.Entry e : corpus) {
      boolean expected = !LanguageRule.accepted(e.context, false).contains(e.lang);
      boolean actual = detected(e).contains("message.language");
      all.add(expected, actual);
      byLang.get(e.lang).add(expected, actual);
      if (expected != actual) {
        misses.add(e.id + (expected ? " (missed)" : " (false)"));
      }
    }
    System.out.println("message.language: " + all + "\n" + byLang + misses);
    assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(TARGET);
    assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(TARGET);
  }

  /**
   * The corpus writes every message in its buyer's language, so it has no positives for
   * message.language. Sending each message to a buyer of the next language in a fixed rotation
   * gives the positives (the label stays mechanical: corpus lang vs buyer locale). Messages too
   * short to judge (below languageMinLetters letters) are counted separately, not as misses.
   */
  @Test
  void languageOnMessagesSentToBuyersOfAnotherLanguage() {
    List<String> langs = List.of("en", "de", "fr", "it", "es", "nl", "pl", "sv", "pt", "tr", "ja");
    Corpus.Scores byLang = new Corpus.Scores();
    Corpus.Score all = new Corpus.Score();
    int tooShort = 0;
    List<String> misses = new ArrayList<>();
    LanguageIdentifier id = LanguageIdentifier.standard();
    int minLetters = ContentSettings.defaults().languageMinLetters();
    for (Corpus.Entry e : corpus) {
      String target = langs.get((langs.indexOf(e.lang) + 1) % langs.size());
      dev.parley.messaging.rules.CheckContext ctx = dev.parley.messaging.rules.CheckContext.builder()
          .marketplace(dev.parley.messaging.core.Marketplace.US)
          .buyerLocale(Locale.forLanguageTag(target))
          .replyToBuyer(e.context.replyToBuyer())
          .build();
      if (id.identify(e.message.body()).letters() < minLetters) {
        tooShort++;
        continue;
      }
      boolean actual = POLICY.check(e.message, ctx).findings().stream().anyMatch(f -> f.ruleId().equals("message.language"));
      all.add(true, actual);
      byLang.get(e.lang).add(true, actual);
      if (!actual) {
        misses.add(e.id + "->" + target + " " + id.identify(e.message.body()) + " share=" + String.format(Locale.ROOT, "%.2f", id.share(e.message.body(), target)));
      }
    }
    System.out.println("message.language, sent to another language: " + all + " (too short to judge: " + tooShort + ")\n" + byLang + misses);
    assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(TARGET);
  }
}
