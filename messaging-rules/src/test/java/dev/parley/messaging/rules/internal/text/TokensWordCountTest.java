package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Tokens#wordCount()}: words in every language, a Japanese run counting half its characters (s20). */
class TokensWordCountTest {
  private static int words(String text) {
    return Tokens.of(NormalizedText.fold(text)).wordCount();
  }

  @Test
  void spacedLanguagesCountTheirTokens() {
    assertThat(words("Thank you for your order, Anna!")).isEqualTo(6);
    assertThat(words("Order 123-4567 arrived")).isEqualTo(4);
    assertThat(words("")).isZero();
  }

  @Test
  void aJapaneseRunCountsHalfItsCharactersRoundedUp() {
    // ありがとうございました: eleven characters, eleven tokens, six words
    assertThat(Tokens.of(NormalizedText.fold("ありがとうございました")).size()).isEqualTo(11);
    assertThat(words("ありがとうございました")).isEqualTo(6);
    // punctuation ends a run: 4 + 3 characters count 2 + 2
    assertThat(words("当店より。感謝を")).isEqualTo(4);
    // voiced kana (a mark folded apart from its letter) stay one character each
    assertThat(words("ダイヤル")).isEqualTo(2);
    // mixed: a Latin word and digits between runs count one each
    assertThat(words("Amazonでご注文 123 ありがとう")).isEqualTo(1 + 2 + 1 + 3);
  }
}
