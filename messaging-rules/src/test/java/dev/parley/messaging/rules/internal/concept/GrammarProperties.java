package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the rule grammar, checked with QuickTheories and a translation table. */
class GrammarProperties {
  private static final ContentPolicy POLICY = ContentPolicy.standard();
  private static final List<String> DEV = List.of("/corpus/dev/en.jsonl", "/corpus/dev/de.jsonl");

  private static List<Corpus.Entry> dev(boolean compliant) {
    List<Corpus.Entry> out = new ArrayList<>();
    for (String r : DEV) {
      for (Corpus.Entry e : Corpus.load(r)) {
        if (e.expectedRules.isEmpty() == compliant && !e.context.replyToBuyer()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Set<String> blocks(String text, Marketplace m) {
    return POLICY.checkText(text, CheckContext.of(m)).findings().stream().filter(f -> f.severity() == Severity.BLOCK)
        .map(f -> f.ruleId()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> verdict(String text) {
    return POLICY.checkText(text, CheckContext.of(Marketplace.US)).findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + "/" + f.severity()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void insertingANeutralSentenceIntoACompliantMessageNeverCreatesABlock() {
    List<Corpus.Entry> compliant = dev(true);
    qt().withExamples(200).forAll(integers().between(0, compliant.size() - 1), Generators.neutralSentences(), integers().between(0, 50))
        .checkAssert((i, sentence, where) -> {
          String body = compliant.get(i).message.body();
          List<Integer> cuts = new ArrayList<>();
          for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) == '\n' || (body.charAt(k) == '.' && (k + 1 == body.length() || body.charAt(k + 1) == ' '))) {
              cuts.add(k + 1);
            }
          }
          int at = cuts.isEmpty() ? body.length() : cuts.get(where % cuts.size());
          String text = body.substring(0, at) + " " + sentence + " " + body.substring(at);
          assertThat(blocks(text, Marketplace.US)).as(text).isSubsetOf(blocks(body, Marketplace.US));
        });
  }

  @Test
  void caseWhitespaceAndLookAlikesNeverChangeTheVerdictOfDevelopmentMessages() {
    List<Corpus.Entry> all = new ArrayList<>(dev(true));
    all.addAll(dev(false));
    qt().withExamples(200).forAll(integers().between(0, all.size() - 1), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((i, seed) -> {
          String text = all.get(i).message.body();
          assertThat(verdict(disguise(text, seed))).as(text).isEqualTo(verdict(text));
        });
  }

  /** Flips the case of ASCII letters, widens spaces and swaps in Cyrillic look-alikes, by seed. */
  static String disguise(String text, int seed) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int k = seed;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      k = k * 1103515245 + 12345;
      int r = (k >>> 16) & 7;
      if (c == ' ' && r < 2) {
        sb.append(r == 0 ? "   " : " \t ");
      } else if (c == 'a' && r < 3) {
        sb.append('\u0430');
      } else if (c == 'e' && r < 3) {
        sb.append('\u0435');
      } else if (c == 'o' && r < 3) {
        sb.append('\u043E');
      } else if (c >= 'a' && c <= 'z' && r >= 5) {
        sb.append((char) (c - 32));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * One violating sentence per rule, its concept words translated into each language: the rule's
   * grammar definition must fire in every language that has a vocabulary. Rows for languages
   * without a vocabulary are skipped (an assumption), so the table grows with the vocabularies.
   */
  static List<Object[]> translations() {
    List<Object[]> rows = new ArrayList<>();
    Map<String, Map<String, String>> table = Map.of(
        "review.incentive", Map.of(
            "en", "Leave a review and get a gift card.",
            "de", "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein."),
        "review.positive-only", Map.of(
            "en", "If you are happy, please leave a review.",
            "de", "Wenn Sie zufrieden sind, hinterlassen Sie bitte eine Bewertung."),
        "review.change-request", Map.of(
            "en", "Please change your review.",
            "de", "Bitte ändern Sie Ihre Bewertung."),
        "review.repeat", Map.of(
            "en", "A reminder: please leave a review.",
            "de", "Eine Erinnerung: bitte hinterlassen Sie eine Bewertung."),
        "content.promotion", Map.of(
            "en", "Follow us on Instagram.",
            "de", "Folgen Sie uns auf Instagram."),
        "message.order-confirmation", Map.of(
            "en", "Your order has been shipped.",
            "de", "Ihre Bestellung wurde versandt."));
    Map<String, Grammar.Definition> definitions = Map.of(
        "review.incentive", RuleGrammars.INCENTIVE, "review.positive-only", RuleGrammars.POSITIVE_ONLY,
        "review.change-request", RuleGrammars.CHANGE_REQUEST, "review.repeat", RuleGrammars.REVIEW_REMINDER,
        "content.promotion", RuleGrammars.PROMOTION, "message.order-confirmation", RuleGrammars.ORDER_CONFIRMATION);
    new TreeSet<>(table.keySet()).forEach(rule -> new TreeSet<>(table.get(rule).keySet()).forEach(lang ->
        rows.add(new Object[] {rule, lang, table.get(rule).get(lang), definitions.get(rule)})));
    return rows;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("translations")
  void aViolatingSentenceKeepsFiringInEveryLanguageWithAVocabulary(String rule, String lang, String sentence, Grammar.Definition definition) {
    assumeTrue(ConceptVocabulary.files().stream().map(LexiconFile::name).anyMatch((lang + ".txt")::equals), "no vocabulary for " + lang);
    ConceptIndex index = FieldText.plain(MessageField.body(), sentence).concepts();
    assertThat(definition.find(index)).as("%s in %s: %s %s", rule, lang, sentence, index).isNotEmpty();
  }

  @Test
  void thankYouOnlyKeepsFiringInEveryLanguageWithAVocabulary() {
    Map<String, String> table = Map.of("en", "Thank you for your order! Let us know if you need anything.",
        "de", "Vielen Dank für Ihre Bestellung! Bei Fragen stehen wir gerne zur Verfügung.");
    table.forEach((lang, sentence) -> assertThat(RuleGrammars.thanksOnly(FieldText.plain(MessageField.body(), sentence).concepts(), 4))
        .as("%s: %s", lang, sentence).isNotNull());
  }
}
