package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import org.junit.jupiter.api.Test;

/**
 * Session s22's probes of the wording and contact rules, written fresh the way sellers write:
 * Swedish and Japanese violations of every wording rule and of {@code content.phone} (recall), and
 * Polish and Turkish compliant messages that sound like violations (precision: neutral review
 * requests, remedies, refusals that name the deal, Amazon's rules and Amazon's own promotions,
 * carriers' and manufacturers' lines, prices, ids, locker codes, dates, tips), with Swedish and
 * Japanese traps for the new vocabulary. Every probe the rules get right is kept here so that it
 * stays right; the few still missed are listed in the session's report, not here.
 */
class ProbeTableS22Test {
  /** Swedish violations of every wording rule and of the phone rule, then Swedish traps for the new vocabulary. */
  @Test
  void swedishProbes() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Skriv en recension så får du 15 % rabatt på nästa köp.")
        .flags("Om du lämnar ett betyg på Amazon skickar vi ett presentkort på 100 kr.")
        .flags("Som tack för din recension bjuder vi på fri frakt nästa gång.")
        .flags("Lämna en femstjärnig recension och få en gratis laddkabel!")
        .flags("Alla som recenserar produkten är med i utlottningen av en iPad.")
        .flags("Vi ger dig 50 kronor tillbaka när din recension är publicerad.")
        .flags("Skicka oss en skärmdump på din recension så får du pengarna tillbaka för frakten.")
        .flags("Vi har lagt ett presentkort i paketet. Vi skulle bli jätteglada för en recension!")
        .flags("Recensera varan och få en extra filterpatron på köpet.")
        .flags("Du får en rabattkod på 20 % om du skriver några rader om produkten på Amazon.")
        .flags("Ge oss fem stjärnor så återbetalar vi halva beloppet.")
        .flags("Har du tid att skriva en recension? Som tack skickar vi en liten överraskning.")
        .flags("Vi bjuder på en gratis provförpackning till alla kunder som betygsätter oss.")
        .flags("Mot en ärlig recension får du hela köpesumman tillbaka.")
        .flags("Tar du bort ditt omdöme så skickar vi en ny produkt helt gratis.")
        .flags("Vi kompenserar dig med 200 kr om du ändrar ditt betyg.")
        .flags("När recensionen ligger ute får du ett värdebevis via mejl.")
        .flags("Den som lämnar feedback får en gratis present med nästa beställning.")
        .flags("Vi erbjuder en kostnadsfri förlängd garanti till kunder som recenserar oss.")
        .flags("Skriv en recension med bild så bjuder vi på nästa beställning.")
        .flags("Berätta vad du tycker om stekpannan i en recension. Du får då ett presentkort på 150 kr av oss.")
        .flags("Hej! Vi vill gärna höra vad du tycker. Lämnar du ett omdöme på Amazon, mejlar vi dig en kupong värd 10 %.")
        .flags("Vi skulle bli glada om du recenserade kudden. Vi skickar dig då ett presentkort på 100 kr som tack.")
        .flags("Om du publicerar en recension med foto får du tillbaka 20 % av köpesumman.")
        .flags("Betygsätt oss på Amazon och var med i vår månadsutlottning!")
        .flags("Som tack för en ärlig recension förlänger vi garantin med ett år.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Om du är nöjd, lämna gärna fem stjärnor.")
        .flags("Vi hoppas på en positiv recension.")
        .flags("Ge oss gärna ett bra betyg!")
        .flags("Ett femstjärnigt omdöme skulle betyda allt för oss.")
        .flags("Är du nöjd? Då blir vi glada för en recension. Är du inte nöjd, kontakta oss först.")
        .flags("Om något inte är bra, hör av dig till oss innan du skriver en recension.")
        .flags("Skriv en bra recension om du gillar produkten!")
        .flags("Bara nöjda kunder ombeds lämna ett betyg.")
        .flags("Vi skulle uppskatta full pott i betyget.")
        .flags("Hoppas du ger oss toppbetyg.")
        .flags("Kontakta oss i stället för att lämna en negativ recension.")
        .flags("Vi ber dig lämna ett positivt omdöme om du är nöjd med köpet.")
        .flags("Om du är glad över köpet får du gärna dela det på Amazon. Om inte, skriv till oss.")
        .flags("Gör oss glada med fem stjärnor!")
        .flags("En recension med fem stjärnor hjälper oss enormt.")
        .flags("Innan du betygsätter oss, ge oss en chans att rätta till det.")
        .flags("Ett gott omdöme är guld värt för oss, så skriv gärna ett.")
        .flags("Känner du dig nöjd med köpet får du gärna lämna fem stjärnor.")
        .flags("Har du några problem, kontakta oss innan du lämnar ett omdöme.")
        .flags("Vi hoppas att du ger oss ett högt betyg.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Skulle du kunna ändra ditt betyg nu när problemet är löst?")
        .flags("Vi har skickat en ny lampa. Kan du tänka dig att uppdatera din recension?")
        .flags("Vi ber dig vänligen att ta bort din negativa recension.")
        .flags("Snälla, radera omdömet på Amazon, vi har ju ersatt varan.")
        .flags("Vore det möjligt att höja betyget till fem stjärnor?")
        .flags("Vi såg din recension med en stjärna. Problemet är nu åtgärdat. Skulle du vilja revidera den?")
        .flags("Kan du ta bort din feedback? Vi har återbetalat hela beloppet.")
        .flags("Vi hoppas att du kan se över din recension igen.")
        .flags("Eftersom vi har löst ärendet undrar vi om du kan redigera ditt omdöme.")
        .flags("Din tvåstjärniga recension påverkar oss mycket. Skulle du kunna ta ner den?")
        .flags("Vi har återbetalat pengarna och vore tacksamma om du uppdaterade betyget.")
        .flags("Var snäll och ändra din recension till något mer positivt.")
        .flags("Du skrev en recension om att locket läcker. Nu har vi skickat ett nytt. Kan du ändra det du skrev?")
        .flags("Ta gärna bort den dåliga recensionen när du fått den nya varan.")
        .flags("Vi vill be dig att dra tillbaka ditt negativa omdöme.")
        .flags("Går det att få dig att justera betyget?")
        .flags("Vi uppskattar om du kan ändra ditt betyg från en till fem stjärnor.")
        .flags("Kan du radera det du skrev om oss i recensionen?")
        .flags("Vi har läst ditt omdöme. Vi har nu skickat en ersättare. Hade du kunnat ändra det?")
        .flags("Nu när allt är löst, skulle du vara vänlig att ta bort din recension?")
        .flags("Vi har nu ordnat allt. Om det känns rätt får du gärna höja betyget lite.")
        .flags("Din recension stämmer inte längre, så vi vore tacksamma om du tog bort den.")
        .flags("Skulle du kunna tänka dig att ge oss fler stjärnor nu?");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Vi skickade ett meddelande förra veckan om en recension men har inte hört något. Vill du fortfarande skriva en?")
        .flags("Påminnelse: vi väntar fortfarande på din recension.")
        .flags("Det här är en vänlig påminnelse om att lämna ett omdöme.")
        .flags("Vi frågade tidigare om en recension – har du hunnit skriva den?")
        .flags("Ännu en gång: glöm inte att recensera produkten.")
        .flags("Som vi nämnde i vårt förra mejl skulle vi uppskatta en recension.")
        .flags("Jag hör av mig igen angående recensionen vi bad om.")
        .flags("Vi har inte sett någon recension från dig än. Kan du ta en minut och skriva en?")
        .flags("Vi vill påminna dig om att skriva ett omdöme om du inte redan har gjort det.")
        .flags("Vi skrev till dig för några dagar sedan. Har du haft tid att betygsätta varan?")
        .flags("Det här är vårt sista meddelande om saken: lämna gärna en recension.")
        .flags("Vi har fortfarande inte fått ditt omdöme. Skriv gärna ett!")
        .flags("Vi återkommer angående recensionen som vi bad om i förra veckan.")
        .flags("Andra påminnelsen: vi vill gärna höra din åsikt i en recension.")
        .flags("Jag skriver en gång till eftersom vi gärna vill ha din recension.")
        .flags("Vi har redan frågat en gång, men vill du lämna en recension?")
        .flags("Hej igen! Vi undrar fortfarande om du har hunnit recensera kaffebryggaren.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Kolla in våra andra produkter i vår butik på Amazon!")
        .flags("Just nu har vi 30 % rabatt på hela sortimentet.")
        .flags("Följ oss på Instagram för fler erbjudanden.")
        .flags("Prenumerera på vårt nyhetsbrev och få 10 % rabatt.")
        .flags("Använd koden SOMMAR20 vid nästa köp.")
        .flags("Vi har precis lanserat en ny serie kökshanddukar – perfekt till din nya kastrull!")
        .flags("Missa inte vår julrea!")
        .flags("Besök vår webbshop för exklusiva erbjudanden.")
        .flags("Köp två och få den tredje gratis.")
        .flags("Gilla oss på Facebook!")
        .flags("Som återkommande kund får du 15 % på nästa beställning.")
        .flags("Vår nya kollektion finns nu ute – ta en titt!")
        .flags("Här är en rabattkod för din nästa beställning: TACK10.")
        .flags("Vi har fler produkter som passar perfekt ihop med din lampa.")
        .flags("Håll utkik efter våra kommande kampanjer.")
        .flags("Handla direkt hos oss på vår hemsida så blir det billigare.")
        .flags("Black Friday: upp till 50 % på allt.")
        .flags("Tipsa gärna dina vänner om oss – de får 10 % rabatt med din kod.")
        .flags("Nu finns även påfyllningsförpackningar i vår Amazon-butik.")
        .flags("Passa på – just nu 25 % rabatt på alla våra kuddar.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE)
        .flags("Ring oss på 08-123 45 67.")
        .flags("Du når oss på telefon 070-123 45 67.")
        .flags("Skicka ett sms till 0701234567.")
        .flags("Kontakta oss på WhatsApp: +46 70 123 45 67.")
        .flags("Tel: 031-12 34 56")
        .flags("Mobil: 073 987 65 43")
        .flags("Vårt telefonnummer är 08 55 66 77 88.")
        .flags("Ring vår kundtjänst på +46 8 123 456 78 vardagar.")
        .flags("Telefon: +46701234567")
        .flags("Vår support nås på nummer 0771-12 34 56.")
        .flags("Ring gärna mig direkt, mitt nummer är 076 555 12 34.")
        .flags("Skriv till oss på WhatsApp (0721-23 45 67) så löser vi det snabbt.")
        .flags("Vid frågor, sms:a mig på 070 111 22 33.")
        .flags("Tfn 08-765 43 21, vi svarar mellan 9 och 17.")
        .flags("Ni kan även ringa vår butik: 040-12 34 56.")
        .flags("Ring mig på 0708-12 34 56 om något är oklart.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Tack för din beställning!")
        .flags("Tack så mycket för att du handlade hos oss. Ha en fin dag!")
        .flags("Hej! Stort tack för ditt köp. Vi hoppas att du blir nöjd. Vänliga hälsningar, Anna")
        .flags("Tusen tack för att du valde vår butik!")
        .flags("Vi vill bara tacka för din order. Med vänliga hälsningar")
        .flags("Tack för att du stöttar ett litet familjeföretag!")
        .flags("Hej Erik, tack för förtroendet. Hälsningar teamet")
        .flags("Ett varmt tack från oss alla för din beställning.")
        .flags("Tack för köpet och välkommen tillbaka!")
        .flags("Vi är så glada att du valde oss. Tack!")
        .flags("Tack för att du handlar hos oss, det betyder mycket.")
        .flags("Hjärtligt tack för din beställning – ha en riktigt trevlig helg!")
        .flags("Tack för ditt köp! Vi hoppas att du kommer att trivas med den nya kudden.")
        .flags("Hej och tack! Din beställning betyder mycket för oss.")
        .flags("Tack igen för att du handlade hos oss.")
        .flags("Tack för att du gav oss chansen! Allt gott, Lisa från butiken")
        .flags("Hej Karin! Tack för att du handlade hos oss. Med vänlig hälsning, Johan på Lampbutiken");
    RuleTester.passesAll(Marketplace.SE, null,
        "När recensionen är publicerad kan andra kunder läsa den.",
        "Ta gärna bort skyddsfilmen innan du använder lampan.",
        "Vi vill be dig att skicka en bild på skadan så ersätter vi varan.",
        "Hade du kunnat skicka ordernumret, så kollar vi leveransen?",
        "Vi frågade tidigare om din adress, tack för svaret.",
        "Om du vill kan du dela det på Amazon, men det är helt frivilligt och vi ber inte om något särskilt betyg.",
        "Vi har skickat en ny kabel utan kostnad eftersom den första var trasig.",
        "Ge oss gärna ordernumret så återbetalar vi frakten direkt.",
        "Tack för din recension! Vi är glada att lampan fungerar.",
        "Vi säljer tyvärr inga reservdelar, men tillverkaren har en kundtjänst.",
        "Skicka tillbaka varan så återbetalar vi hela beloppet när vi fått den.",
        "Hej! Din beställning är skickad och kommer fram på torsdag. Hälsningar, Anna",
        "Om du har frågor om monteringen, skriv gärna till oss här på Amazon.");
    RuleTester.passesAll(Marketplace.SE, RuleIds.CONTENT_PROMOTION,
        "Black Friday på Amazon gör att leveranserna kan ta en dag extra.",
        "Rabatten du ser är Amazons egen kampanj, inte vår.");
  }

  /** Japanese violations of every wording rule and of the phone rule, then Japanese traps for the new vocabulary. */
  @Test
  void japaneseProbes() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.JP)
        .flags("レビューを書いていただいた方には、次回使える500円クーポンをお送りします。")
        .flags("星5つのレビューを投稿してくださったら、Amazonギフト券1000円分をプレゼントいたします。")
        .flags("レビューのお礼として、商品代金の半額を返金させていただきます。")
        .flags("レビュー投稿で送料無料！")
        .flags("レビューを書いてくれたら、おまけをもう一つ送るね。")
        .flags("評価をいただけましたら、感謝の気持ちとして特典をご用意しております。")
        .flags("レビュー投稿後にスクリーンショットをお送りいただければ、全額返金いたします。")
        .flags("同封のギフトカードはささやかなお礼です。ぜひレビューをお願いします。")
        .flags("レビューを書いた方全員に抽選でプレゼントが当たります。")
        .flags("ご感想をAmazonに投稿していただくと、次回のご注文が10％オフになります。")
        .flags("高評価をつけてくれたら、無料で替えの部品を送ります。")
        .flags("レビューを削除していただければ、返金に応じます。")
        .flags("評価を変更してくだされば、新品を無料でお送りします。")
        .flags("レビューをいただいたお客様には、保証期間を1年延長いたします。")
        .flags("レビューと引き換えに、割引コードをお渡しします。")
        .flags("レビューを掲載していただいた後、キャッシュバックいたします。")
        .flags("次回購入時に使える割引券を差し上げますので、レビューをお願いいたします。")
        .flags("無料サンプルを同封しました。使っていただいたらレビューを書いていただけると嬉しいです。")
        .flags("レビューを投稿すると、もれなくプレゼントがもらえます。")
        .flags("レビューを書いてくださった方には、もれなく次回使える割引クーポンを差し上げます。")
        .flags("評価していただいたら、Amazonギフト券をお送りします。")
        .flags("口コミ投稿で500ポイントプレゼント！");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.JP)
        .flags("星5つのレビューをお願いします。")
        .flags("ご満足いただけましたら、ぜひ高評価をお願いいたします。")
        .flags("良いレビューを書いていただけると嬉しいです。")
        .flags("もし何か問題があれば、レビューを書く前にご連絡ください。")
        .flags("満足された方のみレビューをお願いします。")
        .flags("気に入っていただけたら、星5で評価してね！")
        .flags("悪い評価をつける前に、まずは当店にご相談ください。")
        .flags("最高評価をいただけると励みになります。")
        .flags("低評価ではなく、まずはメッセージでお知らせください。")
        .flags("ポジティブなレビューをお待ちしております。")
        .flags("商品にご満足いただけた場合は、Amazonで良い評価をお願いいたします。")
        .flags("お気に召しましたら、ぜひレビューをお願いします。ご不満の場合は直接ご連絡ください。")
        .flags("満点の評価をいただけたら嬉しいです。")
        .flags("ご不満な点がございましたら、評価の前にご一報ください。")
        .flags("気に入ってくれたなら、いいレビューを書いてくれると嬉しいな。")
        .flags("ご満足いただけたなら、星5つの評価をお願いします。")
        .flags("不満がある場合は、評価する前にご連絡ください。");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP)
        .flags("問題は解決しましたので、評価を変更していただけないでしょうか。")
        .flags("大変恐縮ですが、低評価のレビューを削除していただけますか。")
        .flags("新しい商品をお送りしました。レビューを修正していただけると幸いです。")
        .flags("星1つのレビューを拝見しました。返金いたしましたので、取り下げていただけませんか。")
        .flags("レビューを書き直してもらえませんか？")
        .flags("評価を星5に上げていただけないでしょうか。")
        .flags("お手数ですが、先日のレビューを見直していただけると助かります。")
        .flags("ご投稿いただいたレビューについて、削除をご検討いただけますでしょうか。")
        .flags("レビューを消してほしいです。")
        .flags("交換品が届いたら、評価を更新してください。")
        .flags("レビューを拝見しました。不具合は解消されました。内容を変更していただくことは可能でしょうか。")
        .flags("フィードバックを取り消していただけますと幸いです。")
        .flags("悪いレビューを消してもらえると本当にありがたいです。")
        .flags("評価の修正をお願いできますか。")
        .flags("星2つのレビューをいただきました。すぐに交換品を発送しました。もしよろしければ、評価を見直していただけませんか。")
        .flags("低い評価を撤回していただけないでしょうか。")
        .flags("お客様のレビューの編集をお願いしたく、ご連絡いたしました。")
        .flags("ご返金が完了しましたので、レビューの削除をお願いできますでしょうか。")
        .flags("星1の評価を付けられていますが、変更していただけないでしょうか。");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.JP)
        .flags("先日もご連絡いたしましたが、まだレビューをいただいていないようです。")
        .flags("再度のお願いで恐縮ですが、レビューをご投稿いただけますと幸いです。")
        .flags("以前にもお願いしましたが、レビューを書いていただけませんか。")
        .flags("リマインダーです：商品レビューをお待ちしております。")
        .flags("もう一度お願いします。レビューを書いてください。")
        .flags("前回のメッセージでもお願いしましたが、評価をいただけると嬉しいです。")
        .flags("先週レビューのお願いをお送りしましたが、ご覧いただけましたか。")
        .flags("まだレビューを書いていなければ、ぜひお願いします。")
        .flags("重ねてのお願いとなりますが、ご評価をお願いいたします。")
        .flags("改めてレビューのお願いです。")
        .flags("お忘れかもしれませんので、もう一度レビューのお願いをさせていただきます。")
        .flags("3日前にメールしましたが、レビューはまだですか？")
        .flags("度々失礼いたします。ご評価のお願いでご連絡しました。")
        .flags("以前お送りしたレビューのお願いの件ですが、まだご投稿いただいていないようでしたら、ぜひお願いいたします。")
        .flags("重ねてのお願いで恐縮ですが、レビューをお願いいたします。");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.JP)
        .flags("当店の他の商品もぜひご覧ください。")
        .flags("現在、全商品20％オフのセールを実施中です。")
        .flags("次回のお買い物で使えるクーポンコード「THANKS10」をどうぞ。")
        .flags("Instagramのフォローをお願いします！")
        .flags("メルマガにご登録いただくと、最新情報をお届けします。")
        .flags("新商品が発売されました。ぜひチェックしてください。")
        .flags("公式サイトで購入するとさらにお得です。")
        .flags("お揃いのマグカップもございますので、よろしければどうぞ。")
        .flags("楽天市場の当店でもお買い求めいただけます。")
        .flags("リピーター様限定で15％割引いたします。")
        .flags("LINE公式アカウントを友だち追加してください。")
        .flags("2点以上のご購入で送料無料になります。")
        .flags("こちらの商品と相性抜群のケースも販売しております。")
        .flags("お友達紹介キャンペーン実施中です。")
        .flags("新作コレクションが入荷しました。")
        .flags("当店のストアページでは他にも多数の商品を取り扱っております。")
        .flags("セール情報はXでお知らせしていますので、フォローしてね。")
        .flags("当店では他にも様々なキッチン用品を取り扱っております。ぜひストアページをご覧ください。")
        .flags("次回ご購入時に使える10％オフクーポンをお送りします。");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.JP)
        .flags("お電話でのお問い合わせは03-1234-5678までお願いします。")
        .flags("TEL：06-1234-5678")
        .flags("携帯番号090-1234-5678にご連絡ください。")
        .flags("電話番号：0120-123-456（平日10時～18時）")
        .flags("何かあれば080-9876-5432までお電話ください。")
        .flags("直接お電話いただければ、すぐにお答えします。番号は045-123-4567です。")
        .flags("ショートメッセージで070-1111-2222に送ってください。")
        .flags("電話：+81 3 1234 5678")
        .flags("お問い合わせ窓口（0570-00-1234）までご連絡ください。")
        .flags("WhatsAppで+81 90 1234 5678に連絡してね。")
        .flags("ご不明な点は担当の佐藤（080-2222-3333）まで。")
        .flags("ＴＥＬ　０３－１２３４－５６７８")
        .flags("当店の電話番号は0312345678です。")
        .flags("ご連絡は携帯（09012345678）までお願いします。")
        .flags("担当直通：090-1234-5678");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("この度はご購入いただき、誠にありがとうございます。")
        .flags("ご注文ありがとうございました！またのご利用をお待ちしております。")
        .flags("当店をお選びいただき、心より感謝申し上げます。")
        .flags("お買い上げありがとうございます。今後ともよろしくお願いいたします。")
        .flags("ご購入ありがとう！大切に使ってね。")
        .flags("この度は数あるショップの中から当店をご利用いただき、ありがとうございました。")
        .flags("ご注文いただき、ありがとうございます。スタッフ一同、心より感謝しております。")
        .flags("お買い物いただきありがとうございます。素敵な一日をお過ごしください。")
        .flags("ご購入、本当にありがとうございました。")
        .flags("いつも当店をご愛顧いただき、ありがとうございます。")
        .flags("山田様、ご注文ありがとうございます。小さなお店ですが、一つ一つ心を込めております。")
        .flags("ご注文まことにありがとうございます。商品を気に入っていただけることを願っております。")
        .flags("お礼のご挨拶を申し上げます。ご購入ありがとうございました。")
        .flags("心より御礼申し上げます。今後ともどうぞよろしくお願いいたします。")
        .flags("ありがとうございます！またのお越しをお待ちしています。");
    RuleTester.passesAll(Marketplace.JP, null,
        "ご注文番号 503-2281947-6630158(オフィスチェア「ワークフィット3」1脚)の請求書を添付いたします。",
        "返品を確認した後、全額返金いたします。",
        "交換品を発送した後、追跡番号をお知らせします。",
        "佐川急便のお問い合わせ番号は 3612-8840-5521 です。",
        "お問い合わせ番号：1234-5678-9012",
        "もう一度ご住所をご確認いただけますか。",
        "先日お送りした交換品は届きましたでしょうか。",
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
        "2点以上ご注文の場合、まとめて発送いたします。",
        "レビューを拝見しました。ご指摘の点は今後の検品に活かしてまいります。",
        "再度ご連絡いたします。交換品の発送日が決まりました。");
    RuleTester.passesAll(Marketplace.JP, RuleIds.CONTENT_PROMOTION,
        "Amazonのタイムセールは本日までです。配送が遅れる場合がございます。",
        "Amazonのブラックフライデーセールの影響で、配送に通常より時間がかかっております。");
  }

  /** Polish compliant messages that sound like violations. */
  @Test
  void polishProbes() {
    RuleTester.passesAll(Marketplace.PL, null,
        "Dzień dobry, dziękujemy za zamówienie. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie – zarówno pozytywną, jak i negatywną.",
        "Przepraszamy za uszkodzony kubek. Wyślemy Pani nowy egzemplarz bezpłatnie, nie trzeba nic odsyłać.",
        "Możemy zaproponować częściowy zwrot w wysokości 30 zł jako rekompensatę za zarysowanie.",
        "Niestety nie możemy zaoferować rabatu w zamian za opinię – zasady Amazon na to nie pozwalają.",
        "Zgodnie z regulaminem Amazon nie wolno nam prosić o zmianę opinii ani oferować niczego w zamian.",
        "Czy przy następnym zamówieniu woli Pan kolor czarny czy szary?",
        "W razie problemów z dostawą prosimy o kontakt z kurierem DPD pod numerem 22 577 55 55.",
        "Cena zestawu wynosi 149,99 zł brutto.",
        "Numer zamówienia: 405-1234567-8901234.",
        "Kod odbioru z Paczkomatu: 123456.",
        "Paczka zostanie doręczona 12.03.2026 między 10:00 a 14:00.",
        "Amazon prowadzi obecnie własną promocję na Prime Day – cena jest ustalana przez Amazon, nie przez nas.",
        "Wskazówka: przed pierwszym użyciem patelnię warto umyć w ciepłej wodzie.",
        "Dziękujemy za Pana opinię. Przykro nam, że blender nie spełnił oczekiwań – wyślemy nowy nóż gratis.",
        "Odmówiliśmy prośbie o rabat, ponieważ nie udzielamy zniżek za recenzje.",
        "Jeśli produkt jest uszkodzony, prosimy o zdjęcie – wymienimy go bezpłatnie.",
        "Opinię można wystawić w zakładce Moje zamówienia na Amazon.",
        "Nie prosimy o zmianę oceny; chcemy tylko rozwiązać problem.",
        "Zwrot pieniędzy w kwocie 59 zł został zlecony dzisiaj.",
        "Numer przesyłki InPost: 6200 1234 5678 9012 3456 78.",
        "Prosimy o podanie numeru telefonu w adresie dostawy na Amazon, kurier może zadzwonić przed doręczeniem.",
        "Kurier GLS skontaktuje się telefonicznie przed dostawą mebli.",
        "Paczkomat WAW123M, kod odbioru 654321, ważny do 15.04.",
        "Dostawa gratis obowiązuje dla wszystkich zamówień na Amazon powyżej 100 zł – to zasada Amazon.",
        "Rabat widoczny przy produkcie to promocja Amazon, nie nasza.",
        "Czy mogę zapytać, czy produkt dotarł w całości?",
        "Jeżeli ma Pan pytania dotyczące montażu, prosimy pisać przez wiadomości Amazon.",
        "Proszę o cierpliwość, wymiana zostanie wysłana jutro.",
        "Zgodnie z Pana prośbą anulowaliśmy zamówienie i zwróciliśmy całą kwotę.",
        "Bardzo dziękujemy za pozytywną opinię! Cieszymy się, że lampa się podoba.",
        "Przykro nam z powodu negatywnej oceny. Sprawdziliśmy przesyłkę i wysyłamy nowy produkt.",
        "Nie oferujemy żadnych prezentów ani zniżek za wystawienie opinii.",
        "Dla Pana bezpieczeństwa prosimy nie podawać danych karty w wiadomościach.",
        "W zestawie znajduje się darmowa ściereczka do czyszczenia, która jest częścią produktu.",
        "Pragniemy przypomnieć, że okres zwrotu wynosi 30 dni od daty dostawy.",
        "Termin dostawy to 3–5 dni roboczych.",
        "Numer faktury: FV/2026/03/1234.",
        "Czy mogłaby Pani przesłać zdjęcie uszkodzenia? Dzięki temu szybciej rozpatrzymy reklamację.",
        "Jeśli produkt nie spełnia oczekiwań, może go Pan zwrócić bezpłatnie w ciągu 30 dni.",
        "Zamiast zwrotu możemy zaproponować wymianę na inny rozmiar.",
        "Informujemy, że produkt jest objęty 2-letnią gwarancją.",
        "Nr seryjny urządzenia: 2024-1187-5532.",
        "Zgodnie z zasadami Amazon prosimy o wystawienie uczciwej opinii, niezależnie od tego, jaka będzie.",
        "Mamy nadzieję, że produkt będzie służył przez lata.",
        "Czy opinia, o której Pan wspomina, dotyczy innego sprzedawcy?",
        "Dziękujemy za wiadomość. Nie możemy usunąć opinii – tylko Amazon może to zrobić.",
        "Rozumiemy, że nie chce Pan zmieniać opinii, i to szanujemy.",
        "Zwróciliśmy 20% ceny jako rekompensatę za opóźnienie.",
        "Jeśli przesyłka nie dotrze do piątku, wyślemy nową na nasz koszt.",
        "Kod rabatowy, o który Pan pyta, jest kodem Amazon – nie mamy na niego wpływu.",
        "W kolejnym zamówieniu może Pan wybrać opcję pakowania na prezent w koszyku Amazon.",
        "Przy następnym zakupie proszę sprawdzić, czy wybrano właściwy wariant.",
        "Uprzejmie informujemy, że produkt jest ponownie dostępny na Amazon.",
        "Prosimy przechowywać świece z dala od źródeł ciepła.",
        "Wymiana baterii jest darmowa w ramach gwarancji.",
        "Ocena opinii należy wyłącznie do Pana – nie będziemy w nią ingerować.",
        "Na Pana prośbę o zniżkę za opinię musimy odpowiedzieć odmownie.",
        "Pana ocena jest dla nas ważna, niezależnie od tego, czy jest dobra czy zła.",
        "Termin odbioru paczki w Paczkomacie upływa 20.05 o 14:30.",
        "Kwota zwrotu: 129,00 zł. Zwrot nastąpi na kartę użytą przy zakupie.",
        "Darmowa wymiana obowiązuje do końca okresu gwarancji.");
    RuleTester.passesAll(Marketplace.PL, RuleIds.CONTENT_PHONE,
        "Infolinia serwisowa producenta: 801 100 200 (pn–pt 8–16).",
        "Gwarancja producenta obejmuje 24 miesiące. Serwis: 22 123 45 67.",
        "Prosimy o kontakt z infolinią Poczty Polskiej: 43 842 06 00.",
        "Dane kontaktowe przewoźnika Raben: 61 898 12 34.",
        "Serwis producenta Bosch: 22 715 40 00, proszę podać numer seryjny.");
  }

  /** Turkish compliant messages that sound like violations. */
  @Test
  void turkishProbes() {
    RuleTester.passesAll(Marketplace.TR, null,
        "Merhaba, siparişiniz için teşekkür ederiz. Vaktiniz olursa ürün hakkındaki görüşünüzü, olumlu ya da olumsuz, Amazon'da paylaşabilirsiniz.",
        "Kırık gelen bardak için özür dileriz. Yenisini ücretsiz olarak gönderiyoruz, eskisini iade etmenize gerek yok.",
        "Yaşadığınız sorun için 50 TL kısmi iade yapabiliriz.",
        "Maalesef yorum karşılığında indirim veremiyoruz, Amazon kuralları buna izin vermiyor.",
        "Amazon kurallarına göre değerlendirmenizi değiştirmenizi isteyemeyiz ve karşılığında hiçbir şey sunamayız.",
        "Bir sonraki siparişinizde siyah rengi mi tercih edersiniz?",
        "Teslimatla ilgili sorunlarda Yurtiçi Kargo müşteri hizmetlerini 444 99 99 numarasından arayabilirsiniz.",
        "Setin fiyatı 349,90 TL'dir.",
        "Sipariş numaranız: 405-1234567-8901234.",
        "Teslimat kodu: 482913.",
        "Kargonuz 12.03.2026 tarihinde 10:00-14:00 arasında teslim edilecek.",
        "Şu anki indirim Amazon'un kendi kampanyasıdır, fiyatı Amazon belirliyor.",
        "İpucu: tavayı ilk kullanımdan önce ılık suyla yıkamanızı öneririz.",
        "Yorumunuz için teşekkürler. Blenderin beklentinizi karşılamamasına üzüldük, yeni bıçağı ücretsiz gönderiyoruz.",
        "Yorum karşılığı indirim talebinizi reddetmek zorundayız.",
        "Ürün hasarlıysa fotoğrafını gönderin, ücretsiz değiştirelim.",
        "Değerlendirmeyi Amazon'da Siparişlerim bölümünden yapabilirsiniz.",
        "Puanınızı değiştirmenizi istemiyoruz, sadece sorunu çözmek istiyoruz.",
        "99 TL tutarındaki iadeniz bugün başlatıldı.",
        "Kargo takip numarası: 1234567890123.",
        "Kurye teslimattan önce sizi telefonla arayabilir, lütfen Amazon'daki adresinizde telefon numaranızın güncel olduğundan emin olun.",
        "Aras Kargo teslimattan önce sizinle iletişime geçecektir.",
        "Amazon'da 150 TL üzeri siparişlerde kargo ücretsizdir, bu Amazon'un kuralıdır.",
        "Ürünün eksiksiz ulaşıp ulaşmadığını sorabilir miyim?",
        "Kurulumla ilgili sorularınız olursa Amazon mesajları üzerinden yazabilirsiniz.",
        "Biraz sabrınızı rica ederiz, değişim ürünü yarın kargoya verilecek.",
        "Talebiniz üzerine siparişi iptal ettik ve tüm tutarı iade ettik.",
        "Olumlu yorumunuz için çok teşekkür ederiz! Lambayı beğenmenize sevindik.",
        "Olumsuz değerlendirmeniz için üzgünüz. Gönderiyi kontrol ettik ve yeni ürün gönderiyoruz.",
        "Yorum karşılığında hediye ya da indirim sunmuyoruz.",
        "Güvenliğiniz için kart bilgilerinizi mesajlarda paylaşmayın.",
        "Paketin içinde ürünün parçası olan ücretsiz bir temizlik bezi bulunmaktadır.",
        "İade süresinin teslimattan itibaren 30 gün olduğunu hatırlatmak isteriz.",
        "Teslimat süresi 3-5 iş günüdür.",
        "Fatura numarası: TR2026000001234.",
        "Hasarın fotoğrafını gönderebilir misiniz? Böylece talebinizi daha hızlı değerlendirebiliriz.",
        "Ürün beklentinizi karşılamazsa 30 gün içinde ücretsiz iade edebilirsiniz.",
        "İade yerine başka bir bedenle değişim önerebiliriz.",
        "Ürünün 2 yıl garantisi olduğunu bildiririz.",
        "Cihazın seri numarası: 2024-1187-5532.",
        "PTT Kargo çağrı merkezi: 444 1 788.",
        "Amazon kurallarına uygun olarak, nasıl olursa olsun dürüst bir değerlendirme bırakmanızı rica ederiz.",
        "Ürünün uzun yıllar işinize yaramasını dileriz.",
        "Bahsettiğiniz yorum başka bir satıcıya mı ait?",
        "Mesajınız için teşekkürler. Yorumu biz kaldıramayız, bunu yalnızca Amazon yapabilir.",
        "Yorumunuzu değiştirmek istemediğinizi anlıyoruz ve buna saygı duyuyoruz.",
        "Gecikme nedeniyle fiyatın %20'sini telafi olarak iade ettik.",
        "Kargo cuma gününe kadar ulaşmazsa, masrafı bize ait olmak üzere yenisini göndereceğiz.",
        "Sorduğunuz indirim kodu Amazon'a ait, bizim bir etkimiz yok.",
        "Bir sonraki siparişinizde Amazon sepetinde hediye paketi seçeneğini seçebilirsiniz.",
        "Bir dahaki alışverişinizde doğru seçeneği seçtiğinizden emin olun lütfen.",
        "Ürünün Amazon'da tekrar stokta olduğunu bildirmek isteriz.",
        "Mumları ısı kaynaklarından uzak tutunuz.",
        "Pil değişimi garanti kapsamında ücretsizdir.",
        "Puanınız tamamen size aittir, buna müdahale etmeyeceğiz.",
        "Değerlendirmenizin iyi ya da kötü olması fark etmez, bizim için önemlidir.",
        "İade tutarı: 129,00 TL. Ödeme, satın alırken kullandığınız karta yapılacaktır.",
        "Ücretsiz değişim garanti süresi boyunca geçerlidir.",
        "Ürünle ilgili herhangi bir sorun yaşarsanız bize Amazon üzerinden ulaşabilirsiniz.",
        "Hediye paketi talebiniz siparişe eklendi.",
        "Kampanya koşulları hakkında bilgi için Amazon müşteri hizmetleriyle iletişime geçebilirsiniz.");
    RuleTester.passesAll(Marketplace.TR, RuleIds.CONTENT_PHONE,
        "Üretici servis hattı: 0850 222 33 44 (hafta içi 09:00-18:00).",
        "Ürün 2 yıl üretici garantisine sahiptir. Servis: 0212 123 45 67.",
        "Bosch yetkili servisi: 0850 200 20 00, lütfen seri numarasını belirtin.",
        "Kargo firmasının müşteri hizmetleri numarası 444 0 562'dir.");
    RuleTester.passesAll(Marketplace.TR, RuleIds.CONTENT_PROMOTION,
        "Ürün sayfasındaki indirim Amazon'un kampanyasıdır, bizim değil.");
  }
}
