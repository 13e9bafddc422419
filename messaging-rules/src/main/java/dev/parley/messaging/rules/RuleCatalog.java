package dev.parley.messaging.rules;

import static dev.parley.messaging.rules.Confidence.HIGH;
import static dev.parley.messaging.rules.Confidence.LOW;
import static dev.parley.messaging.rules.Confidence.MEDIUM;
import static dev.parley.messaging.rules.Severity.BLOCK;
import static dev.parley.messaging.rules.Severity.INFO;
import static dev.parley.messaging.rules.Severity.WARN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule Parley knows, by stable id: the single source of the rule catalog in docs/RULES.md.
 *
 * <p>Rules are listed in catalog order (content, review, message, style, attachment, delivery,
 * order, SLA). The catalog is immutable and thread-safe.
 */
public final class RuleCatalog {
  /** Communication Guidelines and the Buyer-Seller Messages FAQ. */
  public static final String SOURCE_GUIDELINES = "https://sellercentral.amazon.com/help/hub/reference/external/G200383320";
  /** Buyer-Seller Messages help. */
  public static final String SOURCE_BSM = "https://sellercentral.amazon.com/gp/help/external/200389080";
  /** Contact Response Time. */
  public static final String SOURCE_RESPONSE_TIME = "https://sellercentral.amazon.com/gp/help/external/200549770";
  /** Product review policies. */
  public static final String SOURCE_REVIEWS = "https://sellercentral.amazon.com/gp/help/external/G201972160";
  /** Seller feedback window. */
  public static final String SOURCE_FEEDBACK = "https://www.amazon.com/gp/help/seller/feedback-popup.html";
  /** The SP-API messaging model. */
  public static final String SOURCE_API_MESSAGING = "https://github.com/amzn/selling-partner-api-models/blob/main/models/messaging-api-model/messaging.json";
  /** The SP-API solicitations model and guide. */
  public static final String SOURCE_API_SOLICITATIONS = "https://developer-docs.amazon.com/sp-api/docs/set-up-the-solicitations-api";
  /** The styling rules of September 2020, explained on the Buyer-Seller Messages help page. */
  public static final String SOURCE_STYLE = "https://sellercentral.amazon.com/gp/help/external/200389080#style";
  /** Amazon's return policy help. */
  public static final String SOURCE_RETURNS = "https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7";

  private static final RuleCatalog STANDARD = new RuleCatalog(standardRules());

  private final Map<String, RuleDescriptor> byId;

  private RuleCatalog(List<RuleDescriptor> rules) {
    Map<String, RuleDescriptor> map = new LinkedHashMap<>();
    for (RuleDescriptor r : rules) {
      if (map.put(r.id(), r) != null) {
        throw new IllegalArgumentException("rules: duplicate rule id " + r.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /** {@return the catalog of every rule Parley knows} */
  public static RuleCatalog standard() {
    return STANDARD;
  }

  /** {@return every descriptor, in catalog order} */
  public Collection<RuleDescriptor> all() {
    return byId.values();
  }

  /**
   * {@return the descriptor with the given id}
   *
   * @param id a rule id such as {@code content.link}
   */
  public Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the descriptor with the given id.
   *
   * @param id a rule id such as {@code content.link}
   * @return the descriptor
   * @throws IllegalArgumentException if no rule has that id
   */
  public RuleDescriptor get(String id) {
    RuleDescriptor d = byId.get(id);
    if (d == null) {
      throw new IllegalArgumentException("rule id is unknown: got \"" + id + "\", expected one of " + byId.keySet());
    }
    return d;
  }

  /**
   * {@return true if a rule has the id}
   *
   * @param id any string
   */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  private static List<RuleDescriptor> standardRules() {
    List<RuleDescriptor> r = new ArrayList<>();
    // Content (RULES.md §2)
    add(r, "content.link", "No links or website addresses other than Amazon's own, however written or disguised.", BLOCK, HIGH, SOURCE_GUIDELINES, SOURCE_API_MESSAGING);
    add(r, "content.email", "No e-mail addresses, plain or disguised.", BLOCK, HIGH, SOURCE_GUIDELINES, SOURCE_API_MESSAGING);
    add(r, "content.phone", "No telephone numbers; a carrier's, manufacturer's or warranty service's number is a warning.", BLOCK, MEDIUM, SOURCE_GUIDELINES);
    add(r, "content.buyer-alias", "The buyer's own masked Amazon alias is quoted; not a leak, reported for information.", INFO, HIGH, SOURCE_BSM);
    add(r, "content.opt-out-link", "No unsubscribe or opt-out links or instructions.", BLOCK, MEDIUM, SOURCE_GUIDELINES);
    add(r, "content.promotion", "No marketing: coupons, discount codes, other products, off-Amazon shops, newsletters, social media.", BLOCK, HIGH, SOURCE_GUIDELINES);
    add(r, "content.tracking-pixel", "No tracking pixels or invisible tracking images.", BLOCK, MEDIUM, SOURCE_GUIDELINES);
    add(r, "content.sensitive", "No offensive, threatening or adult content.", WARN, MEDIUM, SOURCE_GUIDELINES);
    add(r, "content.html", "SP-API message text must not contain HTML.", BLOCK, HIGH, SOURCE_API_MESSAGING);
    add(r, "content.script", "No scripts or active content in HTML: javascript:, vbscript: and non-image data: URLs, event handlers, script elements, embedded objects, CSS expressions.", BLOCK, HIGH, SOURCE_GUIDELINES, SOURCE_BSM);
    // Reviews and feedback
    add(r, "review.positive-only", "No asking for positive or 5-star reviews or feedback, or only from satisfied buyers.", BLOCK, HIGH, SOURCE_REVIEWS);
    add(r, "review.incentive", "No incentive of any kind for a review or feedback, or for changing or removing one.", BLOCK, HIGH, SOURCE_REVIEWS);
    add(r, "review.change-request", "Never ask to change or remove a product review; no pressure to change seller feedback.", BLOCK, HIGH, SOURCE_REVIEWS, SOURCE_FEEDBACK);
    add(r, "review.repeat", "At most one review or feedback request per order, counting every route.", BLOCK, HIGH, SOURCE_REVIEWS, SOURCE_API_SOLICITATIONS);
    // Message purpose and form
    add(r, "message.thank-you-only", "A proactive message must not be only thanks or an offer of help.", BLOCK, HIGH, SOURCE_GUIDELINES);
    add(r, "message.order-confirmation", "No proactive order, shipping or delivery confirmations: Amazon sends them.", BLOCK, HIGH, SOURCE_GUIDELINES);
    add(r, "message.language", "Write in the buyer's preferred language (else the marketplace default).", WARN, HIGH, SOURCE_API_MESSAGING, SOURCE_GUIDELINES);
    add(r, "message.order-id-missing", "A proactive message should name the 3-7-7 Amazon order id.", WARN, MEDIUM, SOURCE_GUIDELINES);
    add(r, "message.proactive-window", "Proactive messages should be sent within 30 days of order completion.", WARN, MEDIUM, SOURCE_GUIDELINES);
    add(r, "message.type-unavailable", "The SP-API message type is not available for the order in its current state.", BLOCK, HIGH, SOURCE_API_MESSAGING);
    add(r, "message.text-length", "The text must fit the SP-API message type's length limits (and be absent where the type takes none).", BLOCK, HIGH, SOURCE_API_MESSAGING);
    add(r, "message.daily-cap", "Daily cap on proactive messages: 5 x average daily orders + 600.", WARN, MEDIUM, SOURCE_GUIDELINES);
    // Style (HTML e-mail through the alias)
    add(r, "style.emoji", "No emojis.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.gif", "No GIF images.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.margin", "Margins at most 20 % of the width.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.image-width", "Images at most 80 % of the width.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.font-size", "At most three font sizes.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.font-override", "No overriding of font family, colour or line height.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.alignment", "No centred or other non-default text alignment.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.line-breaks", "At most two consecutive line breaks.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.image-https", "Images only over https.", BLOCK, HIGH, SOURCE_STYLE);
    add(r, "style.link-text", "No link text such as \"click here\" (WCAG).", BLOCK, HIGH, SOURCE_STYLE);
    // Attachments
    add(r, "attachment.type", "Only text, PDF, Word documents and images (jpg, gif, png, tiff, bmp), judged by content.", BLOCK, MEDIUM, SOURCE_BSM, SOURCE_API_MESSAGING);
    add(r, "attachment.size", "At most 10 MB of attachments in a message.", BLOCK, MEDIUM, SOURCE_BSM);
    add(r, "attachment.count", "SP-API types: at most 5 attachments; invoices and warranties need at least one.", BLOCK, HIGH, SOURCE_API_MESSAGING);
    add(r, "attachment.content", "Attachments obey the content rules; text, links and macros inside them count.", BLOCK, HIGH, SOURCE_BSM);
    add(r, "attachment.purpose", "Attachments are for manuals, warranties, invoices, labels and custom designs, not marketing.", WARN, MEDIUM, SOURCE_BSM);
    // Delivery and per-order rules
    add(r, "delivery.important-misuse", "A non-critical message must not be dressed up as important or critical.", WARN, MEDIUM, SOURCE_BSM);
    add(r, "delivery.uncertain", "A non-critical proactive message may be blocked unseen: whether the buyer opted out is unknown.", WARN, HIGH, SOURCE_BSM, SOURCE_GUIDELINES);
    add(r, "solicitation.window", "Review requests only from delivery + 5 days to delivery + 30 days, order shipped.", BLOCK, HIGH, SOURCE_API_SOLICITATIONS);
    add(r, "solicitation.once", "One solicitation, or one free-form proactive message, per order through the SP-API.", BLOCK, HIGH, SOURCE_API_SOLICITATIONS);
    // Time windows and response-time metrics (messaging-sla)
    add(r, "sla.response-24h", "Answer every buyer message within 24 hours, weekends and holidays included.", WARN, HIGH, SOURCE_RESPONSE_TIME);
    add(r, "sla.no-response-needed", "A message marked \"no response needed\" leaves the response-time metric.", INFO, HIGH, SOURCE_RESPONSE_TIME);
    add(r, "sla.vacation", "Whether messages received while messaging is inactive are exempt (default: not exempt).", INFO, LOW, SOURCE_RESPONSE_TIME);
    add(r, "sla.metrics", "Late Response Rate and Average Response Time over 7, 30 and 90 days.", INFO, HIGH, SOURCE_RESPONSE_TIME);
    add(r, "feedback.window", "Seller feedback opens 3 days after the order and closes 90 days after the order date.", INFO, HIGH, SOURCE_FEEDBACK);
    add(r, "returns.window", "Returns within 30 days of receipt, with dated holiday extensions and the EU 14-day right.", INFO, HIGH, SOURCE_RETURNS);
    return r;
  }

  private static void add(List<RuleDescriptor> rules, String id, String summary, Severity severity, Confidence confidence, String... sources) {
    rules.add(RuleDescriptor.of(id, summary, severity, confidence, List.of(sources)));
  }
}
