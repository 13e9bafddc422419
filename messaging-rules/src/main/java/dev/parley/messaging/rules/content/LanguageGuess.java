package dev.parley.messaging.rules.content;

import org.immutables.value.Value;

/**
 * What {@link LanguageIdentifier} makes of a text: the language (an ISO 639-1 code such as {@code
 * de}, or {@value #UNDETERMINED} when the text is too short or gives no evidence), the confidence
 * in {@code [0, 1]}, and how many letters the guess rests on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LanguageGuess {
  /** The language code of a text that gives no evidence. */
  public static final String UNDETERMINED = "und";

  LanguageGuess() {}

  /** {@return the ISO 639-1 language code, or {@value #UNDETERMINED}} */
  @Value.Parameter
  public abstract String language();

  /** {@return the confidence, from 0 (a guess) to 1 (certain)} */
  @Value.Parameter
  public abstract double confidence();

  /** {@return the number of letters the guess rests on} */
  @Value.Parameter
  public abstract int letters();

  /** {@return true if a language was determined} */
  public boolean determined() {
    return !language().equals(UNDETERMINED);
  }

  @Value.Check
  void check() {
    if (language().isBlank()) {
      throw new IllegalArgumentException("language is invalid: got a blank code, expected an ISO 639-1 code or \"und\"");
    }
    if (!(confidence() >= 0 && confidence() <= 1)) {
      throw new IllegalArgumentException("confidence is invalid: got " + confidence() + ", expected a value in [0, 1]");
    }
    if (letters() < 0) {
      throw new IllegalArgumentException("letters is invalid: got " + letters() + ", expected 0 or more");
    }
  }

  /**
   * {@return a guess}
   *
   * @param language an ISO 639-1 code or {@value #UNDETERMINED}
   * @param confidence in [0, 1]
   * @param letters the letters it rests on, 0 or more
   * @throws IllegalArgumentException if a value is out of range
   */
  public static LanguageGuess of(String language, double confidence, int letters) {
    return ImmutableLanguageGuess.of(language, confidence, letters);
  }
}
