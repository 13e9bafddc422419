package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.analysis.Redactor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Folding writes the redaction mask on the fast path of printable ASCII: the folded text and its
 * offsets are what the general path gives for any other symbol that folds to itself.
 */
class MaskFoldingProperties {
  /** Pieces around masks: combining marks (kept or dropped by the base before them), kana, Arabic, capitals, spaces. */
  private static final String[] PIECES = {
    "\u2588", "\u2588\u2588\u2588", " ", "\n\n", "\u0301", "\u0308", "Abc", "é", "ß", "\u0130", "カタカナ", "\u3099",
    "مرحبا", "\u0640", "\u064E", "\u200B", "\u00AD", "\uFF21", "\u202E", "\u202C", "Ⅻ", "ﬁ", "\uD83D\uDE00", "\uD800",
  };

  @Test
  void theFastPathsMaskIsTheRedactorsMask() {
    assertThat(NormalizedText.MASK).isEqualTo(Redactor.MASK);
    assertThat(NormalizedText.fold("\u2588\u0301\u2588")).isEqualTo(NormalizedText.fold("\u2593\u0301\u2593").replace('\u2593', '\u2588'));
  }

  /**
   * A text with masks folds as the same text with U+2593 (a block element past the fast path, which
   * folds to itself) in their place: the same folded text but for that symbol, and the same
   * offsets into the original at every folded character.
   */
  @Test
  void aMaskFoldsAsAnyOtherBlockElementWould() {
    AtomicInteger masks = new AtomicInteger();
    Gen<String> texts = Generators.joined(PIECES, 40);
    qt().withExamples(5000).forAll(texts).checkAssert(text -> {
      NormalizedText masked = NormalizedText.of(text);
      NormalizedText other = NormalizedText.of(text.replace('\u2588', '\u2593'));
      assertThat(masked.text()).as("folding of %s", text).isEqualTo(other.text().replace('\u2593', '\u2588'));
      for (int i = 0; i < masked.length(); i++) {
        assertThat(masked.originalStart(i)).isEqualTo(other.originalStart(i));
        assertThat(masked.originalEnd(i + 1)).isEqualTo(other.originalEnd(i + 1));
        if (masked.text().charAt(i) == '\u2588') {
          masks.incrementAndGet();
        }
      }
    });
    assertThat(masks.get()).as("masks the generator reaches").isGreaterThan(10_000);
  }
}
