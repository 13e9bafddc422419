package dev.parley.messaging.rules.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contact text keeps a Latin-1 view in one byte per character and any other in two, and its
 * flags only for the flagged characters: the storage changes nothing a scanner reads.
 */
class ContactTextProperties {
  /** Pieces with disguises of every kind, Latin-1 letters and a few characters past Latin-1. */
  private static final String[] PIECES = {
    "info", "@", " at ", " [at] ", "(at)", "shop", ".", " dot ", " point ", " punto ", "de", "com", "/", " ", "\n", "é", "ß",
    "hxxp://", "w w w . s h o p . c o m", "%2e", "snabel-a", " at sign ", "gmail نقطة كوم", "infoアットマークshopドットコム",
    "\u2588\u2588\u2588", "‚", "ü", "le point de retrait", "www . shop . de",
    // words copied in one step: past Latin-1 without kana, longer than a special word, kana glued to Latin
    "παράδειγμα", "почта", "straße", "abcdefghijklmnopqrstuvwxyz0123456789", "shopドット", "カタカナabc", "ドット",
  };

  private static Gen<String> texts() {
    return Generators.joined(PIECES, 30).mix(Generators.contactText());
  }

  /**
   * A view that is two bytes per character from its first character reads, past the two characters
   * put in front, the same characters, flags and offsets as the view of the text alone (one byte
   * per character while it is Latin-1).
   */
  @Test
  void aViewReadsTheSameWhateverItsCharactersAreKeptIn() {
    AtomicInteger latin1 = new AtomicInteger();
    qt().withExamples(5000).forAll(texts()).checkAssert(text -> {
      String folded = NormalizedText.of(text).text();
      ContactText alone = ContactText.of(folded);
      // The mask is no word character, and a space after it starts the text afresh.
      ContactText wide = ContactText.of("\u2588 " + folded);
      assertThat(wide.length()).isEqualTo(alone.length() + 2);
      assertThat(wide.substring(2, wide.length())).isEqualTo(alone.substring(0, alone.length()));
      boolean onlyLatin1 = true;
      for (int i = 0; i < alone.length(); i++) {
        onlyLatin1 &= alone.charAt(i) <= 0xFF;
        assertThat(wide.charAt(i + 2)).isEqualTo(alone.charAt(i));
        for (byte flag : new byte[] {ContactText.DISGUISED, ContactText.WEAK_AT, ContactText.ROMANCE_DOT}) {
          assertThat(wide.flag(i + 2, flag)).as("flag %s at %s of %s", flag, i, folded).isEqualTo(alone.flag(i, flag));
        }
        assertThat(wide.foldedStart(i + 2)).isEqualTo(alone.foldedStart(i) + 2);
        assertThat(wide.foldedEnd(i + 3)).isEqualTo(alone.foldedEnd(i + 1) + 2);
      }
      if (onlyLatin1) {
        latin1.incrementAndGet();
      }
    });
    assertThat(latin1.get()).as("views kept in one byte per character").isGreaterThan(1000);
  }

  /**
   * A character without the disguised flag is the folded character it comes from, and only an
   * {@code @} can be a weak at sign and only a {@code .} a Romance dot: the flags read back are the
   * ones the disguises set, wherever they stand.
   */
  @Test
  void theFlagsMarkWhatTheDisguisesProduced() {
    AtomicInteger flagged = new AtomicInteger();
    qt().withExamples(5000).forAll(texts()).checkAssert(text -> {
      String folded = NormalizedText.of(text).text();
      ContactText v = ContactText.of(folded);
      for (int i = 0; i < v.length(); i++) {
        assertThat(v.substring(i, i + 1).charAt(0)).isEqualTo(v.charAt(i));
        assertThat(v.regionMatches(i, v.substring(i, Math.min(v.length(), i + 4)))).isTrue();
        if (v.disguised(i)) {
          flagged.incrementAndGet();
        } else {
          assertThat(v.foldedEnd(i + 1) - v.foldedStart(i)).as("%s at %s", folded, i).isEqualTo(1);
          assertThat(v.charAt(i)).as("%s at %s", folded, i).isEqualTo(folded.charAt(v.foldedStart(i)));
        }
        if (v.flag(i, ContactText.WEAK_AT)) {
          assertThat(v.charAt(i)).isEqualTo('@');
        }
        if (v.flag(i, ContactText.ROMANCE_DOT)) {
          assertThat(v.charAt(i)).isEqualTo('.');
        }
      }
    });
    assertThat(flagged.get()).as("disguised characters the generator reaches").isGreaterThan(2000);
  }

  /** Pieces around redaction masks: masks glued to words, disguises, brackets, dots, at signs and spaces. */
  private static final String[] MASKED_PIECES = {
    "\u2588", "\u2588\u2588\u2588\u2588", " ", "info", "@", ".", "/", "%2e", "(", ")", "[at]", " dot ", " at ", "shop", "com",
    "w w w", "ドット", "é", "παράδειγμα", "\n", ":", "-",
  };

  /**
   * A run of redaction masks, which the contact text copies in one step, reads as a run of any
   * other symbol that is no word character (U+2593, which takes the character-by-character path)
   * would: the same characters but for the symbol itself, the same flags and the same offsets.
   */
  @Test
  void aRunOfMasksReadsAsAnyOtherSymbolWould() {
    AtomicInteger masks = new AtomicInteger();
    Gen<String> texts = Generators.joined(MASKED_PIECES, 40);
    qt().withExamples(5000).forAll(texts).checkAssert(text -> {
      String folded = NormalizedText.of(text).text();
      ContactText masked = ContactText.of(folded);
      ContactText other = ContactText.of(folded.replace('\u2588', '\u2593'));
      assertThat(masked.length()).isEqualTo(other.length());
      for (int i = 0; i < masked.length(); i++) {
        char c = other.charAt(i);
        assertThat(masked.charAt(i)).as("character %s of %s", i, folded).isEqualTo(c == '\u2593' ? '\u2588' : c);
        if (c == '\u2593') {
          masks.incrementAndGet();
        }
        for (byte flag : new byte[] {ContactText.DISGUISED, ContactText.WEAK_AT, ContactText.ROMANCE_DOT}) {
          assertThat(masked.flag(i, flag)).as("flag %s at %s of %s", flag, i, folded).isEqualTo(other.flag(i, flag));
        }
        assertThat(masked.foldedStart(i)).isEqualTo(other.foldedStart(i));
        assertThat(masked.foldedEnd(i + 1)).isEqualTo(other.foldedEnd(i + 1));
      }
    });
    assertThat(masks.get()).as("masks the generator reaches").isGreaterThan(20_000);
  }

  /**
   * A view kept in two bytes per character from the start (a text past Latin-1) reads exactly as
   * the view kept in one byte until its first character past Latin-1 and widened there ({@code
   * narrowFirst}, as every view was built before): the same length, characters, flags, offsets and
   * substrings, on texts with and without characters past Latin-1 and with masks.
   */
  @Test
  void aViewWideFromTheStartReadsAsOneWidenedOnTheWay() {
    AtomicInteger wideTexts = new AtomicInteger();
    Gen<String> texts = texts().mix(Generators.joined(MASKED_PIECES, 40), 30);
    qt().withExamples(5000).forAll(texts).checkAssert(text -> {
      String folded = NormalizedText.of(text).text();
      ContactText v = ContactText.of(folded);
      ContactText ref = ContactText.narrowFirst(folded);
      if (folded.chars().anyMatch(c -> c > 0xFF)) {
        wideTexts.incrementAndGet();
      }
      assertThat(v.length()).as(folded).isEqualTo(ref.length());
      assertThat(v.substring(0, v.length())).as(folded).isEqualTo(ref.substring(0, ref.length()));
      for (int i = 0; i < v.length(); i++) {
        assertThat(v.charAt(i)).isEqualTo(ref.charAt(i));
        for (byte flag : new byte[] {ContactText.DISGUISED, ContactText.WEAK_AT, ContactText.ROMANCE_DOT}) {
          assertThat(v.flag(i, flag)).as("flag %s at %s of %s", flag, i, folded).isEqualTo(ref.flag(i, flag));
        }
        assertThat(v.foldedStart(i)).isEqualTo(ref.foldedStart(i));
        assertThat(v.foldedEnd(i + 1)).isEqualTo(ref.foldedEnd(i + 1));
        int e = Math.min(v.length(), i + 5);
        assertThat(v.substring(i, e)).isEqualTo(ref.substring(i, e));
      }
      assertThat(v.foldedStart(v.length())).isEqualTo(ref.foldedStart(ref.length()));
    });
    assertThat(wideTexts.get()).as("texts past Latin-1 the generator reaches").isGreaterThan(1000);
  }
}
