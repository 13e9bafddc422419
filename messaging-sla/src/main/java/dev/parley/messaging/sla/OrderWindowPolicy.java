package dev.parley.messaging.sla;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.sla.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the order windows (RULES.md §5: {@code solicitation.window}, {@code
 * feedback.window}, {@code returns.window}), in calendar days of the marketplace's zone.
 *
 * <p>Defaults: review requests from EarliestDeliveryDate + 5 to LatestDeliveryDate + 30 days;
 * seller feedback from the order date + 3 to the order date + 90 days, Amazon's reminder at
 * min(latest delivery + 2, order + 22) days; returns until receipt + 30 days, extended by the
 * {@link #defaultHolidaySeasons() default holiday seasons}; the EU withdrawal right of 14 days on
 * the EU member-state marketplaces. Holiday seasons change every year: add the coming season's
 * dates to your policy when Amazon announces them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderWindowPolicy {
  private static final OrderWindowPolicy DEFAULTS = builder().build();

  OrderWindowPolicy() {}

  /** {@return days after the earliest delivery date at which review requests open; 5} */
  @Value.Default
  public int solicitationOpensAfterDays() {
    return 5;
  }

  /** {@return days after the latest delivery date after which review requests close; 30} */
  @Value.Default
  public int solicitationClosesAfterDays() {
    return 30;
  }

  /** {@return what the feedback window's opening counts from; the order date} */
  @Value.Default
  public FeedbackAnchor feedbackAnchor() {
    return FeedbackAnchor.ORDER_DATE;
  }

  /** {@return days after the anchor at which the feedback window opens; 3} */
  @Value.Default
  public int feedbackOpensAfterDays() {
    return 3;
  }

  /** {@return days after the order date after which feedback closes; 90} */
  @Value.Default
  public int feedbackClosesAfterDays() {
    return 90;
  }

  /** {@return days after the latest delivery date for Amazon's feedback reminder; 2} */
  @Value.Default
  public int reminderAfterLatestDeliveryDays() {
    return 2;
  }

  /** {@return days after the order date for Amazon's feedback reminder, whichever comes first; 22} */
  @Value.Default
  public int reminderAfterOrderDays() {
    return 22;
  }

  /** {@return days after receipt during which items can be returned; 30} */
  @Value.Default
  public int returnDays() {
    return 30;
  }

  /** {@return the holiday return seasons; {@link #defaultHolidaySeasons()} by default} */
  @Value.Default
  public List<HolidayReturnSeason> holidaySeasons() {
    return defaultHolidaySeasons();
  }

  /** {@return days of the statutory withdrawal right; 14} */
  @Value.Default
  public int withdrawalDays() {
    return 14;
  }

  /** {@return the marketplaces with the EU withdrawal right; the EU member states' by default} */
  @Value.Default
  public Set<Marketplace> withdrawalMarketplaces() {
    return EnumSet.of(Marketplace.DE, Marketplace.FR, Marketplace.IT, Marketplace.ES, Marketplace.NL,
        Marketplace.SE, Marketplace.PL, Marketplace.BE, Marketplace.IE);
  }

  @Value.Check
  void check() {
    notNegative("solicitationOpensAfterDays", solicitationOpensAfterDays());
    notNegative("solicitationClosesAfterDays", solicitationClosesAfterDays());
    notNegative("feedbackOpensAfterDays", feedbackOpensAfterDays());
    notNegative("feedbackClosesAfterDays", feedbackClosesAfterDays());
    notNegative("reminderAfterLatestDeliveryDays", reminderAfterLatestDeliveryDays());
    notNegative("reminderAfterOrderDays", reminderAfterOrderDays());
    notNegative("returnDays", returnDays());
    notNegative("withdrawalDays", withdrawalDays());
  }

  private static void notNegative(String field, int days) {
    Args.check(days >= 0 && days <= 3660, field, days, "a number of days from 0 to 3660");
  }

  /**
   * {@return the bundled holiday seasons: on amazon.com, items shipped 1 November – 31 December of
   * 2023, 2024 and 2025 returnable until 31 January of the next year; on the European marketplaces
   * (UK, DE, FR, IT, ES, NL, SE, PL, BE, IE), items bought 1 November – 25 December 2024 returnable
   * until 31 January 2025}
   */
  public static List<HolidayReturnSeason> defaultHolidaySeasons() {
    List<HolidayReturnSeason> out = new ArrayList<>();
    for (int year = 2023; year <= 2025; year++) {
      out.add(HolidayReturnSeason.builder()
          .addMarketplaces(Marketplace.US)
          .anchor(SeasonAnchor.SHIPPED)
          .firstDate(LocalDate.of(year, 11, 1))
          .lastDate(LocalDate.of(year, 12, 31))
          .returnBy(LocalDate.of(year + 1, 1, 31))
          .build());
    }
    out.add(HolidayReturnSeason.builder()
        .addMarketplaces(Marketplace.UK, Marketplace.DE, Marketplace.FR, Marketplace.IT, Marketplace.ES,
            Marketplace.NL, Marketplace.SE, Marketplace.PL, Marketplace.BE, Marketplace.IE)
        .anchor(SeasonAnchor.PURCHASED)
        .firstDate(LocalDate.of(2024, 11, 1))
        .lastDate(LocalDate.of(2024, 12, 25))
        .returnBy(LocalDate.of(2025, 1, 31))
        .build());
    return List.copyOf(out);
  }

  /** {@return the default policy} */
  public static OrderWindowPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderWindowPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableOrderWindowPolicy.Builder {
    Builder() {}
  }
}
