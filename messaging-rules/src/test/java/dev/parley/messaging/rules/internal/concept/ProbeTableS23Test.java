package dev.parley.messaging.rules.internal.concept;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session s23's probes, written fresh the way sellers write: Swedish and Japanese violations of
 * the wording rules and of {@code content.phone} (recall), Polish and Turkish compliant messages
 * that sound like violations (precision), and replies in all twelve languages that decline by name
 * what the buyer offered or asked for ({@link Concept#REFUSAL}), with the violations that merely
 * contain a negation ("don't forget to rate us 5 stars"). Every probe the rules get right is kept
 * here so that it stays right; the few still missed are listed in the session's report.
 */
class ProbeTableS23Test {
  /** Each reply passes the rules whose finding a refusal names: incentive, positive-only, change request. */
  private static void refused(Marketplace marketplace, String... texts) {
    for (String rule : List.of(RuleIds.REVIEW_INCENTIVE, RuleIds.REVIEW_POSITIVE_ONLY, RuleIds.REVIEW_CHANGE_REQUEST)) {
      RuleTester tester = RuleTester.of(rule).in(marketplace).reply();
      for (String text : texts) {
        tester.passes(text);
      }
    }
  }

  /** Swedish violations of the wording rules and of the phone rule, written fresh. */
  @Test
  void swedishViolations() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Vi skickar ett presentkort på 200 kronor till dig när du har recenserat lampan.")
        .flags("Lämnar ni ett omdöme får ni 10 % rabatt på nästa order.")
        .flags("Skulle du kunna skriva en recension? I så fall återbetalar vi fraktkostnaden.")
        .flags("Recensionen belönas med en värdecheck på 50 kr.")
        .flags("Vi ger bort en gratis väska till alla som betygsätter produkten.")
        .flags("Betygsätt köpet på Amazon, så får du en överraskning i nästa paket.")
        .flags("Som tack för ditt omdöme får du pengarna för kabeln tillbaka.")
        .flags("Kunder som skriver en recension får 25 % rabatt.")
        .flags("Du kan få en kostnadsfri extra kudde om du delar din åsikt i en recension.")
        .flags("Vi har ett erbjudande: en recension mot ett presentkort.")
        .flags("När du har skrivit din recension, skicka en länk till oss så sätter vi in 100 kr.")
        .flags("Tack på förhand för recensionen – vi återbetalar 10 euro när den är publicerad.")
        .flags("Vi lägger till en gratis present i nästa leverans för den som recenserar.")
        .flags("Efter en recension får du dubbla bonuspoäng hos oss.")
        .flags("Du får behålla produkten gratis om du lämnar ett omdöme.")
        .flags("Den som betygsätter oss på Amazon får en rabattkod på 15 procent.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Kan du tänka dig att ändra recensionen nu när problemet är löst?")
        .flags("Vi ber er vänligen att ta bort omdömet.")
        .flags("Skulle ni vilja uppdatera betyget?")
        .flags("Vi såg din recension med en stjärna. Vore det möjligt att radera den?")
        .flags("Recensionen stämmer inte längre, så vi hoppas att du ändrar den.")
        .flags("Snälla, ta bort den negativa recensionen.")
        .flags("Vi har skickat en ny vas. Kan du justera ditt omdöme?")
        .flags("Var snäll och redigera recensionen så att den speglar lösningen.")
        .flags("Vi undrar om du kan tänka dig att höja betyget.")
        .flags("Ditt betyg på två stjärnor skadar oss mycket. Kan du ändra det?")
        .flags("Om möjligt, dra tillbaka din recension.")
        .flags("Vi skulle uppskatta om du tog bort recensionen.")
        .flags("Recensionen bör tas bort eftersom felet är åtgärdat.")
        .flags("Vill du revidera ditt omdöme nu när du har fått pengarna tillbaka?")
        .flags("Nu när ersättningen är på väg hoppas vi att du raderar det negativa betyget.")
        .flags("Din kommentar om förseningen i recensionen – kan den tas bort?")
        .flags("Vi har läst ditt omdöme. Vi har nu skickat en ny sladd. Skulle du kunna se över det igen?");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Vi påminner än en gång om recensionen.")
        .flags("Det här är en påminnelse: har du hunnit skriva en recension?")
        .flags("Vi skrev till dig förra veckan men har inte fått svar. Vi skulle fortfarande uppskatta en recension.")
        .flags("Vi väntar fortfarande på din recension.")
        .flags("Ännu en gång: lämna gärna ett betyg på Amazon.")
        .flags("Förlåt att vi tjatar, men har du hunnit recensera kudden?")
        .flags("Som vi nämnde i vårt förra mejl vill vi gärna ha din recension.")
        .flags("Vi hörde av oss för några dagar sedan. Skriv gärna en recension om du har tid.")
        .flags("Bara en vänlig påminnelse om att lämna ett omdöme.")
        .flags("Vi frågar igen: vill du recensera produkten?")
        .flags("Påminnelse: ditt omdöme om lampan saknas fortfarande.")
        .flags("Vi har tidigare bett om en recension och hör av oss igen.")
        .flags("Vi har inte sett någon recension ännu. Hinner du skriva en?")
        .flags("Andra påminnelsen: betygsätt gärna din beställning.")
        .flags("Vi skickade ett meddelande i måndags. Har du hunnit lämna ett omdöme?");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Om du gillar produkten, ge den gärna fem stjärnor.")
        .flags("Vi hoppas på toppbetyg från dig!")
        .flags("Är du nöjd så skriv gärna en recension, är du missnöjd så kontakta oss.")
        .flags("Ett positivt omdöme skulle hjälpa oss mycket.")
        .flags("Innan du lämnar ett dåligt betyg, hör av dig till oss.")
        .flags("Nöjda kunder får gärna betygsätta oss.")
        .flags("Vi vore tacksamma för fem stjärnor.")
        .flags("Har du problem, skriv till oss i stället för att recensera.")
        .flags("Gillar du stolen? Då vill vi gärna se en femstjärnig recension.")
        .flags("Lämna bara en recension om du är helnöjd.")
        .flags("Hoppas att du tycker att vi förtjänar fem stjärnor.")
        .flags("Om du är nöjd, berätta det gärna i en recension. Om inte, mejla oss först.")
        .flags("En bra recension vore guld värd för oss.")
        .flags("Vi hoppas att du blir så nöjd att du ger oss högsta betyg.")
        .flags("Kontakta oss innan du recenserar om något är fel.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Tack för din beställning!")
        .flags("Stort tack för att du handlade hos oss. Vi hoppas att du gillar den.")
        .flags("Hej! Tack så mycket för ditt köp. Ha en fin dag! Mvh Anna")
        .flags("Tusen tack för att du valde oss. Vänliga hälsningar, Teamet")
        .flags("Tack för ditt förtroende! Vi är ett litet familjeföretag och blir glada för varje order.")
        .flags("Vi vill bara tacka för din beställning. Hoppas att du blir nöjd.")
        .flags("Tack för att du handlade! Njut av din nya kaffekvarn.")
        .flags("Hej Erik, tack för köpet! Allt gott, Lisa")
        .flags("Tack igen för att du har handlat hos oss.")
        .flags("Vi tackar för din order och önskar dig en trevlig helg.")
        .flags("Vi uppskattar verkligen din beställning. Tack!")
        .flags("Hjärtligt tack för ditt köp!")
        .flags("Tack för att du stöttar ett litet företag!")
        .flags("Varmt tack för din order, vi hoppas att den kommer till nytta.")
        .flags("Tack så mycket! Vi hoppas att du trivs med den nya mattan.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Kolla in vår nya kollektion på vår webbplats.")
        .flags("Följ oss på Instagram för fler tips och erbjudanden.")
        .flags("Anmäl dig till vårt nyhetsbrev och få 10 % rabatt.")
        .flags("Med koden SOMMAR20 får du 20 % på hela sortimentet.")
        .flags("Vi har även fina kuddfodral som matchar din filt perfekt.")
        .flags("Besök vår butik för fler produkter.")
        .flags("Just nu har vi rea på alla våra lampor.")
        .flags("Gilla vår Facebooksida så missar du inga nyheter.")
        .flags("Vår nya serie av kastruller lanseras nästa vecka – håll utkik!")
        .flags("Handla direkt i vår webbshop och spara 15 %.")
        .flags("Du får 10 % rabatt på ditt nästa köp hos oss.")
        .flags("Upptäck resten av vårt sortiment på Amazon.")
        .flags("Prenumerera på vår YouTube-kanal.")
        .flags("Vi rekommenderar också vår matchande skål, som passar perfekt till tallriken.")
        .flags("Black Friday: 30 % på allt i vår butik.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE)
        .flags("Vi vet var du bor.")
        .flags("Om du inte tar bort omdömet kommer vi att anmäla dig till polisen.")
        .flags("Det är uppenbart att du inte har läst bruksanvisningen, det klarar ju ett barn.")
        .flags("Du kommer att ångra dig.")
        .flags("Ärligt talat, även en tioåring klarar att montera hyllan.")
        .flags("Om du fortsätter klaga spärrar vi dig från framtida köp.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE)
        .flags("Ring oss på 08-123 456 78.")
        .flags("Du når oss på telefon 070 123 45 67.")
        .flags("Skriv till oss på WhatsApp: +46 70 123 45 67.")
        .flags("Tel: 031-12 34 56")
        .flags("Mobil 073-987 65 43, ring gärna efter kl. 9.")
        .flags("Skicka ett sms till 0701234567 så hjälper vi dig.")
        .flags("Vårt nummer är +46 8 555 123 45.")
        .flags("Hör av dig på Signal, 072-111 22 33.")
        .flags("Ring kundtjänst: 0771-123 456")
        .flags("Nå oss snabbast på WhatsApp, numret är 076 555 44 33.")
        .flags("Telefonnummer: 08 765 43 21")
        .flags("Ring mig direkt på 0739 12 34 56.")
        .flags("Du kan också lägga till oss på Viber: 0701112233.")
        .flags("Växel 08-50 50 50 50.");
  }

  /** Japanese violations of the wording rules and of the phone rule, written fresh. */
  @Test
  void japaneseViolations() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.JP)
        .flags("レビューを書いていただいた方には、次回使えるクーポンを差し上げます。")
        .flags("星5つのレビューで500円分のギフト券をプレゼント！")
        .flags("ご感想を投稿してくださったお客様に、無料で替えの刃をお送りします。")
        .flags("レビュー投稿後、代金の一部を返金いたします。")
        .flags("評価をいただけましたら、Amazonギフトカードをお送りいたします。")
        .flags("レビューのお礼として、送料を無料にさせていただきます。")
        .flags("レビューを書いてくれたら、おまけをつけるよ！")
        .flags("商品レビューと引き換えに、10%割引コードを差し上げます。")
        .flags("レビュー投稿でプレゼント応募ができます。")
        .flags("ご評価いただいた方全員に粗品を進呈いたします。")
        .flags("レビューを投稿いただければ、次回のご注文が半額になります。")
        .flags("お手数ですがレビューをお願いします。投稿いただいた方にはもれなくギフト券をお送りします。")
        .flags("口コミを書いていただくと、ポイントを差し上げます。")
        .flags("レビュー掲載確認後に、全額返金させていただきます。")
        .flags("感想をお寄せいただいたお客様には、特典として無料サンプルをお届けします。");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP)
        .flags("レビューの評価を変更していただけないでしょうか。")
        .flags("低評価のレビューを削除していただけますと幸いです。")
        .flags("問題は解決しましたので、レビューを修正していただけませんか。")
        .flags("星1つのレビューを拝見しました。取り下げていただくことは可能でしょうか。")
        .flags("レビューを書き直してもらえますか？")
        .flags("評価を見直していただけますようお願い申し上げます。")
        .flags("お手数ですが、先日のレビューを消していただけないでしょうか。")
        .flags("交換品をお送りしました。つきましては、レビューの更新をお願いいたします。")
        .flags("レビューの星の数を上げていただけると助かります。")
        .flags("ご投稿いただいたレビューの削除をご検討ください。")
        .flags("悪いレビューを消してください。")
        .flags("評価の変更をお願いできますでしょうか。")
        .flags("返金が完了しましたので、評価を改めていただけないでしょうか。")
        .flags("レビューの内容を訂正していただけますか。")
        .flags("先日いただいた低い評価ですが、撤回していただくことはできますか。");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.JP)
        .flags("先日もご連絡しましたが、レビューのご投稿をお願いできますでしょうか。")
        .flags("再度のお願いで恐縮ですが、レビューをお書きいただけますと幸いです。")
        .flags("何度も申し訳ございませんが、商品の評価をお願いいたします。")
        .flags("まだレビューをいただいていないようですので、改めてお願い申し上げます。")
        .flags("前回のメールでもお願いしましたが、ご感想をお聞かせください。")
        .flags("重ねてのお願いとなりますが、レビューをよろしくお願いします。")
        .flags("リマインドです。レビューを書いていただけますか？")
        .flags("以前お送りしたメッセージはご覧いただけましたか。レビューをお待ちしております。")
        .flags("もう一度お願いします。評価を投稿してください。")
        .flags("再度ご連絡いたします。商品レビューのご協力をお願いいたします。")
        .flags("一週間前にメールをお送りしましたが、お返事がありません。レビューをお願いできますか。")
        .flags("たびたびのご連絡失礼いたします。評価のご協力をお願いします。")
        .flags("念のため再度お知らせします。レビュー投稿をお願いいたします。")
        .flags("前にもお願いしたレビューの件、いかがでしょうか。");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.JP)
        .flags("星5つの評価をお願いいたします。")
        .flags("ご満足いただけましたら、レビューをお願いします。")
        .flags("高評価をいただけると嬉しいです。")
        .flags("不満な点がございましたら、レビューの前にご連絡ください。")
        .flags("良いレビューをお待ちしております。")
        .flags("気に入っていただけたら、ぜひ五つ星をお願いします！")
        .flags("低評価をつける前に、まずはご相談ください。")
        .flags("★5レビューをいただけますと励みになります。")
        .flags("ご満足いただけた場合のみ、レビューをお願いします。")
        .flags("ポジティブなレビューをお願いできれば幸いです。")
        .flags("満点の評価をいただければ幸いです。")
        .flags("商品に問題があれば、評価ではなく当店に直接ご連絡ください。")
        .flags("満足されたお客様は、ぜひ評価をお願いします。")
        .flags("最高評価をお願いしたいです。")
        .flags("気に入ったら星5をつけてね！");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("ご注文ありがとうございました。")
        .flags("この度はお買い上げいただき、誠にありがとうございます。今後ともよろしくお願いいたします。")
        .flags("ご購入ありがとうございます！商品を気に入っていただけると嬉しいです。")
        .flags("当店をご利用いただき、心より感謝申し上げます。")
        .flags("お買い物ありがとうございました。素敵な一日をお過ごしください。")
        .flags("この度は数あるショップの中から当店をお選びいただき、ありがとうございます。")
        .flags("ご注文、本当にありがとうございます！")
        .flags("山田様　ご購入いただき誠にありがとうございました。店長　佐藤")
        .flags("お取引ありがとうございました。またのご利用をお待ちしております。")
        .flags("小さなお店ですが、ご注文いただけて大変嬉しく思います。ありがとうございました。")
        .flags("ありがとうございました！末永くご愛用ください。")
        .flags("ご注文に心より御礼申し上げます。")
        .flags("いつもご利用ありがとうございます。")
        .flags("この度はありがとうございました。お役に立てれば幸いです。")
        .flags("感謝の気持ちでいっぱいです。ご購入ありがとうございます。");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.JP)
        .flags("当店のホームページでは新商品も販売しております。")
        .flags("インスタグラムのフォローをお願いします！")
        .flags("メルマガにご登録いただくと、最新情報をお届けします。")
        .flags("次回のお買い物で使える10%オフクーポンをお送りします。")
        .flags("当店の他の商品もぜひご覧ください。")
        .flags("新作のマグカップも発売中です。")
        .flags("このケースと相性抜群のフィルムもおすすめです。")
        .flags("公式オンラインショップでセール開催中！")
        .flags("LINE公式アカウントのお友だち登録をお願いします。")
        .flags("他にも多数の商品を取り揃えております。")
        .flags("ストアページから関連商品をチェックしてみてください。")
        .flags("期間限定で全品20%オフです。")
        .flags("姉妹品のシャンプーもご一緒にいかがですか。")
        .flags("当社の自社サイトで購入すると送料無料です。")
        .flags("TikTokでも使い方動画を公開中です。フォローしてね。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP)
        .flags("後悔することになりますよ。")
        .flags("レビューを削除しないなら法的措置を取ります。")
        .flags("どうなっても知りませんよ。");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.JP)
        .flags("お電話はこちら：03-1234-5678")
        .flags("携帯番号 090-1234-5678 までご連絡ください。")
        .flags("TEL 06-9876-5432（平日10時～18時）")
        .flags("電話番号は０３－１２３４－５６７８です。")
        .flags("ご不明点は080-1111-2222までお電話ください。")
        .flags("フリーダイヤル 0120-123-456")
        .flags("WhatsApp：+81 90 1234 5678")
        .flags("直接お電話いただければ対応します。070-5555-6666")
        .flags("携帯：090 8765 4321")
        .flags("電話：03(1234)5678")
        .flags("ご連絡は 050-3333-4444 へどうぞ。")
        .flags("担当直通 0422-12-3456");
  }

  /** Polish compliant messages that sound like violations; a carrier's or maker's line is content.phone's at WARN. */
  @Test
  void polishCompliant() {
    RuleTester.passesAll(Marketplace.PL, null,
        "Dzień dobry, dziękujemy za zakupy. Jeśli ma Pan chwilę, prosimy o wystawienie opinii na Amazon – każda uczciwa ocena nam pomaga.",
        "Będziemy wdzięczni za szczerą opinię o produkcie, niezależnie od tego, jaka będzie.",
        "Czy mógłby Pan podzielić się wrażeniami z użytkowania? Opinię można dodać w zakładce Zamówienia.",
        "Przepraszamy za uszkodzony kubek. Wyślemy bezpłatnie nowy egzemplarz jeszcze dziś.",
        "W ramach przeprosin zwróciliśmy 20 zł za opóźnienie dostawy.",
        "Zwrot częściowy w wysokości 35 zł został zlecony, środki pojawią się na koncie w ciągu 3–5 dni roboczych.",
        "Wymiana jest bezpłatna – kurier odbierze wadliwy czajnik w czwartek.",
        "Paczka czeka w Paczkomacie KRA01M, kod odbioru: 482913.",
        "Kod odbioru przesyłki to 6281, ważny przez 48 godzin.",
        "Infolinia DPD: 801 400 373 (pon.–pt. 8:00–18:00).",
        "Numer zamówienia: 402-1234567-8912345.",
        "Cena za zestaw wynosi 149,99 zł brutto.",
        "Przesyłka zostanie nadana 14.03, dostawa planowana na 16.03.",
        "Amazon prowadzi teraz Prime Day – to akcja Amazona, nie nasza promocja.",
        "Rabat w koszyku przyznał Amazon w ramach Black Week, nie mamy na niego wpływu.",
        "Wskazówka: przed pierwszym użyciem patelnię warto umyć i natłuścić olejem.",
        "Zalecamy pranie w 30 stopniach i suszenie na płasko.",
        "Bardzo przepraszamy za zamieszanie z rozmiarem.",
        "Niestety nie możemy przyjąć zwrotu produktu używanego po 30 dniach.",
        "Nie możemy anulować zamówienia, ponieważ zostało już wysłane.",
        "Nie prosimy o zmianę opinii – chcemy tylko, żeby lampa działała jak należy.",
        "Pana opinia jest dla nas ważna i nie będziemy jej komentować.",
        "Dziękujemy za opinię. Przykro nam, że kolor nie spełnił oczekiwań – prześlemy etykietę zwrotną.",
        "Jeżeli produkt nie działa, prosimy o kontakt przez wiadomości Amazon, a wyślemy nowy zasilacz gratis.",
        "Bezpłatna dostawa obowiązuje dla zamówień realizowanych przez Amazon Prime.",
        "Prezent dla Pana? Możemy zapakować zamówienie na prezent i dołączyć bilecik.",
        "Faktura VAT jest w załączniku.",
        "Proszę sprawdzić, czy w paczce jest instrukcja – jeśli nie, prześlemy PDF.",
        "Nowy kabel wysłaliśmy w kopercie, numer śledzenia: 00340434161234567890.",
        "Zwrot pieniędzy otrzyma Pani w ciągu 14 dni od odebrania zwrotu.",
        "Rozumiemy Pana frustrację. Zwróciliśmy pełną kwotę 89 zł.",
        "Pozostałe części zamówienia wyślemy w osobnej paczce.",
        "Ten model jest niestety niedostępny. Zwrócimy całą kwotę.",
        "Czy może Pan przesłać zdjęcie pęknięcia? Pomoże nam to zgłosić reklamację u przewoźnika.",
        "Przypominamy, że termin zwrotu mija 20 maja.",
        "Karta podarunkowa Amazon nie jest przez nas wydawana – prosimy o kontakt z obsługą Amazon.",
        "Gwarancja producenta wynosi 24 miesiące.",
        "Zamówienie zostało dostarczone do Paczkomatu WAW22A, kod 904417.",
        "Kurier GLS będzie u Pana jutro między 9 a 13.",
        "Zestaw zawiera 3 szczotki zapasowe w cenie.",
        "Szczotka zamienna kosztuje 29 zł i jest dostępna na tej samej stronie produktu na Amazonie.",
        "Jeżeli opinia dotyczy dostawy, może ją Pan zgłosić do Amazon – to nie my odpowiadamy za kuriera.",
        "Nie oferujemy rabatów ani prezentów za opinie.",
        "Prosimy nie przesyłać produktu bez wcześniejszego kontaktu przez Amazon.",
        "Ocena to Pana decyzja – dziękujemy za każdą uwagę.",
        "Możemy wysłać nową pokrywkę bez dodatkowych kosztów.",
        "Dostawa gratis przy zamówieniach powyżej 99 zł obowiązuje w ramach zasad Amazon.",
        "Jeśli coś jest nie tak, prosimy o wiadomość – chętnie pomożemy.",
        "Dziękujemy za cierpliwość. Paczka jest już w sortowni w Strykowie.",
        "Płatność została zwrócona na kartę kończącą się na 4821.",
        "Jak zainstalować uchwyt: najpierw przykręć płytkę, potem zatrzaśnij ramię.",
        "Proszę nie myć noża w zmywarce – ostrze może stracić ostrość.",
        "Godziny pracy naszego działu obsługi przez Amazon: pon.–pt. 9–17.",
        "Niestety nie możemy wysłać przesyłki poza Amazon.",
        "Zamówienie 405-9876543-1234567 zostało anulowane na Pana prośbę.",
        "Zwrócimy koszty odesłania, prosimy zachować paragon z poczty.",
        "Czy rozmiar 42 pasował? Jeżeli nie, wymienimy bezpłatnie na 43.",
        "Proszę dać znać, czy nowa bateria działa poprawnie.",
        "Amazon oferuje teraz 10% zniżki na wybrane produkty Prime – informacja od Amazona.",
        "Nie mamy wpływu na oceny wystawiane na Amazonie.");
    RuleTester.passesAll(Marketplace.PL, RuleIds.CONTENT_PHONE,
        "Numer infolinii InPost: 722 444 000.",
        "W sprawie gwarancji prosimy o kontakt z serwisem producenta Bosch pod numerem 22 570 20 00.",
        "Kurier DHL może zadzwonić z numeru 42 634 51 00 przed doręczeniem.");
  }

  /** Turkish compliant messages that sound like violations; a carrier's or maker's line is content.phone's at WARN. */
  @Test
  void turkishCompliant() {
    // the refund promised for removing or changing the review still fires; a remedy after thanks for the review does not
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Yorumunuzu kaldırır kaldırmaz paranın tamamını iade ederiz.")
        .flags("Puanınızı güncellerseniz ücretin yarısını iade ederiz.")
        .passes("Yorumunuz için teşekkürler. Renk beklentinizi karşılamadığı için üzgünüz, iade etiketini gönderiyoruz.")
        .passes("Değerlendirmeniz için teşekkür ederiz. Kargo hasarı nedeniyle kısmi iade yaptık, tutar 3 gün içinde yansır.");
    RuleTester.passesAll(Marketplace.TR, null,
        "Merhaba, siparişiniz için teşekkür ederiz. Vaktiniz olursa Amazon'da ürün hakkında dürüst bir değerlendirme bırakabilirsiniz.",
        "Görüşünüz bizim için değerli; olumlu ya da olumsuz her yorumu okuyoruz.",
        "Ürünü kullandıktan sonra deneyiminizi paylaşmak isterseniz Siparişlerim sayfasından yorum yazabilirsiniz.",
        "Kırık bardak için özür dileriz. Yenisini ücretsiz olarak bugün gönderiyoruz.",
        "Gecikme nedeniyle 50 TL kısmi iade yaptık.",
        "Kısmi iade tutarı 3-5 iş günü içinde kartınıza yansıyacaktır.",
        "Değişim ücretsizdir; kargo firması arızalı ürünü perşembe günü alacak.",
        "Yedek filtre sipariş etmek ister misiniz? Aynı Amazon sayfasında mevcut.",
        "Paketiniz Amazon Locker'da bekliyor, teslim alma kodu: 573920.",
        "Yurtiçi Kargo çağrı merkezi 444 99 99.",
        "Sipariş numaranız: 407-1234567-8912345.",
        "Setin fiyatı 1.249,90 TL'dir.",
        "Ürün 14 Mart'ta kargoya verilecek, tahmini teslim 16 Mart.",
        "Bu indirim Amazon'un kendi Efsane Cuma kampanyasıdır, bizim kampanyamız değildir.",
        "İpucu: tavayı ilk kullanımdan önce yıkayıp biraz yağlayın.",
        "30 derecede yıkamanızı ve düz kurutmanızı öneririz.",
        "Beden karışıklığı için çok özür dileriz.",
        "Maalesef 30 günü geçmiş kullanılmış ürünlerin iadesini kabul edemiyoruz.",
        "Sipariş kargoya verildiği için iptal edemiyoruz.",
        "Yorumunuzu değiştirmenizi istemiyoruz; sadece lambanın düzgün çalışmasını istiyoruz.",
        "Yorumunuz için teşekkürler. Renk beklentinizi karşılamadığı için üzgünüz, iade etiketini gönderiyoruz.",
        "Ürün çalışmazsa Amazon mesajları üzerinden bize yazın, yeni adaptörü ücretsiz gönderelim.",
        "Ücretsiz kargo Amazon Prime siparişleri için geçerlidir.",
        "Hediye paketi isterseniz siparişe not ekleyebiliriz.",
        "Faturanız ektedir.",
        "Kutuda kullanım kılavuzu yoksa PDF olarak gönderebiliriz.",
        "Yeni kabloyu gönderdik, takip numarası: 1Z999AA10123456784.",
        "İade ürün bize ulaştıktan sonra 14 gün içinde ödemeniz iade edilir.",
        "Yaşadığınız sorun için üzgünüz. 450 TL'nin tamamını iade ettik.",
        "Siparişin kalan parçaları ayrı bir kolide gönderilecek.",
        "Bu model maalesef stokta kalmadı. Ödemenin tamamını iade edeceğiz.",
        "Çatlağın fotoğrafını gönderebilir misiniz? Kargo firmasına tutanak açmamız gerekiyor.",
        "İade süresinin 20 Mayıs'ta dolduğunu hatırlatırız.",
        "Üretici garantisi 2 yıldır.",
        "MNG Kargo yarın 09:00-13:00 arasında adresinizde olacak.",
        "Set 3 yedek fırça başlığı içerir.",
        "Yedek fırça başlığı 149 TL'dir ve aynı ürün sayfasından alınabilir.",
        "Yorumlar karşılığında indirim veya hediye sunmuyoruz.",
        "Lütfen ürünü bizimle Amazon üzerinden iletişime geçmeden geri göndermeyin.",
        "Puanınız tamamen sizin kararınız; her geri bildirim için teşekkür ederiz.",
        "Yeni kapağı ek ücret olmadan gönderebiliriz.",
        "Bir sorun olursa lütfen yazın, memnuniyetle yardımcı oluruz.",
        "Sabrınız için teşekkürler. Paketiniz şu an İstanbul aktarma merkezinde.",
        "Ödeme 4821 ile biten kartınıza iade edildi.",
        "Montaj: önce plakayı vidalayın, sonra kolu yerine oturtun.",
        "Bıçağı bulaşık makinesinde yıkamayın, ağzı körelebilir.",
        "Amazon dışında kargo gönderimi yapamıyoruz.",
        "407-9876543-1234567 numaralı sipariş talebiniz üzerine iptal edildi.",
        "Geri gönderim kargo ücretini iade edeceğiz, lütfen kargo fişini saklayın.",
        "42 numara oldu mu? Olmadıysa 43 ile ücretsiz değiştiririz.",
        "Yeni pilin düzgün çalışıp çalışmadığını bize bildirir misiniz?",
        "Amazon şu an seçili Prime ürünlerinde %10 indirim sunuyor; bu Amazon'un kampanyasıdır.",
        "Amazon'daki puanlar üzerinde hiçbir etkimiz yok.",
        "Ürününüzü beğenmenizi umuyoruz. Bir sorunuz olursa buradayız.",
        "Değerli yorumunuz için teşekkür ederiz, önerilerinizi dikkate alacağız.",
        "Hasarlı ürün için yeni gönderim hazırladık; ek ücret alınmayacaktır.",
        "Teslimat gecikmesi kargo firmasından kaynaklandı, kusura bakmayın.",
        "Siparişinizle ilgili herhangi bir sorunuz varsa Amazon mesajlaşma sistemi üzerinden bize ulaşabilirsiniz.",
        "Hediye çeki Amazon tarafından verilir, bizim tarafımızdan değil.",
        "İndirimli fiyat kampanya bitene kadar Amazon'da geçerlidir.",
        "Ürünün garantisi fatura tarihinden itibaren başlar.",
        "Kargonuz PTT Kargo ile gönderildi, gönderi kodu: KP01234567890.",
        "İlk siparişinizle ilgili memnuniyetinizi öğrenmek isteriz.");
    RuleTester.passesAll(Marketplace.TR, RuleIds.CONTENT_PHONE,
        "Aras Kargo müşteri hizmetleri: 444 25 52.",
        "Garanti işlemleri için Arçelik servis hattını 444 0 888 numarasından arayabilirsiniz.");
  }

  /** Replies that decline, by name, what the buyer offered or asked for, or name Amazon's rule against it, in every language. */
  @Test
  void refusalsThatExplainTheRules() {
    refused(Marketplace.US,
        "We cannot offer a refund in exchange for a review.",
        "Amazon does not allow us to ask you to change your rating.",
        "We are not permitted to give you a discount for a 5-star review.",
        "We can't send you a free sample for feedback.",
        "Unfortunately we are not allowed to offer gift cards for reviews, but we are happy to help with the hinge.",
        "Amazon's rules do not let us ask you to remove or edit your review.",
        "We're not able to ask for positive reviews only.",
        "We're not able to ask for positive reviews only.",
        "Sorry, Amazon's rules don't let sellers offer anything for a review, so we can't send the free cable you asked about in return for feedback.");
    refused(Marketplace.DE,
        "Wir dürfen Ihnen keine Rückerstattung im Austausch gegen eine Bewertung anbieten.",
        "Amazon erlaubt uns nicht, Sie um eine Änderung Ihrer Bewertung zu bitten.",
        "Einen Rabatt für eine 5-Sterne-Bewertung können wir Ihnen leider nicht geben.",
        "Wir können Ihnen kein kostenloses Muster für eine Bewertung schicken.",
        "Gutscheine für Rezensionen sind bei Amazon nicht erlaubt, das können wir nicht anbieten.",
        "Wir dürfen Sie nicht bitten, Ihre Rezension zu löschen oder zu ändern.");
    refused(Marketplace.FR,
        "Nous ne pouvons pas vous offrir de remboursement en échange d'un avis.",
        "Amazon ne nous permet pas de vous demander de modifier votre note.",
        "Il ne nous est pas permis de vous accorder une réduction pour un avis 5 étoiles.",
        "Nous ne pouvons pas vous envoyer d'échantillon gratuit contre un commentaire.",
        "Le règlement d'Amazon nous interdit de vous demander de supprimer votre avis.",
        "Nous n'avons pas le droit d'offrir des bons d'achat pour des avis.");
    refused(Marketplace.ES,
        "No podemos ofrecerle un reembolso a cambio de una reseña.",
        "Amazon no nos permite pedirle que cambie su valoración.",
        "No tenemos permitido darle un descuento por una reseña de 5 estrellas.",
        "No podemos enviarle una muestra gratis a cambio de su opinión.",
        "Las normas de Amazon nos prohíben pedirle que elimine su reseña.",
        "No está permitido ofrecer tarjetas regalo por valoraciones.");
    refused(Marketplace.IT,
        "Non possiamo offrirle un rimborso in cambio di una recensione.",
        "Amazon non ci consente di chiederle di modificare la sua valutazione.",
        "Non ci è permesso darle uno sconto per una recensione a 5 stelle.",
        "Non possiamo inviarle un campione gratuito in cambio di un feedback.",
        "Le regole di Amazon ci vietano di chiederle di rimuovere la recensione.",
        "Non è consentito offrire buoni regalo per le recensioni.");
    refused(Marketplace.NL,
        "Wij kunnen u geen terugbetaling aanbieden in ruil voor een recensie.",
        "Amazon staat ons niet toe u te vragen uw beoordeling te wijzigen.",
        "Het is ons niet toegestaan u korting te geven voor een 5-sterrenrecensie.",
        "We kunnen u geen gratis proefexemplaar sturen in ruil voor feedback.",
        "Volgens de regels van Amazon mogen we u niet vragen uw review te verwijderen.",
        "Cadeaubonnen voor reviews mogen wij niet aanbieden.");
    refused(Marketplace.PL,
        "Nie możemy zaoferować zwrotu pieniędzy w zamian za opinię.",
        "Amazon nie pozwala nam prosić Pana o zmianę oceny.",
        "Nie wolno nam dać Pani rabatu za opinię na 5 gwiazdek.",
        "Nie możemy wysłać darmowej próbki w zamian za recenzję.",
        "Regulamin Amazon zabrania nam prosić o usunięcie opinii.",
        "Nie oferujemy bonów podarunkowych za opinie, bo Amazon na to nie pozwala.",
        "Proszę nie kontaktować się z nami poza Amazonem – możemy rozmawiać tylko tutaj.");
    refused(Marketplace.SE,
        "Vi kan inte erbjuda en återbetalning i utbyte mot en recension.",
        "Amazon tillåter oss inte att be dig ändra ditt betyg.",
        "Vi får inte ge dig rabatt för en femstjärnig recension.",
        "Vi kan tyvärr inte skicka ett gratis prov i utbyte mot ett omdöme.",
        "Enligt Amazons regler får vi inte be dig ta bort din recension.",
        "Presentkort för recensioner är inte tillåtna, så det kan vi inte erbjuda.");
    refused(Marketplace.BR,
        "Não podemos oferecer um reembolso em troca de uma avaliação.",
        "A Amazon não nos permite pedir que altere a sua classificação.",
        "Não nos é permitido dar-lhe um desconto por uma avaliação de 5 estrelas.",
        "Não podemos enviar uma amostra grátis em troca de feedback.",
        "As regras da Amazon proíbem-nos de pedir que remova a sua avaliação.",
        "Não oferecemos vales-presente por avaliações.");
    refused(Marketplace.TR,
        "Yorum karşılığında size para iadesi teklif edemeyiz.",
        "Amazon, puanınızı değiştirmenizi istememize izin vermiyor.",
        "5 yıldızlı yorum için size indirim veremeyiz.",
        "Değerlendirme karşılığında ücretsiz numune gönderemiyoruz.",
        "Amazon kuralları yorumunuzu silmenizi istememizi yasaklıyor.",
        "Yorum karşılığı hediye çeki vermemiz mümkün değil.");
    refused(Marketplace.JP,
        "レビューと引き換えに返金することはできません。",
        "Amazonの規約により、評価の変更をお願いすることはできません。",
        "星5つのレビューに対して割引を差し上げることはいたしかねます。",
        "レビューの見返りとして無料サンプルをお送りすることはできかねます。",
        "レビューの削除をお願いすることは規約で禁止されております。",
        "レビューのお礼にギフト券を差し上げることはできません。");
    refused(Marketplace.AE,
        "لا يمكننا تقديم استرداد مقابل تقييم.",
        "لا تسمح لنا أمازون بأن نطلب منك تغيير تقييمك.",
        "لا يسمح لنا بمنحك خصمًا مقابل تقييم 5 نجوم.",
        "لا يمكننا إرسال عينة مجانية مقابل رأيك.",
        "قواعد أمازون تمنعنا من أن نطلب منك حذف مراجعتك.",
        "لا نقدم قسائم هدايا مقابل التقييمات.");
  }

  /** Violations that merely contain a negation or a refusal keep firing. */
  @Test
  void violationsWithANegationStillFire() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.US).reply()
        .flags("We can't wait for your 5-star review!")
        .flags("Don't forget to rate us 5 stars!");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.US).reply()
        .flags("Don't miss out: leave a review and get a free gift!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.DE).reply()
        .flags("Vergessen Sie nicht, uns 5 Sterne zu geben!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR).reply()
        .flags("N'oubliez pas de nous mettre 5 étoiles !");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.ES).reply()
        .flags("¡No olvides dejarnos 5 estrellas!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.IT).reply()
        .flags("Non dimenticare di lasciarci 5 stelle!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.NL).reply()
        .flags("Vergeet niet ons 5 sterren te geven!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL).reply()
        .flags("Nie zapomnij wystawić nam 5 gwiazdek!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE).reply()
        .flags("Glöm inte att ge oss fem stjärnor!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.BR).reply()
        .flags("Não se esqueça de nos dar 5 estrelas!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.TR).reply()
        .flags("Bize 5 yıldız vermeyi unutmayın!");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.JP).reply()
        .flags("星5つの評価を忘れないでくださいね！");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.AE).reply()
        .flags("لا تنسَ أن تمنحنا 5 نجوم!");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.US).reply()
        .flags("We can't offer a refund, but if you update your review we'll send you a gift card.")
        .flags("We cannot give you a refund unless you remove your review.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE).reply()
        .flags("Wir können Ihnen keine Erstattung geben, es sei denn, Sie löschen Ihre Bewertung.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL).reply()
        .flags("Nie możemy zwrócić pieniędzy, chyba że usunie Pan opinię.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE).reply()
        .flags("Vi kan inte ge dig pengarna tillbaka om du inte tar bort recensionen.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR).reply()
        .flags("Yorumunuzu silmezseniz iade yapamayız.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR).reply()
        .flags("Nous ne pouvons pas vous rembourser, sauf si vous supprimez votre avis.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.ES).reply()
        .flags("No podemos esperar a leer su reseña: si nos deja 5 estrellas le enviamos un regalo.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP).reply()
        .flags("レビューを削除していただけない限り、返金はできません。");
  }
}
