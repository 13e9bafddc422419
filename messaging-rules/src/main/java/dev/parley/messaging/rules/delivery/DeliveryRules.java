package dev.parley.messaging.rules.delivery;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.core.Channel;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.internal.analysis.Analysis;
import dev.parley.messaging.rules.internal.analysis.Engines;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides whether a message reaches a buyer who may have opted out of unsolicited messages
 * (RULES.md §3), and flags non-critical messages dressed up as important ({@code
 * delivery.important-misuse}).
 *
 * <h2>Precedence (the first rule that applies decides)</h2>
 *
 * <ol>
 *   <li>A reply in a thread the buyer started: {@link DeliveryOutcome#DELIVERED}.
 *   <li>A critical message (its {@link Classification#critical()}): DELIVERED.
 *   <li>A legacy subject override still honoured at the instant ({@link DeliverySettings}; off by
 *       default): DELIVERED.
 *   <li>The buyer is known to have opted out: {@link DeliveryOutcome#BLOCKED_OPT_OUT}.
 *   <li>The buyer is known to receive unsolicited messages: DELIVERED.
 *   <li>Otherwise (opt-out unknown, the usual case): {@link DeliveryOutcome#DELIVERY_UNCERTAIN}.
 * </ol>
 *
 * <p>Immutable, thread-safe and deterministic; no clock is read (the instant is an argument).
 */
@Rule(
    id = RuleIds.DELIVERY_IMPORTANT_MISUSE,
    summary = "A non-critical message must not be dressed up as important or critical.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_BSM},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.CONTEXT})
public final class DeliveryRules {
  /** The rule id of the misuse warning. */
  public static final String IMPORTANT_MISUSE = "delivery.important-misuse";

  private static final String ADDITIONAL_INFO = "additional information required";
  private static final String IMPORTANT_TAG = "[important]";
  /** The group of {@code delivery.important-misuse.txt} in the one matcher pass of the bundled lexicons. */
  private static final int MISUSE = StandardLexicons.get().group(StandardLexicons.IMPORTANT_MISUSE);

  static {
    Engines.registerImportantMisuse((rules, analysis, classification, reply) -> rules.importantMisuse(analysis, classification, reply));
  }
  private static final DeliveryRules STANDARD = new DeliveryRules(DeliverySettings.defaults());

  private final DeliverySettings settings;

  private DeliveryRules(DeliverySettings settings) {
    this.settings = settings;
  }

  /** {@return the rules with default settings (legacy overrides off)} */
  public static DeliveryRules standard() {
    return STANDARD;
  }

  /**
   * {@return the rules with the given settings}
   *
   * @param settings the dated options
   */
  public static DeliveryRules of(DeliverySettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(DeliverySettings.defaults()) ? STANDARD : new DeliveryRules(settings);
  }

  /** {@return the settings} */
  public DeliverySettings settings() {
    return settings;
  }

  /**
   * Decides delivery.
   *
   * @param message the message
   * @param classification its classification (the critical flag is read from it)
   * @param replyToBuyer true if the message replies in a thread the buyer started
   * @param optOut what the seller knows of the buyer's opt-out
   * @param at when the message is sent
   * @return the decision; never null
   */
  public DeliveryDecision decide(Message message, Classification classification, boolean replyToBuyer, OptOutStatus optOut, Instant at) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(optOut, "optOut");
    Objects.requireNonNull(at, "at");
    if (replyToBuyer) {
      return DeliveryDecision.of(DeliveryOutcome.DELIVERED, DeliveryReason.REPLY_IN_BUYER_THREAD,
          "A reply in a thread the buyer started is always delivered, even to buyers who opted out.");
    }
    if (classification.critical()) {
      return DeliveryDecision.of(DeliveryOutcome.DELIVERED, DeliveryReason.CRITICAL_MESSAGE,
          "A critical message (" + classification.category() + ") is always delivered, even to buyers who opted out.");
    }
    String override = legacyOverride(message, at);
    if (override != null) {
      return DeliveryDecision.of(DeliveryOutcome.DELIVERED, DeliveryReason.LEGACY_OVERRIDE,
          "The legacy override " + override + " is honoured for messages sent before its configured end date.");
    }
    switch (optOut.state()) {
      case OPTED_OUT:
        return DeliveryDecision.of(DeliveryOutcome.BLOCKED_OPT_OUT, DeliveryReason.BUYER_OPTED_OUT,
            "The buyer opted out of unsolicited messages and this " + classification.category()
                + " message is not critical: Amazon will block it and send a bounce.");
      case OPTED_IN:
        return DeliveryDecision.of(DeliveryOutcome.DELIVERED, DeliveryReason.BUYER_OPTED_IN,
            "The buyer is known to receive unsolicited messages.");
      default:
        return DeliveryDecision.of(DeliveryOutcome.DELIVERY_UNCERTAIN, DeliveryReason.OPT_OUT_UNKNOWN,
            "This " + classification.category() + " message is not critical and Amazon does not tell sellers whether the buyer"
                + " opted out: it may be blocked without notice.");
    }
  }

  /** Returns the name of the legacy override that applies at the instant, or null. */
  private String legacyOverride(Message message, Instant at) {
    String subject = message.subject().strip().toLowerCase(Locale.ROOT);
    if (settings.additionalInformationRequiredUntil().filter(at::isBefore).isPresent()
        && message.channel() == Channel.SELLER_CENTRAL
        && subject.equals(ADDITIONAL_INFO)) {
      return "\"Additional Information Required\" (Seller Central subject)";
    }
    if (settings.importantTagUntil().filter(at::isBefore).isPresent()
        && message.channel() == Channel.EMAIL
        && subject.contains(IMPORTANT_TAG)) {
      return "\"[Important]\" (e-mail subject)";
    }
    return null;
  }

  /**
   * Flags a non-critical proactive message whose subject dresses it up as important, urgent or
   * critical (including the legacy override subjects). Replies and critical messages are never
   * flagged. Findings have the catalog's default severity and spans in the subject.
   *
   * @param message the message
   * @param classification its classification
   * @param replyToBuyer true if the message replies in a thread the buyer started
   * @return the findings, possibly empty
   */
  public List<Finding> importantMisuse(Message message, Classification classification, boolean replyToBuyer) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(classification, "classification");
    return importantMisuse(Analysis.of(message), classification, replyToBuyer);
  }

  /** The misuse check of an analysed message: the entry point of {@code SendCheck}, which shares the analysis with the other engines. */
  private List<Finding> importantMisuse(Analysis analysis, Classification classification, boolean replyToBuyer) {
    Message message = analysis.message();
    List<Finding> out = new ArrayList<>();
    String subject = message.subject();
    if (replyToBuyer || classification.critical() || subject.isEmpty()) {
      return out;
    }
    RuleDescriptor rule = RuleCatalog.standard().get(IMPORTANT_MISUSE);
    FieldText field = analysis.subject();
    for (PhraseMatcher.Match m : field.lexiconMatches(MISUSE)) {
      int s = Math.min(field.normalized().originalStart(m.start()), subject.length());
      int e = Math.max(s, Math.min(field.normalized().originalEnd(m.end()), subject.length()));
      String word = subject.substring(s, e);
      out.add(Finding.of(rule, rule.defaultSeverity(), MessageField.subject(), s, e, word,
          "The subject calls this message \u201C" + word + "\u201D, but it is not one Amazon treats as critical; marking it important or urgent is misuse.",
          "classified as " + classification.category() + "; matched \"" + m.pattern() + "\" at " + m.origin()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "DeliveryRules{" + settings + "}";
  }
}
