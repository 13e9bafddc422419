package dev.parley.messaging.rules;

import dev.parley.messaging.rules.internal.analysis.Analysis;
import dev.parley.messaging.rules.internal.analysis.Engines;
import dev.parley.messaging.rules.internal.analysis.Reporter;

import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.classify.Classification;
import dev.parley.messaging.rules.classify.Classifier;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.PolicyReport;
import dev.parley.messaging.rules.delivery.DeliveryDecision;
import dev.parley.messaging.rules.delivery.DeliveryOutcome;
import dev.parley.messaging.rules.delivery.DeliveryRules;
import dev.parley.messaging.rules.order.OrderReport;
import dev.parley.messaging.rules.order.OrderRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The single "may I send this message to this buyer now, will it be delivered, and if not, why?"
 * check: composes the content policy, the classifier, the delivery rules and the per-order rules.
 *
 * <h2>Steps</h2>
 *
 * <p>The message is analysed once: its fields are folded, tokenised and matched against every
 * bundled lexicon in one pass, and the content policy, the classifier and the delivery rules all
 * read that one analysis.
 *
 * <ol>
 *   <li>{@link ContentPolicy#check} with the request's context (its reply flag set when the
 *       message replies in a buyer-started thread).
 *   <li>{@link Classifier#classify}: category and critical flag (a declared SP-API type decides).
 *   <li>{@link DeliveryRules#decide} and {@link DeliveryRules#importantMisuse}; an uncertain
 *       delivery adds a {@code delivery.uncertain} finding (WARN by default).
 *   <li>{@link OrderRules#check}: per-order findings and the timing window.
 * </ol>
 *
 * <p>The content settings' severity overrides and disabled rules apply to every finding, the
 * delivery and per-order ones included.
 *
 * <h2>Verdict precedence</h2>
 *
 * <ol>
 *   <li>Any BLOCK finding: {@link SendVerdict#BLOCKED} (fix the message or wait; the earliest
 *       allowed instant is reported when timing blocks).
 *   <li>Else the buyer opted out and the message is not critical: {@link
 *       SendVerdict#WILL_NOT_BE_DELIVERED}.
 *   <li>Else any WARN finding, including {@code delivery.uncertain} (opt-out unknown, message not
 *       critical, not a reply): {@link SendVerdict#SEND_WITH_WARNINGS}.
 *   <li>Else {@link SendVerdict#SEND}.
 * </ol>
 *
 * <p>Immutable, thread-safe and deterministic: no clock, no default zone or locale, no I/O while
 * checking. Never throws on any valid request.
 */
@Rule(
    id = RuleIds.DELIVERY_UNCERTAIN,
    summary = "A non-critical proactive message may be blocked unseen: whether the buyer opted out is unknown.",
    severity = Severity.WARN,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_BSM, RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.CONTEXT, Input.HISTORY})
public final class SendCheck {
  /** The rule id of the uncertain-delivery warning. */
  public static final String DELIVERY_UNCERTAIN = "delivery.uncertain";

  private final SendPolicy policy;
  private final ContentPolicy content;
  private final Classifier classifier;
  private final DeliveryRules delivery;
  private final OrderRules order;

  private SendCheck(SendPolicy policy) {
    this.policy = policy;
    this.content = ContentPolicy.of(policy.content());
    this.classifier = Classifier.of(policy.classifier());
    this.delivery = DeliveryRules.of(policy.delivery());
    this.order = OrderRules.of(policy.order());
  }

  /** {@return the check with the default policy; built on first use and then shared} */
  public static SendCheck standard() {
    return Standard.INSTANCE;
  }

  /** Holds the standard check, built once on first use. */
  private static final class Standard {
    static final SendCheck INSTANCE = new SendCheck(SendPolicy.defaults());
  }

  /**
   * {@return a check with the given policy}
   *
   * @param policy the parameters
   */
  public static SendCheck of(SendPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy.equals(SendPolicy.defaults()) ? standard() : new SendCheck(policy);
  }

  /** {@return the policy} */
  public SendPolicy policy() {
    return policy;
  }

  /**
   * Checks one request.
   *
   * @param request the message, order, thread, opt-out status, history and instant
   * @return the report; never null
   */
  public SendReport check(SendRequest request) {
    Objects.requireNonNull(request, "request");
    boolean reply = request.replyToBuyer();
    CheckContext context = request.context().replyToBuyer() == reply
        ? request.context()
        : CheckContext.builder().from(request.context()).replyToBuyer(reply).build();
    Analysis analysis = Analysis.of(request.message());
    PolicyReport contentReport = Engines.content().check(content, analysis, context);
    Classification classification = Engines.classify().classify(classifier, analysis, context);
    DeliveryDecision decision = delivery.decide(request.message(), classification, reply, request.optOut(), request.at());
    OrderReport orderReport = order.check(request.message(), classification.category(), reply, request.order(),
        request.priorMessages(), request.dailyVolume(), request.at());

    ContentSettings settings = policy.content();
    List<Finding> findings = new ArrayList<>(contentReport.findings());
    List<Finding> own = new ArrayList<>(Engines.importantMisuse().check(delivery, analysis, classification, reply));
    own.addAll(orderReport.findings());
    if (decision.outcome() == DeliveryOutcome.DELIVERY_UNCERTAIN) {
      RuleDescriptor rule = RuleCatalog.standard().get(DELIVERY_UNCERTAIN);
      own.add(Finding.of(rule, rule.defaultSeverity(), MessageField.message(), 0, 0, "", decision.explanation(), "delivery: " + decision.reason()));
    }
    // The content findings went through the policy's reporter already; these get the same
    // treatment, once: disabled rules dropped, overrides applied.
    for (Finding f : own) {
      Severity s = Reporter.resolve(settings, f.ruleId(), f.severity(), f.field());
      if (s != null) {
        findings.add(f.withSeverity(s));
      }
    }
    return new SendReport(verdict(findings, decision), findings, contentReport, classification, decision, orderReport);
  }

  private static SendVerdict verdict(List<Finding> findings, DeliveryDecision decision) {
    boolean warn = false;
    for (Finding f : findings) {
      if (f.severity() == Severity.BLOCK) {
        return SendVerdict.BLOCKED;
      }
      warn |= f.severity() == Severity.WARN;
    }
    if (decision.outcome() == DeliveryOutcome.BLOCKED_OPT_OUT) {
      return SendVerdict.WILL_NOT_BE_DELIVERED;
    }
    return warn ? SendVerdict.SEND_WITH_WARNINGS : SendVerdict.SEND;
  }

  @Override
  public String toString() {
    return "SendCheck{" + policy + "}";
  }
}
