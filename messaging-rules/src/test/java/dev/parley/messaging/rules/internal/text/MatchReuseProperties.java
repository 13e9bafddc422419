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
 * {@link PhraseMatcher#findByGroupReusing} copies the earlier matches of the patterns that cannot
 * read past a token's unchanged run, tries the others again and merges the two in pattern order:
 * on generated lexicons of two groups (short patterns beside long gapped ones, so that one token
 * has patterns on both sides of its run) and generated texts masked at generated places, it must
 * give exactly what a fresh {@link PhraseMatcher#findByGroup} gives, group by group, with a right
 * hint of which earlier token stands where and with a wrong one.
 */
class MatchReuseProperties {
  /** Words that share first letters, stems and endings, so that tries, suffixes and filters all meet. */
  private static final String[] WORDS = {
    "review", "reviews", "team", "steam", "feedback", "kundenfeedback", "re", "rev", "star", "stars", "leave", "us",
    "a", "the", "please", "positive", "bewertung", "5", "30", "free", "gift", "for", "you", "your", "tea", "view"};

  private static final String[] PIECES = {
    "review", "*review", "review*", "team", "*team", "te*", "feedback", "*feedback", "<num>", "star*", "stars",
    "*bewertung", "us", "a", "the", "please", "leave", "positive", "free", "gift*", "*view", "for", "you", "your*",
    "re*", "tea"};

  @Test
  void takingOverAroundMasksFindsWhatAFreshScanFinds() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    // Gaps from none to the largest, so that reaches range from 0 to far past most runs.
    Gen<String> gap = integers().between(0, 2).zip(integers().between(0, PhraseMatcher.MAX_GAP), (on, g) -> on == 0 ? " ~" + g + " " : " ");
    Gen<String> element = lists().of(piece).ofSizeBetween(1, 3).map(l -> l.size() == 1 ? l.get(0) : "(" + String.join("|", l) + ")");
    Gen<String> pattern = lists().of(element.zip(gap, (el, g) -> el + g)).ofSizeBetween(1, 4).map(l -> String.join("", l).strip());
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 80);
    Gen<String> word = integers().between(0, WORDS.length - 1).map(i -> WORDS[i]);
    Gen<List<String>> words = lists().of(word).ofSizeBetween(0, 70);
    // Per word: kept (0-5), masked whole (6), masked in part (7): a part of a word stays a token of its own.
    Gen<List<Integer>> masks = lists().of(integers().between(0, 7)).ofSizeBetween(70, 70);
    qt().withExamples(400).forAll(lexicon, lexicon, words, masks).checkAssert((a, b, ws, ms) -> {
      PhraseMatcher matcher = PhraseMatcher.compileGroups(List.of(
          List.of(LexiconFile.parse("a.en.txt", a)), List.of(LexiconFile.parse("b.en.txt", b))));
      String[] texts = textAndMasked(ws, ms, 0);
      String masked = texts[1];
      NormalizedText before = NormalizedText.of(texts[0]);
      NormalizedText after = NormalizedText.of(masked);
      Tokens earlier = Tokens.of(before.text());
      Tokens tokens = Tokens.of(after.text());
      PhraseMatcher.Matches earlierMatches = matcher.findByGroup(earlier);
      List<String> fresh = describe(matcher.findByGroup(tokens));
      int[] aligned = MatchReuseTest.aligned(before, earlier, after, tokens);
      assertThat(describe(matcher.findByGroupReusing(tokens, earlier, earlierMatches, aligned)))
          .as("%s / %s in %s", a, b, masked).isEqualTo(fresh);
      int[] off = aligned.clone();
      for (int t = 0; t < off.length; t++) {
        off[t] = off[t] < 0 ? -1 : off[t] + 1;
      }
      assertThat(describe(matcher.findByGroupReusing(tokens, earlier, earlierMatches, off)))
          .as("shifted hint: %s / %s in %s", a, b, masked).isEqualTo(fresh);
    });
  }

  /**
   * {@return the words joined by spaces, and the same text with each word kept (mask 0 to 5), masked
   * whole (6) or masked in its first character (7)}, as {text, masked}; with {@code stopEvery} above
   * 0, every stopEvery-th word is followed by a full stop in both.
   */
  static String[] textAndMasked(List<String> words, List<Integer> masks, int stopEvery) {
    StringBuilder text = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String after = stopEvery > 0 && i % stopEvery == stopEvery - 1 ? ". " : " ";
      text.append(w).append(after);
      int m = masks.get(i);
      masked.append(m == 6 ? "\u2588".repeat(w.length()) : m == 7 ? "\u2588" + w.substring(1) : w).append(after);
    }
    return new String[] {text.toString(), masked.toString()};
  }

  static List<String> describe(PhraseMatcher.Matches matches) {
    List<String> out = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      PhraseMatcher.MatchArray m = matches.array(g);
      for (int i = 0; i < m.size(); i++) {
        out.add(g + ":" + m.pattern(i) + "@" + m.firstToken(i) + "-" + m.lastToken(i));
      }
    }
    return out;
  }
}
