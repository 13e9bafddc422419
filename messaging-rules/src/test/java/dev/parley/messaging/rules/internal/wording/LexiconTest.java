package dev.parley.messaging.rules.internal.wording;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final List<String> RULES = List.of("content.promotion", "review.positive-only", "review.incentive",
      "review.change-request", "content.sensitive", "message.thank-you-only", "message.order-confirmation");

  @Test
  void expandsMultiWordAndOptionalGroups() {
    assertThat(LexiconFile.expandLine("(here is|enclosed) ~3 (coupon|voucher) => coupon"))
        .containsExactly("enclosed ~3 (coupon|voucher) => coupon", "here is ~3 (coupon|voucher) => coupon");
    assertThat(LexiconFile.expandLine("we (really)? appreciate"))
        .containsExactly("we really appreciate", "we appreciate");
    assertThat(LexiconFile.expandLine("a ~2 (b)? ~3 c")).containsExactly("a ~2 b ~3 c", "a ~6 c");
    assertThat(LexiconFile.expandLine("(高評価|星5) ~2 レビュー")).containsExactly("高評価 ~2 レビュー", "星5 ~2 レビュー");
  }

  @Test
  void everyBundledLexiconLoadsInEveryCompleteLanguageWithAHeader() {
    for (String rule : RULES) {
      assertThat(Lexicon.standard(rule).name()).isEqualTo(rule);
      for (String lang : List.of("en", "de", "fr", "it", "es")) {
        List<String> lines = PhraseMatcher.readLines(Lexicon.class, "/dev/parley/messaging/rules/phrases/" + rule + "." + lang + ".txt");
        assertThat(lines).as(rule + "." + lang).isNotEmpty();
        assertThat(lines.get(0)).as(rule + "." + lang + " header").startsWith("# ");
      }
    }
    assertThatThrownBy(() -> Lexicon.standard("content.link")).hasMessageContaining("content.link");
  }

  @Test
  void sentencesEndAtStopsNotAtDecimalsOrIds() {
    Lexicon.Sentences s = Lexicon.Sentences.of("price 3.5 kg. order 123-1234567-1234567! ok? 次です.次" /* 。 folds to . */);
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.indexOf(0)).isEqualTo(0);
    assertThat(s.indexOf(8)).isEqualTo(0);
  }

  @Test
  void everyScanOfAFieldReadsOneCutOfItsSentencesEqualToAFreshOne() {
    String body = "Thanks for your order! Please leave us a 5-star review. The price is 3.5 kg; ok?\nWe offer a discount. 次です。次";
    dev.parley.messaging.rules.internal.analysis.FieldText field =
        dev.parley.messaging.rules.internal.analysis.FieldText.plain(dev.parley.messaging.rules.MessageField.body(), body);
    Lexicon.Sentences fresh = Lexicon.Sentences.of(field.tokens().text());
    Lexicon.Scan first = Lexicon.standard("review.positive-only").scan(field);
    Lexicon.Scan second = Lexicon.standard("content.promotion").scan(field);
    assertThat(first.sentences()).isSameAs(second.sentences());
    assertThat(first.sentences().count()).isEqualTo(fresh.count());
    for (int i = 0; i < fresh.count(); i++) {
      assertThat(first.sentences().start(i)).as("sentence %s", i).isEqualTo(fresh.start(i));
    }
    // Another field of the same text cuts its own.
    dev.parley.messaging.rules.internal.analysis.FieldText other =
        dev.parley.messaging.rules.internal.analysis.FieldText.plain(dev.parley.messaging.rules.MessageField.body(), body);
    assertThat(Lexicon.standard("review.positive-only").scan(other).sentences()).isNotSameAs(first.sentences());
  }

  @Test
  void theLanguageOfASourceIsReadInPlaceAsByCuttingItOut() {
    List<String> names = List.of("marketing.de.txt:12", "review/positive-only.ja.txt:3", "x.en.txt:1", "promo.xx.txt:7", "a.b.tr.txt:99",
        "house.txt:4", "c.pt-br.txt:2", "d.e.txt:10:11", "phrases/order-confirmation.ar.txt:140");
    for (String source : names) {
      assertThat(Lexicon.languageOfSource(source)).as(source).isEqualTo(languageByCutting(source));
    }
    for (String lang : dev.parley.messaging.rules.internal.text.Languages.ALL) {
      assertThat(Lexicon.languageOfSource("rule." + lang + ".txt:1")).isSameAs(lang);
    }
  }

  /** {@code Lexicon.languageOf} as it was: two substrings per call. */
  private static String languageByCutting(String source) {
    String s = source.substring(0, source.lastIndexOf(':'));
    int end = s.length() - ".txt".length();
    return s.substring(s.lastIndexOf('.', end - 1) + 1, end);
  }
}
