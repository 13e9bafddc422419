package dev.parley.messaging.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the property tests of messaging-rules, kept in one place. Message text needs
 * characters that QuickTheories' string generator never yields on purpose: emoji, zero-width and
 * bidi characters, look-alike letters, fullwidth forms, unpaired surrogates.
 */
public final class Generators {
  private static final int[] TRICKY = {
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202E, 0x2066, 0x061C, // invisible and bidi
    0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x03BF, 0x03B1, // Cyrillic and Greek look-alikes
    0xFF41, 0xFF10, 0xFF0E, 0x3002, 0x2024, 0xFF20, // fullwidth and alternative dots
    0x1F600, 0x1F44D, 0x2B50, 0x2764, 0xFE0F, 0x1F1E9, // emoji and a variation selector
    0x00E9, 0x00FC, 0x00DF, 0x0142, 0x0131, 0x0130, 0x3042, 0x30AC, 0x4E2D, // accents, Turkish, Japanese
    '.', '@', '-', '/', ':', ' ', '\n', '\t', '(', ')', '[', ']', '0', '7', '+',
  };

  private Generators() {}

  /** Any code point, with the tricky ones and ASCII over-represented; includes lone surrogates. */
  public static Gen<Integer> codePoints() {
    Gen<Integer> ascii = integers().between(0x20, 0x7E);
    Gen<Integer> tricky = integers().between(0, TRICKY.length - 1).map(i -> TRICKY[i]);
    Gen<Integer> any = integers().between(0, Character.MAX_CODE_POINT);
    Gen<Integer> surrogate = integers().between(0xD800, 0xDFFF);
    return Generate.frequency(List.of(
        Pair.of(12, ascii),
        Pair.of(8, tricky),
        Pair.of(2, any),
        Pair.of(1, surrogate)));
  }

  /** Strings of up to {@code maxLength} code points drawn from {@link #codePoints()}. */
  public static Gen<String> text(int maxLength) {
    return lists().of(codePoints()).ofSizeBetween(0, maxLength).map(cps -> {
      StringBuilder sb = new StringBuilder();
      for (int cp : cps) {
        sb.appendCodePoint(cp);
      }
      return sb.toString();
    });
  }

  /** Realistic sentence fragments mixed with tricky text, to exercise the rules' positive paths too. */
  public static Gen<String> messageText() {
    Gen<String> fragment = integers().between(0, FRAGMENTS.length - 1).map(i -> FRAGMENTS[i]);
    Gen<String> mixed = Generate.frequency(List.of(
        Pair.of(3, fragment),
        Pair.of(1, text(12))));
    return lists().of(mixed).ofSizeBetween(0, 12).map(parts -> String.join(" ", parts));
  }

  // Send-check generators: message types, opt-out states and shipped orders with random delivery windows.

  /** Every message type, retired ones included. */
  public static Gen<dev.parley.messaging.core.MessageType> messageTypes() {
    return org.quicktheories.generators.SourceDSL.arbitrary().enumValues(dev.parley.messaging.core.MessageType.class);
  }

  /** Every opt-out state. */
  public static Gen<dev.parley.messaging.core.OptOutState> optOutStates() {
    return org.quicktheories.generators.SourceDSL.arbitrary().enumValues(dev.parley.messaging.core.OptOutState.class);
  }

  /**
   * Shipped orders bought at a random instant in 2020-2030, with an earliest delivery date 0-20
   * days and a latest 0-20 days after that; delivered or not.
   */
  public static Gen<dev.parley.messaging.core.Order> shippedOrders() {
    Gen<Long> purchase = org.quicktheories.generators.SourceDSL.longs().between(1_577_836_800L, 1_893_456_000L);
    Gen<Integer> minutes = integers().between(0, 20 * 24 * 60);
    return purchase.zip(minutes, minutes, org.quicktheories.generators.SourceDSL.booleans().all(), (p, e, l, delivered) -> {
      java.time.Instant bought = java.time.Instant.ofEpochSecond(p);
      java.time.Instant earliest = bought.plus(java.time.Duration.ofMinutes(e));
      java.time.Instant latest = earliest.plus(java.time.Duration.ofMinutes(l));
      dev.parley.messaging.core.Order.Builder b = dev.parley.messaging.core.Order.builder()
          .id(dev.parley.messaging.core.OrderId.parse("302-1234567-1234567"))
          .marketplace(dev.parley.messaging.core.Marketplace.DE)
          .purchasedAt(bought)
          .status(dev.parley.messaging.core.OrderStatus.SHIPPED)
          .earliestDeliveryDate(earliest)
          .latestDeliveryDate(latest)
          .shippedAt(bought);
      if (delivered) {
        b.deliveredAt(earliest);
      }
      return b.build();
    });
  }

  private static final String[] FRAGMENTS = {
    "Hello,", "your order 302-1234567-1234567", "visit shop.com", "call +49 30 1234567", "mail me at info@shop.de",
    "the manual.pdf is attached", "Tracking: 1Z999AA10123456784", "price 19.99 EUR", "e.g. the blue one",
    "leave a 5-star review", "free gift for a review", "Danke für Ihre Bestellung", "www . shop . de",
    "info [at] shop [dot] de", "Merci beaucoup", "see you at 6.30", "ASIN B08N5WRWNW", "v2.3.1", "30x20x10 cm",
  };
}
