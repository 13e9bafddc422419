package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.classify.Classifier;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.PolicyReport;
import dev.parley.messaging.rules.delivery.DeliveryRules;
import java.util.List;
import java.util.Objects;

/**
 * The internal entry points of the public engines that read a shared {@link Analysis}, so that
 * {@code SendCheck} analyses a message once for the content policy, the classifier and the
 * delivery rules without an {@link Analysis} appearing in any public signature. Each engine class
 * registers its entry point when it is initialised (an engine instance exists before its entry
 * point is asked for).
 */
public final class Engines {
  private Engines() {}

  /** The content policy's check of an analysed message. */
  @FunctionalInterface
  public interface Content {
    /**
     * {@return the policy's report}
     *
     * @param policy the policy
     * @param analysis the message's analysis
     * @param context the context
     */
    PolicyReport check(ContentPolicy policy, Analysis analysis, CheckContext context);
  }

  /** The classifier's reading of an analysed message. */
  @FunctionalInterface
  public interface Classify {
    /**
     * {@return the classification}
     *
     * @param classifier the classifier
     * @param analysis the message's analysis
     * @param context the context: whether the message replies to the buyer
     */
    Classification classify(Classifier classifier, Analysis analysis, CheckContext context);
  }

  /** The delivery rules' important-misuse check of an analysed message. */
  @FunctionalInterface
  public interface ImportantMisuse {
    /**
     * {@return the findings}
     *
     * @param rules the delivery rules
     * @param analysis the message's analysis
     * @param classification its classification
     * @param replyToBuyer true if the message replies in a thread the buyer started
     */
    List<Finding> check(DeliveryRules rules, Analysis analysis, Classification classification, boolean replyToBuyer);
  }

  private static volatile Content content;
  private static volatile Classify classify;
  private static volatile ImportantMisuse importantMisuse;

  /**
   * Registers the content policy's entry point; called once by {@link ContentPolicy}.
   *
   * @param entry the entry point
   */
  public static void registerContent(Content entry) {
    content = Objects.requireNonNull(entry, "entry");
  }

  /**
   * Registers the classifier's entry point; called once by {@link Classifier}.
   *
   * @param entry the entry point
   */
  public static void registerClassifier(Classify entry) {
    classify = Objects.requireNonNull(entry, "entry");
  }

  /**
   * Registers the important-misuse entry point; called once by {@link DeliveryRules}.
   *
   * @param entry the entry point
   */
  public static void registerImportantMisuse(ImportantMisuse entry) {
    importantMisuse = Objects.requireNonNull(entry, "entry");
  }

  /** {@return the content policy's entry point} */
  public static Content content() {
    return registered(content, ContentPolicy.class);
  }

  /** {@return the classifier's entry point} */
  public static Classify classify() {
    return registered(classify, Classifier.class);
  }

  /** {@return the important-misuse entry point} */
  public static ImportantMisuse importantMisuse() {
    return registered(importantMisuse, DeliveryRules.class);
  }

  private static <T> T registered(T entry, Class<?> engine) {
    if (entry == null) {
      throw new IllegalStateException("engine " + engine.getName() + " has not registered its entry point: it is not initialised");
    }
    return entry;
  }
}
