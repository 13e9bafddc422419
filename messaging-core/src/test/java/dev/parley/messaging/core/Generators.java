package dev.parley.messaging.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.quicktheories.core.Gen;

/** Generators for the property tests of messaging-core, kept in one place. */
final class Generators {
  private Generators() {}

  static Gen<String> orderIdText() {
    return integers().between(0, 999).zip(longs().between(0, 9_999_999L), longs().between(0, 9_999_999L),
        (a, b, c) -> String.format(java.util.Locale.ROOT, "%03d-%07d-%07d", a, b, c));
  }

  static Gen<Marketplace> marketplaces() {
    return integers().between(0, Marketplace.values().length - 1).map(i -> Marketplace.values()[i]);
  }

  static Gen<Instant> instants() {
    return longs().between(0, 4_102_444_800L).map(s -> Instant.ofEpochSecond(s));
  }

  static Gen<byte[]> bytes(int max) {
    return integers().between(0, max).zip(integers().all(), (n, seed) -> {
      byte[] b = new byte[n];
      new java.util.Random(seed).nextBytes(b);
      return b;
    });
  }
}
