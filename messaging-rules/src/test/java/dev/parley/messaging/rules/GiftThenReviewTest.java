package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import org.junit.jupiter.api.Test;

/**
 * A reward given as thanks (a gift code, a code for the next order, something thrown in at no
 * charge) and a review asked for up to two sentences later buy the review; the same request after
 * a plain "we look forward to your next order", or after a free replacement for a fault, does not.
 * Session s23, written fresh.
 */
class GiftThenReviewTest {
  @Test
  void aRewardAsThanksThenAReviewIsAnIncentive() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR)
        .flags("Pour vous remercier, voici un code à utiliser sur votre prochaine commande : MERCI-BOIS. Il fonctionne sur tout le"
            + " catalogue. Et si vous avez un instant, un petit avis sur Amazon nous ferait très plaisir.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("As a thank-you for choosing us, here is a code for your next order: THANKS-OAK. It works on the whole range."
            + " If you have a minute, a review on Amazon would mean a lot.")
        .flags("We tucked an extra pair of ear tips into the box, no charge, just to say thanks. The tips fit every model from 2019 on."
            + " If you have a moment, a review on Amazon would help us a lot.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Som tack för ditt köp får du presentkoden TACK20. Koden gäller i tre månader. Vi skulle bli så glada om du lämnade en"
            + " recension av kannan.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.PL)
        .flags("W podziękowaniu dorzuciliśmy do paczki próbkę herbaty. Parzyć w temperaturze 80 stopni. Będziemy wdzięczni za kilka"
            + " słów opinii na Amazonie.");
  }

  @Test
  void theNextOrderNamedWithoutARewardIsNoIncentive() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .passes("We look forward to your next order. The kettle descales best with citric acid. If you have a minute, a review on"
            + " Amazon would mean a lot.")
        .passes("We sent a free replacement blade because the first one was chipped. It should arrive on Friday. If you have a"
            + " moment, a review on Amazon would help us.")
        .passes("That mistake is on us, and we are sorry. The right cable is on its way. If you have a minute, a review would help us.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .passes("Tack för ditt köp! Vi ser fram emot din nästa beställning. Vi skulle bli glada om du lämnade en recension.");
  }

  @Test
  void aRatingMovedUpIsAChange() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .flags("Ürüne verdiğiniz 2 yıldızı, sorun çözüldüğüne göre biraz yukarı çekmeyi düşünür müsünüz?")
        .passes("Rafı duvara monte ederken vidaları yukarı çekmeyin, önce dübelleri yerleştirin.");
  }

  /** Session s23: a reminder right after the recalled request, a review told on Amazon, a condition and a diversion with the verb first. */
  @Test
  void remindersAndDiversionsInOtherWords() {
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .flags("Letzte Woche hatten wir Sie schon mal um eine Bewertung gebeten. Deshalb hier ganz freundlich ein zweiter Anlauf.")
        .passes("Wir würden uns über eine Bewertung freuen. Beim zweiten Versuch klappt die Kopplung meist, wenn Sie das Gerät kurz ausschalten.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("I måndags skrev vi ett mejl och frågade om du ville recensera lampan. Vi har inte hört något, så vi vill bara påminna.")
        .passes("Vi skulle bli glada för en recension av lampan. Vi vill också påminna om att glödlampan inte ingår.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Är du nöjd blir vi glada för en recension på Amazon. Har något inte fungerat vill vi hellre att du skriver till oss här.")
        .passes("Vi blir glada för en recension på Amazon, oavsett vad du tycker. Har du frågor om lampan, skriv gärna till oss.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.NL)
        .flags("Ben je tevreden, dan vinden we het fijn als je dat op Amazon laat weten. Is er iets niet naar wens, stuur ons dan eerst een berichtje.");
  }

  /** Session s23: a removal demanded by a threat, the review named sentences before; a review made to disappear. */
  @Test
  void aRemovalDemandedByThreatAfterTheReviewIsNamed() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP)
        .flags("星1つのレビューを拝見しました。内容は事実と異なります。今週中に削除されない場合は、法的措置を検討いたします。");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.BR)
        .flags("Vimos a sua avaliação de uma estrela. Se essa avaliação não sair do ar até sexta, vamos acionar o nosso advogado.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL)
        .flags("Widzieliśmy Pana opinię. Ta opinia ma zniknąć do piątku, inaczej sprawa trafi do naszego prawnika.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .passes("Thank you for your review. If the damaged parcel is not returned by Friday, the carrier will close the claim and we cannot refund it.");
  }
}
