package dev.parley.messaging.rules.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code style.emoji}'s built-in tables against ICU's Unicode emoji properties (ICU4J, test scope
 * only): every code point of Unicode is walked, so a code point the tables get wrong is named.
 *
 * <p>The tables are a documented subset, not a copy: the pictograph blocks of the Supplementary
 * Multilingual Plane (U+1F300 and up) count as emoji whatever their default presentation (every
 * one is a picture), and ♀ ♂ alone and the text-default emoji outside the two symbol blocks (‼ ™ ↔
 * ▶ 〽) are symbols unless U+FE0F follows.
 */
class EmojiTablesTest {
  /** Blocks whose every code point the rule reads as an emoji picture (see EmojiRule#isEmojiPresentation). */
  private static boolean inPictographBlocks(int cp) {
    return (cp >= 0x1F300 && cp <= 0x1F5FF) || (cp >= 0x1F600 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF);
  }

  private static boolean emoji(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI);
  }

  private static boolean presentation(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION);
  }

  @Test
  void everyEmojiPresentationCodePointIsAnEmoji() {
    List<String> missed = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (presentation(cp) && !EmojiRule.isEmojiPresentation(cp)) {
        missed.add(String.format("U+%04X", cp));
      }
    }
    assertThat(missed).as("Emoji_Presentation=Yes in ICU %s, not an emoji for style.emoji", UCharacter.getUnicodeVersion()).isEmpty();
  }

  @Test
  void outsideThePictographBlocksOnlyEmojiPresentationCodePointsAreEmoji() {
    List<String> extra = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (EmojiRule.isEmojiPresentation(cp) && !presentation(cp) && !inPictographBlocks(cp)) {
        extra.add(String.format("U+%04X", cp));
      }
    }
    assertThat(extra).as("read as emoji by style.emoji, Emoji_Presentation=No in ICU").isEmpty();
  }

  @Test
  void theTextPictographsAreExactlyTheTextDefaultEmojiOfTheSymbolBlocks() {
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = cp >= 0x2600 && cp <= 0x27BF && emoji(cp) && !presentation(cp) && cp != 0x2640 && cp != 0x2642;
      if (EmojiRule.isTextPictograph(cp) != expected) {
        wrong.add(String.format("U+%04X %s expected %s", cp, new String(Character.toChars(cp)), expected));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theTypographicSymbolsAreNoEmojiInUnicodeEither() {
    // ★ ☆ ☐ ♪ ♡ ☞ ⚀: what a seller types as a rating or a bullet, and no emoji in ICU's data
    for (int cp : new int[] {0x2605, 0x2606, 0x2610, 0x266A, 0x2661, 0x261E, 0x2680}) {
      assertThat(emoji(cp)).as("U+%04X", cp).isFalse();
      assertThat(EmojiRule.isTextPictograph(cp) || EmojiRule.isEmojiPresentation(cp)).as("U+%04X", cp).isFalse();
    }
  }
}
