package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The matcher's candidate walk (tries, suffix trie, number patterns, second-element filters, the
 * extra candidates tried beside a filtered array) must find exactly what trying every pattern at
 * every token finds, in the same order: by start token, then pattern order.
 */
class PhraseMatcherProperties {
  /** Words that share first letters, stems and endings, so that tries, suffixes and filters all meet. */
  private static final String[] WORDS = {
    "review", "reviews", "team", "steam", "feedback", "kundenfeedback", "sellerfeedback", "re", "rev", "star",
    "stars", "leave", "us", "a", "the", "please", "positive", "support", "produktbewertung", "bewertung",
    "löschen", "5", "30", "2024", "free", "gift", "giftcard", "for", "your", "tea", "teams", "view", "viewer"};

  private static final String[] PIECES = {
    "review", "*review", "review*", "team", "*team", "te*", "feedback", "*feedback", "<num>", "star*", "stars",
    "*bewertung", "löschen", "us", "a", "the", "please", "leave", "positive", "support", "free", "gift*",
    "*view", "for", "your", "re*", "tea"};

  @Test
  void findsWhatTryingEveryPatternAtEveryTokenFinds() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    Gen<String> gap = integers().between(0, 3).zip(integers().between(0, 3), (on, g) -> on == 0 ? " ~" + g + " " : " ");
    // One to four elements, some alternatives, some gaps.
    Gen<String> element = lists().of(piece).ofSizeBetween(1, 3).map(l -> l.size() == 1 ? l.get(0) : "(" + String.join("|", l) + ")");
    Gen<String> pattern = lists().of(element.zip(gap, (el, g) -> el + g)).ofSizeBetween(1, 4).map(l -> String.join("", l).strip());
    // Enough patterns that the trie nodes' arrays reach the filters' minimum length.
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 120);
    Gen<String> word = integers().between(0, WORDS.length - 1).map(i -> WORDS[i]);
    Gen<String> text = lists().of(word).ofSizeBetween(0, 60).map(l -> String.join(" ", l));
    qt().withExamples(400).forAll(lexicon, text).checkAssert((lines, body) -> {
      Map<String, List<String>> files = new LinkedHashMap<>();
      files.put("a.en.txt", lines);
      PhraseMatcher m = PhraseMatcher.compile(files);
      Tokens tokens = Tokens.of(NormalizedText.fold(body));
      assertThat(describe(m.find(tokens))).as("%s in %s", lines, body).isEqualTo(everyPatternAtEveryToken(m, tokens));
    });
  }

  @Test
  void findsWhatTryingEveryPatternAtEveryTokenFindsWithGeneratedWords() {
    // Words made of few letters, so that suffixes and prefixes of the patterns' words recur.
    Gen<String> letters = lists().of(Generate.pick(List.of("e", "t", "a", "m", "r", "v", "i", "w", "1")))
        .ofSizeBetween(1, 6).map(l -> String.join("", l));
    Gen<String> piece = letters.zip(integers().between(0, 3), (w, k) -> k == 0 ? "*" + w : k == 1 ? w + "*" : w);
    Gen<String> pattern = lists().of(piece).ofSizeBetween(1, 3).zip(integers().between(0, 2),
        (l, g) -> String.join(g == 0 ? " " : " ~" + g + " ", l));
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 150);
    Gen<String> text = lists().of(letters).ofSizeBetween(0, 80).map(l -> String.join(" ", l));
    qt().withExamples(400).forAll(lexicon, text).checkAssert((lines, body) -> {
      PhraseMatcher m = PhraseMatcher.compile("generated.txt", lines);
      Tokens tokens = Tokens.of(NormalizedText.fold(body));
      assertThat(describe(m.find(tokens))).as("%s in %s", lines, body).isEqualTo(everyPatternAtEveryToken(m, tokens));
    });
  }

  static List<String> describe(List<PhraseMatcher.Match> matches) {
    List<String> out = new ArrayList<>();
    for (PhraseMatcher.Match x : matches) {
      out.add(x.origin() + " " + x.firstToken() + "-" + x.lastToken());
    }
    return out;
  }

  static List<String> everyPatternAtEveryToken(PhraseMatcher m, Tokens tokens) {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      for (int p = 0; p < m.size(); p++) {
        PhraseMatcher.Pattern pattern = m.pattern(p);
        int end = pattern.matchFrom(tokens, t, false);
        if (end >= 0) {
          out.add(pattern.origin + " " + t + "-" + end);
        }
      }
    }
    return out;
  }
}
