package dev.parley.messaging.rules.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SensitiveRule#quoted}: the buyer's words quoted back in a reply. */
class QuotedSpeechTest {

  private static boolean quoted(String text, String word) {
    int start = text.indexOf(word);
    return SensitiveRule.quoted(text, start, start + word.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nos dice que somos «unos estafadores de tres al cuarto». Siento que…         | estafadores
      ci scrive che siamo «dei truffatori buoni a nulla».                           | truffatori
      du skriver att det är en ”jävla skitprodukt” och att vi är ”bedragare”        | bedragare
      Sie schrieben, wir seien „Betrüger“ und sollten uns schämen.                  | Betrüger
      “ne biçim salaksınız” diye yazdığınızı gördüm                                 | salaksınız
      「バカじゃないの」とのお言葉                                                   | バカ
      You wrote: "you people are scammers". We understand.                          | scammers
      """)
  void wordsInsideAQuotationOnTheirLineAreQuoted(String text, String word) {
    assertThat(quoted(text.strip(), word)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      You are scammers, and "sorry" will not change that.                           | scammers
      We shipped the "Deluxe" kit. You are an idiot.                                | idiot
      The "Deluxe" kit is what idiots buy                                           | idiots
      "Deluxe" kit ; idiots                                                         | idiots
      """)
  void wordsOutsideAQuotationAreNot(String text, String word) {
    assertThat(quoted(text.strip(), word)).isFalse();
  }

  @Test
  void aQuotationDoesNotReachAcrossALineBreak() {
    assertThat(quoted("You wrote \"this\nidiot\" later", "idiot")).isFalse();
    assertThat(quoted("She said \"fine\nYou idiot.", "idiot")).isFalse();
  }

  @Test
  void withoutQuotationMarksNothingIsQuotedAndAnySpanIsSafe() {
    qt().withExamples(300)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 600), integers().between(0, 600), integers().between(0, 600))
        .checkAssert((text, a, b) -> {
          int start = Math.min(Math.min(a, b), text.length());
          int end = Math.min(Math.max(a, b), text.length());
          boolean q = SensitiveRule.quoted(text, start, end);
          if (text.indexOf('"') < 0) {
            assertThat(q).isFalse();
          }
        });
  }
}
