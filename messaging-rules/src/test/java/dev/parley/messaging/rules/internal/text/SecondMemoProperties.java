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
 * A scan of a text of at least {@link PhraseMatcher#SECOND_MEMO_MIN_TOKENS} tokens answers the
 * second-element test once per token for all the patterns that share its gap and masks, and
 * reuses the answer: on generated lexicons where many patterns share a second element (few second
 * words, gaps from none to four, so that the same masks come with different gaps and the same gap
 * with different masks) and generated texts long enough to be scanned with the memo, {@link
 * PhraseMatcher#find}, {@link PhraseMatcher#findByGroup} and {@link
 * PhraseMatcher#findByGroupReusing} must find exactly what trying every pattern at every token
 * finds, in the same order.
 */
class SecondMemoProperties {
  private static final String[] FIRST = {
    "review", "*review", "re*", "you", "your*", "the", "<num>", "*view", "please", "leave", "te*", "star*"};

  private static final String[] SECOND = {"review", "us", "a", "(stars|star)", "5*", "*back", "feedback", "team", "<num>"};

  private static final String[] WORDS = {
    "review", "reviews", "you", "your", "the", "us", "a", "stars", "star", "5", "50", "feedback", "kundenfeedback",
    "team", "please", "leave", "view", "tea", "re", "2024"};

  @Test
  void reusedAnswersFindWhatTryingEveryPatternAtEveryTokenFinds() {
    Gen<String> first = integers().between(0, FIRST.length - 1).map(i -> FIRST[i]);
    Gen<String> second = integers().between(0, SECOND.length - 1).map(i -> SECOND[i]);
    Gen<String> gap = integers().between(0, 5).map(g -> g == 5 ? " " : " ~" + g + " ");
    Gen<String> third = integers().between(0, WORDS.length).map(i -> i == WORDS.length ? "" : " " + WORDS[i]);
    Gen<String> pattern = first.zip(gap, second, third, (f, g, s, t) -> f + g + s + t);
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 120);
    Gen<String> word = integers().between(0, WORDS.length - 1).map(i -> WORDS[i]);
    Gen<List<String>> words = lists().of(word).ofSizeBetween(PhraseMatcher.SECOND_MEMO_MIN_TOKENS, PhraseMatcher.SECOND_MEMO_MIN_TOKENS + 200);
    // Per word: kept (0-5), masked whole (6), masked in part (7).
    Gen<List<Integer>> masks = lists().of(integers().between(0, 7)).ofSizeBetween(PhraseMatcher.SECOND_MEMO_MIN_TOKENS + 200,
        PhraseMatcher.SECOND_MEMO_MIN_TOKENS + 200);
    qt().withExamples(150).forAll(lexicon, lexicon, words, masks).checkAssert((a, b, ws, ms) -> {
      PhraseMatcher matcher = PhraseMatcher.compileGroups(List.of(
          List.of(LexiconFile.parse("a.en.txt", a)), List.of(LexiconFile.parse("b.en.txt", b))));
      String[] texts = MatchReuseProperties.textAndMasked(ws, ms, 9);
      String text = texts[0];
      String masked = texts[1];
      NormalizedText before = NormalizedText.of(text);
      NormalizedText after = NormalizedText.of(masked);
      Tokens earlier = Tokens.of(before.text());
      Tokens tokens = Tokens.of(after.text());
      assertThat(earlier.size()).isGreaterThanOrEqualTo(PhraseMatcher.SECOND_MEMO_MIN_TOKENS);

      assertThat(PhraseMatcherProperties.describe(matcher.find(earlier))).as("%s / %s in %s", a, b, text).isEqualTo(PhraseMatcherProperties.everyPatternAtEveryToken(matcher, earlier));
      PhraseMatcher.Matches earlierMatches = matcher.findByGroup(earlier);
      assertThat(MatchReuseProperties.describe(earlierMatches)).as("%s / %s in %s", a, b, text).isEqualTo(byGroup(matcher, earlier));
      List<String> expected = byGroup(matcher, tokens);
      assertThat(MatchReuseProperties.describe(matcher.findByGroup(tokens))).as("%s / %s in %s", a, b, masked).isEqualTo(expected);
      int[] aligned = MatchReuseTest.aligned(before, earlier, after, tokens);
      assertThat(MatchReuseProperties.describe(matcher.findByGroupReusing(tokens, earlier, earlierMatches, aligned)))
          .as("taken over: %s / %s in %s", a, b, masked).isEqualTo(expected);
    });
  }

  /** Every pattern tried at every token, split by group, as {@link MatchReuseProperties#describe} writes matches. */
  private static List<String> byGroup(PhraseMatcher m, Tokens tokens) {
    List<String> out = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      for (int t = 0; t < tokens.size(); t++) {
        for (int p = 0; p < m.size(); p++) {
          if (m.groupOf(p) == g && m.pattern(p).matchFrom(tokens, t, false) >= 0) {
            out.add(g + ":" + p + "@" + t + "-" + m.pattern(p).matchFrom(tokens, t, false));
          }
        }
      }
    }
    return out;
  }
}
