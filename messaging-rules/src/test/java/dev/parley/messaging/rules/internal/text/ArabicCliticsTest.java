package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The attached prefixes an Arabic lexicon word gains when it is loaded: the variants, the words
 * that get none, patterns of other scripts left as written, and (property) that a word written
 * once is found behind every prefix and nowhere else.
 */
class ArabicCliticsTest {
  @Test
  void aBareWordGainsTheConjunctionsAndPrepositions() {
    assertThat(ArabicClitics.variants("تقييم*")).containsExactly("وتقييم*", "فتقييم*", "بتقييم*", "لتقييم*");
  }

  @Test
  void aWordWithTheArticleTakesLamWithoutTheAlef() {
    assertThat(ArabicClitics.variants("التقييم"))
        .containsExactly("والتقييم", "فالتقييم", "بالتقييم", "كالتقييم", "للتقييم")
        .doesNotContain("لالتقييم");
  }

  @Test
  void shortWordsSuffixWordsAndOtherScriptsGetNone() {
    assertThat(ArabicClitics.variants("ما")).isEmpty();
    assertThat(ArabicClitics.variants("من")).isEmpty();
    assertThat(ArabicClitics.variants("*تقييم")).isEmpty();
    assertThat(ArabicClitics.variants("review*")).isEmpty();
    assertThat(ArabicClitics.variants("<num>")).isEmpty();
  }

  @Test
  void expandKeepsTagsGapsNumbersAndOtherScripts() {
    assertThat(ArabicClitics.expand("(review*|rating) ~2 star* => REVIEW")).isEqualTo("(review*|rating) ~2 star* => REVIEW");
    assertThat(ArabicClitics.expand("<num> ~1 نجوم => POSITIVE")).startsWith("<num> ~1 (نجوم|ونجوم|").endsWith(") => POSITIVE");
    // a written variant is kept once
    String group = ArabicClitics.expand("(تقييم|وتقييم)");
    assertThat(group.split("\\|")).doesNotHaveDuplicates().contains("(تقييم", "وتقييم", "بتقييم");
  }

  @Test
  void aLexiconLineFindsItsWordBehindTheProclitics() {
    LexiconFile file = LexiconFile.parse("t.ar.txt", List.of("(حذف|إزالة) ~2 التقييم => REMOVE"));
    PhraseMatcher m = PhraseMatcher.compile(java.util.Map.of("t.ar.txt", file.lines().get(0).patterns()));
    for (String text : List.of("وحذف التقييم", "فإزالة بالتقييم", "لحذف هذا التقييم", "وإزالة للتقييم")) {
      assertThat(m.find(Tokens.of(NormalizedText.fold(text)))).as(text).hasSize(1);
    }
    // a letter glued to a short particle is another word, and the article never follows lam with its alef
    assertThat(m.find(Tokens.of(NormalizedText.fold("حذف لالتقييم")))).isEmpty();
  }

  /** Any word of three to seven letters, written once, is found behind each prefix and not inside another word. */
  @Test
  void aWordWrittenOnceIsFoundBehindEveryPrefix() {
    Gen<String> letter = Generate.pick(List.of("ت", "ق", "ي", "م", "ر", "س", "ح", "ذ", "ف", "ن", "ج", "د", "ع"));
    Gen<String> word = lists().of(letter).ofSizeBetween(3, 7).map(l -> String.join("", l));
    Gen<String> prefix = integers().between(0, 3).map(i -> List.of("و", "ف", "ب", "ل").get(i));
    qt().withExamples(300).forAll(word, prefix).checkAssert((w, p) -> {
      LexiconFile file = LexiconFile.parse("t.ar.txt", List.of(w + " => X"));
      PhraseMatcher m = PhraseMatcher.compile(java.util.Map.of("t.ar.txt", file.lines().get(0).patterns()));
      assertThat(m.find(Tokens.of(NormalizedText.fold("قال " + p + w + " هنا")))).as("%s + %s", p, w).hasSize(1);
      // the word's prefixes come before it, never after: the same letters with one more at the end are another word
      assertThat(m.find(Tokens.of(NormalizedText.fold("قال " + p + w + "ز هنا")))).as("%s + %s + ز", p, w).isEmpty();
    });
  }
}
