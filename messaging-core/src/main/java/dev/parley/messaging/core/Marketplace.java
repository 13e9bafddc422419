package dev.parley.messaging.core;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An Amazon marketplace: its code, official marketplace id, storefront domain, languages, currency,
 * country time zone and SP-API region.
 *
 * <p>Languages marked as assumed in the specification (MX, BR, IE, AE, SA, EG, IN, ZA, JP, AU, SG)
 * follow the country's usual storefront language. The time zone is the country's named zone (for a
 * country with several, the one Amazon's seller tools display), used only for display and calendar
 * windows, never for the 24-hour response deadline.
 *
 * <p>Immutable and thread-safe.
 */
public enum Marketplace {
  /** United States, amazon.com. */
  US("ATVPDKIKX0DER", "amazon.com", "en-US", "USD", "America/Los_Angeles", Region.NA),
  /** Canada, amazon.ca (French accepted too). */
  CA("A2EUQ1WTGCTBG2", "amazon.ca", "en-CA", "CAD", "America/Toronto", Region.NA, "fr-CA"),
  /** Mexico, amazon.com.mx. */
  MX("A1AM78C64UM0Y8", "amazon.com.mx", "es-MX", "MXN", "America/Mexico_City", Region.NA),
  /** Brazil, amazon.com.br. */
  BR("A2Q3Y263D00KWC", "amazon.com.br", "pt-BR", "BRL", "America/Sao_Paulo", Region.NA),
  /** United Kingdom, amazon.co.uk. */
  UK("A1F83G8C2ARO7P", "amazon.co.uk", "en-GB", "GBP", "Europe/London", Region.EU),
  /** Germany, amazon.de. */
  DE("A1PA6795UKMFR9", "amazon.de", "de-DE", "EUR", "Europe/Berlin", Region.EU),
  /** France, amazon.fr. */
  FR("A13V1IB3VIYZZH", "amazon.fr", "fr-FR", "EUR", "Europe/Paris", Region.EU),
  /** Italy, amazon.it. */
  IT("APJ6JRA9NG5V4", "amazon.it", "it-IT", "EUR", "Europe/Rome", Region.EU),
  /** Spain, amazon.es. */
  ES("A1RKKUPIHCS9HS", "amazon.es", "es-ES", "EUR", "Europe/Madrid", Region.EU),
  /** Netherlands, amazon.nl. */
  NL("A1805IZSGTT6HS", "amazon.nl", "nl-NL", "EUR", "Europe/Amsterdam", Region.EU),
  /** Sweden, amazon.se. */
  SE("A2NODRKZP88ZB9", "amazon.se", "sv-SE", "SEK", "Europe/Stockholm", Region.EU),
  /** Poland, amazon.pl. */
  PL("A1C3SOZRARQ6R3", "amazon.pl", "pl-PL", "PLN", "Europe/Warsaw", Region.EU),
  /** Belgium, amazon.com.be (Dutch accepted too). */
  BE("AMEN7PMS3EDWL", "amazon.com.be", "fr-BE", "EUR", "Europe/Brussels", Region.EU, "nl-BE"),
  /** Ireland, amazon.ie. */
  IE("A28R8C7NBKEWEA", "amazon.ie", "en-IE", "EUR", "Europe/Dublin", Region.EU),
  /** Turkey, amazon.com.tr. */
  TR("A33AVAJ2PDY3EV", "amazon.com.tr", "tr-TR", "TRY", "Europe/Istanbul", Region.EU),
  /** United Arab Emirates, amazon.ae (Arabic accepted too). */
  AE("A2VIGQ35RCS4UG", "amazon.ae", "en-AE", "AED", "Asia/Dubai", Region.EU, "ar-AE"),
  /** Saudi Arabia, amazon.sa. */
  SA("A17E79C6D8DWNP", "amazon.sa", "ar-SA", "SAR", "Asia/Riyadh", Region.EU),
  /** Egypt, amazon.eg. */
  EG("ARBP9OOSHTCHU", "amazon.eg", "ar-EG", "EGP", "Africa/Cairo", Region.EU),
  /** India, amazon.in. */
  IN("A21TJRUUN4KGV", "amazon.in", "en-IN", "INR", "Asia/Kolkata", Region.EU),
  /** South Africa, amazon.co.za. */
  ZA("AE08WJ6YKNBMC", "amazon.co.za", "en-ZA", "ZAR", "Africa/Johannesburg", Region.EU),
  /** Japan, amazon.co.jp. */
  JP("A1VC38T7YXB528", "amazon.co.jp", "ja-JP", "JPY", "Asia/Tokyo", Region.FE),
  /** Australia, amazon.com.au. */
  AU("A39IBJ37TRP1C6", "amazon.com.au", "en-AU", "AUD", "Australia/Sydney", Region.FE),
  /** Singapore, amazon.sg. */
  SG("A19VAU5U5O7RUS", "amazon.sg", "en-SG", "SGD", "Asia/Singapore", Region.FE);

  private static final Map<String, Marketplace> BY_KEY = index();

  private final String marketplaceId;
  private final String domain;
  private final Locale defaultLocale;
  private final List<Locale> acceptedLocales;
  private final Currency currency;
  private final ZoneId zone;
  private final Region region;

  Marketplace(
      String marketplaceId,
      String domain,
      String defaultLocale,
      String currency,
      String zone,
      Region region,
      String... alternativeLocales) {
    this.marketplaceId = marketplaceId;
    this.domain = domain;
    this.defaultLocale = Locale.forLanguageTag(defaultLocale);
    Locale[] accepted = new Locale[alternativeLocales.length + 1];
    accepted[0] = this.defaultLocale;
    for (int i = 0; i < alternativeLocales.length; i++) {
      accepted[i + 1] = Locale.forLanguageTag(alternativeLocales[i]);
    }
    this.acceptedLocales = List.of(accepted);
    this.currency = Currency.getInstance(currency);
    this.zone = ZoneId.of(zone);
    this.region = region;
  }

  private static Map<String, Marketplace> index() {
    Map<String, Marketplace> map = new HashMap<>();
    for (Marketplace m : values()) {
      map.put(m.name(), m);
      map.put(m.marketplaceId, m);
      map.put(m.domain, m);
    }
    map.put("GB", UK);
    return Collections.unmodifiableMap(map);
  }

  /** {@return the short code, such as {@code DE}; the same as {@link #name()}} */
  public String code() {
    return name();
  }

  /** {@return the official marketplace id, such as {@code A1PA6795UKMFR9}} */
  public String marketplaceId() {
    return marketplaceId;
  }

  /** {@return the storefront domain, such as {@code amazon.de}} */
  public String domain() {
    return domain;
  }

  /** {@return the top-level domain after {@code amazon.}, such as {@code de} or {@code co.uk}} */
  public String topLevelDomain() {
    return domain.substring("amazon.".length());
  }

  /** {@return the marketplace's default locale, used when the buyer's locale is unknown} */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /** {@return the default locale followed by the other locales buyers may choose here} */
  public List<Locale> acceptedLocales() {
    return acceptedLocales;
  }

  /** {@return the marketplace currency} */
  public Currency currency() {
    return currency;
  }

  /** {@return the country's named time zone, for display and calendar windows} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the SP-API region serving this marketplace} */
  public Region region() {
    return region;
  }

  /**
   * Finds a marketplace by code ({@code DE}, {@code GB} for the UK), marketplace id or domain
   * ({@code amazon.de}, {@code www.amazon.de}), ignoring case and surrounding white space.
   *
   * @param key a code, marketplace id or domain
   * @return the marketplace, or empty when nothing matches
   */
  public static Optional<Marketplace> find(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.strip();
    Marketplace m = BY_KEY.get(k.toUpperCase(Locale.ROOT));
    if (m == null) {
      String lower = k.toLowerCase(Locale.ROOT);
      if (lower.startsWith("www.")) {
        lower = lower.substring(4);
      }
      m = BY_KEY.get(lower);
    }
    return Optional.ofNullable(m);
  }

  /**
   * Returns the marketplace with the given code, marketplace id or domain.
   *
   * @param key a code such as {@code DE}, a marketplace id or a domain
   * @return the marketplace
   * @throws IllegalArgumentException if nothing matches; the message lists the valid codes
   */
  public static Marketplace of(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "marketplace is unknown: got "
                        + Checks.quote(key)
                        + ", expected one of "
                        + Arrays.stream(values())
                            .map(Marketplace::code)
                            .collect(Collectors.joining(", "))
                        + " (or a marketplace id or domain)"));
  }

  /**
   * Finds a marketplace by its marketplace id only.
   *
   * @param marketplaceId an id such as {@code ATVPDKIKX0DER}
   * @return the marketplace, or empty
   */
  public static Optional<Marketplace> byMarketplaceId(String marketplaceId) {
    return Arrays.stream(values()).filter(m -> m.marketplaceId.equals(marketplaceId)).findFirst();
  }

  /**
   * Finds a marketplace by its storefront domain, with or without {@code www.}.
   *
   * @param domain a domain such as {@code amazon.co.uk}
   * @return the marketplace, or empty
   */
  public static Optional<Marketplace> byDomain(String domain) {
    if (domain == null) {
      return Optional.empty();
    }
    String d = domain.strip().toLowerCase(Locale.ROOT);
    String bare = d.startsWith("www.") ? d.substring(4) : d;
    return Arrays.stream(values()).filter(m -> m.domain.equals(bare)).findFirst();
  }
}
