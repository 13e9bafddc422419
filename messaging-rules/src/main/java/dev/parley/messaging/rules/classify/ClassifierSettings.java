package dev.parley.messaging.rules.classify;

import org.immutables.value.Value;

/**
 * The parameters of the {@link Classifier}: which configurable categories count as critical, and
 * how text evidence is weighed.
 *
 * <p>RULES.md §3 lists {@link Category#INVOICE} and {@link Category#SERVICE_APPOINTMENT} as
 * non-critical but configurable; the scoring parameters are Parley's own design, not Amazon's.
 * Immutable and thread-safe; start from {@link #defaults()} or {@link #builder()}.
 */
@Value.Immutable
public abstract class ClassifierSettings {
  private static final ClassifierSettings DEFAULTS = builder().build();

  ClassifierSettings() {}

  /** {@return the settings with every default} */
  public static ClassifierSettings defaults() {
    return DEFAULTS;
  }

  /** {@return whether invoices are critical; default false (RULES.md §3, configurable)} */
  @Value.Default
  public boolean invoiceCritical() {
    return false;
  }

  /**
   * {@return whether Home Services appointments are critical; default false (RULES.md §3,
   * configurable)}
   */
  @Value.Default
  public boolean serviceAppointmentCritical() {
    return false;
  }

  /** {@return the factor a phrase's weight is multiplied by when it is in the subject; default 2} */
  @Value.Default
  public double subjectFactor() {
    return 2.0;
  }

  /** {@return the factor for phrases in attachment file names; default 1} */
  @Value.Default
  public double attachmentNameFactor() {
    return 1.0;
  }

  /**
   * {@return the least score the best category needs; below it the message is {@link
   * Category#OTHER} with low confidence; default 2 (one strong phrase, or two weak ones)}
   */
  @Value.Default
  public double minimumScore() {
    return 2.0;
  }

  /**
   * {@return the score at which evidence counts as strong: confidence grows with the score up to
   * it; default 6}
   */
  @Value.Default
  public double strongScore() {
    return 6.0;
  }

  /**
   * {@return the factor for phrases on a courtesy line (a line of at most {@value
   * Classifier#COURTESY_LINE_TOKENS} words, such as a greeting or a sign-off like "Many thanks,");
   * default 0: a greeting or a sign-off never decides a message's purpose. When every line of a
   * field is short, the lines count in full (the message may be nothing but thanks)}
   */
  @Value.Default
  public double courtesyLineFactor() {
    return 0.0;
  }

  /**
   * {@return the factor {@link Category#THANK_YOU} evidence is multiplied by when another category
   * reaches {@link #minimumScore()}; default 0.75. Thanks accompany most real messages, and the
   * category means "thanks and nothing else" (RULES.md §1), so real content outranks it}
   */
  @Value.Default
  public double thanksWithContentFactor() {
    return 0.75;
  }

  /**
   * {@return the score of {@link Category#UNEXPECTED_PROBLEM} from which a problem the seller
   * reports in a message it starts outweighs the refund, replacement or return it offers, so that
   * the message is a problem notice (critical), not a return or refund confirmation (RULES.md §3);
   * default 3, more than the minimum score: one weak sign of a problem ("sorry", "the issue")
   * next to a refund stays a refund confirmation. Replies are not affected: there the remedy
   * answers the problem the buyer reported}
   */
  @Value.Default
  public double problemOverRemedyScore() {
    return 3.0;
  }

  /**
   * {@return the score of {@link Category#LEGAL_DISCLOSURE} from which a notice the seller starts
   * that a law requires (a recall, a safety warning, the take-back or disposal of batteries and
   * electrical waste) outweighs the return, warranty or usage advice it gives, so that the message
   * is a legal disclosure (critical; RULES.md §3: documents required by law), not a return or
   * product guidance; default 3, one phrase that states the purpose ("product recall", "safety
   * notice", "WEEE take-back"). Replies are not affected: there the answer is the purpose}
   */
  @Value.Default
  public double legalOverRemedyScore() {
    return 3.0;
  }

  /**
   * {@return how far a critical category must lead the best non-critical one to win; default 0.5.
   * Ties and near-ties go to the non-critical reading: a critical label hides the warning that a
   * message may not be delivered, so it needs the stronger evidence (RULES.md §3)}
   */
  @Value.Default
  public double criticalLead() {
    return 0.5;
  }

  /**
   * {@return the factor concept evidence is multiplied by in a language the classifier also has
   * phrase lexicons for; default 0.5. Besides its phrase lexicons, the classifier reads the
   * concepts the wording rules read (a problem, a delay, an address, a review, shipping, thanks …,
   * from each language's vocabulary), so that every language is classified at the same depth; the
   * lexicons' purpose phrases are the more precise evidence where they exist. 0 turns this
   * evidence off}
   */
  @Value.Default
  public double conceptFactor() {
    return 0.5;
  }

  /**
   * {@return the factor concept evidence is multiplied by in a language the classifier has no
   * phrase lexicons for (Arabic), where the concepts are all the evidence; default 1}
   */
  @Value.Default
  public double conceptOnlyFactor() {
    return 1.0;
  }

  /**
   * {@return whether a category is critical under these settings}
   *
   * @param category the category
   */
  public boolean isCritical(Category category) {
    switch (category) {
      case INVOICE:
        return invoiceCritical();
      case SERVICE_APPOINTMENT:
        return serviceAppointmentCritical();
      default:
        return category.defaultCritical();
    }
  }

  /**
   * {@return how many characters of each field are read; default 20,000. A message's purpose shows
   * in its opening, and the bound keeps the cost per message constant however long the text}
   */
  @Value.Default
  public int maxCharactersPerField() {
    return 20_000;
  }

  @Value.Check
  void check() {
    if (maxCharactersPerField() < 1) {
      throw new IllegalArgumentException("maxCharactersPerField is invalid: got " + maxCharactersPerField() + ", expected 1 or more");
    }
    positive("subjectFactor", subjectFactor());
    positive("attachmentNameFactor", attachmentNameFactor());
    positive("minimumScore", minimumScore());
    positive("problemOverRemedyScore", problemOverRemedyScore());
    positive("legalOverRemedyScore", legalOverRemedyScore());
    if (!(courtesyLineFactor() >= 0 && courtesyLineFactor() <= 1)) {
      throw new IllegalArgumentException("courtesyLineFactor is invalid: got " + courtesyLineFactor() + ", expected a number from 0 to 1");
    }
    if (!(thanksWithContentFactor() >= 0 && thanksWithContentFactor() <= 1)) {
      throw new IllegalArgumentException("thanksWithContentFactor is invalid: got " + thanksWithContentFactor() + ", expected a number from 0 to 1");
    }
    if (!(conceptFactor() >= 0) || Double.isInfinite(conceptFactor())) {
      throw new IllegalArgumentException("conceptFactor is invalid: got " + conceptFactor() + ", expected a finite number of 0 or more");
    }
    if (!(conceptOnlyFactor() >= 0) || Double.isInfinite(conceptOnlyFactor())) {
      throw new IllegalArgumentException("conceptOnlyFactor is invalid: got " + conceptOnlyFactor() + ", expected a finite number of 0 or more");
    }
    if (!(criticalLead() >= 0) || Double.isInfinite(criticalLead())) {
      throw new IllegalArgumentException("criticalLead is invalid: got " + criticalLead() + ", expected a finite number of 0 or more");
    }
    if (!(strongScore() >= minimumScore())) {
      throw new IllegalArgumentException("strongScore is invalid: got " + strongScore() + ", expected a number not below minimumScore (" + minimumScore() + ")");
    }
  }

  private static void positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " is invalid: got " + value + ", expected a finite number above 0");
    }
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClassifierSettings}; not thread-safe. */
  public static final class Builder extends ImmutableClassifierSettings.Builder {
    Builder() {}
  }
}
