package dev.parley.messaging.sla;

/** The kinds of order windows, each with its rule id. */
public enum WindowKind {
  /** Request a Review / Solicitations API, rule {@code solicitation.window}. */
  SOLICITATION("solicitation.window"),
  /** Buyer's seller feedback, rule {@code feedback.window}. */
  SELLER_FEEDBACK("feedback.window"),
  /** Amazon return window with holiday extension, rule {@code returns.window}. */
  RETURN("returns.window"),
  /** EU statutory 14-day withdrawal right, rule {@code returns.window}. */
  EU_WITHDRAWAL("returns.window");

  private final String ruleId;

  WindowKind(String ruleId) {
    this.ruleId = ruleId;
  }

  /** {@return the rule id in RULES.md} */
  public String ruleId() {
    return ruleId;
  }
}
