package dev.parley.messaging.core;

import java.util.Locale;

/**
 * A buyer's masked e-mail alias, {@code <local>@marketplace.amazon.<tld>}, the address Amazon's
 * relay gives each buyer-seller pair.
 *
 * <p>Validation is deliberately loose: the local part may be any run of 1 to 64 letters, digits,
 * dots, hyphens, underscores or plus signs (observed aliases are about 15 lowercase letters and
 * digits), and the domain must be {@code marketplace.amazon.} followed by the top-level domain of a
 * known marketplace. The address is kept in lower case. Immutable and thread-safe.
 */
public final class BuyerAlias {
  private static final String DOMAIN_PREFIX = "marketplace.amazon.";

  private final String address;
  private final Marketplace marketplace;

  private BuyerAlias(String address, Marketplace marketplace) {
    this.address = address;
    this.marketplace = marketplace;
  }

  /**
   * Parses a masked buyer address.
   *
   * @param text such as {@code abc123xyz@marketplace.amazon.de}
   * @return the alias
   * @throws IllegalArgumentException if the text is not a masked Amazon buyer address
   */
  public static BuyerAlias parse(String text) {
    Checks.notNull("buyerAlias", text);
    String s = text.strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    boolean ok = at > 0 && at <= 64 && s.indexOf('@', at + 1) < 0;
    for (int i = 0; ok && i < at; i++) {
      char c = s.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '+';
    }
    Marketplace marketplace = null;
    if (ok) {
      String domain = s.substring(at + 1);
      ok = domain.startsWith(DOMAIN_PREFIX);
      if (ok) {
        marketplace = tldToMarketplace(domain.substring(DOMAIN_PREFIX.length()));
        ok = marketplace != null;
      }
    }
    Checks.check(ok, "buyerAlias", text, "an address of the form <local>@marketplace.amazon.<tld> with a marketplace's top-level domain");
    return new BuyerAlias(s, marketplace);
  }

  /**
   * Tells whether the text is a masked buyer address that {@link #parse} accepts.
   *
   * @param text any text, or null
   * @return true if it parses
   */
  public static boolean isValid(String text) {
    return Checks.parses(text, BuyerAlias::parse);
  }

  private static Marketplace tldToMarketplace(String tld) {
    for (Marketplace m : Marketplace.values()) {
      if (m.topLevelDomain().equals(tld)) {
        return m;
      }
    }
    return null;
  }

  /** {@return the whole address in lower case} */
  public String address() {
    return address;
  }

  /** {@return the part before {@code @}} */
  public String localPart() {
    return address.substring(0, address.indexOf('@'));
  }

  /**
   * {@return the marketplace the alias domain implies; {@code marketplace.amazon.com} implies the
   * US}
   */
  public Marketplace marketplace() {
    return marketplace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BuyerAlias && ((BuyerAlias) o).address.equals(address);
  }

  @Override
  public int hashCode() {
    return address.hashCode();
  }

  /** {@return the address} */
  @Override
  public String toString() {
    return address;
  }
}
