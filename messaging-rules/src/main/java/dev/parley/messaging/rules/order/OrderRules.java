package dev.parley.messaging.rules.order;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.classify.Category;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-order sending rules: one review request per order, one solicitation per order, the
 * solicitation and proactive-message windows, SP-API type availability by order status, text
 * length per type and the daily cap.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>{@code review.repeat} (described on the content rule that also finds reminders written in
 *       the text): the message is a review request (category REVIEW_REQUEST, which
 *       includes the REVIEW_REQUEST type) and a prior message for the order was one too.
 *   <li>{@code solicitation.once}: the message is an SP-API solicitation (type REVIEW_REQUEST) and
 *       a prior message for the order was a review request of any route.
 *   <li>{@code solicitation.window} (timing): a solicitation is allowed from {@code
 *       EarliestDeliveryDate + 5 days} until {@code LatestDeliveryDate + 30 days}. When a date is
 *       missing: the opening falls back to the delivery instant, then the ship instant, then the
 *       purchase instant; the closing falls back to the delivery instant, then the earliest
 *       delivery date, then the ship instant, then the purchase instant.
 *   <li>{@code message.proactive-window} (timing): a proactive message (not a reply) of any type
 *       but REVIEW_REQUEST is allowed until the {@link ProactiveAnchor} plus 30 days.
 *   <li>{@code message.type-unavailable}: the SP-API type is not offered for the order's status
 *       (table below), the order
 *       has no customised item for CONFIRM_CUSTOMIZATION_DETAILS, the type is retired, or no order
 *       is given for an SP-API type; timing part: CONFIRM_ORDER_DETAILS and
 *       CONFIRM_CUSTOMIZATION_DETAILS only before the order shipped, CONFIRM_DELIVERY_DETAILS only
 *       before it was delivered.
 *   <li>{@code message.text-length}: an SP-API type's text (the body, counted in code points) must
 *       fit its minimum and maximum; types without text must have none. Attachment counts belong
 *       to {@code attachment.count} of the content policy.
 *   <li>{@code message.daily-cap}: when counts are given, a proactive message beyond {@code 5 x
 *       average daily orders + 600} for the day.
 * </ul>
 *
 * <h2>SP-API type availability by order status</h2>
 *
 * <p>Parley's reading of the type purposes in the SP-API model; Amazon's own answer is {@code
 * getMessagingActionsForOrder}. When the order carries that answer ({@link
 * dev.parley.messaging.core.Order#offeredMessageTypes()}), it replaces this table, the
 * customised-item check and the ship and delivery cut-offs: a type is available exactly when
 * Amazon offers it (a retired type stays unavailable).
 *
 * <ul>
 *   <li>CONFIRM_CUSTOMIZATION_DETAILS, CONFIRM_ORDER_DETAILS: PENDING, UNSHIPPED,
 *       PENDING_AVAILABILITY, and only before {@code shippedAt}.
 *   <li>CONFIRM_DELIVERY_DETAILS: UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, INVOICE_UNCONFIRMED,
 *       PENDING_AVAILABILITY, and only before {@code deliveredAt}.
 *   <li>CONFIRM_SERVICE_DETAILS, DIGITAL_ACCESS_KEY: every status but CANCELED, UNFULFILLABLE,
 *       PENDING.
 *   <li>UNEXPECTED_PROBLEM: every status. LEGAL_DISCLOSURE: every status but CANCELED, UNFULFILLABLE.
 *   <li>WARRANTY, INVOICE: PARTIALLY_SHIPPED, SHIPPED, INVOICE_UNCONFIRMED.
 *   <li>REVIEW_REQUEST: SHIPPED, INVOICE_UNCONFIRMED (and {@code solicitation.window}).
 *   <li>NEGATIVE_FEEDBACK_REMOVAL, AMAZON_MOTORS: none from their retirement (2025-08-01,
 *       2026-01-01).
 * </ul>
 *
 * <p>Timing windows are half-open {@code [from, until)}; when the instant is before the window,
 * {@link OrderReport#earliestAllowedAt()} is the window's start. Findings carry the catalog's
 * default severity. Immutable, thread-safe, deterministic; the instant is an argument, never a
 * clock.
 */
@Rule(
    id = RuleIds.MESSAGE_PROACTIVE_WINDOW,
    summary = "Proactive messages should be sent within 30 days of order completion.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.ORDER, Input.CONTEXT})
@Rule(
    id = RuleIds.MESSAGE_TYPE_UNAVAILABLE,
    summary = "The SP-API message type is not available for the order in its current state.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.ORDER, Input.CONTEXT})
@Rule(
    id = RuleIds.MESSAGE_TEXT_LENGTH,
    summary = "The text must fit the SP-API message type's length limits (and be absent where the type takes none).",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.CONTEXT})
@Rule(
    id = RuleIds.MESSAGE_DAILY_CAP,
    summary = "Daily cap on proactive messages: 5 x average daily orders + 600.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.HISTORY, Input.CONTEXT})
@Rule(
    id = RuleIds.SOLICITATION_WINDOW,
    summary = "Review requests only from delivery + 5 days to delivery + 30 days, order shipped.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_SOLICITATIONS},
    reads = {Input.ORDER})
@Rule(
    id = RuleIds.SOLICITATION_ONCE,
    summary = "One solicitation, or one free-form proactive message, per order through the SP-API.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_SOLICITATIONS},
    reads = {Input.HISTORY, Input.ORDER})
public final class OrderRules {
  /** Rule ids. */
  static final String REVIEW_REPEAT = "review.repeat";

  static final String SOLICITATION_ONCE = "solicitation.once";
  static final String SOLICITATION_WINDOW = "solicitation.window";
  static final String PROACTIVE_WINDOW = "message.proactive-window";
  static final String TYPE_UNAVAILABLE = "message.type-unavailable";
  static final String TEXT_LENGTH = "message.text-length";
  static final String DAILY_CAP = "message.daily-cap";

  private static final OrderRules STANDARD = new OrderRules(OrderSettings.defaults());

  private final OrderSettings settings;

  private OrderRules(OrderSettings settings) {
    this.settings = settings;
  }

  /** {@return the rules with default settings} */
  public static OrderRules standard() {
    return STANDARD;
  }

  /**
   * {@return the rules with the given settings}
   *
   * @param settings the parameters
   */
  public static OrderRules of(OrderSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(OrderSettings.defaults()) ? STANDARD : new OrderRules(settings);
  }

  /** {@return the settings} */
  public OrderSettings settings() {
    return settings;
  }

  /**
   * Checks one message against the per-order rules.
   *
   * @param message the message (its type and body are read)
   * @param category its category (from the classifier)
   * @param replyToBuyer true if it replies in a thread the buyer started
   * @param order the order; empty for a pre-sale message
   * @param prior messages already sent for this order, in any order
   * @param volume the seller's daily counts, when known
   * @param at when the message is sent
   * @return the report; never null
   */
  public OrderReport check(Message message, Category category, boolean replyToBuyer, Optional<Order> order, List<PriorMessage> prior, Optional<DailyVolume> volume, Instant at) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(prior, "prior");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(at, "at");
    MessageType type = message.type();
    List<Finding> findings = new ArrayList<>();
    Window window = new Window();

    textLength(message, findings);
    if (!replyToBuyer) {
      volume.ifPresent(v -> dailyCap(v, findings));
    }
    if (category == Category.REVIEW_REQUEST && prior.stream().anyMatch(PriorMessage::isReviewRequest)) {
      add(findings, REVIEW_REPEAT, "A review or feedback request was already sent for this order; only one is allowed per order, across every route.");
    }
    if (type == MessageType.REVIEW_REQUEST && prior.stream().anyMatch(PriorMessage::isReviewRequest)) {
      add(findings, SOLICITATION_ONCE, "This order already had a review request; the Solicitations API allows one solicitation per order.");
    }
    if (order.isEmpty()) {
      // Without the order its state is unknown, not absent: availability and windows are judged
      // only when the caller gives the order (an SP-API call always names one). A retired type is
      // unavailable whatever the order.
      if (type.isRetired()) {
        add(findings, TYPE_UNAVAILABLE, "SP-API message type " + type + " has been retired by Amazon.");
      }
      return report(findings, window, at);
    }
    Order o = order.get();
    availability(type, o, at, findings, window);
    if (type == MessageType.REVIEW_REQUEST) {
      window.constrain(SOLICITATION_WINDOW, solicitationOpens(o), solicitationCloses(o),
          "Review requests are allowed from EarliestDeliveryDate + " + settings.solicitationOpensAfter().toDays()
              + " days to LatestDeliveryDate + " + settings.solicitationClosesAfter().toDays() + " days");
    } else if (!replyToBuyer) {
      window.constrain(PROACTIVE_WINDOW, null, anchor(o).plus(settings.proactiveWindow()),
          "Proactive messages should be sent within " + settings.proactiveWindow().toDays() + " days of order completion (" + anchorName(o) + ")");
    }
    return report(findings, window, at);
  }

  private OrderReport report(List<Finding> findings, Window window, Instant at) {
    boolean timing = false;
    for (Window.Bound b : window.bounds) {
      if (b.from != null && at.isBefore(b.from)) {
        timing = true;
        add(findings, b.ruleId, b.what + ": it opens at " + b.from + ", the message would be sent at " + at + ".");
      } else if (b.until != null && !at.isBefore(b.until)) {
        timing = true;
        add(findings, b.ruleId, b.what + ": it closed at " + b.until + ", the message would be sent at " + at + ".");
      }
    }
    Optional<Instant> from = Optional.ofNullable(window.from);
    Optional<Instant> until = Optional.ofNullable(window.until);
    Optional<Instant> earliest = Optional.empty();
    if (timing && window.from != null && at.isBefore(window.from) && (window.until == null || window.from.isBefore(window.until))) {
      earliest = from;
    }
    Collections.sort(findings);
    return OrderReport.builder()
        .findings(findings)
        .allowedFrom(from)
        .allowedUntil(until)
        .blockedByTiming(timing)
        .earliestAllowedAt(earliest)
        .build();
  }

  private void availability(MessageType type, Order o, Instant at, List<Finding> findings, Window window) {
    if (!type.isSpApi()) {
      return;
    }
    Instant retired = TypeAvailability.retiredAt(type);
    if (retired != null && !at.isBefore(retired)) {
      add(findings, TYPE_UNAVAILABLE, "Message type " + type + " was retired by Amazon on " + retired + ".");
    }
    if (o.offeredMessageTypes().isPresent()) {
      // Amazon's own answer for this order replaces the table, the customised-item check and the
      // ship and delivery cut-offs below.
      if (!o.offeredMessageTypes().get().contains(type)) {
        add(findings, TYPE_UNAVAILABLE, "Amazon does not offer message type " + type + " for this order (its messaging actions list "
            + new java.util.TreeSet<>(o.offeredMessageTypes().get()) + ").");
      }
      return;
    }
    if (!TypeAvailability.statuses(type).contains(o.status())) {
      add(findings, TYPE_UNAVAILABLE, "Message type " + type + " is not offered for an order in status " + o.status()
          + " (offered in " + TypeAvailability.statuses(type) + ").");
    }
    if (type == MessageType.CONFIRM_CUSTOMIZATION_DETAILS && !o.items().isEmpty() && !o.hasCustomizedItem()) {
      add(findings, TYPE_UNAVAILABLE, "Message type " + type + " is only offered for orders with a customised item.");
    }
    if ((type == MessageType.CONFIRM_ORDER_DETAILS || type == MessageType.CONFIRM_CUSTOMIZATION_DETAILS) && o.shippedAt().isPresent()) {
      window.constrain(TYPE_UNAVAILABLE, null, o.shippedAt().get(), "Message type " + type + " is only offered before the order ships");
    }
    if (type == MessageType.CONFIRM_DELIVERY_DETAILS && o.deliveredAt().isPresent()) {
      window.constrain(TYPE_UNAVAILABLE, null, o.deliveredAt().get(), "Message type " + type + " is only offered before the order is delivered");
    }
  }

  private void textLength(Message message, List<Finding> findings) {
    MessageType type = message.type();
    if (!type.isSpApi()) {
      return;
    }
    String body = message.body();
    int length = body.codePointCount(0, body.length());
    if (!type.allowsText()) {
      if (!body.isBlank()) {
        add(findings, TEXT_LENGTH, "Message type " + type + " takes no text, but the message has " + length + " characters.");
      }
    } else if (length < type.minTextLength()) {
      add(findings, TEXT_LENGTH, "Message type " + type + " needs at least " + type.minTextLength() + " characters of text, but has " + length + ".");
    } else if (length > type.maxTextLength()) {
      add(findings, TEXT_LENGTH, "Message type " + type + " allows at most " + type.maxTextLength() + " characters of text, but has " + length + ".");
    }
  }

  private void dailyCap(DailyVolume v, List<Finding> findings) {
    long cap = settings.dailyCap(v.averageDailyOrders());
    if (v.proactiveSentToday() >= cap) {
      add(findings, DAILY_CAP, "This would be proactive message " + (v.proactiveSentToday() + 1L) + " today; the daily cap is " + cap
          + " (" + settings.dailyCapFactor() + " x " + v.averageDailyOrders() + " average daily orders + " + settings.dailyCapBase() + ").");
    }
  }

  Instant solicitationOpens(Order o) {
    Instant base = o.earliestDeliveryDate().or(o::deliveredAt).or(o::shippedAt).orElse(o.purchasedAt());
    return base.plus(settings.solicitationOpensAfter());
  }

  Instant solicitationCloses(Order o) {
    Instant base = o.latestDeliveryDate().or(o::deliveredAt).or(o::earliestDeliveryDate).or(o::shippedAt).orElse(o.purchasedAt());
    return base.plus(settings.solicitationClosesAfter());
  }

  Instant anchor(Order o) {
    switch (settings.proactiveAnchor()) {
      case PURCHASE:
        return o.purchasedAt();
      case DELIVERY_ELSE_LATEST_DELIVERY_DATE:
        return o.deliveredAt().or(o::latestDeliveryDate).orElse(o.purchasedAt());
      default:
        return o.deliveredAt().orElse(o.purchasedAt());
    }
  }

  private String anchorName(Order o) {
    Instant a = anchor(o);
    String what = a.equals(o.purchasedAt()) ? "purchase" : o.deliveredAt().filter(a::equals).isPresent() ? "delivery" : "latest delivery date";
    return "counted from the " + what + " at " + a;
  }

  private static void add(List<Finding> findings, String ruleId, String message) {
    RuleDescriptor rule = RuleCatalog.standard().get(ruleId);
    findings.add(Finding.of(rule, rule.defaultSeverity(), MessageField.message(), 0, 0, "", message, "order rules"));
  }

  /** The intersection of the timing constraints that apply to one message. */
  private static final class Window {
    final List<Bound> bounds = new ArrayList<>();
    Instant from;
    Instant until;

    void constrain(String ruleId, Instant boundFrom, Instant boundUntil, String what) {
      bounds.add(new Bound(ruleId, boundFrom, boundUntil, what));
      if (boundFrom != null && (from == null || boundFrom.isAfter(from))) {
        from = boundFrom;
      }
      if (boundUntil != null && (until == null || boundUntil.isBefore(until))) {
        until = boundUntil;
      }
    }

    static final class Bound {
      final String ruleId;
      final Instant from;
      final Instant until;
      final String what;

      Bound(String ruleId, Instant from, Instant until, String what) {
        this.ruleId = ruleId;
        this.from = from;
        this.until = until;
        this.what = what;
      }
    }
  }

  @Override
  public String toString() {
    return "OrderRules{" + settings + "}";
  }
}
