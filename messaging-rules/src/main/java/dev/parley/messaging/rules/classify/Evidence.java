package dev.parley.messaging.rules.classify;

import dev.parley.messaging.rules.MessageField;
import org.immutables.value.Value;

/**
 * One phrase that pointed the {@link Classifier} at a category: where it is (a half-open span
 * {@code [start, end)} into the original text of the subject, the body or an attachment name), what
 * it says, which lexicon pattern matched and how much it weighed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the phrase, which is seller text.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** {@return the category the phrase speaks for} */
  public abstract Category category();

  /** {@return the field the phrase is in} */
  public abstract MessageField field();

  /** {@return the start of the span in the field's original text, inclusive} */
  public abstract int start();

  /** {@return the end of the span in the field's original text, exclusive} */
  public abstract int end();

  /** {@return the original text of the span} */
  public abstract String phrase();

  /** {@return the lexicon pattern that matched, as written} */
  public abstract String pattern();

  /** {@return where the pattern is defined, such as {@code return.en.txt:12}} */
  public abstract String origin();

  /** {@return the weight the phrase added to its category's score (after the field's factor)} */
  public abstract double weight();

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("span is invalid: got [" + start() + ", " + end() + "), expected 0 <= start <= end");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evidence}; not thread-safe. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
