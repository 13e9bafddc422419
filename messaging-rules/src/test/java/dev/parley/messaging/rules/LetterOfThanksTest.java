package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import org.junit.jupiter.api.Test;

/**
 * Letters of thanks that tell the order's journey through the shop (who in the family made or
 * packed it, on which day, the shop's founding year, a loom that still stands in the workshop) and
 * carry nothing else are {@code message.thank-you-only}; the same letters with one real point
 * (a shipment, a stock-out, a question, a date) are not. Session s23, written fresh.
 */
class LetterOfThanksTest {
  @Test
  void journeyLettersAreThanksOnly() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("Dear Fiona,\n\nWe just wanted to say a big thank you for your order. My dad cut the oak for your board on Thursday"
            + " morning, and my sister Ellie oiled it twice over the weekend while the radio played in the workshop. We have been"
            + " making boards in this little barn since 1994, and it still makes us smile when someone picks one of ours."
            + " Thank you again from all of us!\n\nWarm wishes,\nRuth");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Liebe Frau Krüger,\n\nherzlichen Dank für Ihre Bestellung! Meine Mutter hat die Socken am Dienstagabend fertig"
            + " gestrickt, und unser Sohn hat sie am Mittwoch in Seidenpapier eingeschlagen. Kundinnen wie Sie sind der Grund,"
            + " warum wir die kleine Strickstube seit 1987 weiterführen. Nochmals vielen Dank!\n\nHerzliche Grüße\nIhre Familie Brandt");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("¡Hola, Marta!\n\nQueríamos darte las gracias por tu compra. Mi abuela pintó tu taza el lunes por la tarde y mi hermano"
            + " Javi la envolvió el martes con papel de seda, como siempre hacemos en casa. ¡Gracias de corazón!\n\nUn abrazo,\nLucía");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .flags("Merhaba Ayşe Hanım,\n\nsiparişiniz için çok teşekkür ederiz. Kilimi salı günü annem dokudu, babam da perşembe sabahı"
            + " özenle paketledi. Dedemin tezgâhı hâlâ dükkanımızın köşesinde duruyor. Tekrar teşekkürler!\n\nSevgiyle,\nElif");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .flags("Dzień dobry Panie Marku,\n\nbardzo dziękujemy za zamówienie. Świecę odlewała w piątek rano moja mama, a mój brat"
            + " zapakował ją w sobotę. Prowadzimy pracownię od 2012 roku i każde zamówienie wciąż nas cieszy. Jeszcze raz dziękujemy!\n\n"
            + "Pozdrawiamy serdecznie,\nAgata");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SA)
        .flags("أهلاً أستاذة نورة،\n\nنشكرك من القلب على طلبك. أمي جهزت العطر بنفسها يوم الأحد، ولفّته أختي بورق الهدايا. "
            + "شكراً مرة ثانية من كل العائلة!\n\nمع خالص التحية،\nريم");
  }

  @Test
  void journeyLettersWithAPointAreNot() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .passes("Dear Fiona,\n\nThank you so much for your order! My dad will finish your board on Thursday and it ships on Friday"
            + " with Royal Mail. We are a small family workshop. Warm wishes,\nRuth")
        .passes("Dear Fiona,\n\nThank you for your order! My sister noticed the walnut board is sold out, so we will send the oak"
            + " one on Friday unless you tell us otherwise. We are a tiny family business.\n\nBest wishes,\nRuth")
        .passes("Dear Fiona,\n\nThank you for your order! My mum asks which initials you would like burnt into the board?"
            + " We are a small family business.\n\nWarm wishes,\nRuth")
        .passes("Dear Fiona,\n\nThank you for your order. My son will bring it to the depot on 14 March, and it should reach you"
            + " by 18 March. Thanks again from the whole family!\n\nWarm wishes,\nRuth");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .passes("Liebe Frau Krüger,\n\nvielen Dank für Ihre Bestellung! Mein Mann hat die Socken am Dienstag verschickt; die"
            + " Sendungsnummer finden Sie in Ihrem Konto. Wir sind ein kleiner Familienbetrieb.\n\nHerzliche Grüße");
  }

  /** Words narrowed this session: a shed, every person who chooses us, instead of a big shop. */
  @Test
  void storyWordsAreNoPoint() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR)
        .passes("Notre grand-père faisait déjà son savon dans la remise derrière la maison. Votre avis sur Amazon nous aiderait.")
        .flags("Laissez un avis sur Amazon et profitez de la remise de 10 % sur votre prochaine commande.")
        .flags("Pour votre avis, la remise sur votre prochain achat vous attend.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.FR)
        .passes("Le colis vous sera remis en main propre; la remise en main propre se fait contre signature.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL)
        .passes("Dla tak małej firmy każda osoba, która wybiera nas zamiast dużego sklepu, to wielka sprawa. Będziemy wdzięczni za opinię.")
        .flags("Jeśli coś jest nie tak, napisz do nas zamiast wystawiać negatywną opinię.");
  }
}
