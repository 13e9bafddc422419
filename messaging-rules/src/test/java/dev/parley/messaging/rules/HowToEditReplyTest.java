package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import org.junit.jupiter.api.Test;

/**
 * A reply that tells the buyer what they can do with their review ("You can edit your review …",
 * "To change your rating, open Your Orders …") states a possibility or a purpose: the verb after
 * words of ability is no imperative. An imperative after the review is named still asks. Session s23.
 */
class HowToEditReplyTest {
  @Test
  void aPossibilityOrAPurposeIsNoImperative() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).reply()
        .passes("You can edit your review within 48 hours: open Your Orders, find the item and choose Edit review.")
        .passes("You can edit your review within 48 hours of posting it: open Your Orders and choose Edit review.")
        .passes("To change your rating, go to Your Orders and click Edit review. It's entirely up to you.")
        .flags("We saw your one-star review. Delete it.")
        .flags("We saw your review. Now that it's fixed, please delete it.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE).reply()
        .passes("Sie können Ihre Bewertung unter „Meine Bestellungen“ jederzeit bearbeiten oder löschen.")
        .flags("Wir haben Ihre Ein-Stern-Bewertung gesehen. Löschen Sie sie.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE).reply()
        .passes("Du kan ändra ditt betyg under Dina beställningar.")
        .flags("Vi har sett ditt betyg på en stjärna. Ta bort det.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES).reply()
        .passes("Para modificar su reseña, entre en Mis pedidos y pulse Editar reseña.");
  }
}
