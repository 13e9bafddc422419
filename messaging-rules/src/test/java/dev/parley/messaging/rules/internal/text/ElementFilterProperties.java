package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * An element's filters (first character, the scan's word-hash bit, last character) and its
 * alternatives' length-and-last-character keys reject only tokens that no alternative matches:
 * {@code Pattern.matchFrom}, with and without the token hashes, returns what trying every
 * alternative of every element in turn returns ({@code matchFromPlain}), at every token, and the
 * scans find what that reference finds. The scan's token bits (word hash and number bit) are what
 * {@code wordHashBit} and {@code isNumber} say of the token.
 */
class ElementFilterProperties {
  /** Few letters, so that words of one length share their last letter, suffixes recur and hashes collide. */
  private static final Gen<String> LETTERS = lists().of(Generate.pick(List.of("e", "t", "a", "s", "r", "n", "é", "1", "2")))
      .ofSizeBetween(1, 5).map(l -> String.join("", l));

  @Test
  void filteredElementsMatchWhatEveryAlternativeMatches() {
    // Exact words, suffixes (*w), prefixes (w*), infixes (*w*) and numbers, alone and in alternatives.
    Gen<String> piece = LETTERS.zip(integers().between(0, 5), (w, k) -> switch (k) {
      case 0 -> "*" + w;
      case 1 -> w + "*";
      case 2 -> "*" + w + "*";
      case 3 -> "<num>";
      default -> w;
    });
    Gen<String> element = lists().of(piece).ofSizeBetween(1, 6).map(l -> l.size() == 1 ? l.get(0) : "(" + String.join("|", l) + ")");
    Gen<String> pattern = lists().of(element).ofSizeBetween(1, 4).zip(integers().between(0, 3),
        (l, g) -> String.join(g == 0 ? " " : " ~" + g + " ", l));
    Gen<List<String>> lexicon = lists().of(pattern).ofSizeBetween(1, 120);
    Gen<String> text = lists().of(LETTERS).ofSizeBetween(0, 80).map(l -> String.join(" ", l));
    qt().withExamples(500).forAll(lexicon, text).checkAssert((lines, body) -> {
      PhraseMatcher m = PhraseMatcher.compile("generated.txt", lines);
      Tokens tokens = Tokens.of(NormalizedText.fold(body));
      byte[] hashBit = new byte[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        hashBit[t] = (byte) PhraseMatcher.tokenBits(tokens.text(), tokens.start(t), tokens.end(t));
      }
      List<String> plain = new ArrayList<>();
      for (int t = 0; t < tokens.size(); t++) {
        for (int p = 0; p < m.size(); p++) {
          PhraseMatcher.Pattern pat = m.pattern(p);
          int expected = pat.matchFromPlain(tokens, t);
          assertThat(pat.matchFrom(tokens, t, false, hashBit)).as("%s at %d in %s", pat.source, t, body).isEqualTo(expected);
          assertThat(pat.matchFrom(tokens, t, false)).as("%s at %d in %s", pat.source, t, body).isEqualTo(expected);
          if (expected >= 0) {
            plain.add(pat.origin + " " + t + "-" + expected);
          }
        }
      }
      assertThat(PhraseMatcherProperties.describe(m.find(tokens))).as("%s in %s", lines, body).isEqualTo(plain);
    });
  }

  @Test
  void tokenBitsAreTheWordHashAndTheNumberTest() {
    // Digits, letters p to y (whose c & 63 is a digit's), other digits of Unicode (not numbers for
    // <num>), signs that stand beside digits, and any character at all.
    Gen<String> some = lists().of(Generate.pick(List.of("0", "1", "5", "9", "p", "t", "y", "a", "/", ":", ".", ",", "-", "\u0663", "\uFF11",
        "\u00b2", "\u0000", "\uffff"))).ofSizeBetween(0, 8).map(l -> String.join("", l));
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 6);
    Gen<String> token = some.mix(any, 30);
    Gen<String> around = lists().of(Generate.pick(List.of("", "x", "7", " "))).ofSizeBetween(0, 2).map(l -> String.join("", l));
    qt().withExamples(5000).forAll(around, token, around).checkAssert((before, word, after) -> {
      String text = before + word + after;
      int s = before.length();
      int e = s + word.length();
      int bits = PhraseMatcher.tokenBits(text, s, e);
      assertThat(bits).as("%s", word).isBetween(0, 127);
      assertThat(bits & PhraseMatcher.HASH_BITS).as("%s", word).isEqualTo(PhraseMatcher.wordHashBit(text, s, e));
      assertThat((bits & PhraseMatcher.NUMBER_BIT) != 0).as("%s", word).isEqualTo(PhraseMatcher.isNumber(text, s, e));
      boolean digitsOnly = !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
      assertThat(PhraseMatcher.isNumber(text, s, e)).as("%s", word).isEqualTo(digitsOnly);
    });
    // And on the tokens of folded texts of digits, letters and signs, as the scans compute them.
    Gen<String> body = lists().of(some).ofSizeBetween(0, 30).map(l -> String.join(" ", l));
    qt().withExamples(500).forAll(body).checkAssert(b -> {
      Tokens tokens = Tokens.of(NormalizedText.fold(b));
      for (int t = 0; t < tokens.size(); t++) {
        int bits = PhraseMatcher.tokenBits(tokens.text(), tokens.start(t), tokens.end(t));
        String tok = tokens.token(t);
        boolean digitsOnly = !tok.isEmpty() && tok.chars().allMatch(c -> c >= '0' && c <= '9');
        assertThat((bits & PhraseMatcher.NUMBER_BIT) != 0).as("%s in %s", tok, b).isEqualTo(digitsOnly);
        assertThat(bits & PhraseMatcher.HASH_BITS).isEqualTo(PhraseMatcher.wordHashBit(tok, 0, tok.length()));
      }
    });
  }
}
