package dev.parley.messaging.rules.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.content.ContentPolicy;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code content.promotion}: the reply subject that repeats the buyer's question, and discount codes offered for a review. */
class PromotionRuleTest {
  private static List<Finding> promotion(String subject, String body, Marketplace marketplace, boolean reply) {
    Message m = Message.builder().id("case").author(Author.SELLER).sentAt(Instant.EPOCH).type(MessageType.FREE_FORM)
        .subject(subject).body(body + " Order 302-4418290-7719034.").build();
    CheckContext context = CheckContext.builder().from(CheckContext.of(marketplace)).replyToBuyer(reply).build();
    return ContentPolicy.standard().check(m, context).findings().stream()
        .filter(f -> f.ruleId().equals(RuleIds.CONTENT_PROMOTION)).collect(Collectors.toList());
  }

  @Test
  void replyPrefixesAreReadInTheMarketplaceLanguages() {
    for (String s : List.of("Re: newsletter e Instagram", "RE : réclamation", "AW: Rabatt?", "Sv: webbshop eller Instagram?", "Ynt: Başka renk?",
        "Antw: nieuwsbrief of Instagram?", "Odp: rabat", "R: sconto", "Res: cupom", "رد: خصم", "返信：クーポン")) {
      assertThat(dev.parley.messaging.rules.internal.analysis.RuleInput.hasReplyPrefix(s)).as(s).isTrue();
    }
    for (String s : List.of("Newsletter", "Rebajas: 20 % en todo", "Sorteo de diciembre", "Resultado: 20%", "", " ", "Ihr Gutschein")) {
      assertThat(dev.parley.messaging.rules.internal.analysis.RuleInput.hasReplyPrefix(s)).as(s).isFalse();
    }
  }

  @Test
  void aReplySubjectThatRepeatsTheBuyersQuestionIsNotTheSellersMarketing() {
    assertThat(promotion("Re: newsletter e Instagram", "Ciao Chiara, non inviamo newsletter.", Marketplace.IT, true)).isEmpty();
    assertThat(promotion("Sv: webbshop eller Instagram?", "Hej! Vi har inget nyhetsbrev.", Marketplace.SE, true)).isEmpty();
    // The same subject without the prefix, or in a proactive message, is the seller's own.
    assertThat(promotion("Follow us on Instagram", "Hello, thanks for your question.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("Re: follow us on Instagram", "Hello, here is your invoice.", Marketplace.US, false)).isNotEmpty();
    // The body of a reply is still judged.
    assertThat(promotion("Re: question", "Use code SAVE20 for 20% off your next order.", Marketplace.US, true)).isNotEmpty();
  }

  @Test
  void aReplyAboutSparePartsInTheSellersAmazonStoreIsAnAnswerNotMarketing() {
    // s17: the buyer asked; the answer keeps them on Amazon and offers no deal
    String[][] answers = {
        {"US", "To answer your question: yes, we also sell spare filters for this model in our Amazon store."},
        {"DE", "Ja, passende Ersatzfilter für dieses Modell finden Sie ebenfalls in unserem Amazon-Shop."},
        {"ES", "Sí, también vendemos filtros de repuesto para este modelo en nuestra tienda de Amazon."},
        {"IT", "Sì, vendiamo anche filtri di ricambio per questo modello nel nostro negozio Amazon."},
        {"FR", "Oui, nous vendons aussi des filtres de rechange pour ce modèle dans notre boutique Amazon."},
        {"NL", "Ja, we verkopen ook reservefilters voor dit model in onze Amazon-winkel."},
        {"PL", "Tak, sprzedajemy też filtry zamienne do tego modelu w naszym sklepie na Amazon."},
        {"SE", "Ja, vi säljer även reservfilter till den här modellen i vår Amazon-butik."},
        {"BR", "Sim, também vendemos filtros de reposição para este modelo na nossa loja da Amazon."},
        {"TR", "Evet, bu model için yedek filtreleri de Amazon mağazamızda satıyoruz."},
        {"SA", "نعم، نبيع أيضاً فلاتر بديلة لهذا الموديل في متجرنا على أمازون."},
        {"JP", "はい、この機種用の交換フィルターも当店のAmazonストアで販売しております。"}};
    for (String[] a : answers) {
      assertThat(promotion("", a[1], Marketplace.valueOf(a[0]), true)).as(a[1]).isEmpty();
    }
    // The same sentence sent unasked is still the seller's pitch.
    assertThat(promotion("", "We also sell spare filters for this model in our Amazon store.", Marketplace.US, false)).isNotEmpty();
    // A reply that sends the buyer off Amazon, or adds a deal or social media, is still marketing.
    assertThat(promotion("", "On Amazon we only have three colours, but the full range is in our own online shop.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("", "Yes, we also sell spare filters; our Amazon store has them at 20% off this week.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("", "Yes, we also sell matching cases on Amazon, and you can find more on our website.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("", "We also sell spare filters on Amazon - follow us on Instagram for news.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("", "Sí, también vendemos filtros en nuestra tienda de Amazon, ahora con un 20 % de descuento.", Marketplace.ES, true)).isNotEmpty();
  }

  @Test
  void aDiscountCodeOfferedForAReviewIsStillMarketingAGiftIsNot() {
    assertThat(promotion("", "As a thank-you for your review, here is a discount code for 15% off our capsules.", Marketplace.US, false)).isNotEmpty();
    assertThat(promotion("", "Pour vous remercier de votre avis, voici un bon de réduction de 15 % sur les capsules.", Marketplace.FR, false)).isNotEmpty();
    assertThat(promotion("", "Come ringraziamento per la sua recensione le offriamo un codice sconto del 15%.", Marketplace.IT, false)).isNotEmpty();
    assertThat(promotion("", "Como agradecimento pela sua avaliação, oferecemos um cupom de desconto de 15%.", Marketplace.BR, false)).isNotEmpty();
    assertThat(promotion("", "Als Dankeschön für Ihre Bewertung erhalten Sie einen Rabattcode über 15 %.", Marketplace.DE, false)).isNotEmpty();
    assertThat(promotion("", "Als dank voor uw review krijgt u een kortingscode van 15%.", Marketplace.NL, false)).isNotEmpty();
    assertThat(promotion("", "W podziękowaniu za opinię otrzyma Pan kod rabatowy na 15%.", Marketplace.PL, false)).isNotEmpty();
    assertThat(promotion("", "Som tack för din recension får du en rabattkod på 15 %.", Marketplace.SE, false)).isNotEmpty();
    assertThat(promotion("", "Değerlendirmeniz için teşekkür olarak size %15 indirim kodu veriyoruz.", Marketplace.TR, false)).isNotEmpty();
    assertThat(promotion("", "レビューのお礼に、15%オフのクーポンをお送りします。", Marketplace.JP, false)).isNotEmpty();
    // A gift or a gift voucher for a review is an incentive (review.incentive), not marketing.
    assertThat(promotion("", "Pour vous remercier de votre avis, nous vous offrons un bon d'achat.", Marketplace.FR, false)).isEmpty();
    assertThat(promotion("", "Come ringraziamento per la sua recensione le offriamo un buono acquisto.", Marketplace.IT, false)).isEmpty();
    assertThat(promotion("", "Als dank voor uw review krijgt u een waardebon.", Marketplace.NL, false)).isEmpty();
    assertThat(promotion("", "レビューのお礼に、ギフト券をお送りします。", Marketplace.JP, false)).isEmpty();
  }

  @Test
  void cheaperInTheOwnShopIsMarketingAVideoThereOrAFreeReturnIsNot() {
    String[][] cheaper = {
        {"US", "You'll find the accessories cheaper in our online shop."},
        {"DE", "In unserem Onlineshop finden Sie das Zubehör günstiger."},
        {"FR", "Vous trouverez les accessoires moins chers sur notre boutique en ligne."},
        {"NL", "In onze webshop vindt u de accessoires goedkoper."},
        {"SE", "I vår webbshop hittar du tillbehören billigare."},
        {"BR", "Na nossa loja você encontra os acessórios mais baratos."},
        {"TR", "Web sitemizde aksesuarlar daha ucuz."},
        {"JP", "当店サイトでは付属品をさらにお安くご購入いただけます。"}};
    for (String[] c : cheaper) {
      assertThat(promotion("", c[1], Marketplace.of(c[0]), false)).as(c[1]).isNotEmpty();
    }
    String[][] fine = {
        {"DE", "Das Aufbauvideo finden Sie auf unserer Website."},
        {"DE", "Sie können die Jacke kostenlos zurücksenden."},
        {"DE", "Sie lösen den Code in der App unter Profil ein."},
        {"FR", "La vidéo de montage est sur notre site."},
        {"IT", "Il video di montaggio è sul nostro sito."},
        {"ES", "Tenemos un vídeo en nuestra web para el montaje."},
        {"NL", "Je kunt de jurk binnen 30 dagen gratis terugsturen."},
        {"PL", "Zwrot jest bezpłatny przez 30 dni."},
        {"SE", "Du kan returnera varan gratis inom 30 dagar."},
        {"TR", "Ürünü 30 gün içinde ücretsiz iade edebilirsiniz."},
        {"JP", "組み立て動画は当店サイトでご覧いただけます。"},
        {"JP", "当店ではInstagramのアカウントやメールマガジンはございません。"},
        {"AE", "بعد نشرها أرسل لنا لقطة شاشة."}};
    for (String[] c : fine) {
      assertThat(promotion("", c[1], Marketplace.of(c[0]), false)).as(c[1]).isEmpty();
    }
    // The traps keep their marketing when there is some.
    assertThat(promotion("", "Mit dem Code SOMMER10 sparen Sie 10 Prozent.", Marketplace.DE, false)).isNotEmpty();
    assertThat(promotion("", "Bij aankoop van twee is de 2e gratis.", Marketplace.NL, false)).isNotEmpty();
    assertThat(promotion("", "Instagramをフォローしてください。", Marketplace.JP, false)).isNotEmpty();
  }

  @Test
  void crossSellingAndThisWeeksSaleAreMarketingAGuideRecommendedIsNot() {
    String[][] marketing = {
        {"US", "Customers who bought this mat also buy our cork block."},
        {"US", "The cork blocks are on sale this week."},
        {"DE", "Passend dazu empfehlen wir unseren Aceto Balsamico."},
        {"DE", "Die Korkblöcke sind diese Woche im Angebot."},
        {"FR", "Les clients qui ont acheté ce tapis prennent aussi notre bloc en liège."},
        {"IT", "Chi compra il tappetino prende anche il nostro blocco in sughero."},
        {"ES", "Quienes compran la esterilla se llevan también nuestro bloque de corcho."},
        {"NL", "Klanten die deze mat kochten kopen ook vaak ons kurkblok."},
        {"PL", "Klienci, którzy kupili matę, kupują też nasz korkowy klocek."},
        {"SE", "Kunder som köpt mattan köper också vårt korkblock."},
        {"BR", "Quem comprou o tapete costuma levar também o nosso bloco de cortiça."},
        {"TR", "Matla birlikte en çok tercih edilen mantar blok bu hafta indirimde."},
        {"JP", "このマットと一緒に多くのお客様がご購入されているコルクブロックも、今週はセール中です。"},
        {"AE", "ومعظم من اشترى السجادة اشترى معها أيضاً مكعب الفلين."}};
    for (String[] c : marketing) {
      assertThat(promotion("", c[1], Marketplace.of(c[0]), false)).as(c[1]).isNotEmpty();
    }
    String[][] fine = {
        {"US", "We recommend our care guide for the first wash."},
        {"DE", "Wir empfehlen unsere Pflegeanleitung vor dem ersten Waschen."},
        {"FR", "Nous vous recommandons notre guide d'entretien."},
        {"IT", "Le consigliamo la nostra guida alla pulizia."},
        {"ES", "Le recomendamos nuestro manual de limpieza."},
        {"NL", "We raden onze handleiding aan voor de eerste wasbeurt."},
        {"PL", "Polecamy naszą instrukcję czyszczenia."},
        {"SE", "Vi rekommenderar vår guide för första tvätten."},
        {"BR", "Recomendamos o nosso guia de limpeza."},
        {"JP", "ご一緒にご購入いただいた商品は本日発送しました。"},
        {"US", "We suggest our returns process via Amazon."},
        {"US", "Our opening hours are reduced until January."},
        {"DE", "Wir empfehlen unseren Kundenservice bei Fragen."},
        {"DE", "Unsere Öffnungszeiten sind diese Woche reduziert."}};
    for (String[] c : fine) {
      assertThat(promotion("", c[1], Marketplace.of(c[0]), false)).as(c[1]).isEmpty();
    }
  }

  @Test
  void aDrawForACommentIsAnIncentiveNotMarketing() {
    assertThat(promotion("", "Chi scrive un commento sul proprio acquisto partecipa all'estrazione di un buono regalo.", Marketplace.IT, false)).isEmpty();
    assertThat(promotion("", "Partecipa all'estrazione di un buono regalo!", Marketplace.IT, false)).isNotEmpty();
  }

  @Test
  void registeringForAReturnOrAWarrantyIsNoNewsletter() {
    assertThat(promotion("", "Para la devolución regístrese en nuestro portal de Amazon.", Marketplace.ES, false)).isEmpty();
    assertThat(promotion("", "Si registri sul portale resi per la restituzione.", Marketplace.IT, false)).isEmpty();
    assertThat(promotion("", "Melden Sie sich im Rücksendeportal an.", Marketplace.DE, false)).isEmpty();
    assertThat(promotion("", "Inscrivez-vous sur le portail retours.", Marketplace.FR, false)).isEmpty();
    assertThat(promotion("", "Regístrese en nuestro club y reciba ofertas.", Marketplace.ES, false)).isNotEmpty();
    assertThat(promotion("", "Iscriviti e ricevi le nostre offerte.", Marketplace.IT, false)).isNotEmpty();
    assertThat(promotion("", "Melden Sie sich für unseren Newsletter an.", Marketplace.DE, false)).isNotEmpty();
  }

  @Test
  void aReplyExplainingAmazonsDealOverTwoSentencesIsNoMarketing() {
    assertThat(promotion("", "Ürün sayfasında gördüğünüz indirim, Amazon'un kendi Fırsat kampanyasıydı. Bu yüzden faturada 150,00 TL indirim ayrı satır olarak görünüyor.",
        Marketplace.TR, true)).isEmpty();
    assertThat(promotion("", "The discount you saw was Amazon's own lightning deal. That is why your invoice shows 15% off.", Marketplace.US, true)).isEmpty();
    assertThat(promotion("", "Der Rabatt war ein Angebot von Amazon. Deshalb zeigt die Rechnung 15 % Rabatt.", Marketplace.DE, true)).isEmpty();
    // An offer of the seller's after the Amazon sentence is still marketing, and so is the same text in a proactive message.
    assertThat(promotion("", "Thanks for your Amazon order. Use code SAVE10 for 10% off your next order.", Marketplace.US, true)).isNotEmpty();
    assertThat(promotion("", "The discount you saw was Amazon's own lightning deal. That is why your invoice shows 15% off.", Marketplace.US, false)).isNotEmpty();
  }

  @Test
  void aReplyNamingPrimesFreeDeliveryIsNoMarketing() {
    assertThat(promotion("", "O preço na Amazon já é o nosso melhor. O produto tem frete grátis para assinantes Prime, o que costuma compensar a diferença.",
        Marketplace.BR, true)).isEmpty();
    assertThat(promotion("", "Der Artikel wird für Prime-Mitglieder kostenlos geliefert.", Marketplace.DE, true)).isEmpty();
    assertThat(promotion("", "We cannot match that price, but delivery is free with Amazon Prime.", Marketplace.US, true)).isEmpty();
    // an offer of the seller's next to Prime stays one
    assertThat(promotion("", "Join our newsletter and get free shipping, even without Prime.", Marketplace.US, true)).isNotEmpty();
  }

  @Test
  void aCallNotToMissASaleIsMarketingItsNotDeniesNothing() {
    assertThat(promotion("", "Missa inte vår rea – 25 % på alla knivar i vår butik!", Marketplace.SE, true)).isNotEmpty();
    assertThat(promotion("", "Don't miss our Black Friday sale in our web shop!", Marketplace.US, false)).isNotEmpty();
    assertThat(promotion("", "Verpassen Sie nicht unseren Sommerschlussverkauf: 20 % Rabatt in unserem Onlineshop.", Marketplace.DE, false)).isNotEmpty();
    // a denial stays a denial, and "don't miss" without a sale is no marketing
    assertThat(promotion("", "We do not offer discounts in our shop.", Marketplace.US, true)).isEmpty();
    assertThat(promotion("", "Don't miss the courier: he comes at 10 tomorrow.", Marketplace.US, false)).isEmpty();
  }

  @Test
  void socialMediaInAThreatIsNoInvitationToFollow() {
    assertThat(promotion("", "Se continuar nos acusando, vamos expor o seu nome nas redes sociais. Sabemos onde o senhor mora.", Marketplace.BR, true)).isEmpty();
    assertThat(promotion("", "Siga-nos nas redes sociais para novidades!", Marketplace.BR, true)).isNotEmpty();
    assertThat(promotion("", "Follow us on Instagram for news and offers.", Marketplace.US, false)).isNotEmpty();
  }

  @Test
  void manyOtherModelsInOurShopAndOurNameOnGoogleAreMarketingInEveryLanguage() {
    String[][] marketing = {
        {"DE", "Wir haben noch viele andere Modelle in unserem Onlineshop – einfach unseren Namen googeln."},
        {"SE", "Vi har många andra modeller i vår webbutik – googla bara på vårt namn."},
        {"BR", "Temos muitos outros modelos na nossa loja virtual, é só procurar pelo nosso nome no Google."},
        {"TR", "Web sitemizde birçok başka model var, Google'da adımızı aratmanız yeterli."},
        {"AE", "لدينا موديلات أخرى كثيرة في متجرنا الإلكتروني، فقط ابحث عن اسمنا في جوجل."}};
    for (String[] c : marketing) {
      assertThat(promotion("", c[1], Marketplace.of(c[0]), true)).as(c[1]).isNotEmpty();
    }
  }
}
