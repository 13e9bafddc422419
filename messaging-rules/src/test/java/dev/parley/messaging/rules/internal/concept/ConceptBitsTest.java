package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Concept sets as two words of bits: every concept has its own bit, and the rarest are in the high word. */
class ConceptBitsTest {
  @Test
  void everyConceptFitsAndHoldsOnlyItsOwnBit() {
    assertThat(Concept.values().length).isLessThanOrEqualTo(ConceptBits.CAPACITY);
    for (Concept c : Concept.values()) {
      long low = ConceptBits.low(c.ordinal());
      long high = ConceptBits.high(c.ordinal());
      assertThat(Long.bitCount(low) + Long.bitCount(high)).as(c.name()).isEqualTo(1);
      for (Concept d : Concept.values()) {
        assertThat(ConceptBits.holds(low, high, d.ordinal())).as(c + " holds " + d).isEqualTo(c == d);
      }
    }
  }

  @Test
  void aConceptPastTheFirstWordIsFoundByItsBits() {
    // INTIMATE is among the last constants (ordinal past 63): the index and the grammar read it by
    // the high word, and a term that names it takes its occurrence.
    assertThat(Concept.INTIMATE.ordinal()).isGreaterThanOrEqualTo(64);
    assertThat(ConceptBits.low(Concept.INTIMATE.ordinal())).isZero();
    assertThat(ConceptBits.holds(0L, ConceptBits.high(Concept.INTIMATE.ordinal()), Concept.INTIMATE.ordinal())).isTrue();
    assertThat(ConceptBits.holds(-1L, 0L, Concept.INTIMATE.ordinal())).isFalse();
  }
}
