package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static List<String> find(PhraseMatcher m, String text) {
    NormalizedText n = NormalizedText.of(text);
    return m.find(Tokens.of(n.text())).stream()
        .map(x -> n.original().substring(n.originalStart(x.start()), n.originalEnd(x.end())))
        .collect(Collectors.toList());
  }

  @Test
  void matchesAdjacentWordsPrefixesAndGaps() {
    PhraseMatcher m = PhraseMatcher.compile("t", List.of("(5|five|fünf) ~2 (star*|stern*)", "free gift => incentive", "# comment", ""));
    assertThat(m.size()).isEqualTo(2);
    assertThat(find(m, "Please leave 5 shiny STARS!")).containsExactly("5 shiny STARS");
    assertThat(find(m, "Bitte FÜNF Sterne")).containsExactly("FÜNF Sterne");
    assertThat(find(m, "a 5-star review")).containsExactly("5-star");
    assertThat(find(m, "5 one two three stars")).isEmpty();
    assertThat(find(m, "a FREE\u200B gift")).containsExactly("FREE\u200B gift");
  }

  @Test
  void matchesJapaneseWithoutSpaces() {
    PhraseMatcher m = PhraseMatcher.compile("ja", List.of("高評価 ~2 レビュー"));
    assertThat(find(m, "ぜひ高評価のレビューをお願いします")).containsExactly("高評価のレビュー");
  }

  @Test
  void digitsWildcard() {
    PhraseMatcher m = PhraseMatcher.compile("t", List.of("<num> percent off"));
    assertThat(find(m, "get 20 percent off now")).containsExactly("20 percent off");
  }

  @Test
  void rejectsMalformedPatterns() {
    assertThatThrownBy(() -> PhraseMatcher.compile("f.txt", List.of("~2 word"))).hasMessageContaining("f.txt:1");
    assertThatThrownBy(() -> PhraseMatcher.compile("f.txt", List.of("a ~99 b"))).hasMessageContaining("gap");
  }

  @Test
  void adversarialTextStaysBounded() {
    PhraseMatcher m = PhraseMatcher.compile("t", List.of("a ~8 a ~8 a ~8 a ~8 a ~8 b"));
    String text = "a ".repeat(200_000);
    assertThat(find(m, text)).isEmpty();
  }

  @Test
  void suffixWordsAndSeveralLexicons() {
    PhraseMatcher m = PhraseMatcher.compile(new java.util.LinkedHashMap<>(java.util.Map.of(
        "a.de.txt", List.of("*bewertung ~3 löschen"),
        "b.en.txt", List.of("(free|gratis) *gift*"))));
    assertThat(find(m, "Bitte die Produktbewertung sofort löschen")).containsExactly("Produktbewertung sofort löschen");
    assertThat(find(m, "Bitte die Bewertungen löschen")).isEmpty();
    assertThat(find(m, "a free mygiftbox")).containsExactly("free mygiftbox");
    NormalizedText n = NormalizedText.of("Produktbewertung löschen");
    assertThat(m.find(Tokens.of(n.text()))).singleElement().satisfies(x -> {
      assertThat(x.source()).isEqualTo("a.de.txt");
      assertThat(x.origin()).isEqualTo("a.de.txt:1");
    });
  }
}
