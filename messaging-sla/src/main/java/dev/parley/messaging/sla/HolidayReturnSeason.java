package dev.parley.messaging.sla;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.sla.internal.Args;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A dated holiday return extension of one season, such as "items shipped 1 November to 31
 * December 2025 on amazon.com can be returned until 31 January 2026" (rule {@code returns.window}).
 *
 * <p>Dates are calendar dates in the marketplace's zone and inclusive. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HolidayReturnSeason {
  HolidayReturnSeason() {}

  /** {@return the marketplaces the season applies to} */
  public abstract Set<Marketplace> marketplaces();

  /** {@return which order date decides} */
  public abstract SeasonAnchor anchor();

  /** {@return the first qualifying date} */
  public abstract LocalDate firstDate();

  /** {@return the last qualifying date} */
  public abstract LocalDate lastDate();

  /** {@return the last day on which a qualifying item can be returned} */
  public abstract LocalDate returnBy();

  /**
   * {@return true if an order of the marketplace with that anchor date qualifies}
   *
   * @param marketplace the order's marketplace
   * @param anchorDate the local date of the anchor
   */
  public boolean covers(Marketplace marketplace, LocalDate anchorDate) {
    return marketplaces().contains(marketplace) && !anchorDate.isBefore(firstDate()) && !anchorDate.isAfter(lastDate());
  }

  @Value.Check
  void check() {
    Args.check(!marketplaces().isEmpty(), "marketplaces", marketplaces(), "at least one marketplace");
    Args.check(!lastDate().isBefore(firstDate()), "lastDate", lastDate(), "a date not before firstDate (" + firstDate() + ")");
    Args.check(returnBy().isAfter(lastDate()), "returnBy", returnBy(), "a date after lastDate (" + lastDate() + ")");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HolidayReturnSeason}; not thread-safe. */
  public static final class Builder extends ImmutableHolidayReturnSeason.Builder {
    Builder() {}
  }
}
