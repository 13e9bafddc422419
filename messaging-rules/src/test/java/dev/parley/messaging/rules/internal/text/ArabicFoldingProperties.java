package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.rules.Generators;
import org.junit.jupiter.api.Test;

/**
 * Properties of Arabic folding: every folded word maps back to exactly the original characters it
 * came from (folding that slice gives the word again), folding is idempotent, and no harakat,
 * tatweel, letter variants or Arabic-Indic digits survive it.
 */
class ArabicFoldingProperties {
  @Test
  void everyFoldedWordMapsBackToTheExactOriginalCharacters() {
    qt().withExamples(1000).forAll(Generators.arabicText()).checkAssert(original -> {
      NormalizedText t = NormalizedText.of(original);
      String f = t.text();
      int i = 0;
      while (i < f.length()) {
        if (f.charAt(i) == ' ') {
          i++;
          continue;
        }
        int e = i;
        while (e < f.length() && f.charAt(e) != ' ') {
          e++;
        }
        int os = t.originalStart(i);
        int oe = t.originalEnd(e);
        assertThat(os).isLessThan(oe);
        String slice = original.substring(os, oe);
        assertThat(NormalizedText.fold(slice)).as("word [%d,%d) of %s from %s", i, e, f, original).isEqualTo(f.substring(i, e));
        // the slice starts and ends on characters that fold to something (no stray mark or space at its edges)
        assertThat(NormalizedText.fold(slice.substring(0, Character.charCount(slice.codePointAt(0))))).isNotEmpty();
        assertThat(NormalizedText.fold(slice.substring(slice.offsetByCodePoints(slice.length(), -1)))).isNotEmpty();
        i = e;
      }
    });
  }

  @Test
  void foldingIsIdempotentAndLeavesNoVariants() {
    qt().withExamples(1000).forAll(Generators.arabicText()).checkAssert(original -> {
      String f = NormalizedText.fold(original);
      assertThat(NormalizedText.fold(f)).isEqualTo(f);
      f.codePoints().forEach(cp -> {
        assertThat(NormalizedText.isArabicMark(cp)).as("mark U+%04X in %s", cp, f).isFalse();
        assertThat(cp).as("variant in %s", f).isNotIn(0x0622, 0x0623, 0x0625, 0x0671, 0x0649, 0x0629, 0x06CC, 0x06A9, 0x0624, 0x0626);
        assertThat(cp >= 0x0660 && cp <= 0x0669 || cp >= 0x06F0 && cp <= 0x06F9).as("digit U+%04X", cp).isFalse();
        assertThat(cp >= 0x200E && cp <= 0x200F || cp == 0x061C || cp >= 0x2066 && cp <= 0x2069).as("bidi U+%04X", cp).isFalse();
      });
    });
  }
}
