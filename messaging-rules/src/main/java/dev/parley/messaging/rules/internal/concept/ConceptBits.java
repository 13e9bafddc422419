package dev.parley.messaging.rules.internal.concept;

/**
 * Sets of {@link Concept}s as two {@code long}s of bits by ordinal: the low word holds ordinals 0
 * to 63 (bit {@code ordinal}), the high word ordinals 64 to 127 (bit {@code ordinal - 64}). The
 * concept index and the grammar test membership with these instead of a set look-up per
 * occurrence. There may be at most 128 concepts; this class fails to initialise otherwise, so
 * every test that touches the grammar fails with the count.
 */
final class ConceptBits {
  /** How many concepts two words of bits hold. */
  static final int CAPACITY = 2 * Long.SIZE;

  static {
    int n = Concept.values().length;
    if (n > CAPACITY) {
      throw new IllegalStateException("Concept has " + n + " constants; ConceptBits holds at most " + CAPACITY);
    }
  }

  private ConceptBits() {}

  /** {@return the concept's bit in the low word, 0 when its ordinal is past 63} */
  static long low(int ordinal) {
    return ordinal < Long.SIZE ? 1L << ordinal : 0L;
  }

  /** {@return the concept's bit in the high word, 0 when its ordinal is below 64} */
  static long high(int ordinal) {
    return ordinal < Long.SIZE ? 0L : 1L << (ordinal - Long.SIZE);
  }

  /** {@return whether the set given by its two words holds the ordinal} */
  static boolean holds(long low, long high, int ordinal) {
    return ((ordinal < Long.SIZE ? low : high) & 1L << (ordinal & 63)) != 0;
  }
}
