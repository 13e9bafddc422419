package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.wording.OrderIdRule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Example tests of the wording rules, written independently of the labelled corpus: positives,
 * negations and neutral forms, other languages, obfuscation, spans and messages.
 */
class WordingRulesTest {
  private static final ContentPolicy POLICY = ContentPolicy.standard();
  private static final String ORDER = " Order 305-8273641-9182736.";

  static PolicyReport check(String body, CheckContext context) {
    PolicyReport r = POLICY.checkText(body, context);
    assertInvariants(r);
    return r;
  }

  static PolicyReport proactive(String body, Marketplace m) {
    return check(body, CheckContext.of(m));
  }

  static PolicyReport reply(String body, Marketplace m) {
    return check(body, CheckContext.builder().marketplace(m).replyToBuyer(true).build());
  }

  /** Every finding's rule is in the catalog, every span lies in its field, a second check is equal. */
  static void assertInvariants(PolicyReport r) {
    ReportInvariants.verify(POLICY, r);
  }

  static Set<String> rules(PolicyReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      review.positive-only | UK | We'd really appreciate a positive review if you have a moment.
      review.positive-only | US | If you love the lamp, please leave us five stars on Amazon!
      review.positive-only | US | Had a problem? Please write to us first, before you leave any review.
      review.positive-only | DE | Wären Sie so nett und vergeben fünf Sterne für unseren Service?
      review.positive-only | FR | Si vous êtes ravi de votre achat, laissez-nous un avis positif.
      review.positive-only | IT | Se è soddisfatta, ci lasci una recensione a 5 stelle.
      review.positive-only | ES | Si le ha gustado, déjenos una valoración de cinco estrellas.
      review.incentive     | US | Post a review of the blender and we'll refund $10 to your card.
      review.incentive     | UK | Share your feedback and get a free phone case as a thank you.
      review.incentive     | DE | Für Ihre Rezension erhalten Sie einen Gutschein über 10 Euro.
      review.incentive     | FR | Publiez un avis et recevez une carte cadeau de 10 €.
      review.incentive     | ES | Por su reseña le enviamos un regalo sorpresa.
      review.change-request | US | Could you please delete the review you left for the kettle?
      review.change-request | DE | Bitte ändern Sie Ihre Rezension, das Problem ist gelöst.
      review.change-request | IT | Potrebbe modificare la sua recensione? Il problema è risolto.
      content.promotion    | US | Use code WELCOME15 at checkout for 15% off your next order.
      content.promotion    | UK | Sign up for our newsletter to hear about new arrivals first.
      content.promotion    | US | Follow us on Instagram for tips and giveaways!
      content.promotion    | DE | Besuchen Sie unseren Onlineshop, dort ist alles günstiger als bei Amazon.
      content.promotion    | FR | Suivez-nous sur Instagram pour nos nouveautés.
      content.promotion    | ES | Síganos en Facebook para no perderse nada.
      content.promotion    | US | Check out our storefront on Amazon for matching pillowcases.
      review.incentive     | US | Leave a review and we'll enter you into our monthly draw for a $100 gift card.
      review.positive-only | US | Loved it? Tell the world with a glowing review!
      review.positive-only | US | If you like the kettle, we would be grateful for a review.
      review.positive-only | US | If you'd like to leave a review, five stars would make our day.
      content.sensitive    | US | You are an idiot and we will report you to the police.
      content.sensitive    | DE | Sie sind ein Betrüger.
      content.sensitive    | DE | Wenn Sie weiter solche Lügen verbreiten, hören Sie von unserem Anwalt.
      content.sensitive    | NL | Nog één zo'n bericht en we zetten uw naam en adres online.
      content.sensitive    | TR | Bir daha bize hakaret ederseniz adresinize gelip hesabını soracağız.
      content.sensitive    | TR | Sizin gibi cahil müşterilerle uğraşmaktan bıktık.
      content.sensitive    | FR | Continuez ainsi et vous aurez affaire à notre avocat.
      content.promotion    | BR | Na nossa loja própria temos capacetes com preços bem melhores que na Amazon.
      content.promotion    | BR | É só procurar por Bike Point Curitiba no Google.
      """)
  void flagsViolations(String rule, String marketplace, String body) {
    PolicyReport r = proactive(body + ORDER, Marketplace.of(marketplace));
    assertThat(rules(r)).contains(rule);
    Finding f = r.findings(rule).get(0);
    assertThat(f.explanation()).startsWith("\u201C").doesNotContain(".txt").doesNotContain(rule);
    assertThat(f.evidence()).startsWith("matched \"").contains(".txt:");
    assertThat(f.excerpt()).isNotEmpty();
    assertThat(body + ORDER).contains(f.excerpt());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      SE | Hej Emma,¶¶Vi vill bara tacka dig så mycket för att du valde Nosbutiken när du köpte akvariefoder.¶Vi är ett litet familjeföretag och varje beställning gör oss glada.¶¶Varma hälsningar¶Nosbutiken
      IT | Cara Sig.ra Moretti,¶¶volevamo semplicemente ringraziarLa per aver scelto la nostra crema viso. Ogni ordine per noi è una festa.¶¶Un abbraccio,¶Bellezza Fiorentina
      AE | عزيزي الأستاذ شريف،¶¶حبينا نشكرك من كل قلبنا على طلبك رقم 404-4418207-6693381. إحنا محمصة صغيرة وكل طلب بيفرق معانا جداً.¶¶مع كل الود،¶فريق بن وقهوة المعادي
      """)
  void warmNotesAboutTheShopAreStillThanksOnly(String marketplace, String body) {
    // ¶ stands for a line break (a text block would end the CSV row there)
    String text = body.replace('¶', '\n');
    assertThat(rules(proactive(text.contains("-") ? text : text + ORDER, Marketplace.of(marketplace)))).contains("message.thank-you-only");
  }


  /**
   * Issue 11 (s12): a reply that says the part works with every model of the same series answers
   * the buyer's question; unasked, more pieces of the same collection sell.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Yes, you can use this filter with all blender models of the same series.
      AE | نعم، يمكنك استخدام هذا الفلتر مع جميع موديلات الخلاط من نفس السلسلة.
      DE | Ja, der Filter passt zu allen Mixern aus derselben Serie.
      """)
  void aPartForEveryModelOfTheSameSeriesIsAnAnswerInAReply(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).doesNotContain("content.promotion");
  }

  @Test
  void morePiecesOfTheSameCollectionSentUnaskedArePromotion() {
    assertThat(rules(proactive("Discover the matching mugs and bowls from the same collection." + ORDER, Marketplace.US))).contains("content.promotion");
  }

  /** Issue 11 (dev11): "what you think of them" asks an opinion; "if you like it" is a condition of satisfaction. */
  @Test
  void swedishLikingIsSatisfactionOnlyAfterIfOrThat() {
    assertThat(rules(proactive("Vi blir glada om du ville berätta vad du tycker om dem i en recension." + ORDER, Marketplace.of("SE"))))
        .doesNotContain("review.positive-only");
    assertThat(rules(proactive("Om du tycker om kannan, skriv gärna en recension." + ORDER, Marketplace.of("SE"))))
        .contains("review.positive-only");
  }

  @Test
  void aNewProductOfOursOnSaleIsPromotionInTurkish() {
    assertThat(rules(proactive("Bu arada yeni ürünümüz ayarlanabilir kettlebell artık satışta!" + ORDER, Marketplace.of("TR"))))
        .contains("content.promotion");
  }

  /** Issue 11 (dev10): a gift card promised with "and we will send you" (Arabic); contempt for the buyer's sense (Japanese reply). */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      review.incentive  | AE | اكتب تقييمك الصادق عن مجموعة السكاكين على أمازون، وأرسل لنا اسمك الظاهر في التقييم، وسنرسل لك بطاقة هدايا أمازون بقيمة 20 درهماً شكراً لك.
      content.sensitive | JP | 説明書をちゃんと読みましたか？これくらいの組み立てもできないなんて、常識を疑います。二度とくだらない問い合わせをしないでください。
      """)
  void aGiftPromisedForTheReviewAndContemptAreReadInArabicAndJapanese(String rule, String marketplace, String body) {
    assertThat(rules(rule.equals("content.sensitive") ? reply(body, Marketplace.of(marketplace)) : proactive(body + ORDER, Marketplace.of(marketplace))))
        .contains(rule);
    // the same promise without the review is a remedy, not an incentive
    if (rule.equals("review.incentive")) {
      assertThat(rules(proactive("نعتذر عن الكسر، وسنرسل لك سكيناً جديداً مجاناً." + ORDER, Marketplace.of(marketplace)))).doesNotContain(rule);
    }
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      review.repeat     | US | We haven't yet heard back about your experience with the filter, and your review would mean a lot.
      review.repeat     | FR | Sauf erreur de notre part, nous n'avons pas encore vu votre avis sur le roman.
      review.repeat     | IT | Non avendo ancora ricevuto la Sua recensione, ci permettiamo di ricordarglielo.
      content.promotion | FR | Offre valable seulement jusqu'à dimanche dans notre boutique en ligne.
      """)
  void remindersThatHoldTheirOwnNegationAndElidedWordsAreRead(String rule, String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains(rule);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ES | Le agradeceríamos que retirara su opinión negativa.
      BR | Gostaríamos de pedir que removesse o comentário negativo.
      BR | Agora que resolvemos, poderia mudar a nota que deu para a loja?
      """)
  void politeRequestsInTheSubjunctiveAndTheGradeGivenToTheShopAreChangeRequests(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).contains("review.change-request");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      NL | Als u ons nog één keer beschuldigt, weten we u te vinden, uw adres hebben we tenslotte. Reken er maar op dat dit gevolgen heeft.
      DE | Ihre Adresse haben wir ja. Sie werden es bereuen.
      PL | Jak ktoś nie umie czytać, to niech nie kupuje przez internet. Szkoda naszego czasu na takich klientów jak Pan.
      """)
  void leverageWithTheObjectFirstAndContemptInOtherCasesAreSensitive(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("content.sensitive");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | We'd appreciate an honest review of the kettle, whatever your experience.
      US | Whether positive or negative, your review helps other buyers.
      US | Reviews are voluntary and we do not offer anything in return for them.
      US | The five-star hotel towels should be washed at 40 degrees first.
      US | Error code E3 means the filter is not seated; please reseat it.
      US | The coupon on the product page is applied by Amazon at checkout.
      US | Please remove the protective film before using the hob.
      US | If you feel we resolved the issue, you can update your feedback at any time.
      US | We'll send a free replacement for the cracked lid today.
      DE | Über eine ehrliche Bewertung würden wir uns freuen, ob positiv oder negativ.
      DE | Bitte entfernen Sie die Schutzfolie vor dem ersten Gebrauch.
      FR | Nous serions ravis de lire votre avis honnête, quel que soit votre ressenti.
      IT | Saremmo felici di leggere una recensione sincera, positiva o negativa.
      ES | Nos encantaría conocer su opinión sincera, sea cual sea su experiencia.
      US | The kill switch stops the saw at once.
      US | Stupid question from our side, but does the lid fit your 28 cm pan?
      US | You can change your seller feedback rating at any time if you wish; it's entirely up to you.
      IT | Ci lasci una recensione: la sua opinione sincera, positiva o negativa, ci aiuta.
      ES | Si lo desea, deje una reseña en Amazon contando tanto lo que le guste como lo que mejoraría.
      FR | Un commentaire sur Amazon aidera les autres clients, qu'il soit élogieux ou critique.
      US | Tell other buyers in a review what you liked and what we could improve.
      NL | Laat gerust een review achter, met wat goed was en wat beter kan.
      AE | تبيّن أن عربة الأطفال «نجمة 3 في 1» مكسورة، ويمكننا أن نرسل لك طرازاً آخر بعجلات مطاطية بدلاً من البلاستيكية.
      """)
  void leavesCompliantWordingAlone(String marketplace, String body) {
    PolicyReport r = proactive(body + ORDER, Marketplace.of(marketplace));
    assertThat(r.findings().stream().filter(f -> f.severity() == Severity.BLOCK)).as(r.findings().toString()).isEmpty();
  }

  @Test
  void obfuscatedWordingIsStillFound() {
    assertThat(rules(proactive("Please leave a ＰＯＳＩＴＩＶＥ re\u200Bview!" + ORDER, Marketplace.US))).contains("review.positive-only");
    assertThat(rules(proactive("Please leave a pоsitive review" + ORDER, Marketplace.US))).contains("review.positive-only");
    assertThat(rules(proactive("FOLLOW   US ON\nINSTAGRAM" + ORDER, Marketplace.US))).contains("content.promotion");
  }

  @Test
  void findingSpanPointsAtThePhraseInTheOriginalText() {
    String body = "Hello!\n\nPlease leave a POSITIVE review." + ORDER;
    Finding f = proactive(body, Marketplace.US).findings("review.positive-only").get(0);
    assertThat(body.substring(f.start(), f.end())).isEqualTo("POSITIVE review");
    assertThat(f.explanation()).contains("\u201CPOSITIVE review\u201D").doesNotContain(".txt");
    assertThat(f.evidence()).contains("review.positive-only.en.txt:");
  }

  @Test
  void thankYouOnlyIsForProactiveMessagesOnly() {
    String body = "Dear Anna,\n\nThank you so much for your order! We hope you enjoy it.\n\nKind regards,\nThe Lamp Shop";
    assertThat(rules(proactive(body + "\n" + ORDER, Marketplace.UK))).contains("message.thank-you-only");
    assertThat(rules(reply(body, Marketplace.UK))).doesNotContain("message.thank-you-only");
    String withContent = "Dear Anna,\n\nThank you for your order. Which colour would you like, red or blue?\n\nKind regards,\nThe Lamp Shop" + ORDER;
    assertThat(rules(proactive(withContent, Marketplace.UK))).doesNotContain("message.thank-you-only");
    assertThat(rules(proactive("Vielen Dank für Ihre Bestellung! Bei Fragen sind wir gerne für Sie da." + ORDER, Marketplace.DE)))
        .contains("message.thank-you-only");
    assertThat(rules(proactive("Just checking in to make sure everything arrived okay. Let us know if you need anything!" + ORDER, Marketplace.US)))
        .contains("message.thank-you-only");
  }

  @Test
  void japaneseHelpOfferFillerDoesNotHideContent() {
    // Regression: the Japanese help offer ("ご不明な点がございましたら…お問い合わせください") is filler now, but a
    // message with a real request beside it still has content.
    String body = "高橋 様\n\nご注文 305-8273641-9182736 の刻印文字を2日以内にお知らせください。ご不明な点がございましたら、いつでもお気軽にお問い合わせください。";
    assertThat(rules(proactive(body, Marketplace.JP))).doesNotContain("message.thank-you-only");
  }

  @Test
  void orderConfirmationIsForProactiveMessagesWithoutAProblem() {
    String shipped = "Good news: your order has been shipped today. Tracking number 1Z999AA10123456784." + ORDER;
    assertThat(rules(proactive(shipped, Marketplace.US))).contains("message.order-confirmation");
    assertThat(rules(reply(shipped, Marketplace.US))).doesNotContain("message.order-confirmation");
    String delayed = "Unfortunately your order has been shipped late because of a storm; it should arrive by Friday." + ORDER;
    assertThat(rules(proactive(delayed, Marketplace.US))).doesNotContain("message.order-confirmation");
    assertThat(rules(proactive("Ihre Bestellung wurde heute versendet. Sendungsnummer 00340434161094042557." + ORDER, Marketplace.DE)))
        .contains("message.order-confirmation");
  }

  // Regression examples for general causes found on corpora the lexicons were not written against.

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Just so you know, our stainless milk pitcher goes perfectly with your new espresso machine.
      DE | Kleiner Tipp: Unsere Abdeckhaube passt perfekt zu Ihrem neuen Grill.
      FR | Petit conseil : notre kit de moules va parfaitement avec votre machine à pain.
      ES | Nuestra esterilla autohinchable combina perfectamente con su nueva tienda de campaña.
      IT | I nostri contenitori in vetro si abbinano perfettamente alla sua macchina sottovuoto.
      NL | Onze fietsbril past perfect bij je nieuwe helm.
      PL | Do ekspresu idealnie pasuje nasz młynek żarnowy.
      SE | Vår termoskanna passar perfekt till din nya kaffebryggare.
      BR | Nosso jogo de potes de vidro combina perfeitamente com a sua panela.
      TR | Süt köpürtücümüz makinenizle mükemmel uyum sağlıyor.
      JP | 当店のコーヒーミルは、このセットと相性抜群です。
      AE | كرسي التخييم من متجرنا يناسب خيمتك تماماً.
      """)
  void aProductRecommendedAsThePerfectMatchIsCrossSelling(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("content.promotion");
    // the same words answer a buyer who asked what fits
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).doesNotContain("content.promotion");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | The blue kettle you ordered is out of stock. The 2024 model goes perfectly with your kitchen and costs the same; shall we send it instead, or refund you?
      DE | Der bestellte Wasserkocher ist leider ausverkauft. Das Nachfolgemodell passt perfekt zu Ihrer Küche; sollen wir es stattdessen schicken oder erstatten?
      """)
  void aReplacementThatFitsIsNoCrossSelling(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).doesNotContain("content.promotion");
  }

  @Test
  void aRepliesQuotationOfTheBuyerIsNotTheSellersInsultButTheSellersOwnWordsAre() {
    String quoted = "Nos dice que somos «unos estafadores de tres al cuarto». Siento que se haya llevado esa impresión.";
    assertThat(rules(reply(quoted, Marketplace.of("ES")))).doesNotContain("content.sensitive");
    assertThat(rules(proactive(quoted + ORDER, Marketplace.of("ES")))).contains("content.sensitive");
    assertThat(rules(reply("Ustedes son unos estafadores de tres al cuarto.", Marketplace.of("ES")))).contains("content.sensitive");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | You wrote that we are "scammers and liars". We understand your frustration and have refunded you in full. | You are a scammer and a liar.
      UK | I'm sorry you feel we are idiots. Let me explain what happened with the parcel. | You are an idiot.
      DE | Sie haben uns als „Betrüger" bezeichnet. Wir verstehen Ihren Ärger, die Rückerstattung ist veranlasst. | Sie sind ein Betrüger.
      FR | Vous nous traitez d'« escrocs » dans votre message. Nous comprenons votre colère et vous avons remboursé. | Vous êtes un escroc.
      ES | Nos ha llamado "estafadores" en su mensaje. Entendemos su enfado y ya le hemos reembolsado. | Usted es un estafador.
      IT | Ci ha definiti "truffatori" nel suo messaggio. Capiamo la sua rabbia e abbiamo già effettuato il rimborso. | Lei è un truffatore.
      NL | U noemde ons "oplichters" in uw bericht. We begrijpen uw frustratie en hebben het bedrag teruggestort. | U bent een oplichter.
      BR | Você nos chamou de "golpistas" na sua mensagem. Entendemos sua frustração e já fizemos o reembolso. | Você é um golpista.
      TR | Mesajınızda bize "dolandırıcı" dediniz. Öfkenizi anlıyoruz, iadeniz yapıldı. | Siz bir dolandırıcısınız.
      SE | Du kallade oss "bedragare" i ditt meddelande. Vi förstår din frustration och har återbetalat beloppet. | Du är en bedragare.
      PL | Nazwał nas Pan "oszustami" w swojej wiadomości. Rozumiemy frustrację, zwrot został wykonany. | Jest Pan oszustem.
      AE | لقد وصفتنا بالمحتالين في رسالتك. نتفهم غضبك وقد أعدنا لك المبلغ. | أنت محتال.
      """)
  void theBuyersInsultReportedBackIsNoInsultByTheSeller(String marketplace, String body, String insult) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).doesNotContain("content.sensitive");
    // the word aimed at the buyer, in a sentence of its own, still counts
    assertThat(rules(reply(body + "\n" + insult, Marketplace.of(marketplace)))).contains("content.sensitive");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Now that the replacement has arrived, would you consider revisiting your review?
      UK | We'd be grateful if you could take another look at the stars you gave us.
      DE | Vielleicht möchten Sie Ihre Rezension noch einmal überdenken, jetzt wo alles funktioniert?
      SE | Nu när allt fungerar kanske du vill justera betyget du gav oss?
      FR | Maintenant que tout fonctionne, peut-être voudrez-vous revoir votre avis ?
      NL | Nu alles werkt, wilt u misschien uw recensie aanpassen?
      """)
  void aQuestionAboutChangingTheReviewIsARequest(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).contains("review.change-request");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Is the kettle working now? You can change the temperature with the dial.
      UK | Did the review request from Amazon reach you? We did not send it ourselves.
      DE | Haben Sie die neue Firmware installiert? Sie ändert die Anzeige der Bewertung nicht.
      US | If you feel we resolved your issue, you can update your feedback at any time. Is everything fine now?
      """)
  void aQuestionThatDoesNotPutAChangeOfTheReviewIsNoRequest(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).doesNotContain("review.change-request");
  }

  /**
   * Issue 11 (dev10): a buyer asks how to edit a review, and the reply gives Amazon's steps. A
   * reply that states what the buyer can do, asking and offering nothing, is no request; the same
   * words sent unasked are, and so is the reply once it asks, offers or names the bad review.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Under Your Orders, open the order and choose "Write a product review". There you can edit or delete your review. What you do is entirely up to you.
      PL | Na Amazonie wystarczy wejść w „Zwroty i zamówienia” i wybrać zamówienie; tam można też edytować lub usunąć wcześniejszą ocenę. Decyzja należy wyłącznie do Pana.
      JP | Amazonの「注文履歴」から該当の注文を開き、「商品レビューを書く」を選ぶと、投稿済みのレビューの編集・削除ができます。どうされるかはお客様のご判断です。
      """)
  void aReplyThatTellsTheBuyerHowToEditAReviewIsNoRequest(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).doesNotContain("review.change-request");
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("review.change-request");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Under Your Orders you can edit or delete your review, and we would refund the kettle in full.
      US | Under Your Orders you can delete the one-star review now that the kettle works.
      US | We'd ask you to edit the review of the bike lights so it reflects our quick reply.
      """)
  void aReplyThatAsksOffersOrNamesTheBadReviewStillRequests(String marketplace, String body) {
    assertThat(rules(reply(body, Marketplace.of(marketplace)))).contains("review.change-request");
  }

  /**
   * Issue 11 (dev10): a reminder across sentences belongs to the review request only when the
   * pair is about the review; a reminder of the warranty, a delivery slot or a delay next to a
   * review request reminds of that ("We read every review. Apart from that, we remind you the
   * chair has a two-year warranty").
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ES | Si tiene un momento, nos ayudaría mucho su opinión sincera en Amazon. Aparte de eso, le recordamos que la silla tiene 2 años de garantía.
      US | If you have a moment, an honest review on Amazon would help us. As a reminder, the chair comes with a two-year warranty.
      """)
  void aReminderOfAnotherMatterNextToAReviewRequestIsNoRepeat(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).doesNotContain("review.repeat");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | Just a friendly reminder. If you have a moment, an honest review on Amazon would help us.
      ES | ¿Todavía sin reseña de su cortacésped? Le escribimos por última vez.
      """)
  void aReminderOfTheReviewRequestAcrossSentencesIsARepeat(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("review.repeat");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Our courier cannot reach your address. Would you like us to cancel the order instead?
      US | The return arrived without its tags. Let us know if you'd like us to send it back to you.
      UK | Thank you for choosing our shop for your new kettle.
      IT | Grazie per aver scelto il nostro negozio per il suo acquisto.
      ES | Gracias por haber elegido nuestra tienda para su compra.
      FR | Merci d'avoir choisi notre boutique pour votre achat.
      DE | Danke, dass Sie sich für unseren Shop entschieden haben.
      DE | Die Aufbauanleitung finden Sie unter www.beispiel-moebel.de/anleitung.
      IT | Le istruzioni di montaggio le trova su www.esempio-mobili.it/istruzioni.
      """)
  void promotionNeedsAnInvitationNotJustAShopOrALink(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).doesNotContain("content.promotion");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Enjoying your new teapot? Check out our matching cups and saucers in the same colour.
      US | Discover our coordinating cushion covers, now in six colours.
      US | The same lamp is also available in our range in brass.
      DE | Passend zu Ihrem Sofa gibt es jetzt auch Kissen in derselben Farbe.
      DE | Entdecken Sie unsere neue Kollektion an Gartenmöbeln.
      FR | Découvrez nos housses de coussin assorties, dans la même couleur.
      IT | Scopra le tovaglie e i tovaglioli abbinati, nella stessa fantasia.
      ES | Descubra nuestras fundas de cojín a juego, en el mismo color.
      NL | Ontdek onze bijpassende kussenhoezen in dezelfde kleur.
      BR | Conheça nossa nova linha de almofadas.
      """)
  void crossSellingOfOtherProductsIsPromotion(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("content.promotion");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      NL | Re: review aanpassen?
      SE | Sv: Ändra recension?
      TR | Ynt: Yorumu değiştirebilir miyim?
      DE | AW: Bitte Bewertung löschen?
      FR | RE : Supprimer mon avis ?
      """)
  void aReplyRepeatingTheBuyersSubjectIsNotJudgedOnTheBuyersWords(String marketplace, String subject) {
    Message m = Message.builder().id("t").author(Author.SELLER).sentAt(Instant.EPOCH)
        .subject(subject).body("Order 305-8273641-9182736.").build();
    CheckContext reply = CheckContext.builder().marketplace(Marketplace.of(marketplace)).replyToBuyer(true).build();
    PolicyReport r = POLICY.check(m, reply);
    assertInvariants(r);
    assertThat(rules(r)).noneMatch(id -> id.startsWith("review.") || id.equals("content.promotion"));
    // Without the prefix, or in a message the seller starts, the subject is the seller's own words.
    Message own = Message.builder().id("t").author(Author.SELLER).sentAt(Instant.EPOCH)
        .subject(subject.substring(subject.indexOf(':') + 1).strip()).body("Order 305-8273641-9182736.").build();
    assertThat(rules(POLICY.check(own, reply))).anyMatch(id -> id.startsWith("review.") || id.equals("content.promotion"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Thank you!                   | Hi Tom,\\n\\nThank you for your order 305-8273641-9182736! We truly appreciate you supporting a family workshop.\\n\\nBest,\\nOak & Pine
      IT | Ordine 305-8273641-9182736   | Grazie mille per il suo acquisto 305-8273641-9182736! Siamo felici che abbia scelto la nostra bottega.
      IT | Grazie!                      | Grazie di cuore per la fiducia. Restiamo a disposizione per ogni esigenza. Ordine 305-8273641-9182736.
      ES | Pedido 305-8273641-9182736   | ¡Gracias por su compra! Nos alegra mucho que nos haya elegido.
      SE | Order 305-8273641-9182736    | Hej Eva!\\n\\nTack för ditt köp! Vi finns här om du behöver något.\\n\\nHälsningar,\\nNordhem
      NL | Bedankt!                     | Bedankt voor uw aankoop 305-8273641-9182736! We waarderen het zeer.
      BR | Seu pedido                   | Obrigada pela sua compra (pedido 305-8273641-9182736)! Estamos muito felizes.
      DE | Bestellung 305-8273641-9182736 | Vielen Dank für Ihre Bestellung! Wir freuen uns sehr, dass Sie sich für uns entschieden haben.
      FR | Merci !                      | Merci beaucoup pour votre commande 305-8273641-9182736 ! Nous restons à votre disposition.
      JP | ご注文 305-8273641-9182736    | 高橋 様\\n\\nこの度はご購入いただき誠にありがとうございました。ご不明な点がございましたら、いつでもお気軽にお問い合わせください。\\n\\n木の家工房 カスタマーサポート
      JP | ご注文 305-8273641-9182736    | 数ある店舗の中から当店をお選びいただき、心より御礼申し上げます。
      """)
  void thanksWithAppreciationOrHelpFillerIsThankYouOnly(String marketplace, String subject, String body) {
    Message m = Message.builder().id("t").author(Author.SELLER).sentAt(Instant.EPOCH)
        .subject(subject).body(body.replace("\\n", "\n")).build();
    PolicyReport r = POLICY.check(m, CheckContext.of(Marketplace.of(marketplace)));
    assertInvariants(r);
    assertThat(rules(r)).contains("message.thank-you-only").doesNotContain("content.promotion");
  }

  // Warm notes that wish the item well or tell the shop's story, and nothing else (issue 11,
  // helper "thanks"): thank-you-only in every language.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Hello Jane,\\nThanks a million for your order 305-8273641-9182736. We're a tiny family-run bakery in Devon and every order still makes us smile. We hope the shortbread tastes of holidays!\\nAny questions? We're always here.\\nBest wishes,\\nRosie
      DE | Hallo Herr Kaya,\\nherzlichen Dank für Ihre Bestellung 305-8273641-9182736! Wir sind ein kleiner Familienbetrieb aus dem Schwarzwald und freuen uns über jeden Einkauf. Wir hoffen, die Wanduhr begleitet Sie viele Jahre.\\nBei Fragen sind wir jederzeit für Sie da.\\nViele Grüße
      FR | Bonjour Marc,\\nmerci beaucoup pour votre commande 305-8273641-9182736 ! Nous sommes une petite entreprise familiale et chaque commande compte pour nous. Nous espérons que le miel vous régalera.\\nNous restons à votre disposition.\\nBien à vous
      IT | Ciao Luca,\\ngrazie mille per il tuo ordine 305-8273641-9182736! Siamo un piccolo laboratorio artigianale e siamo felici che tu ci abbia scelto. Speriamo che la borsa ti accompagni per tanti anni.\\nPer qualsiasi cosa siamo qui.\\nUn saluto
      ES | ¡Hola Ana!\\nMuchas gracias por tu pedido 305-8273641-9182736. Somos un pequeño taller familiar y nos hace mucha ilusión cada pedido. Esperamos que disfrutes mucho de la taza.\\nAquí estamos para lo que necesites.\\nUn abrazo
      BR | Oi, Carla!\\nMuito obrigada pelo seu pedido 305-8273641-9182736. Somos uma pequena empresa familiar e cada pedido é especial para nós. Esperamos que o sabonete seja um carinho no seu dia.\\nQualquer coisa, estamos por aqui.\\nBeijos
      NL | Hoi Sanne,\\nHeel erg bedankt voor je bestelling 305-8273641-9182736! We zijn een klein familiebedrijf en we zijn zo blij met elke bestelling. We hopen dat je lang plezier hebt van de vaas.\\nVragen? We staan voor je klaar.\\nGroetjes
      SE | Hej Anna!\\nTack så mycket för din beställning 305-8273641-9182736. Vi är ett litet familjeföretag och blir glada för varje order. Vi hoppas att koppen kommer till stor nytta.\\nVi finns här om du behöver något.\\nHälsningar
      PL | Dzień dobry,\\nbardzo dziękujemy za zamówienie 305-8273641-9182736! Jesteśmy małą rodzinną firmą i cieszymy się z każdego zamówienia. Mamy nadzieję, że kubek będzie Pani długo służył.\\nW razie pytań jesteśmy do dyspozycji.\\nPozdrawiamy
      TR | Merhaba Ayşe Hanım,\\n305-8273641-9182736 numaralı siparişiniz için çok teşekkür ederiz. Küçük bir aile işletmesiyiz ve her sipariş bizim için çok değerli. Fincanı güle güle kullanın.\\nHerhangi bir sorunuz olursa buradayız.\\nSevgiler
      SA | مرحباً أستاذة منى،\\nشكراً جزيلاً لطلبك رقم 305-8273641-9182736. نحن متجر عائلي صغير ويسعدنا كل طلب. نتمنى أن ينال الفنجان إعجابك.\\nنحن هنا لأي استفسار.\\nمع أطيب التحيات
      JP | 山田様\\nこの度はご注文 305-8273641-9182736 をいただき、誠にありがとうございます。小さな工房で一つひとつ手作りしております。末永くご愛用いただければ幸いです。\\n何かございましたらお気軽にご連絡ください。
      """)
  void wishesAndTheShopsStoryAreStillOnlyThanks(String marketplace, String body) {
    assertThat(rules(proactive(body.replace("\\n", "\n"), Marketplace.of(marketplace)))).contains("message.thank-you-only");
  }

  // The same warmth beside a real point (a care tip, a burn time, a delivery day, the manual):
  // never thank-you-only.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Hi Sam, thank you for your order 305-8273641-9182736. We hope you love the candle: let it burn for 2 hours the first time so the wax melts evenly. Kind regards, Wick & Co
      UK | Dear customer, thanks for your order 305-8273641-9182736! Your sofa will be delivered between Tuesday and Thursday by our own crew. Best wishes, Homely
      UK | Hello, thank you for your purchase (order 305-8273641-9182736). The assembly manual is attached as a PDF. We hope the desk serves you well! Regards, DeskWorks
      UK | Thanks so much for order 305-8273641-9182736! We hope you enjoy the kettle. Tip: descale it every 4 weeks in hard-water areas. Warm regards, Brewhaus
      UK | Thank you for your order 305-8273641-9182736. We hope the pan serves you well. Before first use, wash it in warm soapy water and dry it at once. The Iron Pan team
      DE | Hallo Frau Weber, vielen Dank für Ihre Bestellung 305-8273641-9182736. Wir hoffen, die Kerze gefällt Ihnen: Lassen Sie sie beim ersten Mal 2 Stunden brennen. Herzliche Grüße
      DE | Guten Tag, danke für Ihre Bestellung 305-8273641-9182736! Ihr Sofa wird am Donnerstag zwischen 8 und 12 Uhr von unserer Spedition geliefert. Viele Grüße
      DE | Vielen Dank für Ihren Einkauf (Bestellung 305-8273641-9182736). Die Aufbauanleitung finden Sie im Anhang. Wir hoffen, der Schreibtisch leistet Ihnen gute Dienste.
      DE | Danke für Ihre Bestellung 305-8273641-9182736! Wir empfehlen, die Pfanne vor dem ersten Gebrauch mit heißem Wasser auszuspülen. Viel Freude damit!
      FR | Bonjour, merci pour votre commande 305-8273641-9182736. Nous espérons que la bougie vous plaira : laissez-la brûler 2 heures la première fois. Bien à vous
      FR | Bonjour, merci pour votre commande 305-8273641-9182736 ! Votre canapé sera livré jeudi entre 8 h et 12 h. Cordialement
      FR | Merci pour votre achat (commande 305-8273641-9182736). Vous trouverez la notice de montage en pièce jointe. Nous espérons que le bureau vous rendra service.
      FR | Merci pour votre commande 305-8273641-9182736 ! Petit conseil : détartrez la bouilloire toutes les 4 semaines. Belle journée
      IT | Buongiorno, grazie per il suo ordine 305-8273641-9182736. Speriamo che la candela le piaccia: la lasci bruciare per 2 ore la prima volta. Cordiali saluti
      IT | Gentile cliente, grazie per l'ordine 305-8273641-9182736! Il divano sarà consegnato giovedì tra le 8 e le 12. Saluti
      IT | Grazie per l'acquisto (ordine 305-8273641-9182736). In allegato trova il manuale di montaggio. Speriamo che la scrivania le sia utile.
      IT | Grazie per il suo ordine 305-8273641-9182736! Le consigliamo di lavare la padella prima del primo utilizzo. Buona giornata
      ES | Hola, gracias por tu pedido 305-8273641-9182736. Esperamos que te guste la vela: déjala arder 2 horas la primera vez. Un saludo
      ES | Estimado cliente, gracias por su pedido 305-8273641-9182736. Su sofá se entregará el jueves entre las 8 y las 12. Atentamente
      ES | Gracias por su compra (pedido 305-8273641-9182736). Le adjuntamos el manual de montaje. Esperamos que el escritorio le sea de gran utilidad.
      ES | ¡Gracias por tu pedido 305-8273641-9182736! Te recomendamos lavar la sartén antes del primer uso. Saludos
      BR | Olá, obrigado pelo seu pedido 305-8273641-9182736. Esperamos que goste da vela: deixe-a queimar por 2 horas na primeira vez. Abraços
      BR | Olá! Obrigado pelo pedido 305-8273641-9182736. Seu sofá será entregue na quinta-feira entre 8h e 12h. Atenciosamente
      BR | Obrigado pela compra (pedido 305-8273641-9182736). O manual de montagem segue em anexo. Esperamos que a escrivaninha seja muito útil.
      BR | Obrigado pelo pedido 305-8273641-9182736! Dica: lave a frigideira antes do primeiro uso. Até mais
      NL | Hallo, bedankt voor je bestelling 305-8273641-9182736. We hopen dat je van de kaars geniet: laat hem de eerste keer 2 uur branden. Groetjes
      NL | Geachte klant, hartelijk dank voor uw bestelling 305-8273641-9182736. Uw bank wordt donderdag tussen 8 en 12 uur bezorgd. Met vriendelijke groet
      NL | Bedankt voor uw aankoop (bestelling 305-8273641-9182736). De montagehandleiding vindt u in de bijlage. Wij hopen dat het bureau u goed van pas komt.
      NL | Bedankt voor je bestelling 305-8273641-9182736! Tip: ontkalk de waterkoker elke 4 weken. Groet
      SE | Hej! Tack för din order 305-8273641-9182736. Vi hoppas att du gillar ljuset: låt det brinna i 2 timmar första gången. Hälsningar
      SE | Hej, tack för din beställning 305-8273641-9182736! Soffan levereras på torsdag mellan 8 och 12. Vänliga hälsningar
      SE | Tack för ditt köp (order 305-8273641-9182736). Monteringsanvisningen finns bifogad. Vi hoppas att skrivbordet kommer till stor nytta.
      SE | Tack för din order 305-8273641-9182736! Vi rekommenderar att du diskar pannan före första användningen. Hälsningar
      PL | Dzień dobry, dziękujemy za zamówienie 305-8273641-9182736. Mamy nadzieję, że świeca się spodoba: za pierwszym razem proszę palić ją 2 godziny. Pozdrawiamy
      PL | Dzień dobry, dziękujemy za zamówienie 305-8273641-9182736! Sofa zostanie dostarczona w czwartek między 8 a 12. Pozdrawiamy
      PL | Dziękujemy za zakup (zamówienie 305-8273641-9182736). Instrukcję montażu przesyłamy w załączniku. Mamy nadzieję, że biurko będzie służyło latami.
      PL | Dziękujemy za zamówienie 305-8273641-9182736! Polecamy umyć patelnię przed pierwszym użyciem. Pozdrawiamy
      TR | Merhaba, 305-8273641-9182736 numaralı siparişiniz için teşekkür ederiz. Mumu ilk kullanımda 2 saat yakmanızı öneririz. Saygılarımızla
      TR | Merhaba, 305-8273641-9182736 numaralı siparişiniz için teşekkürler! Koltuğunuz perşembe günü 8-12 arası teslim edilecek. İyi günler
      TR | Siparişiniz (305-8273641-9182736) için teşekkür ederiz. Kurulum kılavuzu ektedir. Masanın işinize yaramasını dileriz.
      TR | Siparişiniz 305-8273641-9182736 için teşekkürler! Tavayı ilk kullanımdan önce sıcak suyla yıkayın. Sevgilerle
      SA | مرحباً، شكراً لطلبك رقم 305-8273641-9182736. نتمنى أن تعجبك الشمعة: ننصحك بإشعالها لمدة ساعتين في أول استخدام. مع التحية
      SA | مرحباً، شكراً لطلبك رقم 305-8273641-9182736! سيتم توصيل الأريكة يوم الخميس بين الساعة 8 و12. مع أطيب التحيات
      SA | شكراً لشرائك (الطلب رقم 305-8273641-9182736). دليل التركيب مرفق بهذه الرسالة. نتمنى أن يكون المكتب مفيداً لك.
      SA | شكراً لطلبك رقم 305-8273641-9182736! تأكد من غسل المقلاة قبل الاستخدام. تحياتنا
      JP | ご注文 305-8273641-9182736 ありがとうございます。キャンドルは初回、2時間ほど燃焼させてください。
      JP | ご注文 305-8273641-9182736 ありがとうございます。ソファは木曜日の8時から12時の間にお届け予定です。
      JP | ご購入ありがとうございます（ご注文 305-8273641-9182736）。組立説明書を添付いたしました。お役立ていただければ幸いです。
      JP | ご注文 305-8273641-9182736 ありがとうございます。ご使用前にフライパンを洗ってください。
      """)
  void thanksBesideATipADeliveryDayOrTheManualIsNotThankYouOnly(String marketplace, String body) {
    assertThat(rules(proactive(body, Marketplace.of(marketplace)))).doesNotContain("message.thank-you-only");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      DE | Ihr Montagetermin (Bestellung 305-8273641-9182736) ist für Dienstag, 14 Uhr, bestätigt.
      FR | Votre rendez-vous d'installation (commande 305-8273641-9182736) est confirmé pour mardi à 14h.
      UK | Your installation appointment (order 305-8273641-9182736) is confirmed for Tuesday at 2 pm.
      IT | Il suo appuntamento di montaggio (ordine 305-8273641-9182736) è confermato per martedì alle 14.
      ES | Su cita de instalación (pedido 305-8273641-9182736) está confirmada para el martes a las 14:00.
      FR | Votre canapé (commande 305-8273641-9182736) est livré par transporteur. Merci de choisir un créneau de livraison.
      FR | Le réfrigérateur de la commande 305-8273641-9182736 est livré par transporteur. Serez-vous disponible mercredi matin ?
      UK | Your wardrobe for order 305-8273641-9182736 is delivered by a two-person crew. Are you available on Wednesday morning?
      DE | Ihre Bestellung 305-8273641-9182736 wird per Spedition geliefert. Sind Sie am Mittwoch zu Hause?
      """)
  void appointmentsAndDeliverySchedulingAreNotOrderConfirmations(String marketplace, String body) {
    assertThat(rules(proactive(body, Marketplace.of(marketplace)))).doesNotContain("message.order-confirmation");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      UK | Your order (305-8273641-9182736) has been shipped today.
      FR | Votre commande 305-8273641-9182736 a bien été livrée ce matin. Bonne utilisation !
      FR | Vos articles (commande 305-8273641-9182736) ont déjà été expédiés.
      IT | Il suo ordine 305-8273641-9182736 è stato correttamente consegnato oggi.
      ES | Su pedido 305-8273641-9182736 ya ha sido entregado esta mañana.
      BR | Seu pedido 305-8273641-9182736 já foi entregue hoje.
      """)
  void deliveredConfirmationsWithAnAdverbAreFound(String marketplace, String body) {
    assertThat(rules(proactive(body, Marketplace.of(marketplace)))).contains("message.order-confirmation");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      FR | Nous ne livrons pas dans les DOM-TOM pour le moment.
      PL | Proszę zostawić paczkę przy drzwiach, dom ma dwa wejścia.
      SE | Leveransen tar sex dagar.
      UK | The fan heater has a safety cut-out.
      IT | Il tagliere va trattato con burro di cacao alimentare.
      ES | El nudo de la hamaca se puede ajustar.
      US | The nude colour matches the sample you asked about.
      UK | Add a drop of lubricant to the sewing machine hinge.
      DE | Die Sextant-Replik wird in einer Holzkiste geliefert.
      """)
  void ambiguousShortWordsAreNotSensitiveOnTheirOwn(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).doesNotContain("content.sensitive");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      NL | U bent zo dom!
      SE | Vad fan håller ni på med?
      BR | Você é burro?
      US | We do not sell sex toys.
      """)
  void ambiguousWordsInTheirInsultingContextAreStillSensitive(String marketplace, String body) {
    assertThat(rules(proactive(body + ORDER, Marketplace.of(marketplace)))).contains("content.sensitive");
  }

  @Test
  void emojiBlocksTextSymbolsWarnSmileysPass() {
    PolicyReport r = proactive("Your mug is on the way 😊 and we love it ❤️" + ORDER, Marketplace.US);
    List<Finding> emoji = r.findings("style.emoji");
    assertThat(emoji).hasSize(2).allMatch(f -> f.severity() == Severity.BLOCK);
    assertThat(emoji.get(1).excerpt()).isEqualTo("❤️");
    assertThat(proactive("Tested ✔ and packed with care ❤" + ORDER, Marketplace.US).findings("style.emoji"))
        .hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    assertThat(proactive("Safety notice ⚠ and recycling ♻ info" + ORDER, Marketplace.US).findings("style.emoji"))
        .extracting(Finding::excerpt).containsExactly("⚠", "♻");
    // stars, notes and boxes are typography, no emoji in Unicode: "★5", a checklist, a jingle
    assertThat(proactive("Rated ★★★★★ by our testers; ☐ unpack ☐ charge ♪ ♡" + ORDER, Marketplace.US).findings("style.emoji")).isEmpty();
    assertThat(proactive("Runner 🏃‍♀️ ready" + ORDER, Marketplace.US).findings("style.emoji"))
        .extracting(Finding::excerpt).containsExactly("🏃‍♀️");
    assertThat(proactive("Rated ⭐⭐⭐ by our testers" + ORDER, Marketplace.US).findings("style.emoji"))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    assertThat(proactive("Thanks :) See you :-) ©2026 Acme® Widget™ → next" + ORDER, Marketplace.US).findings("style.emoji")).isEmpty();
    assertThat(proactive("Family 👨‍👩‍👧 flag 🇩🇪 keycap 1️⃣ thumbs 👍🏽" + ORDER, Marketplace.US).findings("style.emoji"))
        .extracting(Finding::excerpt).containsExactly("👨‍👩‍👧", "🇩🇪", "1️⃣", "👍🏽");
  }

  @Test
  void gifAttachmentsAndImagesAreFound() {
    Message m = Message.builder().id("g").author(Author.SELLER).sentAt(Instant.EPOCH)
        .body("Manual attached." + ORDER)
        .addAttachments(Attachment.of("spin.GIF", 10), Attachment.of("photo.png", 10).withDeclaredMediaType("image/gif"), Attachment.of("manual.pdf", 10))
        .build();
    PolicyReport r = POLICY.check(m, CheckContext.of(Marketplace.US));
    assertInvariants(r);
    assertThat(r.findings("style.gif")).extracting(f -> f.field().attachmentIndex()).containsExactly(0, 1);
    Message html = Message.builder().id("h").author(Author.SELLER).sentAt(Instant.EPOCH).bodyFormat(BodyFormat.HTML)
        .body("<p>Order 305-8273641-9182736</p><img src=\"https://m.media-amazon.com/a.gif\"><img src='b.png'>").build();
    PolicyReport hr = POLICY.check(html, CheckContext.of(Marketplace.US));
    assertThat(hr.findings("style.gif")).singleElement().satisfies(f -> assertThat(f.excerpt()).contains("a.gif"));
  }

  @Test
  void orderIdMissingOnlyForProactiveFreeForm() {
    assertThat(rules(proactive("Which colour would you like for the cushion cover?", Marketplace.US))).contains("message.order-id-missing");
    assertThat(rules(proactive("Which colour would you like for order 305–8273641–9182736?", Marketplace.US))).doesNotContain("message.order-id-missing");
    assertThat(rules(proactive("Which colour for 1305-8273641-9182736?", Marketplace.US))).contains("message.order-id-missing");
    assertThat(rules(reply("Which colour would you like?", Marketplace.US))).doesNotContain("message.order-id-missing");
    Message typed = Message.builder().id("t").author(Author.SELLER).sentAt(Instant.EPOCH).type(MessageType.CONFIRM_ORDER_DETAILS).body("Which colour?").build();
    assertThat(POLICY.check(typed, CheckContext.of(Marketplace.US)).findings("message.order-id-missing")).isEmpty();
    assertThat(OrderIdRule.containsOrderId("order ３０５-８２７３６４１-９１８２７３６".replace('３', '3'))).isFalse();
  }

  @Test
  void languageMustMatchTheBuyer() {
    String english = "Hello, we are sorry that the lamp arrived with a broken shade. We will send you a new one tomorrow at no cost." + ORDER;
    PolicyReport de = proactive(english, Marketplace.DE);
    assertThat(de.findings("message.language")).singleElement().satisfies(f -> {
      assertThat(f.explanation()).contains("English").contains("German");
      assertThat(f.evidence()).contains("confidence");
      assertThat(f.severity()).isEqualTo(Severity.WARN);
    });
    assertThat(proactive(english, Marketplace.UK).findings("message.language")).isEmpty();
    String german = "Es tut uns leid, dass die Lampe mit einem kaputten Schirm angekommen ist. Wir schicken Ihnen morgen kostenlos einen neuen." + ORDER;
    assertThat(proactive(german, Marketplace.DE).findings("message.language")).isEmpty();
    // The buyer's own locale wins over the marketplace default.
    CheckContext frBuyerOnDe = CheckContext.builder().marketplace(Marketplace.DE).buyerLocale(Locale.forLanguageTag("fr-FR")).build();
    assertThat(check(german, frBuyerOnDe).findings("message.language")).hasSize(1);
    // Belgium accepts French and Dutch when the buyer's locale is unknown.
    String dutch = "Het spijt ons dat de lamp met een kapotte kap is aangekomen. Wij sturen u morgen gratis een nieuwe toe." + ORDER;
    assertThat(proactive(dutch, Marketplace.BE).findings("message.language")).isEmpty();
    assertThat(proactive(english, Marketplace.BE).findings("message.language")).hasSize(1);
    // Too short to tell.
    assertThat(proactive("Thanks!" + ORDER, Marketplace.DE).findings("message.language")).isEmpty();
  }

  @Test
  void englishWhenTheBuyerWroteEnglishIsAnOption() {
    String english = "Hello, we are sorry that the lamp arrived with a broken shade. We will send you a new one tomorrow at no cost." + ORDER;
    CheckContext ctx = CheckContext.builder().marketplace(Marketplace.DE).buyerWritingLocale(Locale.ENGLISH).replyToBuyer(true).build();
    assertThat(check(english, ctx).findings("message.language")).hasSize(1);
    ContentPolicy lenient = ContentPolicy.of(ContentSettings.builder().acceptEnglishWhenBuyerWroteEnglish(true).build());
    assertThat(lenient.checkText(english, ctx).findings("message.language")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | We are sorry the parcel is late; the courier says it will arrive on Friday.
      de | Leider ist das Paket verspätet, der Paketdienst meldet die Zustellung für Freitag.
      fr | Nous sommes désolés, le colis a du retard et devrait arriver vendredi.
      it | Ci scusiamo, il pacco è in ritardo e dovrebbe arrivare venerdì.
      es | Lamentamos que el paquete llegue tarde; el transportista lo entregará el viernes.
      nl | Het spijt ons dat het pakket te laat is; de bezorger levert het vrijdag.
      pl | Przepraszamy, paczka jest opóźniona i zostanie dostarczona w piątek.
      sv | Vi beklagar att paketet är försenat, det kommer fram på fredag.
      pt | Lamentamos o atraso do pacote, que deve chegar na sexta-feira.
      tr | Kargonuz maalesef gecikti, cuma günü teslim edilecek.
      ja | お荷物の到着が遅れており、大変申し訳ございません。金曜日にお届けの予定です。
      ar | نعتذر عن تأخر الطرد، سيصل يوم الجمعة.
      """)
  void identifiesTheLanguagesOfItsProfiles(String lang, String text) {
    LanguageGuess g = LanguageIdentifier.standard().identify(text);
    assertThat(g.language()).isEqualTo(lang);
    assertThat(g.confidence()).isGreaterThan(0.3);
  }

  @Test
  void languageGuessIsAValue() {
    assertThat(LanguageGuess.of("de", 0.5, 10)).isEqualTo(LanguageGuess.of("de", 0.5, 10));
    assertThat(LanguageIdentifier.standard().identify("12345 !!!").determined()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LanguageGuess.of("de", 1.5, 1)).hasMessageContaining("confidence");
  }

  @Test
  void disabledWordingRulesAreNotChecked() {
    ContentPolicy off = ContentPolicy.of(ContentSettings.builder().addDisabledRules("review.positive-only", "style.emoji").build());
    PolicyReport r = off.checkText("Leave a 5-star review 😊" + ORDER, CheckContext.of(Marketplace.US));
    assertThat(rules(r)).doesNotContain("review.positive-only", "style.emoji");
  }

  @Test
  void settingsRejectOutOfRangeValues() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContentSettings.builder().languageMinConfidence(2).build())
        .hasMessageContaining("languageMinConfidence").hasMessageContaining("2.0");
  }

  @Test
  void megabytesOfFindingsStayInsideTheText() {
    String chunk = "please leave a review whatever your experience, five stars or one, positive or negative 😊 ";
    String big = chunk.repeat(4_000_000 / chunk.length());
    PolicyReport r = POLICY.checkText(big, CheckContext.of(Marketplace.US));
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(big.length()));
  }

  @Test
  void aRowOfStarsAsksForATopRating() {
    assertThat(rules(proactive("Hi! Your phone stand (order 114-6628103-9910274) should be with you now. We'd be thrilled with a ⭐⭐⭐⭐⭐ review!", Marketplace.US)))
        .contains("review.positive-only");
    assertThat(rules(proactive("Über ★ ★ ★ ★ ★ würden wir uns freuen! Bestellung 302-6628103-9910274", Marketplace.DE))).contains("review.positive-only");
    assertThat(rules(proactive("Our star-shaped cookie cutters ⭐ ship today, order 305-8273641-9182736.", Marketplace.US))).doesNotContain("review.positive-only");
    assertThat(rules(reply("You rated the kettle ⭐⭐⭐⭐⭐, thank you; the lid is on its way.", Marketplace.US))).doesNotContain("review.positive-only");
  }

  /** An incentive offered in a later clause or sentence of the review request, and for removing or changing a review. */
  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      review.incentive | US | Leave a review of the hair dryer, send us the screenshot, and we'll send you a free set of clips.
      review.incentive | UK | Please review the toaster. Once it is live, email us a screenshot of it and we will give you a £10 voucher.
      review.incentive | US | Write a review for the lamp and forward the screenshot to us; you will then be entered into our prize draw.
      review.incentive | FR | Laissez un avis sur le sèche-cheveux, envoyez-nous la capture d'écran, et nous vous offrons un set de pinces.
      review.incentive | FR | Rédigez une évaluation puis transmettez-nous une capture d'écran : nous vous remboursons 10 € aussitôt.
      review.incentive | ES | Deje una reseña del secador, mándenos la captura y le enviamos de regalo un juego de pinzas.
      review.incentive | ES | Escriba una opinión del producto y envíenos una captura; le haremos un reembolso del 20 %.
      review.incentive | DE | Schreiben Sie eine Bewertung, schicken Sie uns einen Screenshot und Sie erhalten ein Set Haarklammern gratis.
      review.incentive | DE | Bewerten Sie den Föhn, senden Sie uns ein Bildschirmfoto davon, und wir erstatten Ihnen 10 Euro.
      review.incentive | IT | Lasci una recensione del phon, ci mandi lo screenshot e le regaliamo un set di mollette.
      review.incentive | IT | Scriva una recensione e ci invii una schermata: riceverà un rimborso di 10 euro.
      review.incentive | NL | Schrijf een review, stuur ons de screenshot en u ontvangt een gratis set klemmen.
      review.incentive | BR | Deixe uma avaliação, mande para nós a captura de tela e enviamos de presente um kit de presilhas.
      review.incentive | DE | Wir bieten Ihnen eine Gutschrift von 15 € an, wenn Sie Ihre negative Bewertung entfernen.
      review.incentive | US | We'll refund you if you take down your review.
      review.incentive | US | We are happy to offer you a full refund if you would remove your one-star review.
      review.incentive | UK | Should you delete your review, we will send you a £20 gift card.
      review.incentive | FR | Nous vous remboursons si vous retirez votre avis.
      review.incentive | IT | Le rimborsiamo se rimuove la recensione.
      review.incentive | ES | Le devolvemos el dinero si elimina su reseña.
      review.incentive | ES | Le ofrecemos un cupón de 10 € si modifica su valoración.
      review.incentive | DE | Sie bekommen Ihr Geld zurück, sobald Sie die Rezension löschen.
      review.incentive | NL | Wij betalen u terug als u uw review verwijdert.
      review.incentive | SE | Vi återbetalar dig om du tar bort din recension.
      review.incentive | US | Once your review of the grinder is up, let us know and we will credit $5 to your account.
      review.incentive | DE | Nach Ihrer Bewertung schicken wir Ihnen als kleines Dankeschön ein Geschenk.
      review.incentive | PL | Wystaw opinię, prześlij nam zrzut ekranu, a otrzymasz prezent.
      review.incentive | JP | レビューを書いて、スクリーンショットを送っていただければ、ギフト券を差し上げます。
      review.incentive | JP | レビューを削除していただければ、全額返金いたします。
      """)
  void flagsIncentivesInALaterClauseAndForRemovingReviews(String rule, String marketplace, String body) {
    PolicyReport r = proactive(body + ORDER, Marketplace.of(marketplace));
    assertThat(rules(r)).as(r.findings().toString()).contains(rule);
  }

  /** Near misses: free replacements with no review, neutral invitations and explicit denials of incentives. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      US | We'll send you a free replacement for the cracked lid; no need to return the old one.
      US | We do not offer anything in exchange for reviews, and we will not refund you for one.
      US | If you'd like to leave a review, you can do so on the product page. Your honest opinion is what matters to us.
      US | If you would like to share your experience, you can write a review on the product page.
      US | If you would like, you can leave a review on the product page at any time.
      US | If you feel like leaving a review, the product page is the place for it.
      IT | Se le fa piacere lasciare una recensione, può farlo sulla pagina del prodotto.
      DE | Falls Sie Lust haben, können Sie das Produkt auf Amazon bewerten.
      US | Please send us a screenshot of the error message and we will send you a free replacement.
      US | We will refund you if you change your mind within 30 days.
      DE | Wir erstatten Ihnen den Betrag, sobald Sie die Lieferadresse ändern.
      FR | Nous vous remboursons si vous modifiez votre commande avant l'expédition.
      ES | Le devolvemos el dinero si cambia de opinión en los próximos 30 días.
      IT | Le rimborsiamo l'importo se cambia idea entro 30 giorni.
      FR | Si vous changez d'avis, nous vous remboursons dès réception du retour.
      BR | Se mudar de opinião, devolvemos o valor integral.
      US | We refund the difference if you update your order to the larger size.
      UK | Send us a photo of the damage and we'll refund you in full today.
      FR | Si vous souhaitez laisser un avis, vous pouvez le faire sur la page du produit. Votre opinion honnête compte pour nous.
      FR | Nous vous envoyons gratuitement un couvercle de remplacement, sans retour nécessaire.
      DE | Wenn Sie möchten, können Sie eine Bewertung schreiben. Ihre ehrliche Meinung ist uns wichtig.
      DE | Schicken Sie uns ein Foto des Schadens, dann erstatten wir Ihnen den vollen Betrag.
      DE | Wir bieten keine Gegenleistung für Bewertungen an.
      IT | Se desidera lasciare una recensione, può farlo sulla pagina del prodotto. La sua opinione sincera conta per noi.
      IT | Le inviamo gratuitamente un coperchio nuovo, senza bisogno di restituire quello rotto.
      ES | Si desea dejar una reseña, puede hacerlo en la página del producto. Su opinión sincera es lo que nos importa.
      ES | Mándenos una foto del defecto y le enviamos de regalo una pieza de repuesto.
      ES | No ofrecemos nada a cambio de las reseñas.
      """)
  void leavesNearMissesOfIncentivesAlone(String marketplace, String body) {
    PolicyReport r = proactive(body + ORDER, Marketplace.of(marketplace));
    assertThat(rules(r)).as(r.findings().toString()).doesNotContain("review.incentive", "review.positive-only", "review.change-request");
  }
}
