package dev.parley.messaging.rules.internal.text;

import java.util.List;

/**
 * Whether a token of a folded text names Amazon: Amazon as a word of its own or the start of one
 * ("Amazon'un", "Amazonのタイムセール"), in Latin, katakana or Arabic script, or its membership
 * programme Prime as a whole word ("Prime-Mitglieder", "assinantes Prime"; not "primeiro"). The
 * promotion rule reads it (a sale of Amazon's is no marketing of the seller's) and the opt-out rule
 * (a reply that points to Amazon's own setting offers no opt-out of the seller's).
 */
public final class AmazonNames {
  private AmazonNames() {}

  private static final String PRIME = "prime";

  private static final List<String> AMAZON = List.of("amazon", "\u30a2\u30de\u30be\u30f3", "\u0627\u0645\u0627\u0632\u0648\u0646", "\u0623\u0645\u0627\u0632\u0648\u0646");

  /**
   * {@return whether the token from {@code start} to {@code end} names Amazon}
   *
   * @param text a folded text
   * @param start the token's start
   * @param end the token's end
   */
  public static boolean named(String text, int start, int end) {
    for (String name : AMAZON) {
      if (start + name.length() <= text.length() && text.regionMatches(true, start, name, 0, name.length())) {
        return true;
      }
    }
    return end - start == PRIME.length() && text.regionMatches(true, start, PRIME, 0, PRIME.length());
  }
}
