package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.Values;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Messaging API's {@code getAttributes} answer: the buyer's preferred locale, which
 * the message text must be written in (put it on {@code Order.buyerLocale} or {@code
 * CheckContext.buyerLocale}). Stateless and thread-safe.
 */
public final class SpApiAttributes {
  private SpApiAttributes() {}

  /**
   * {@return the buyer's locale ({@code buyer.locale}), empty when the answer has none}
   *
   * @param json the {@code getAttributes} response
   * @throws JsonInputException if the response carries errors or the locale is malformed
   */
  public static Optional<Locale> buyerLocale(JsonNode json) {
    JsonNode errors = json.path("errors");
    if (errors.isArray() && errors.size() > 0) {
      throw new JsonInputException("errors", "errors: Amazon answered with an error: " + errors.get(0).path("code").asText("?"));
    }
    JsonNode buyer = json.path("buyer");
    if (!buyer.isObject()) {
      return Optional.empty();
    }
    return Values.string(buyer, "buyer", "locale").filter(s -> !s.isBlank()).map(s -> Values.locale("buyer.locale", s));
  }
}
