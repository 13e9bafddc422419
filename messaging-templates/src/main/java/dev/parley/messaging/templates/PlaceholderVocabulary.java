package dev.parley.messaging.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which placeholder names mean which {@link PlaceholderType}.
 *
 * <p>Names are compared by a spelling key: lower case ({@link Locale#ROOT}) with {@code _},
 * {@code -}, {@code .} and spaces removed, so {@code order_id}, {@code order-id}, {@code orderId},
 * {@code OrderID} and {@code ORDER_ID} are one name. {@link #defaults()} knows the usual spellings
 * of every type in English, with common German, French, Spanish and Italian ones; {@link
 * #with(String, PlaceholderType)} adds or retypes a name and {@link #without(String)} removes one.
 * A name the vocabulary does not know is reported as {@code template.unknown-placeholder}.
 *
 * <p>Immutable and thread-safe; every change returns a new vocabulary.
 */
public final class PlaceholderVocabulary {
  private static final PlaceholderVocabulary EMPTY = new PlaceholderVocabulary(Map.of());
  private static final PlaceholderVocabulary DEFAULTS = defaultVocabulary();

  /** Spelling key to (first spelling as given, type). */
  private final Map<String, Entry> byKey;

  private static final class Entry {
    final String spelling;
    final PlaceholderType type;

    Entry(String spelling, PlaceholderType type) {
      this.spelling = spelling;
      this.type = type;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry && ((Entry) o).type == type && ((Entry) o).spelling.equals(spelling);
    }

    @Override
    public int hashCode() {
      return spelling.hashCode() * 31 + type.hashCode();
    }
  }

  private PlaceholderVocabulary(Map<String, Entry> byKey) {
    this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  /** {@return a vocabulary that knows no name} */
  public static PlaceholderVocabulary empty() {
    return EMPTY;
  }

  /** {@return the default vocabulary: the usual spellings of every placeholder type} */
  public static PlaceholderVocabulary defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the spelling key of a name: lower case, without {@code _ - .} and spaces}
   *
   * @param name a placeholder name
   */
  public static String key(String name) {
    Objects.requireNonNull(name, "name");
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns this vocabulary with a name typed (added, or retyped if known).
   *
   * @param name the name, any spelling
   * @param type its type
   * @return the new vocabulary
   * @throws IllegalArgumentException if the name has no letter or digit
   */
  public PlaceholderVocabulary with(String name, PlaceholderType type) {
    Objects.requireNonNull(type, "type");
    String k = key(name);
    if (k.isBlank()) {
      throw new IllegalArgumentException("name is invalid: got \"" + name + "\", expected a placeholder name with a letter or digit");
    }
    Map<String, Entry> m = new LinkedHashMap<>(byKey);
    m.put(k, new Entry(name, type));
    return new PlaceholderVocabulary(m);
  }

  /**
   * {@return this vocabulary without a name (in any spelling); unchanged if it was unknown}
   *
   * @param name the name
   */
  public PlaceholderVocabulary without(String name) {
    String k = key(name);
    if (!byKey.containsKey(k)) {
      return this;
    }
    Map<String, Entry> m = new LinkedHashMap<>(byKey);
    m.remove(k);
    return new PlaceholderVocabulary(m);
  }

  /**
   * {@return the type of a name, in any spelling, or empty if the vocabulary does not know it}
   *
   * @param name a placeholder name
   */
  public Optional<PlaceholderType> typeOf(String name) {
    Entry e = byKey.get(key(name));
    return e == null ? Optional.empty() : Optional.of(e.type);
  }

  /** {@return every known name (its spelling as first given) with its type, in insertion order} */
  public Map<String, PlaceholderType> names() {
    Map<String, PlaceholderType> m = new LinkedHashMap<>();
    byKey.values().forEach(e -> m.put(e.spelling, e.type));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaceholderVocabulary && ((PlaceholderVocabulary) o).byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  @Override
  public String toString() {
    return "PlaceholderVocabulary{" + byKey.size() + " names}";
  }

  private static PlaceholderVocabulary defaultVocabulary() {
    Map<String, Entry> m = new LinkedHashMap<>();
    put(m, PlaceholderType.BUYER_NAME, "buyer_name", "buyer", "buyer_first_name", "buyer_last_name", "buyer_full_name",
        "customer_name", "customer", "customer_first_name", "customer_last_name", "first_name", "last_name", "full_name", "name",
        "recipient_name", "recipient", "ship_to_name", "shipping_name", "client_name",
        "kunde", "kundenname", "kaeufer", "kaeufername", "käufer", "käufername", "vorname", "nachname",
        "client", "nom_client", "prenom", "prénom", "nom", "cliente", "nombre_cliente", "nombre", "nome_cliente", "nome");
    put(m, PlaceholderType.ORDER_ID, "order_id", "order_number", "order_no", "order_nr", "order", "amazon_order_id",
        "amazon_order_number", "amazon_order", "order_ref", "order_reference", "purchase_order",
        "bestellnummer", "bestellung", "bestell_nr", "numero_commande", "numéro_commande", "commande",
        "numero_pedido", "número_pedido", "pedido", "numero_ordine", "ordine", "注文番号");
    put(m, PlaceholderType.PRODUCT_NAME, "product_name", "product", "product_title", "item_name", "item", "item_title",
        "title", "listing_title", "product_short_name", "artikel", "artikelname", "produkt", "produktname",
        "produit", "nom_produit", "producto", "nombre_producto", "prodotto", "nome_prodotto", "商品名");
    put(m, PlaceholderType.ASIN, "asin", "product_asin", "item_asin");
    put(m, PlaceholderType.QUANTITY, "quantity", "qty", "item_quantity", "quantity_ordered", "menge", "anzahl", "quantite",
        "quantité", "cantidad", "quantita", "quantità", "数量");
    put(m, PlaceholderType.TRACKING_NUMBER, "tracking_number", "tracking", "tracking_no", "tracking_id", "tracking_code",
        "tracking_nr", "shipment_tracking", "sendungsnummer", "trackingnummer", "numero_suivi", "numéro_suivi", "suivi",
        "numero_seguimiento", "número_seguimiento", "seguimiento", "numero_tracciamento", "tracciamento", "追跡番号");
    put(m, PlaceholderType.CARRIER, "carrier", "carrier_name", "shipping_carrier", "shipping_service", "ship_method",
        "shipping_method", "courier", "versanddienstleister", "paketdienst", "transporteur", "transportista", "corriere", "配送業者");
    put(m, PlaceholderType.DELIVERY_DATE, "delivery_date", "estimated_delivery_date", "expected_delivery_date",
        "estimated_delivery", "expected_delivery", "delivery_by", "latest_delivery_date", "earliest_delivery_date", "eta",
        "ship_date", "shipping_date", "shipped_date", "order_date", "purchase_date", "date",
        "lieferdatum", "liefertermin", "date_livraison", "date_de_livraison", "fecha_entrega", "fecha_de_entrega",
        "data_consegna", "data_di_consegna", "お届け予定日", "配達日");
    put(m, PlaceholderType.SELLER_NAME, "seller_name", "seller", "shop_name", "shop", "store_name", "store", "company_name",
        "company", "brand", "brand_name", "storefront_name", "storefront", "sender_name", "sender", "signature", "agent_name",
        "my_name", "haendler", "händler", "firma", "boutique", "vendeur", "tienda", "vendedor", "negozio", "venditore", "ショップ名");
    put(m, PlaceholderType.AMAZON_REVIEW_LINK, "review_link", "review_url", "product_review_link", "product_review_url",
        "amazon_review_link", "amazon_review_url", "write_review_link", "leave_review_link", "review_request_link",
        "feedback_link", "feedback_url", "seller_feedback_link", "seller_feedback_url", "leave_feedback_link",
        "bewertungslink", "lien_avis", "enlace_opinion", "link_recensione");
    put(m, PlaceholderType.AMAZON_ORDER_LINK, "order_link", "order_url", "order_details_link", "order_details_url",
        "order_page", "amazon_order_link", "amazon_order_url", "your_orders_link", "return_link", "returns_link",
        "return_url", "bestelllink", "lien_commande", "enlace_pedido", "link_ordine");
    put(m, PlaceholderType.OUTSIDE_LINK, "link", "url", "website", "website_url", "website_link", "homepage",
        "site", "site_url", "shop_url", "shop_link", "store_url", "store_link", "shop_website",
        "contact_link", "contact_url", "contact_form", "contact_form_link", "support_link", "support_url",
        "help_center_link", "survey_link", "survey_url", "registration_link", "warranty_link",
        "warranty_registration_link", "register_link", "facebook_link", "instagram_link", "social_link",
        "newsletter_link", "unsubscribe_link", "download_link", "manual_link", "video_link", "tutorial_link",
        "webseite", "lien", "lien_site", "enlace", "sitio_web", "collegamento", "sito_web");
    return new PlaceholderVocabulary(m);
  }

  private static void put(Map<String, Entry> m, PlaceholderType type, String... names) {
    for (String n : names) {
      Entry previous = m.put(key(n), new Entry(n, type));
      if (previous != null) {
        throw new IllegalStateException("default vocabulary names " + n + " twice");
      }
    }
  }
}
