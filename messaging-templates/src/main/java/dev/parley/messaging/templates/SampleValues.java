package dev.parley.messaging.templates;

import dev.parley.messaging.core.Marketplace;
import java.util.List;

/**
 * The values a typed placeholder is filled with: one neutral stand-in per type (a valid-shaped
 * value that no rule objects to, so the placeholder reads as one opaque token of its type), and
 * adversarial samples that real values of the type can take (a product name carrying a web
 * address or an emoji, a buyer name in another script, a long spaced tracking number, a shop name
 * that is a domain). Links use the marketplace's own Amazon domain. Stateless and thread-safe.
 */
final class SampleValues {
  /** One adversarial value and what it tries. */
  static final class Sample {
    final String value;
    final String what;

    Sample(String value, String what) {
      this.value = value;
      this.what = what;
    }
  }

  private SampleValues() {}

  static String standIn(PlaceholderType type, Marketplace marketplace) {
    switch (type) {
      case BUYER_NAME:
        return "Alex";
      case ORDER_ID:
        return "114-3941689-8772232";
      case PRODUCT_NAME:
        return "Aurora";
      case ASIN:
        return "B0C1A2B3C4";
      case QUANTITY:
        return "2";
      case TRACKING_NUMBER:
        return "1Z999AA10123456784";
      case CARRIER:
        return "DHL";
      case DELIVERY_DATE:
        return "2026-03-14";
      case SELLER_NAME:
        return "Kestrel";
      case AMAZON_REVIEW_LINK:
        return "https://www." + marketplace.domain() + "/review/review-your-purchases/?asin=B0C1A2B3C4";
      case AMAZON_ORDER_LINK:
        return "https://www." + marketplace.domain() + "/gp/your-account/order-details?orderID=114-3941689-8772232";
      case OUTSIDE_LINK:
        return "https://www.example.com/page";
      default:
        throw new IllegalStateException("no stand-in for " + type);
    }
  }

  static List<Sample> adversarial(PlaceholderType type) {
    switch (type) {
      case BUYER_NAME:
        return List.of(
            new Sample("山田 太郎", "a name in another script"),
            new Sample("Zoë O'Connor-Łukasiewicz", "a name with accents and an apostrophe"),
            new Sample("Maximilian Alexander von Hohenzollern-Sigmaringen", "a long name"));
      case PRODUCT_NAME:
        return List.of(
            new Sample("Deluxe Tea Set (teahouse-shop.com edition)", "a product name that carries a web address"),
            new Sample("Party Lights 🎉 20 LED", "a product name with an emoji"),
            new Sample("5-Star Hotel Pillow, Set of 2", "a product name that reads as a rating"),
            new Sample("Sonic Electric Toothbrush for Adults and Kids, 2 Pack, 8 Brush Heads, Travel Case, 40,000 Strokes per "
                + "Minute, Smart Timer, 5 Cleaning Modes, USB Rechargeable, 60-Day Battery Life, Black and White", "a long product name"));
      case TRACKING_NUMBER:
        return List.of(
            new Sample("9400 1118 9922 3344 5566 77", "a long tracking number in groups"),
            new Sample("JJD000390007768264531", "a long DHL tracking number"),
            new Sample("TBA301845329000", "an Amazon Logistics tracking number"));
      case CARRIER:
        return List.of(
            new Sample("Royal Mail Tracked 24", "a carrier service name"),
            new Sample("ヤマト運輸", "a carrier name in another script"));
      case DELIVERY_DATE:
        return List.of(
            new Sample("14.03.2026", "a date with dots"),
            new Sample("Saturday, March 14, 2026", "a long written date"),
            new Sample("2026年3月14日", "a date in another script"));
      case SELLER_NAME:
        return List.of(
            new Sample("BestDeals24.com", "a shop name that is a web address"),
            new Sample("Sunny Shop ☀️", "a shop name with an emoji"),
            new Sample("Müller & Söhne GmbH", "a company name with accents and an ampersand"));
      case QUANTITY:
        return List.of(new Sample("12", "a quantity of two digits"));
      default:
        return List.of();
    }
  }
}
