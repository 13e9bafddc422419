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

  /**
   * Sentences a seller writes, with and without contact details in every disguise the contact
   * rules know, and the traps they must not flag; joined into messages of up to eight sentences.
   */
  public static Gen<String> contactText() {
    Gen<String> sentence = integers().between(0, CONTACT_FRAGMENTS.length - 1).map(i -> CONTACT_FRAGMENTS[i]);
    return lists().of(sentence).ofSizeBetween(1, 8).map(parts -> String.join(" ", parts));
  }

  private static final String[] CONTACT_FRAGMENTS = {
    "Hello Anna,", "Thanks for your order 305-8273641-9182736.", "The manual.pdf is attached.", "See e.g. page 4.",
    "Visit www.shop-example.de/help for more.", "Write to info@laden.de please.", "Call us on +49 30 1234567.",
    "Ruf an: 0176 1234 5678.", "Mail info [at] shop [dot] de.", "Go to mystore dot com.", "Try w w w . s h o p . c o m now.",
    "Tracking: 1Z999AA10123456784.", "Price 19.99 EUR.", "See you at 6.30.", "ASIN B08N5WRWNW.", "Version 2.3.1 is out.",
    "Size 30x20x10 cm.", "Delivered 12.03.2025.", "Reply STOP to unsubscribe.", "Thanks.See you!", "Amazon.de has it.",
    "Call the DHL hotline on 0228 4333112.", "hxxps://bit.ly/3xYz", "Shop(.)com/parts", "Appelez le 06 12 34 56 78.",
    "Kind regards, Tom", "Order 112-4839201-5563920 ships Monday.", "IBAN DE89 3704 0044 0532 0130 00.",
  };

  private static final String[] FRAGMENTS = {
    "Hello,", "your order 302-1234567-1234567", "visit shop.com", "call +49 30 1234567", "mail me at info@shop.de",
    "the manual.pdf is attached", "Tracking: 1Z999AA10123456784", "price 19.99 EUR", "e.g. the blue one",
    "leave a 5-star review", "free gift for a review", "Danke für Ihre Bestellung", "www . shop . de",
    "info [at] shop [dot] de", "Merci beaucoup", "see you at 6.30", "ASIN B08N5WRWNW", "v2.3.1", "30x20x10 cm",
  };
}
