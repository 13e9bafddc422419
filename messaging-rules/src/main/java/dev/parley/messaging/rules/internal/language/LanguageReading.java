package dev.parley.messaging.rules.internal.language;

import dev.parley.messaging.rules.content.LanguageGuess;
import dev.parley.messaging.rules.content.LanguageIdentifier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one pass of the {@link LanguageIdentifier} over a text finds: its guess, and for every pair
 * of profiled languages the evidence that tells them apart, so that {@link
 * LanguageIdentifier#share(CharSequence, String, LanguageGuess)} for any language is read from a
 * table instead of another pass over the text. Immutable and thread-safe.
 */
public final class LanguageReading {
  /** One pass of the identifier over a text; registered by {@link LanguageIdentifier}. */
  @FunctionalInterface
  public interface Reader {
    /**
     * {@return the reading of a text}
     *
     * @param identifier the identifier
     * @param text the text
     */
    LanguageReading read(LanguageIdentifier identifier, CharSequence text);
  }

  private static volatile Reader reader;

  /**
   * Registers the identifier's one-pass reading; called once by {@link LanguageIdentifier} when
   * its class is initialised.
   *
   * @param entry the reading
   */
  public static void register(Reader entry) {
    reader = Objects.requireNonNull(entry, "entry");
  }

  /**
   * {@return the standard identifier's reading of a text}: its {@link #guess()} equals {@link
   * LanguageIdentifier#identify} and its {@link #share} equals {@link LanguageIdentifier#share}
   *
   * @param text the text
   */
  public static LanguageReading of(CharSequence text) {
    LanguageIdentifier identifier = LanguageIdentifier.standard(); // initialises the class, which registers the reader
    return reader.read(identifier, text);
  }

  private final LanguageGuess guess;
  private final List<String> languages;
  private final double[] apart;

  /**
   * Makes a reading; the identifier's own.
   *
   * @param guess the text's guess
   * @param languages the profiled languages, in the identifier's order
   * @param apart for languages a and b, at {@code a * languages.size() + b}: the sum, over the
   *     words scoring for a and not for b, of their score for a
   */
  public LanguageReading(LanguageGuess guess, List<String> languages, double[] apart) {
    this.guess = guess;
    this.languages = languages;
    this.apart = apart;
  }

  /** {@return the identifier's guess for the text} */
  public LanguageGuess guess() {
    return guess;
  }

  /**
   * {@return the share of the evidence telling the language apart from the text's guess that points
   * to the language}, as {@link LanguageIdentifier#share(CharSequence, String, LanguageGuess)}
   *
   * @param language an ISO 639-1 code
   */
  public double share(String language) {
    return share(language, guess);
  }

  /**
   * {@return the share of the evidence telling the language apart from a guess's language that
   * points to the language}, as {@link LanguageIdentifier#share(CharSequence, String, LanguageGuess)}
   *
   * @param language an ISO 639-1 code
   * @param against the guess to tell it from
   */
  public double share(String language, LanguageGuess against) {
    String lang = language.toLowerCase(Locale.ROOT);
    if (against.language().equals(lang)) {
      return 1.0;
    }
    int a = languages.indexOf(lang);
    int b = languages.indexOf(against.language());
    if (a < 0 || b < 0) {
      return 0.0;
    }
    return pairShare(a, b);
  }

  /**
   * {@return the share of the evidence telling languages a and b apart that points to a, in [0, 1]}
   *
   * @param a a language's index
   * @param b another language's index
   */
  public double pairShare(int a, int b) {
    int n = languages.size();
    double forA = apart[a * n + b];
    double total = forA + apart[b * n + a];
    return total <= 0 ? 0 : forA / total;
  }
}
