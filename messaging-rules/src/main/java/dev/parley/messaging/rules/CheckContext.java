package dev.parley.messaging.rules;

import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.Marketplace;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a message is checked against besides its own text: the marketplace, the buyer's locale and
 * alias when known, and whether the message replies in a thread the buyer started.
 *
 * <p>Immutable and thread-safe. {@code CheckContext.of(Marketplace.DE)} is enough for most calls.
 */
@Value.Immutable
public abstract class CheckContext {
  CheckContext() {}

  /** {@return the marketplace the buyer bought in} */
  public abstract Marketplace marketplace();

  /** {@return the buyer's preferred locale, when known} */
  public abstract Optional<Locale> buyerLocale();

  /** {@return the buyer's masked alias, when known; quoting it is not a leak} */
  public abstract Optional<BuyerAlias> buyerAlias();

  /**
   * {@return the language the buyer wrote in, when known (used by the "buyer wrote in English"
   * option of {@code message.language})}
   */
  public abstract Optional<Locale> buyerWritingLocale();

  /** {@return true if the message replies in a thread the buyer started (not proactive)} */
  @Value.Default
  public boolean replyToBuyer() {
    return false;
  }

  /** {@return the buyer's locale if known, else the marketplace default} */
  public Locale effectiveLocale() {
    return buyerLocale().orElse(marketplace().defaultLocale());
  }

  /** {@return true if the seller starts the conversation (the message is not a reply to the buyer)} */
  public boolean proactive() {
    return !replyToBuyer();
  }

  /**
   * {@return a context for a proactive message in the marketplace}
   *
   * @param marketplace the marketplace
   */
  public static CheckContext of(Marketplace marketplace) {
    return builder().marketplace(marketplace).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckContext}; not thread-safe. */
  public static final class Builder extends ImmutableCheckContext.Builder {
    Builder() {}
  }
}
