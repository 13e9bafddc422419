package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A scan hands {@link PhraseMatcher.Pattern#matchFrom(Tokens, int, boolean, int[])} every token's
 * {@link PhraseMatcher#wordHash}, and an element then compares its exact words only where their
 * hash is the token's and its suffix words only where the token ends in their last character: on
 * generated patterns whose elements have many alternatives (exact words of the same length, words
 * whose hashes collide, suffixes sharing last characters, prefixes, infixes, {@code <num>}) and
 * generated texts, it must give exactly what trying every alternative in turn gives, at every
 * token, with the first element tested or known.
 */
class ElementHashProperties {
  /**
   * "ap" and "c2", "bp" and "d2", "zap" and "zc2" have the same hash (97·31 + 112 = 99·31 + 50), as
   * have "aq" and "c3"; the others share lengths, first letters and last letters.
   */
  private static final String[] WORDS = {
    "ap", "c2", "bp", "d2", "aq", "c3", "zap", "zc2", "us", "an", "at", "as", "the", "tea", "ten", "review", "reviews",
    "preview", "view", "team", "steam", "5", "30", "2024", "feedback", "kundenfeedback", "bewertung", "löschen", "a"};

  private static final String[] PIECES = {
    "ap", "c2", "bp", "d2", "aq", "c3", "zap", "zc2", "us", "an", "at", "as", "the", "tea", "ten", "review", "view",
    "*view", "*review", "*p", "*2", "*eam", "*m", "te*", "re*", "*ea*", "*iew*", "<num>", "feedback", "*feedback",
    "*bewertung", "löschen", "a"};

  @Test
  void theWordsMeantToCollideDo() {
    for (String[] pair : new String[][] {{"ap", "c2"}, {"bp", "d2"}, {"zap", "zc2"}, {"aq", "c3"}}) {
      Tokens a = Tokens.of(NormalizedText.fold(pair[0]));
      Tokens b = Tokens.of(NormalizedText.fold(pair[1]));
      assertThat(a.size()).isEqualTo(1);
      assertThat(b.size()).isEqualTo(1);
      assertThat(PhraseMatcher.wordHash(a.text(), a.start(0), a.end(0)))
          .isEqualTo(PhraseMatcher.wordHash(b.text(), b.start(0), b.end(0)));
    }
  }

  @Test
  void comparingByHashAndLastCharacterFindsWhatTryingEveryAlternativeFinds() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    // Up to twelve alternatives, so that the binary search over the hashes is taken too.
    Gen<String> element = lists().of(piece).ofSizeBetween(1, 14).map(l -> l.size() == 1 ? l.get(0) : "(" + String.join("|", l) + ")");
    Gen<String> gap = integers().between(0, 3).zip(integers().between(0, 3), (on, g) -> on == 0 ? " ~" + g + " " : " ");
    Gen<String> pattern = lists().of(element.zip(gap, (el, g) -> el + g)).ofSizeBetween(1, 4).map(l -> String.join("", l).strip());
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 30);
    Gen<String> word = integers().between(0, WORDS.length - 1).map(i -> WORDS[i]);
    Gen<String> text = lists().of(word).ofSizeBetween(0, 60).map(l -> String.join(" ", l));
    qt().withExamples(500).forAll(lexicon, text).checkAssert((lines, body) -> {
      PhraseMatcher m = PhraseMatcher.compile("generated.txt", lines);
      Tokens tokens = Tokens.of(NormalizedText.fold(body));
      int[] hashes = new int[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        hashes[t] = PhraseMatcher.wordHash(tokens.text(), tokens.start(t), tokens.end(t));
      }
      List<String> byHash = new ArrayList<>();
      List<String> oneByOne = new ArrayList<>();
      for (int p = 0; p < m.size(); p++) {
        PhraseMatcher.Pattern pattern1 = m.pattern(p);
        for (int t = 0; t < tokens.size(); t++) {
          for (boolean known : new boolean[] {false, true}) {
            byHash.add(p + "@" + t + known + ":" + pattern1.matchFrom(tokens, t, known, hashes));
            oneByOne.add(p + "@" + t + known + ":" + pattern1.matchFrom(tokens, t, known));
          }
        }
      }
      assertThat(byHash).as("%s in %s", lines, body).isEqualTo(oneByOne);
    });
  }
}
