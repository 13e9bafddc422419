package dev.parley.messaging.rules.delivery;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dated options of {@link DeliveryRules}: Amazon's legacy subject overrides, which once made
 * any message critical and which Amazon has since removed (dates unknown, RULES.md §3, confidence
 * medium).
 *
 * <p>Each override is honoured only for messages sent <em>before</em> its until-instant; when the
 * instant is absent (the default) the override is off. To model a marketplace or period where an
 * override still worked, set the instant to the day it stopped (or to {@link Instant#MAX} to
 * honour it always). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeliverySettings {
  private static final DeliverySettings DEFAULTS = builder().build();

  DeliverySettings() {}

  /** {@return the settings with every default (every override off)} */
  public static DeliverySettings defaults() {
    return DEFAULTS;
  }

  /**
   * {@return until when a Seller Central message whose subject is exactly "Additional Information
   * Required" (any case, surrounding white space ignored) is delivered as critical; default empty
   * (off)}
   */
  public abstract Optional<Instant> additionalInformationRequiredUntil();

  /**
   * {@return until when an e-mail whose subject contains {@code [Important]} (any case, brackets
   * required) is delivered as critical; default empty (off)}
   */
  public abstract Optional<Instant> importantTagUntil();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeliverySettings}; not thread-safe. */
  public static final class Builder extends ImmutableDeliverySettings.Builder {
    Builder() {}
  }
}
