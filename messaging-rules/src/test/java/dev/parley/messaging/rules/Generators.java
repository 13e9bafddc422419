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

  private static final String[] FRAGMENTS = {
    "Hello,", "your order 302-1234567-1234567", "visit shop.com", "call +49 30 1234567", "mail me at info@shop.de",
    "the manual.pdf is attached", "Tracking: 1Z999AA10123456784", "price 19.99 EUR", "e.g. the blue one",
    "leave a 5-star review", "free gift for a review", "Danke für Ihre Bestellung", "www . shop . de",
    "info [at] shop [dot] de", "Merci beaucoup", "see you at 6.30", "ASIN B08N5WRWNW", "v2.3.1", "30x20x10 cm",
  };

  // Wording: compliant messages and sentences in several languages (the wording property tests).

  /** Messages that break no wording rule (proactive, with an order id, each in its language). */
  public static Gen<String> compliantMessages() {
    return integers().between(0, COMPLIANT_MESSAGES.length - 1).map(i -> COMPLIANT_MESSAGES[i]);
  }

  /** Sentences that break no wording rule on their own, in several languages. */
  public static Gen<String> compliantSentences() {
    return integers().between(0, COMPLIANT_SENTENCES.length - 1).map(i -> COMPLIANT_SENTENCES[i]);
  }

  private static final String[] COMPLIANT_MESSAGES = {
    "Hello Anna,\n\nYour cushion cover for order 305-8273641-9182736 is ready to be sewn. Which colour would you like, sand or moss?\n\nKind regards,\nLinen Loft",
    "Dear customer,\n\nThe courier returned the parcel for order 402-1234567-7654321 because the house number was missing. Could you send us the full address?\n\nBest regards,\nOak & Iron",
    "Guten Tag,\n\nfür Bestellung 305-8273641-9182736 benötigen wir noch die gewünschte Gravur. Welcher Name soll auf das Brett?\n\nFreundliche Grüße\nHolzkiste",
    "Bonjour,\n\nVotre lampe (commande 171-7654321-1234567) est prête. Quel jour vous convient pour la livraison à domicile ?\n\nCordialement,\nAtelier Lin",
    "Buongiorno,\n\nper l'ordine 305-8273641-9182736 ci serve la misura del polso per il bracciale. Può indicarcela?\n\nCordiali saluti,\nBottega Rame",
    "Hola:\n\nPara el pedido 305-8273641-9182736 necesitamos saber la talla de la camiseta personalizada. ¿Nos la indica?\n\nUn saludo,\nTaller Sur",
    "Hello,\n\nAttached is the invoice for order 305-8273641-9182736, as requested for your company.\n\nBest,\nBright Desk",
  };

  private static final String[] COMPLIANT_SENTENCES = {
    "The blade is very sharp, so please store it with the guard on.",
    "We would appreciate an honest review, whatever your experience.",
    "Error code E4 means the water tank is not seated.",
    "The replacement part will ship free of charge tomorrow.",
    "Please remove the protective film before first use.",
    "Bitte entfernen Sie die Schutzfolie vor dem ersten Gebrauch.",
    "Über eine ehrliche Bewertung freuen wir uns, ob positiv oder negativ.",
    "Le moteur ne doit jamais être plongé dans l'eau.",
    "La garanzia copre il motore per due anni.",
    "El manual está en la página del producto en Amazon.",
    "The five-star hotel towels should be washed before first use.",
    "If you have questions about the assembly, the manual shows every step.",
  };
}
