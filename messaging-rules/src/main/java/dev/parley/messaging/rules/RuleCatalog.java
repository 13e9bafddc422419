package dev.parley.messaging.rules;

import dev.parley.messaging.rules.internal.analysis.RuleRegistry;


import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule Parley knows, by stable id: the single source of the rule catalog in docs/RULES.md. The
 * descriptors are read from the description each rule class carries next to its code; the list of
 * rule classes is the registry of built-in rules.
 *
 * <p>Rules are listed in catalog order (content, review, message, style, attachment, delivery,
 * order, SLA, template). The catalog is immutable and thread-safe.
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

  private static final RuleCatalog STANDARD = new RuleCatalog(RuleRegistry.descriptors());

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

  /**
   * {@return this catalog and the given rules (house rules, say)}
   *
   * @param more the rules to add
   * @throws IllegalArgumentException if an id is already in the catalog or given twice
   */
  public RuleCatalog with(Collection<RuleDescriptor> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<RuleDescriptor> all = new ArrayList<>(byId.values());
    all.addAll(more);
    return new RuleCatalog(all);
  }
}
