package dev.parley.messaging.rules.classify;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@link Classifier}'s answer for one message: its category, whether it is critical, how sure
 * the classifier is, how it decided and the phrases it relied on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Classification {
  /** How a classification was reached. */
  public enum Basis {
    /**
     * The message declared an SP-API type; the type decided. The text is read only to refine an
     * order-details confirmation that asks for the address into {@link Category#SHIPPING_ADDRESS}
     * (critical, as order details are).
     */
    DECLARED_TYPE,
    /** The category was read from the text. */
    TEXT,
    /** The text held too little evidence; the category is {@link Category#OTHER}. */
    TOO_LITTLE_EVIDENCE
  }

  Classification() {}

  /** {@return the category} */
  public abstract Category category();

  /** {@return true if Amazon delivers messages of this category even to buyers who opted out} */
  public abstract boolean critical();

  /**
   * {@return how sure the classifier is, from 0 to 1: 1 for a declared type; for text, the best
   * score's share of the two best scores times the strength of the evidence}
   */
  public abstract double confidence();

  /** {@return how the category was reached} */
  public abstract Basis basis();

  /** {@return the phrases that supported the chosen category, in text order (subject first)} */
  public abstract List<Evidence> evidence();

  /** {@return the score of every category that had evidence (after field factors), by category} */
  public abstract Map<Category, Double> scores();

  @Value.Check
  void check() {
    if (!(confidence() >= 0 && confidence() <= 1)) {
      throw new IllegalArgumentException("confidence is invalid: got " + confidence() + ", expected a number from 0 to 1");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classification}; not thread-safe. */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }
}
