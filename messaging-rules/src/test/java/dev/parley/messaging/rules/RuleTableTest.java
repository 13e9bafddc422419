package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.HouseRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each content rule as a table of "flags this / passes that" with {@link RuleTester}: positives in
 * several languages, disguises, and the traps a careless rule falls into (order ids, tracking and
 * carrier numbers, prices, dates, file names).
 */
class RuleTableTest {
  @Test
  void link() {
    RuleTester.of(RuleIds.CONTENT_LINK)
        .flags("Visit www.myshop-example.com for more.", "www.myshop-example.com")
        .flags("Our site: myshop (dot) com")
        .flags("https://bit.ly/3abcDEF")
        .passes("See amazon.com/returns to start a return.")
        .passes("The manual is attached as manual_v2.pdf.")
        .passes("It weighs 3.5 kg and costs 19.99.")
        .passes("Version 2.3.1 of the app fixes this, e.g. the pairing step.");
    RuleTester.of(RuleIds.CONTENT_LINK).in(Marketplace.DE)
        .flags("Besuchen Sie meinshop punkt de")
        .passes("Ihre Bestellung 302-4418290-7719034 ist unterwegs.");
  }

  @Test
  void email() {
    RuleTester.of(RuleIds.CONTENT_EMAIL)
        .flags("Write to support@myshop-example.com", "support@myshop-example.com")
        .flags("Mail us: service [at] myshop [dot] com")
        .passes("See you at 6.30 tomorrow.")
        .passes("Three for @ 4.99 each.");
    RuleTester.of(RuleIds.CONTENT_EMAIL).in(Marketplace.FR).flags("Écrivez à contact arobase boutique point fr");
  }

  @Test
  void phone() {
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.DE)
        .flags("Rufen Sie uns an: 030 1234567")
        .flags("Call us on +49 30 1234567")
        .passes("Ihre Sendungsnummer lautet 00340434161234567890.")
        .passes("Bestellung 302-4418290-7719034 vom 12.03.2026, Preis 129,99 EUR.");
    RuleTester.of(RuleIds.CONTENT_PHONE)
        .passes("Your UPS tracking number is 1Z999AA10123456784.")
        .passes("ASIN B07XJ8C8F5, ISBN 978-3-16-148410-0.");
  }

  @Test
  void optOut() {
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK)
        .flags("Click here to unsubscribe from these messages.")
        .flags("Reply STOP to stop receiving messages.")
        .passes("We will stop the shipment if you tell us today.");
  }

  /** Veiled threats and contempt for the buyer's competence in every marketplace language; the same verbs about a parcel or a solution pass. */
  @Test
  void veiledThreatsAndContemptInEveryLanguage() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).reply()
        .flags("Keep harassing us and you'll find out the hard way.")
        .flags("You can't even plug it in. The problem is you.")
        .passes("We will find you a replacement today.")
        .passes("You don't even need to read the manual, it's plug and play.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Wenn Sie so weitermachen, dann werden Sie was erleben.")
        .passes("Wir werden sie finden, die Sendung ist nur verlegt.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Si vous continuez vos menaces d'avis négatif, on saura vous retrouver.")
        .passes("Nous allons retrouver votre colis au plus vite.")
        .passes("Vous verrez, le montage est simple.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .flags("Como vuelva a amenazarnos con una mala reseña, se va a enterar.")
        .flags("El problema es usted, que no sabe ni enchufarlo.")
        .passes("Ya verá qué fácil es montarlo.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("Continui così e vedrà cosa succede.")
        .passes("Vedrà che il montaggio è semplice.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("We weten je te vinden.")
        .passes("U zult het verschil merken.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Zobaczy pan, co się stanie.")
        .passes("Znajdziemy panu rozwiązanie.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Du ska få se vad som händer.")
        .passes("Vi ska hitta er en lösning.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("Você vai ver o que acontece.")
        .passes("Vamos encontrar uma solução para você.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .flags("Sizi bulmasını biliriz.")
        .passes("Size bir çözüm bulacağız.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .flags("これ以上続けるなら、どうなっても知りませんよ。")
        .passes("問題はありません。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .flags("سترى ما سيحدث.")
        .passes("سنصل إليك غداً مع الشحنة.");
  }

  /**
   * Hostility towards the buyer by meaning, in every marketplace language: the buyer's review or
   * claim called a lie next to contempt or to the seller's records of the buyer; records of buyers
   * kept or shared with other sellers joined to advice that is a threat; removal "advised" before
   * things escalate; contempt by generalisation ("people like you", "someone who can't read").
   * Firm but polite replies pass: a claim disputed with the tracking record, data kept for the
   * warranty, advice to keep the receipt, a scam warning, products whose words sound alarming.
   */
  @Test
  void hostilityByMeaningInEveryLanguage() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.US).reply()
        .flags("Your review is a complete fabrication. Frankly, people like you are why we hate this job.")
        .flags("We keep a file on customers who leave reviews like yours. Think about it next time you order.")
        .flags("Those false claims of yours will not go unnoticed. It would be wise to withdraw the complaint before things escalate.")
        .flags("Someone who can't read a size chart should not be writing reviews. We will not tolerate such comments.")
        .flags("You are lying about the delivery, and we know exactly where you live.")
        .passes("Thank you for your feedback. The tracking record shows the parcel was delivered and signed for on 3 May, so we believe the claim is not correct; we have asked the carrier to investigate.")
        .passes("We keep records of all orders for seven years, as the law requires. It would be wise to keep your receipt for the warranty.")
        .passes("We disagree with the review, but we respect your opinion. If you would like a replacement, just reply to this message.")
        .passes("You wrote: 'the lamp is a fake and the claims on the box are false'. We are sorry it gave that impression; the certificate is attached.")
        .passes("Our killer feature is the 30-hour battery. The hunting knife has a 12 cm blade; keep it in its sheath, away from children.")
        .passes("Please beware of scam calls pretending to be from our shop; we never ask for your card details. Further steps: we will email the return label.")
        .passes("We have all your details, so there is no need to send them again. Before we decide on a refund or a replacement, could you send us a photo?")
        .passes("Customers like you make our day. We share tips with other sellers at our trade fair every year.")
        .passes("Our return policy allows 30 days. Someone who can't use the app can also set the timer by hand, see page 4.")
        .passes("It is in your interest to register the warranty within 30 days. We will not tolerate delays from our couriers, and we have complained to them.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Ihre Bewertung ist frei erfunden. Leute wie Sie machen uns das Leben schwer.")
        .flags("Wir führen eine Liste über Kunden, die solche Bewertungen schreiben. Denken Sie beim nächsten Mal daran.")
        .flags("Ihre Behauptungen sind gelogen, und wir geben Ihre Daten an befreundete Händler weiter.")
        .flags("Wer nicht einmal einen Stecker einstecken kann, sollte keine Bewertungen schreiben. Einfach erbärmlich.")
        .flags("Es wäre klug, die Bewertung zu löschen, bevor die Sache eskaliert.")
        .passes("Vielen Dank für Ihre Bewertung. Laut Sendungsverfolgung wurde das Paket am 3. Mai zugestellt; wir haben den Zusteller um Prüfung gebeten.")
        .passes("Wir speichern alle Bestelldaten gesetzlich zehn Jahre. Es wäre ratsam, die Rechnung für die Garantie aufzubewahren.")
        .passes("Achtung vor Betrug per SMS: Wir fragen nie nach Ihren Bankdaten. Leute wie Sie, die an Sicherheit denken, schützen sich am besten.")
        .passes("Die Schlagfalle tötet sofort. Das Jagdmesser ist sehr scharf; bewahren Sie es im Etui auf.")
        .passes("Wir haben keine Ahnung, wo das Paket steckt, und haben DHL kontaktiert. Weitere Schritte teilen wir Ihnen morgen mit.")
        .passes("Sie schrieben, die Angaben auf der Verpackung seien falsch. Das tut uns leid; das Zertifikat liegt bei.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Votre avis est un mensonge. Des gens comme vous tuent les petits commerçants.")
        .flags("Nous gardons un fichier des clients qui laissent ce genre d'avis. Pensez-y la prochaine fois.")
        .flags("Vous mentez sur la livraison, et nous transmettons vos coordonnées à d'autres vendeurs.")
        .flags("Il serait sage de retirer votre avis avant que les choses ne s'enveniment.")
        .passes("Merci pour votre avis. Le suivi indique que le colis a été remis le 3 mai ; nous avons demandé une enquête au transporteur.")
        .passes("Nous conservons toutes vos informations de commande pour la garantie. Il serait judicieux de garder la facture.")
        .passes("Attention aux tentatives d'escroquerie par SMS : nous ne demandons jamais vos coordonnées bancaires. Nous vous conseillons vivement de ne pas cliquer sur ces liens.")
        .passes("Le couteau de chasse est très tranchant ; rangez-le dans son étui. Le piège à rats tue instantanément.")
        .passes("Nous n'avons aucune idée de l'endroit où se trouve le colis. Les prochaines étapes : nous vous enverrons une étiquette de retour.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .flags("Su reseña es completamente falsa. Gente como usted hunde a los pequeños comercios.")
        .flags("Guardamos un registro de los clientes que escriben reseñas así. Piénselo bien la próxima vez.")
        .flags("Usted miente sobre la entrega y compartimos sus datos con otros vendedores.")
        .flags("Sería prudente retirar la valoración antes de que las cosas vayan a más.")
        .passes("Gracias por su valoración. El seguimiento indica que el paquete se entregó el 3 de mayo; hemos pedido al transportista que lo revise.")
        .passes("Tenemos todos sus datos, así que no hace falta que nos los envíe de nuevo. Sería aconsejable guardar la factura para la garantía.")
        .passes("Cuidado con los intentos de estafa por SMS: nunca pedimos datos bancarios. Le aconsejamos encarecidamente no abrir esos enlaces.")
        .passes("El cuchillo de caza viene muy afilado; guárdelo en su funda. La trampa para ratones mata al instante.")
        .passes("Es una pena que el paquete llegara dañado. Tomaremos otras medidas con el transportista para que no se repita.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("La sua recensione è falsa. Gente come lei rovina i piccoli negozi.")
        .flags("Teniamo un elenco dei clienti che scrivono recensioni così. Ci pensi bene la prossima volta.")
        .flags("Lei mente sulla consegna e condividiamo i suoi dati con altri venditori.")
        .flags("Sarebbe saggio rimuovere la recensione prima che le cose peggiorino.")
        .passes("Grazie per il suo feedback. Il tracciamento indica che il pacco è stato consegnato il 3 maggio; abbiamo chiesto al corriere di verificare.")
        .passes("Conserviamo tutti i suoi dati dell'ordine per la garanzia. Sarebbe opportuno per lei conservare la fattura.")
        .passes("Attenzione ai tentativi di truffa via SMS: non chiediamo mai i dati della carta. Le consigliamo vivamente di non aprire quei link.")
        .passes("Il coltello da caccia è molto affilato; lo riponga nel fodero. La trappola per topi uccide all'istante.")
        .passes("Ulteriori passi: le invieremo l'etichetta di reso. Chi non sa usare l'app può impostare il timer a mano.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("Uw review is gelogen. Mensen zoals u maken kleine winkels kapot.")
        .flags("Wij houden een lijst bij van klanten die zulke reviews schrijven. Denk er volgende keer goed over na.")
        .flags("U liegt over de levering en wij delen uw gegevens met andere verkopers.")
        .flags("Het zou verstandig zijn de review te verwijderen voordat het escaleert.")
        .passes("Bedankt voor uw feedback. Volgens de track-and-trace is het pakket op 3 mei afgeleverd; we hebben de vervoerder gevraagd het na te gaan.")
        .passes("We bewaren uw gegevens voor de garantie. Het zou verstandig zijn de factuur te bewaren. Verdere stappen volgen per e-mail.")
        .passes("De 'Killer Mode' van de muggenlamp zet de ventilator op de hoogste stand. Let op oplichting via sms: wij vragen nooit uw bankgegevens.")
        .passes("Wat zielig dat het pakket beschadigd is. We hebben geen idee hoe dat kon gebeuren en zoeken het uit.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Pana opinia jest kłamliwa. Ludzie tacy jak pan niszczą małe sklepy.")
        .flags("Prowadzimy listę klientów, którzy piszą takie opinie. Radzimy to przemyśleć.")
        .flags("Pan kłamie w sprawie dostawy, a my przekazujemy dane innym sprzedawcom.")
        .flags("Byłoby rozsądnie usunąć opinię, zanim sprawa się zaostrzy.")
        .passes("Dziękujemy za opinię. Według śledzenia paczka została doręczona 3 maja; poprosiliśmy kuriera o wyjaśnienie.")
        .passes("Mamy wszystkie dane potrzebne do zwrotu. Byłoby rozsądnie zachować paragon. Dalsze kroki opiszemy w mailu.")
        .passes("Noże są zabójczo ostre już po wyjęciu z pudełka. Uwaga na próby oszustwa przez SMS: nigdy nie prosimy o dane karty.")
        .passes("Nie mamy pojęcia, gdzie jest paczka, i wyjaśniamy to z kurierem.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Ditt omdöme är rena lögner. Folk som du förstör små butiker.")
        .flags("Vi för en lista över kunder som skriver sådana omdömen. Tänk på det nästa gång.")
        .flags("Du ljuger om leveransen, och vi delar dina uppgifter med andra säljare.")
        .flags("Det vore klokt att ta bort omdömet innan det eskalerar.")
        .passes("Tack för ditt omdöme. Enligt spårningen levererades paketet den 3 maj; vi har bett transportören undersöka saken.")
        .passes("Vi sparar dina uppgifter för garantin. Det vore klokt att spara kvittot. Vidare steg kommer via e-post.")
        .passes("Snigelfällan är gjord för mördarsniglar. Se upp för bedrägeriförsök via sms; vi ber aldrig om kortuppgifter.")
        .passes("Vi har ingen aning om var paketet är och har kontaktat PostNord.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("Sua avaliação é mentirosa. Gente como você destrói as pequenas lojas.")
        .flags("Guardamos uma lista de clientes que escrevem avaliações assim. Pense bem da próxima vez.")
        .flags("Você está mentindo sobre a entrega e compartilhamos seus dados com outros vendedores.")
        .flags("Seria prudente apagar a avaliação antes que as coisas piorem.")
        .passes("Obrigado pela sua avaliação. O rastreamento mostra que o pacote foi entregue em 3 de maio; pedimos à transportadora que verifique.")
        .passes("Temos todos os seus dados, não precisa enviá-los de novo. Seria prudente guardar a nota fiscal para a garantia.")
        .passes("A ratoeira elétrica mata o roedor em segundos. Cuidado com tentativas de golpe por SMS: nunca pedimos dados do cartão.")
        .passes("Não faz ideia de como montar? Veja o vídeo. Outras medidas: enviaremos a etiqueta de devolução.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .flags("Yorumunuz tamamen yalan. Sizin gibi insanlar küçük esnafı batırıyor.")
        .flags("Bu tür yorum yazan müşteriler hakkında kayıt tutuyoruz. Bir daha düşünün.")
        .flags("Teslimat konusunda yalan söylüyorsunuz ve bilgilerinizi diğer satıcılarla paylaşıyoruz.")
        .flags("Yorumu silmenizi tavsiye ederiz, işler büyümeden.")
        .passes("Değerlendirmeniz için teşekkürler. Kargo takibine göre paket 3 Mayıs'ta teslim edildi; kargo firmasından inceleme istedik.")
        .passes("Tüm bilgileriniz elimizde olduğundan tekrar göndermenize gerek yok. Garanti için faturayı saklamanız yararınıza olur.")
        .passes("Köpük mermili tabanca seti 8 yaş ve üzeri içindir. SMS ile dolandırıcılık girişimlerine dikkat edin.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .flags("あなたのレビューは事実無根です。あなたのような方は本当に迷惑でしかありません。")
        .flags("このようなレビューを書くお客様の情報はすべて記録しております。よくお考えください。")
        .flags("嘘のレビューを書かれたことは把握しており、他の出品者とも情報を共有します。")
        .flags("評価を削除されるのが賢明かと存じます。大事になる前にご検討ください。")
        .passes("ご評価ありがとうございます。追跡情報では5月3日に配達済みとなっております。配送業者に調査を依頼いたしました。")
        .passes("ご注文情報は保証のため記録しております。領収書は保管しておくのが賢明です。")
        .passes("ゴキブリ退治ハウスは巣ごと駆除するタイプです。詐欺メールにご注意ください。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .flags("تقييمك كاذب تماما. أمثالك يدمرون المتاجر الصغيرة.")
        .flags("نحتفظ بسجل العملاء الذين يكتبون مثل هذه التقييمات. لن نتهاون مع ذلك.")
        .flags("أنت تكذب بشأن التوصيل، وسنشارك بياناتك مع البائعين الآخرين.")
        .flags("من الحكمة حذف التقييم قبل أن تتفاقم الأمور.")
        .passes("شكرا لتقييمك. يظهر التتبع أن الطرد سُلّم في 3 مايو، وقد طلبنا من شركة الشحن التحقق.")
        .passes("نحتفظ بجميع بيانات طلبك لأغراض الضمان. من الحكمة الاحتفاظ بالفاتورة.")
        .passes("هذه السكاكين حادة جدا؛ احفظها بعيدا عن الأطفال. احذر من محاولات الاحتيال عبر الرسائل.");
  }

  /**
   * The same classes in other shapes, in every language: no idea how to use the item joined to
   * blaming others, the buyer's data already passed to other sellers joined to "think twice next
   * time", a complaint called pure invention joined to "shame on you".
   */
  @Test
  void hostilityInPastTenseAndOtherShapes() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.US).reply()
        .flags("Honestly, you have no idea how to use a drill. It is always easier to blame the seller.")
        .flags("We have noted your details and passed them to other sellers. For your own good, think twice next time.")
        .flags("This complaint is pure fiction. Shame on you.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Sie haben offensichtlich keine Ahnung, wie man eine Bohrmaschine benutzt. Es ist immer leichter, anderen die Schuld zu geben.")
        .flags("Wir haben Ihre Daten an andere Händler weitergegeben. Überlegen Sie es sich beim nächsten Mal gut.")
        .flags("Diese Beschwerde ist frei erfunden. Schämen Sie sich.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Vous n'avez aucune idée de comment utiliser une perceuse. C'est toujours plus facile de rejeter la faute sur les autres.")
        .flags("Nous avons transmis vos coordonnées à d'autres vendeurs. Réfléchissez bien la prochaine fois.")
        .flags("Cette plainte est de la pure invention. Quelle honte.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .flags("No tiene ni idea de cómo usar un taladro. Siempre es más fácil echar la culpa a otros.")
        .flags("Hemos pasado sus datos a otros vendedores. Piénselo dos veces la próxima vez.")
        .flags("Esta queja es pura invención. Qué vergüenza.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("Non ha la minima idea di come si usi un trapano. È sempre più facile dare la colpa agli altri.")
        .flags("Abbiamo passato i suoi dati ad altri venditori. Ci pensi bene la prossima volta.")
        .flags("Questo reclamo è inventato. Che vergogna.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("U heeft geen flauw idee hoe een boormachine werkt. Het is altijd makkelijker de schuld te geven aan anderen.")
        .flags("Wij hebben uw gegevens doorgegeven aan andere verkopers. Denk er volgende keer twee keer over na.")
        .flags("Deze klacht is verzonnen. Schaam je.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Nie ma pan pojęcia, jak używać wiertarki. Zawsze łatwiej zrzucić winę na innych.")
        .flags("Przekazaliśmy pana dane innym sprzedawcom. Radzimy się dobrze zastanowić następnym razem.")
        .flags("Ta skarga jest zmyślona. Żałosne.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Du har ingen aning om hur man använder en borrmaskin. Det är alltid lättare att skylla på andra.")
        .flags("Vi har delat dina uppgifter med andra säljare. Tänk dig noga för nästa gång.")
        .flags("Det här klagomålet är påhittat. Patetiskt.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("Você não tem a menor noção de como usar uma furadeira. É sempre mais fácil culpar os outros.")
        .flags("Repassamos seus dados para outros vendedores. Pense bem da próxima vez.")
        .flags("Essa reclamação é pura invenção. Que vergonha.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .flags("Matkap kullanmayı beceremiyorsunuz. Suçu satıcıya atmak her zaman daha kolay.")
        .flags("Bilgilerinizi diğer satıcılarla paylaşıyoruz. Bir dahaki sefere iyi düşünün.")
        .flags("Bu şikayet tamamen uydurma. Utanç verici.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .flags("ドリルもまともに使えないのに、人のせいにしないでください。")
        .flags("お客様の情報は他の出品者とも共有しております。よくお考えください。")
        .flags("このクレームは事実無根です。恥を知りなさい。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .flags("ليس لديك أدنى فكرة عن استخدام المثقاب، ومن السهل دائما إلقاء اللوم على الآخرين.")
        .flags("شاركنا بياناتك مع البائعين الآخرين. فكر جيدا في المرة القادمة.")
        .flags("هذه الشكوى ملفقة. عار عليك.");
  }

  /** A keyword to reply with, and not wanting such messages any more, in every marketplace language; the same verbs about an order pass. */
  @Test
  void optOutByReplyKeywordInEveryLanguage() {
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK)
        .flags("Don't want to receive these messages anymore? Reply with the word STOP.")
        .passes("Please reply so we can stop the order.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.DE)
        .flags("Sie möchten keine weiteren Nachrichten von uns? Antworten Sie mit STOPP.")
        .passes("Sie erhalten keine weiteren Nachrichten zu dieser Bestellung.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.FR)
        .flags("Pour ne plus recevoir nos offres, répondez STOP.")
        .passes("Répondez-nous si vous souhaitez arrêter la commande.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.IT)
        .flags("Non desidera più ricevere le nostre offerte? Risponda STOP.")
        .passes("Risponda a questo messaggio per fermare la spedizione.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.ES)
        .flags("Si no desea recibir más mensajes, responda BAJA.")
        .passes("Responda con el número de su pedido para dar de alta la garantía.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.BR)
        .flags("Para não receber mais nossas ofertas, responda SAIR.")
        .passes("Responda se quiser sair do horário de entrega combinado.")
        .passes("Você não receberá mais mensagens sobre este pedido.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.NL)
        .flags("Wilt u geen berichten meer ontvangen? Antwoord STOP.")
        .passes("Antwoord ons, dan stop ik de zending.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.PL)
        .flags("Nie chcesz otrzymywać takich wiadomości? Odpisz STOP.")
        .passes("Odpisz nam, czy mamy wstrzymać wysyłkę.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.SE)
        .flags("Vill du inte längre få våra erbjudanden? Svara STOPP.")
        .passes("Du kommer inte att få fler meddelanden om denna order.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.TR)
        .flags("Kampanya mesajlarımızı almak istemiyorsanız RET yazıp gönderin.")
        .passes("Kargoyu durdurmak için bize yazın.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.JP)
        .flags("今後このようなご案内が不要な場合は「停止」とご返信ください。")
        .passes("出荷を停止しましたので、ご返信ください。");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.AE)
        .flags("لإيقاف هذه الرسائل أرسل كلمة «إلغاء».")
        .flags("إذا كنت لا ترغب في تلقي رسائلنا، رد بكلمة توقف.")
        .passes("أرسل لنا طلب إلغاء الطلب إذا أردت.");
  }

  /** Leaving a list or objecting to advertising, in the languages that name it so; a waiting list or a return is no opt-out. */
  @Test
  void optOutByLeavingTheListOrObjecting() {
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.DE)
        .flags("Der Zusendung von Werbung können Sie jederzeit widersprechen.")
        .passes("Sie können der Rücksendung nicht widersprechen.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.FR).flags("Vous pouvez vous opposer à l'envoi de nos messages.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.IT)
        .flags("Per cancellarti dalla newsletter clicca qui.")
        .passes("Può cancellarsi dalla lista d'attesa.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.BR)
        .flags("Para sair da lista de e-mails, responda.")
        .passes("O pedido vai sair da lista de espera amanhã.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.SE).flags("Avanmäl dig från nyhetsbrevet här.");
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.TR)
        .flags("Bültenimizden çıkmak için tıklayın.")
        .passes("Bekleme listesinden çıkmak için yazın.");
  }

  @Test
  void promotion() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .flags("Use code SAVE20 for 20% off your next order.")
        .flags("Follow us on Instagram for news.")
        .passes("Your order ships today; the tracking page on Amazon shows every step.");
  }

  @Test
  void reviewRules() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY)
        .flags("Please leave us a 5-star review!")
        .flags("If you are not happy, contact us before leaving a review.")
        .flags("★★★★★ is what we hope for.")
        .passes("We would appreciate an honest review of the product.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("Leave a review and we will send you a free gift card.")
        .passes("We do not offer anything in return for reviews.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .flags("Could you please remove your negative review?");
  }

  @Test
  void messagePurpose() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("Hi Anna,\n\nThank you for your order!\n\nBest regards,\nTom")
        .passes("Hi Anna,\n\nThe engraving text you entered is missing a letter: should it read \"Mum & Dad\"?\n\nThanks,\nTom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).reply().passes("Thank you for your message!");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION)
        .flags("Good news: your order has shipped!")
        .passes("Your parcel is delayed at the depot; we have asked the carrier to look into it.");
  }

  @Test
  void emojiAndSensitive() {
    RuleTester.of(RuleIds.STYLE_EMOJI).flags("Thanks for the order \uD83D\uDE00 see you!", "\uD83D\uDE00").passes("Size 3 x 5 cm, price 9.99.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).flags("If you don't pay we will sue you, idiot.");
  }

  @Test
  void htmlInSpApiText() {
    RuleTester.of(RuleIds.CONTENT_HTML).type(MessageType.CONFIRM_DELIVERY_DETAILS)
        .flags("Which day suits you, <b>Monday</b> or Tuesday?", "<b>")
        .passes("Which day suits you: 3 < 5 and Monday > Sunday?");
  }

  @Test
  void aHouseRuleIsARuleLikeAnyOther() {
    ContentSettings settings = ContentSettings.builder()
        .addHouseRules(HouseRule.builder().id("house.competitors").summary("No competitor names.").severity(Severity.BLOCK)
            .explanation("names a competitor").addPhrases("acme (store|shop)", "globex").addExceptions("globex (warranty|garantie)").build())
        .addHouseRules(HouseRule.bannedWords("house.words", Severity.WARN, "is a word our brand guide forbids", List.of("cheap", "knock-off")))
        .build();
    RuleTester.of("house.competitors").with(settings)
        .flags("Unlike the ACME store, we ship fast.", "ACME store")
        .flags("Ähnlich wie bei Glöbex.")
        .passes("The Globex warranty card is in the box.")
        .passes("Our store ships fast.");
    RuleTester.of("house.words").with(settings)
        .flags("This is not a cheap knock-off.", "knock-off")
        .passes("This is not inexpensive.");
  }

  @Test
  void theSentenceOverrulesAPhrase() {
    // Marketing denied is no marketing, in the sentence's own language.
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .passes("Thank you for asking: we do not send newsletters and we have no Instagram account.")
        .flags("Follow us on Instagram for new arrivals!")
        .passes("Agradecemos o interesse, mas não temos perfil no Instagram nem enviamos newsletter.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.TR)
        .passes("İlginiz için teşekkür ederiz, ancak Instagram hesabımız yok ve e-bülten göndermiyoruz.");
    // A phrase of another language is a look-alike: "vale" is a Spanish voucher and a Portuguese "is valid".
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.BR)
        .passes("Prezado Sr. Jorge, a coleta da devolução foi agendada pelos Correios. Seu código de autorização de postagem é 238471902"
            + " e vale até 30/07/2025. Leve a caixa a qualquer agência com esse código; não há custo.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES).flags("Use el vale 20 descuento en su próxima compra.");
    // An incentive denied is none.
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .passes("Dilerseniz ürün sayfasına deneyiminizi anlatan bir değerlendirme bırakabilirsiniz. Değerlendirme karşılığında hediye veya indirim sunmuyoruz.")
        .flags("Ürün hakkında yorum yazarsanız size hediye çeki göndereceğiz.");
    // The one neutral sentence about seller feedback after a resolved problem, and what is not neutral.
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .passes("Da das Problem nun gelöst ist: Falls Sie möchten, können Sie Ihre Verkäuferbewertung jederzeit aktualisieren.")
        .flags("Ihr negatives Feedback schadet unserem Konto. Bitte löschen Sie es umgehend.")
        .flags("Bitte ändern Sie Ihre Produktbewertung auf 5 Sterne.");
    // A reply that explains Amazon's own deal is no marketing; the same words as the seller's offer are.
    RuleTester.of(RuleIds.CONTENT_PROMOTION).reply()
        .passes("Thanks for asking, Ben. The 15% discount you saw was an Amazon coupon, and Amazon applied it at checkout.")
        .flags("The 15% discount you saw was an Amazon coupon; use code SAVE15 on your next order with us for another one.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL).reply()
        .passes("De korting van 20% die u zag, was een aanbieding van Amazon zelf tijdens Black Friday.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .flags("Volg ons op Instagram voor 20% korting op uw volgende bestelling.");
    // Answering the buyer's question whether a review can be changed is no request to change it.
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).reply()
        .passes("You asked whether you can change your review now that the replacement has arrived. You can do that in your Amazon account; it is entirely up to you.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL).reply()
        .passes("Je vraagt of je je review kunt aanpassen nu de vervanging is aangekomen. Dat kan via je account bij Amazon, maar dat is helemaal aan jou.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE).reply()
        .passes("Du frågade om du kan ändra din recension nu när ersättningslampan har kommit. Det gör du på ditt Amazon-konto, men det är helt upp till dig.")
        .flags("Kan du ändra din recension nu när ersättningslampan har kommit?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL).reply()
        .passes("Pytasz, czy możesz zmienić recenzję teraz, gdy dotarła lampa zastępcza. Zrobisz to w swoim koncie Amazon, ale decyzja należy wyłącznie do Ciebie.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR).reply()
        .passes("Yeni lamba ulaştığına göre yorumunu değiştirip değiştiremeyeceğini sormuşsun. Bunu Amazon hesabından yapabilirsin, ama karar tamamen sana ait.");
    // A removal paid for is a change request.
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL)
        .flags("Als u uw beoordeling van 2 sterren verwijdert, storten we het volledige aankoopbedrag terug.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .passes("Thank you for your review! Please update your delivery address in your account before Friday.");
    // A change denied is no request.
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .passes("Le aseguramos que nunca le pediremos modificar ni eliminar una reseña.")
        .flags("Le pedimos que elimine su reseña negativa cuanto antes.");
    // Dates in brackets and the tails of serial numbers are no phone numbers.
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.IT)
        .passes("La copertura è di 24 mesi (dal 01/12/2026 al 01/12/2028) e comprende difetti di fabbricazione.")
        .flags("Per assistenza ci chiami allo 02 8734 5521.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE)
        .passes("Ramen har 2 års garanti från leveransdagen (2026-11-28 till 2028-11-28).")
        .passes("Serienumret sitter under locket (S/N RG-4411-78203).");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL).passes("Numer seryjny (SN: CAM4-1187-33210) przyda się do gwarancji.");
    // A review request may say the order arrived; a message that only confirms it may not.
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.BR)
        .passes("Olá! Seu pedido 701-1634746-7601036 foi entregue há alguns dias. Se tiver um minutinho, gostaríamos de saber a sua opinião"
            + " sincera sobre a luminária — boa ou ruim, uma avaliação na Amazon ajuda outros compradores.")
        .flags("Olá! Seu pedido 701-1634746-7601036 foi enviado hoje.");
  }

  @Test
  void warmNotesDeliveryReportsAndDealsMadeAroundTheReview() {
    // A warm note that only thanks is still thank-you-only; one that explains the product is not.
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("Dear Jacob,\n\nJust a short note to say thank you for choosing Maple Ridge Candles for order 701-8841027-3390218."
            + " It means a lot to our small team. We're always here if you need anything.\n\nWarmly, The Maple Ridge family")
        .passes("Hi Sandra, Kyle here, owner of Ironclad Grills. Your grill cover comes in a separate box from Texas. Thanks, Kyle")
        .passes("Hi Anna,\n\nThank you for your order 204-5592081-6630719. The lamp needs two AA batteries, which are not in the box.\n\nBest regards, Lumo");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.NL)
        .flags("Beste mevrouw Kok,\n\nNamens het hele team van Zeepziederij De Linde willen we u hartelijk bedanken voor bestelling"
            + " 408-2230917-5564108. We staan altijd voor u klaar.\n\nMet warme groet");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .passes("Ciao Davide! Grazie per l'ordine 405-3381920-7745028. Il liquore va servito freddo, a circa 4 gradi. Per qualsiasi cosa, noi ci siamo!");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SA)
        .flags("مرحباً، نودّ فقط أن نذكّرك بأننا في خدمتك لأي استفسار يخص الطلب 187-9169166-7765290. لا تتردد في مراسلتنا");
    // A delivery reported by the carrier is a confirmation; a missing part in it is a problem.
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION)
        .flags("Hi Victor, our records show your chair (order 111-3029481-7764302) was delivered to your front porch today. Thanks! - Posture Lab")
        .passes("Hi Victor, your chair (order 111-3029481-7764302) was delivered today, but one armrest is missing: we are sending it separately.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.FR)
        .flags("Bonjour, d'après le transporteur, votre set de couteaux (commande 403-2209183-4417730) a été livré ce jour dans votre boîte aux lettres.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.NL)
        .flags("Hallo Ruben, we hebben je bestelling 399-1120475-6638201 goed ontvangen en gaan hem vandaag inpakken.")
        .passes("Hallo, omdat de tweede doos later uit de fabriek kwam, wordt bestelling 408-3566592-7095363 in twee zendingen bezorgd.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).reply().passes("According to DHL, your parcel was delivered this morning.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.PL)
        .passes("Dzień dobry, ze względu na limit wagi u przewoźnika opony z zamówienia 406-2119752-7841426 wyślemy w dwóch paczkach GLS.")
        .flags("Dzień dobry, opony z zamówienia 406-2119752-7841426 zostały dziś wysłane.");
    // Value promised once the review is online, to whoever writes one.
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("Just leave a review on Amazon when you've tried it. Once it's up, drop us a message and we'll send you a pillowcase on the house.")
        .passes("If you have a moment, we'd appreciate an honest review. As a thank you for your order, we've included a free sample.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.BR)
        .flags("Quem escrever um comentário sobre a compra até o fim do mês concorre a um vale-presente de R$ 200.")
        .passes("Se puder, deixe sua avaliação sincera. Quem tiver qualquer dúvida sobre a garantia pode nos escrever.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.JP)
        .flags("レビューをご投稿いただけましたら、スクリーンショットをお送りください。お礼に500円分のギフト券をプレゼントいたします。");
    // A reminder written with a pronoun still asks again.
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.ES)
        .flags("Hace unos días le escribimos sobre su pedido. Se lo recordamos por si se le pasó: su opinión sincera nos ayuda.")
        .passes("Ya le enviamos un termo nuevo. Si tiene un momento, su opinión sincera nos ayuda.");
  }

  /**
   * Cross-selling needs goods or the shop's range: having checked, offering a remedy, a manual
   * "also available", a look at the manual, a discovered defect, other colours offered as a
   * replacement, and a discount Amazon applied are no marketing (session s7 probes).
   */
  @Test
  void promotionNeedsGoodsOrTheShopsRange() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .passes("One glass arrived cracked. We also have checked the rest of the batch and will send a new set today.")
        .passes("We also offer a full refund if the replacement does not fit your printer.")
        .passes("Thanks for your question! We have more of these filters in stock, so the replacement leaves today.")
        .passes("Your invoice INV-2291 is attached. The price includes the 10% off that Amazon applied at checkout.")
        .flags("We also sell matching pillowcases in five colours.")
        .flags("Check out our new collection of linen throws.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.FR)
        .passes("L'un des verres est arrivé fêlé. Nous avons également vérifié le reste du stock.")
        .passes("La facture est également disponible dans votre compte Amazon.")
        .passes("Retrouvez tous les détails du montage dans la notice, page 5.")
        .flags("Nous vendons aussi des housses assorties dans notre boutique.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.IT)
        .passes("Abbiamo anche rimborsato le spese di spedizione di 4,90 €.")
        .passes("La fattura è già disponibile nel suo account Amazon.")
        .passes("Abbiamo coordinato la consegna con il corriere: arriverà giovedì.")
        .flags("Molti clienti lo abbinano ai nostri coltelli da formaggio coordinati.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES)
        .passes("El cojín a juego de su pedido llegó manchado al almacén. ¿Prefiere otro o el reembolso?")
        .passes("Tenemos ahora el recambio en stock, así que se lo enviamos hoy mismo.")
        .passes("El manual está disponible también en PDF; se lo adjunto.")
        .flags("Para completarla, tenemos también el quemador de gas y el trípode.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.DE)
        .passes("Wir bieten auch einen kostenlosen Austausch an, falls das Ersatzteil nicht passt.")
        .passes("Der Preis enthält bereits die 15 % Rabatt, die Amazon beim Kauf abgezogen hat.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .passes("Bij de controle hebben we ontdekt dat de lamp een krasje heeft.")
        .passes("Bekijk ook even de handleiding op pagina 4.")
        .passes("We raden u aan ons een foto van de schade te sturen.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .passes("Ta en titt på sidan 4 i bruksanvisningen, där står hur du byter filtret.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.PL)
        .passes("Polecamy prać pokrowiec w 30 stopniach i suszyć na płasko.")
        .passes("Sprawdź też instrukcję, strona 4, tam jest opisana wymiana filtra.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.BR)
        .passes("Dê uma olhada na página 4 do manual, lá explica como trocar o filtro.")
        .passes("O desconto de 10% já foi aplicado pela própria Amazon no valor deste pedido.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.TR)
        .passes("Lütfen kullanım kılavuzunu inceleyin, montaj adımları 3. bölümde.")
        .passes("Bu şarj aleti tüm uyumlu modellerle çalışır.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.JP)
        .passes("お手入れは手洗いがおすすめです。")
        .passes("同じシリーズの充電器をご使用ください。")
        .flags("同じシリーズのシェーバー本体もおすすめです。");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.AE)
        .passes("اكتشفنا عيبا في الغطاء قبل الشحن. هل تفضل استبدال المنتج أم استرداد المبلغ؟")
        .passes("جميع الإكسسوارات موجودة داخل العلبة، بما فيها الشاحن والكابل.");
  }

  /**
   * A review policy stated to the buyer asks and offers nothing: what the seller cannot do, listed
   * past a comma, and who alone can change a review (session s7, dev4's replies).
   */
  @Test
  void aReviewPolicyStatedIsNoRequest() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).reply()
        .passes("We're not able to edit, hide or delete reviews on Amazon.")
        .passes("Only the customer who wrote a review can change it, from their own Amazon account.")
        .flags("We can't refund you unless you delete your review.")
        .flags("We won't process the refund yet, so please delete your review first.")
        .flags("Please remove your review now that the kettle has been replaced.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).reply()
        .passes("We also can't offer refunds, vouchers or anything else in connection with a review.")
        .flags("We'll refund the full price once you remove your review.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR).reply()
        .passes("Nous ne proposons aucun bon d'achat, remboursement ou cadeau en échange d'un avis.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.IT).reply()
        .passes("Purtroppo non possiamo offrire sconti, rimborsi o omaggi in cambio di una recensione.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES).reply()
        .passes("Como vendedores no podemos editar ni eliminar reseñas; solo Amazon puede retirar una reseña si incumple sus normas.")
        .passes("Si consideras que hemos resuelto bien la incidencia, puedes actualizar tu valoración como vendedor cuando quieras.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL).reply()
        .passes("Alleen u kunt uw eigen review wijzigen of verwijderen, via 'Uw recensies' in uw Amazon-account.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE).reply()
        .passes("Tyvärr kan vi som säljare varken ändra, flytta eller ta bort recensioner på Amazon – det kan bara den som skrivit recensionen göra.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP).reply()
        .passes("出品者側ではカスタマーレビューを編集・削除することができません。レビューの変更や削除は、投稿されたご本人様かAmazonのみが行えます。");
  }

  /** Value promised to whoever shares their experience on Amazon is an incentive in every language. */
  @Test
  void valueForSharingAnExperienceIsAnIncentive() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("Customers who share their experience on Amazon get our 3-year extended warranty at no extra cost.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.NL)
        .flags("Als dank voor iedereen die zijn ervaring op Amazon deelt, sturen we kosteloos een extra set opzetborstels.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.PL)
        .flags("Klientom, którzy podzielą się swoimi wrażeniami na Amazon, w podziękowaniu przedłużamy gwarancję z 2 do 3 lat.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.BR)
        .flags("Como forma de agradecimento a quem compartilha a própria experiência na Amazon, estendemos a garantia de 12 para 24 meses.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Deneyimlerini Amazon'da diğer alıcılarla paylaşan müşterilerimize bir sonraki siparişlerinde %15 indirim tanımlıyoruz.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.AE)
        .flags("تقديراً للعملاء الذين يشاركون تجربتهم على أمازون، نرسل هدية صغيرة مجاناً.");
  }

  /**
   * s16: future benefits and perks bought with a review (early access, priority shipping, a surprise
   * in the next order, a bonus accessory, a reward) are incentives; a next order looked forward to,
   * a free replacement for a fault and free returns beside a review request are not.
   */
  @Test
  void futureBenefitsForAReviewAreAnIncentive() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("Leave us a review and you'll get early access to our next collection.")
        .flags("Reviewers get priority shipping on all future orders.")
        .flags("Post your review and we'll add a surprise to your next order.")
        .flags("To say thanks for reviewing, your next order ships free.")
        .flags("If you write about us on Amazon, you will receive a bonus accessory.")
        .flags("A review from you would be rewarded with a 20% discount.")
        .passes("Thank you for your order! If you have a moment, we'd love a review. We look forward to your next order.")
        .passes("We're sorry the lamp arrived broken. We'll send a free replacement part right away.")
        .passes("Returns are free within 30 days. Feel free to share your experience with other buyers.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.DE)
        .flags("Als Dankeschön für Ihre Bewertung erhalten Sie bei Ihrer nächsten Bestellung Treuepunkte.")
        .passes("Vielen Dank für Ihre Bestellung. Wir freuen uns auf Ihre nächste Bestellung und über eine Bewertung.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Din recension belönas med 20 % rabatt på nästa köp.")
        .passes("Tack för din beställning! Välkommen tillbaka och lämna gärna ett omdöme.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.PL)
        .flags("Za recenzję nagrodzimy Cię kodem rabatowym 20% na kolejne zakupy.")
        .passes("Dziękujemy za zakup i zapraszamy ponownie! Będzie nam miło, jeśli zostawi Pan opinię.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.BR)
        .flags("Quem avalia ganha frete prioritário nas próximas compras.")
        .passes("Obrigado pela compra! Volte sempre, e se puder, deixe sua avaliação.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Yorum yapan müşterilerimiz bir sonraki siparişlerinde öncelikli kargo kazanır.")
        .passes("Siparişiniz için teşekkürler, sizi tekrar bekleriz; bir değerlendirme bırakırsanız seviniriz.");
  }

  /** A compound that names its number ("Reservdelsnummer") is no phone number, whatever call word stands before it. */
  @Test
  void aNumberCompoundNamesItsNumber() {
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE)
        .passes("Är det bara laddstationens kontakt (reservdelsnummer 5811-204-03) som är trasig skickar vi den delen.")
        .flags("Ring oss på telefonnummer 070-412 55 83.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.DE)
        .passes("Die Ersatzteilnummer lautet 5811 204 03.");
    // the letter O for zero on both sides of a digit
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE).reply()
        .flags("Ring mig på O7O-412 55 83, vardagar 8–17.")
        .passes("Modell O7O passar till hyllan.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL)
        .passes("Numer listu przewozowego: RBN 7310 4482 19.");
    // a carrier's booking reference (s14)
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE)
        .passes("Deras bokningsreferens är SCH-SE 44819072.")
        .flags("Ring oss på 08-448 190 72.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.DE)
        .passes("Die Buchungsnummer der Spedition lautet 4481 9072.");
  }

  /**
   * Reference, serial, shipment, spare-part, customer and tax numbers are no phone numbers in any of
   * the twelve languages, while a labelled seller phone next to the same words still flags (s20).
   */
  @Test
  void otherNumbersAreNoPhoneNumbers() {
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL).reply()
        .passes("Zwrot przelejemy przez Amazon; w tytule pojawi się numer referencyjny zwrotu 4820917365.")
        .passes("Model ekspresu to EC-6850, numer seryjny 2025110478 jest na tabliczce pod zbiornikiem.")
        .passes("Numer klienta 5512093846 podaj w tytule przelewu.")
        .flags("Biuro obsługi klienta: 22 123 45 67.")
        .flags("Zadzwoń do nas pod numer 22 123 45 67.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.TR).reply()
        .passes("Gönderi numarası 4820917365 olan paketiniz Aras Kargo şubesinde teslim alınmayı bekliyor.")
        .passes("Yedek parça numarası 00754-2201-3; yetkili servisten bu numarayla isteyebilirsiniz.")
        .passes("Müşteri numaranız 5512093846, Amazon dışında bir işlem gerekmez.")
        .flags("Müşteri hizmetleri numaramız 0532 123 45 67.")
        .flags("Bizi 0532 123 45 67 numaralı telefondan arayabilirsiniz.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.TR)
        .passes("Kahvedan Ev Aletleri Ltd. Şti., Kadıköy V.D. – VKN 4820917365");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.AE).reply()
        .passes("رقم قطعة الغيار لدى الشركة المصنّعة هو 00754-2201-3، وهو مذكور في دليل الاستخدام.")
        .passes("رقم العميل 5512093846 مذكور في الفاتورة.")
        .flags("اتصل بخدمة العملاء على 0501234567.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.US).reply()
        .passes("Your customer number is 5512093846.")
        .passes("The spare part number 4820917365 is printed on the box.")
        .flags("Call our customer service number 415-555-0132.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.ES).reply()
        .passes("Su número de cliente es 5512093846.")
        .flags("Llame a atención al cliente: 912 345 678.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.FR).reply()
        .passes("Numéro d'expédition 4820917365.")
        .flags("Appelez notre service client au 01 23 45 67 89.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.BR).reply()
        .passes("O número de referência da remessa é 4820917365.")
        .flags("Ligue para o nosso SAC: (11) 3456-7890.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.SE).reply()
        .passes("Kundnummer 5512093846 står på fakturan.")
        .flags("Ring oss på 08-123 45 67.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.JP).reply()
        .passes("部品番号：4820917365")
        .passes("お客様番号 4820917365 をお伝えください。")
        // a dial's name written with voiced kana before a full-width colon (folding keeps the mark apart)
        .flags("設定方法はお電話でご案内いたします。サポートダイヤル：0120-394-118（平日10時〜18時）")
        .flags("電話：0120-394-118");
  }

  /** Long warm notes: a wish that pictures the item in use, a check-in on the delivery, a cue of another language (s15). */
  @Test
  void warmNotesWithLongWishesAreThankYouOnly() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.US)
        .flags("Dear Fiona,\n\nThank you so much for choosing Stationery Nook. We hope the pencil cases and the A4 ring binders make the "
            + "start of term a little easier for your children, and that they enjoy using them.\n\nOur team is always here if you need anything.")
        .passes("Dear Fiona,\n\nThank you for your order. We hope the ring binders arrive before the start of term on Monday, 7 September.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Hej Viktor,\n\nDin kontorsstol borde ha kommit fram vid det här laget. Vi hoppas att den gör arbetsdagarna lite skönare! "
            + "Om du skulle behöva något är det bara att höra av dig.\n\nKontorsverket");
    // "Ar Livre Ibérico" under a Portuguese note is no French "livré"
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Caro Sr. Miguel,\n\nEsperamos que esteja a gostar do seu novo fogareiro. Obrigado pela preferência e estamos ao dispor "
            + "para o que precisar.\n\nAr Livre Ibérico")
        .passes("Caro Sr. Miguel,\n\nO seu fogareiro foi enviado hoje. Obrigado pela preferência.\n\nAr Livre Ibérico");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("¡Hola, Fernanda! Muchísimas gracias por tu compra. Para nosotros cada pedido es muy importante y nos da mucho gusto que hayas "
            + "confiado en nosotros. Aquí estamos para lo que necesites.")
        .passes("Hola, Fernanda: aviso importante sobre tu pedido, el cartucho negro llegará el lunes. Gracias.");
  }

  /** A carrier's pickup number and a waste-register number are no phone numbers, whatever their digits look like (s15). */
  @Test
  void aCarriersPickupNumberIsNoPhone() {
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.BR)
        .passes("O número de coleta na Braspress é 0048817263.")
        .flags("Ligue para nós no número 0048 817 263 123.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL)
        .passes("Nasz numer rejestrowy BDO: 000158832.")
        .flags("Prosimy o telefon pod numer 600 158 832.");
  }

  /** A product's name in quotation marks is one word in a thank-you note, however many it has (s15). */
  @Test
  void aQuotedNameIsOneWordInAThankYouNote() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Liebe Frau Brandt, vielen herzlichen Dank für Ihren Kauf unseres großformatigen Kunstdrucks „Nebel über der Elbe bei Nacht“ "
            + "im Rahmen. Bei Fragen sind wir jederzeit für Sie da.")
        .passes("Liebe Frau Brandt, vielen herzlichen Dank für Ihren Kauf unseres großformatigen Kunstdrucks Nebel über der Elbe bei Nacht "
            + "im Rahmen. Bei Fragen sind wir jederzeit für Sie da.");
  }

  /** A greeting opens a request without making it a sentence of thanks (session s7 probes, both paths of the rule). */
  @Test
  void aGreetedRequestIsNoThankYouNote() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .passes("Hallo, für die Maßanfertigung Ihres Rollos brauchen wir noch die Breite in cm (z.B. 120,5). Besten Dank!")
        .passes("Hallo Frau Weber, für die Gravur brauchen wir noch den Namen. Vielen Dank!")
        .flags("Hallo Frau Weber, vielen Dank für Ihre Bestellung! Wir hoffen, die Kerzen gefallen Ihnen. Bei Fragen sind wir gern für Sie da.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .passes("Hej, för graveringen behöver vi fortfarande namnet. Tack så mycket!")
        .flags("Hej Anna! Tack för din beställning. Vi finns här om du behöver något.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .passes("Dzień dobry, do grawerunku potrzebujemy jeszcze imienia. Serdecznie dziękujemy!");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .passes("Merhaba, siparişteki gravür için isme hâlâ ihtiyacımız var. Çok teşekkürler!");
  }

  /** A check-in on the parcel's arrival with thanks is a thank-you note; with a problem to settle it is not (session s7, dev5). */
  @Test
  void aCheckInOnTheParcelIsAThankYouNote() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Hallo, wir wollten nur kurz nachfragen, ob Ihr Paket gut bei Ihnen angekommen ist. Nochmals herzlichen Dank! Bei Fragen sind wir jederzeit für Sie da.")
        .passes("Hallo, wir wollten nachfragen, ob Ihr Paket gut angekommen ist: der Spediteur meldet einen Schaden. Können Sie uns ein Foto schicken?");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .flags("Merhaba, paketiniz sorunsuz ulaştı mı diye merak ettik. Bizi tercih ettiğiniz için tekrar çok teşekkür ederiz; her zaman buradayız!")
        .passes("Paketiniz sorunsuz ulaştı mı diye merak ettik; kargo firması hasar bildirdi. Fotoğraf gönderebilir misiniz?");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("先日はご購入いただき、誠にありがとうございました。商品は無事お手元に届きましたでしょうか。またのご利用を心よりお待ちしております。");
  }

  /**
   * A hedged, polite request to revisit a product review is a change request, in the sentence
   * that names the review or with "it" after a sentence that names an unfavourable one; a hedge
   * ("if you see fit") excuses no request about a product review (session s8, dev6).
   */
  @Test
  void aPoliteHedgedRequestToRevisitAReviewIsAChangeRequest() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).reply()
        .flags("Now that everything has been sorted, I wonder whether you might be willing to take another look at the review you posted.")
        .flags("We understand your two-star review. It would be wise to remove it this week.")
        .passes("Thanks again for your review, it helps other buyers.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES).reply()
        .flags("Ahora que todo quedó resuelto, ¿sería tan amable de considerar editar la reseña que dejó?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL).reply()
        .flags("Pana recenzja z jedną gwiazdką wciąż jest widoczna. Czy byłby Pan skłonny ją zaktualizować albo – jeśli uzna Pan to za stosowne – usunąć?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT).reply()
        .flags("Abbiamo visto il suo feedback negativo. Le consigliamo di ripensarci e di rimuoverlo al più presto.");
    // a pronoun alone may be the parcel: collecting it is no change request
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR)
        .passes("Votre commande est arrivée au point relais. Vous pouvez la retirer dès maintenant avec une pièce d'identité.")
        .passes("Votre colis vous attend. Merci de le retirer avant samedi.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .passes("Su paquete está en la oficina de Correos. Por favor, retírelo antes del viernes.");
    // Swedish "ändra" (change) and "andra" (other) fold to one word
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .passes("Vi hoppas att du vill berätta om mattan för andra köpare i en recension på Amazon.")
        .flags("Kan du ändra din recension nu när problemet är löst?");
  }

  /** Prose that a naive scanner reads as a disguised address or a phone number (session s8, dev6). */
  @Test
  void proseAndPartNumbersAreNoContactDetails() {
    RuleTester.of(RuleIds.CONTENT_LINK).in(Marketplace.UK)
        .passes("Please take the power bank to a battery collection point at a supermarket.")
        .passes("A point to note: the lid is not dishwasher safe.")
        .flags("Our shop: oakandash point co point uk");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL).reply()
        .passes("Uszczelka ma numer katalogowy producenta 7313-229-561 (w instrukcji: strona 41).");
  }

  /** Other goods of the same series or collection are cross-selling; the shop on Amazon named as the only sales channel is not (session s8, dev6). */
  @Test
  void goodsOfTheSameSeriesAreCrossSelling() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Monteringsvideon och fler möbler ur samma serie hittar du i vår egen webbutik.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .flags("Onze siliconen inzetbakjes en het grillrooster uit dezelfde serie passen er precies in.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.FR)
        .flags("Les bougeoirs de la même collection sont disponibles sur notre boutique.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .flags("The matching mugs from the same collection are now in stock.")
        .passes("We sell only through our Amazon storefront and have no other shop.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.PL).reply()
        .passes("Nie prowadzimy newslettera – sprzedajemy wyłącznie przez nasz sklep na Amazon.");
    // the rest of a collection, the shop's best sellers
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.PL)
        .flags("Pozostałe meble z kolekcji LEŚNA (komoda, regał) znajdą Państwo w zakładce Kolekcje.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.DE)
        .flags("Unsere komplette Kollektion mit Socken und Einlegesohlen finden Sie auch direkt bei uns.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES)
        .flags("Nuestro burro de planchar combina perfecto con ella y este mes está entre lo más vendido de nuestra tienda.");
  }

  /**
   * An unhappy buyer sent to the seller "first", "instead" or "rather" right after a review is asked
   * for is diverted from reviewing; an offer of help after an open review request is not (session s8, dev6).
   */
  @Test
  void anUnhappyBuyerSentToTheSellerFirstIsDiverted() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY)
        .flags("We would love to hear about it in a review on Amazon. Should anything be less than perfect, please write to us here first so we can put it right.")
        .passes("We would love to hear about it in a review on Amazon, whatever your experience. If you have any questions, just write to us.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR)
        .flags("Quelques mots de votre part sur Amazon nous feraient plaisir. Et si quelque chose ne vous convient pas, écrivez-nous plutôt directement.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Vi blir glada för en recension på Amazon. Om något inte känns rätt, hör av dig till oss i stället.");
  }

  /** A product's features and power named in a shipping confirmation describe the product: they give it no other purpose (session s8, dev6). */
  @Test
  void aProductDescriptionGivesAConfirmationNoOtherPurpose() {
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.BR)
        .flags("Boa notícia: o seu pedido 702-9916348-2205471 (fone de ouvido Bluetooth SomLivre) já foi postado e está a caminho!")
        .passes("Para parear o fone, ative o Bluetooth do celular e segure o botão por 5 segundos.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.AE)
        .flags("يسعدنا إبلاغك بأن طلبك رقم 171-6642195-3385027 (خلاط يدوي 600 واط) قد تم توصيله بنجاح اليوم.");
  }

  /**
   * What an offer of help is offered about (care, assembly, a problem) is the offer's scope, not
   * content, in every language; advice or an attachment outside that scope is content (session s8,
   * dev6 slot 017).
   */
  @Test
  void anOfferOfHelpIsOfferedAboutATopic() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("Thank you for your order! If you ever need anything, whether it's care instructions or just a question, please don't hesitate to contact us.")
        .flags("Thanks so much for your order. Should you have any questions about assembly, we're happy to help.")
        .flags("Thank you for your order! Should you ever have questions about caring for it, just send us a note through Amazon.")
        .passes("Thanks for your order. If you need help, the manual is attached.")
        .passes("Hi Megan! For your custom wedding sign it's easiest if you send me the font you like, and I'll mock it up.")
        .passes("Thank you for your order! We are happy to help, and remember to wash it at 30 degrees.")
        .passes("Thank you for your order! If the wick tunnels, trim it to 5 mm and let it burn 2 hours.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Vielen Dank für Ihre Bestellung! Bei Fragen zur Pflege sind wir jederzeit für Sie da.")
        .passes("Vielen Dank! Denken Sie daran, die Kerze nicht länger als 3 Stunden brennen zu lassen.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        .flags("Merci pour votre commande. Pour toute question sur l'entretien, nous restons à votre disposition.")
        .passes("Merci pour votre commande ! N'oubliez pas de laver le linge avant la première utilisation, nous restons à votre disposition.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Grazie di cuore per il suo ordine. Per qualsiasi domanda sulla manutenzione siamo a sua disposizione.")
        .passes("Grazie per l'ordine! Si ricordi di lavare a mano il piatto prima del primo utilizzo.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("Muchas gracias por su compra. Si tiene cualquier duda sobre el montaje, estamos aquí para ayudarle.")
        .passes("¡Gracias por su pedido! Recuerde retirar el film protector antes del primer uso. Estamos aquí para ayudarle.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Muito obrigado pelo seu pedido. Se tiver qualquer dúvida sobre a montagem, estamos aqui para ajudar.")
        .passes("Obrigado pela compra! Lembre-se de lavar a manta à mão antes do primeiro uso.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.NL)
        .flags("Bedankt voor uw bestelling. Mocht u vragen hebben over de montage, dan helpen wij u graag.")
        .passes("Bedankt voor uw bestelling! Vergeet niet de kaars de eerste keer 2 uur te laten branden.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Tack för din order. Och kom ihåg: om du undrar över något är vi bara ett meddelande bort.")
        .passes("Tack för din beställning! Kom ihåg att tvätta handdukarna före första användningen.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .flags("Dziękujemy za zakup. Jeśli będą Państwo mieli pytania dotyczące montażu, chętnie pomożemy.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .flags("Siparişiniz için teşekkürler. Aklınıza takılan herhangi bir şey olursa, ne zaman olursa olsun buradayız.")
        .passes("Siparişiniz için teşekkürler! Unutmayın, kupalar bulaşık makinesine girmez.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("この度はご注文いただき誠にありがとうございます。お手入れ方法など、ご不明な点がございましたらお気軽にご連絡ください。")
        .passes("ご注文ありがとうございます。取扱説明書を同封しましたので、ご不明な点がございましたらご連絡ください。");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SA)
        .flags("شكرًا جزيلًا على طلبك. إذا كان لديك أي سؤال عن طريقة التركيب، فنحن هنا لمساعدتك.");
  }

  /**
   * The shop describing itself (made by hand, every order packed by hand) is courtesy, and a
   * habit about every order is no news of this order; a free gift or a dispatch time is content
   * (session s8, dev6 slot 017).
   */
  @Test
  void theShopsHabitsAreCourtesy() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("Thank you for choosing us! We are a small family workshop and every order is still packed by hand.")
        .passes("Thank you for your order! A free sample is enclosed as a gift.")
        .passes("Thanks for your order! Every order ships within 2 days.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION)
        .passes("Thank you for choosing us! We pack every order by hand in our little studio.")
        .flags("Thank you! We pack every order by hand, and yours shipped today with DHL.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Vielen Dank für Ihren Einkauf. Jede Tasse wird bei uns von Hand bemalt.")
        .passes("Vielen Dank für Ihre Bestellung! Als kleines Dankeschön liegt ein Geschenk bei.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        .flags("Merci pour votre commande ! Chaque savon est fabriqué à la main dans notre petit atelier, et savoir qu'il va rejoindre votre salle de bain nous fait toujours très plaisir.")
        .passes("Merci pour votre commande ! Un échantillon gratuit est offert dans le colis.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Grazie per il suo ordine! I piatti sono dipinti a mano nella nostra piccola bottega.")
        .flags("Grazie per l'ordine! Ogni ordine viene ancora imballato a mano da noi.")
        .passes("Grazie per il suo ordine! In omaggio trova un campione gratuito.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("Gracias por su pedido. Seguimos empaquetando cada pedido a mano.")
        .passes("¡Gracias por su pedido! Le incluimos una muestra gratis de regalo.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Obrigado pela confiança! Ainda embalamos cada pedido à mão.")
        .passes("Obrigado pela sua compra! Enviamos um brinde grátis junto com o pedido.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.NL)
        .flags("Hartelijk dank voor uw bestelling! Elke praline wordt bij ons nog met de hand gemaakt, en het doet ons telkens weer plezier te weten dat ze bij iemand thuis op tafel komen.")
        .passes("Bedankt voor uw bestelling! Er zit een gratis proefmonster bij als cadeau.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Tack för din beställning! Vi packar fortfarande varje beställning för hand.")
        .passes("Tack för din beställning! Vi har bifogat ett gratis prov som present.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .flags("Dziękujemy za zamówienie! Jesteśmy małą manufakturą i każde zamówienie wciąż pakujemy ręcznie.")
        .passes("Dziękujemy za zamówienie! Do paczki dołączyliśmy darmową próbkę w prezencie.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.PL)
        .passes("Dziękujemy za zamówienie! Jesteśmy małą manufakturą i każde zamówienie wciąż pakujemy ręcznie.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .flags("Siparişiniz için teşekkür ederiz! Her siparişi hâlâ kendi ellerimizle paketliyoruz.")
        .passes("Siparişiniz için teşekkür ederiz! Paketinize hediye olarak ücretsiz bir numune ekledik.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.TR)
        .passes("Siparişiniz için teşekkür ederiz! Her siparişi hâlâ kendi ellerimizle paketliyoruz.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("ご注文ありがとうございます。当店の商品はすべて職人が手作業で仕上げております。")
        .passes("ご注文ありがとうございます。ささやかなプレゼントとして無料サンプルを同封いたしました。");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SA)
        .flags("شكرًا لطلبك! نحن مشروع عائلي صغير وما زلنا نغلّف كل طلب بأيدينا.")
        .passes("شكرًا لطلبك! أضفنا عينة مجانية هدية مع طلبك.");
  }

  /** Idioms of thanks that hold a word of value (to give one's trust) are no gift (session s8, dev6 slot 017). */
  @Test
  void idiomsOfTrustAreNoGift() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Herzlichen Dank, dass Sie uns mit Ihrer Bestellung Ihr Vertrauen geschenkt haben. Bei Fragen sind wir gern für Sie da.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Grazie di cuore per averci regalato la sua fiducia. Per qualsiasi domanda siamo a sua disposizione.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("Gracias por regalarnos su confianza. Para cualquier duda, estamos aquí para ayudarle.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        .flags("Merci de nous avoir accordé votre confiance. Nous restons à votre disposition.");
  }

  /** Free shipping of this order's replacement, a second person to carry it, reporting someone: no marketing (session s13, dev12). */
  @Test
  void freeShippingOfAReplacementAndASecondPairOfHandsAreNoMarketing() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES)
        .passes("Le ofrecemos dos opciones: enviarle una unidad nueva el 3 de julio, con envío gratuito, o cancelar el pedido con el reembolso completo.")
        .flags("Con el código VERANO10 tiene envío gratuito en su próxima compra.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.IT)
        .passes("Le spediremo un nuovo esemplare con spedizione gratuita entro venerdì.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .passes("The bench weighs 40 kg, so you may want a second person to help carry it.")
        .flags("Do you want a second matching bench for the patio? Just order another one.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .passes("Om du fortsätter kommer vi att anmäla dig till Amazon.")
        .flags("Anmäl dig till vårt nyhetsbrev så missar du inga nyheter.");
  }

  /** A design proof whose name and font the buyer is asked to check is no review to change (session s13, dev12). */
  @Test
  void aProofToCheckIsNoReviewToChange() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.AE)
        .passes("نرجو مراجعة كتابة الاسم بالخط الديواني ولون الخلفية، وإفادتنا بالموافقة أو التعديلات قبل الطباعة.")
        .flags("نرجو تعديل تقييمك للمنتج بعد أن أرسلنا البديل.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .passes("Please review the engraving text on the attached proof and tell us about any changes before we engrave it.")
        .flags("Please review your rating and change it to five stars now that the lamp works.");
  }

  /** The polite request with an adverb, and the past-tense change (session s13). */
  @Test
  void politeRequestsToReconsiderAReview() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .flags("Jetzt, wo das Problem gelöst ist, wären wir Ihnen sehr dankbar, wenn Sie Ihre Bewertung noch einmal überdenken würden.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Vi skulle vara tacksamma om du ändrade din recension nu när allt är löst.");
  }

  /** Advice to report a theft is no threat; a claim Amazon reviews is no product review (session s13). */
  @Test
  void adviceToReportATheftAndAClaimUnderReviewAreNoViolation() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE)
        .passes("If the parcel was stolen, please file a police report and send us the reference number.")
        .flags("If you open an A-to-z claim over this, we will file a police report for fraud.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE)
        .passes("Falls das Paket gestohlen wurde, erstatten Sie bitte Strafanzeige bei der Polizei und senden Sie uns das Aktenzeichen.")
        .flags("Ziehen Sie die Beschwerde zurück, andernfalls erstatten wir Strafanzeige wegen Betrugs.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .passes("If you have a problem with the refund, Amazon may review the claim under the A-to-z Guarantee.");
  }


  /**
   * Hostility said in families of phrasings, in every language: "you don't know who you are
   * dealing with", an ultimatum with a last warning, contempt twice; an instruction to screw a
   * part in, a careful step and a carrier's fault are none (session s16).
   */
  @Test
  void hostilityInFamiliesOfPhrasingsInEveryLanguage() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE)
        .flags("You have 24 hours to remove the review. This is your final warning.")
        .flags("You absolute muppet, read the manual. Basic instructions are clearly beyond you.")
        .flags("It would be a shame if something happened to you.")
        .passes("Screw it into the base until it is tight.")
        .passes("Mind your step on the ladder and keep the screws in the box.")
        .passes("The delay is not our fault, the carrier lost the parcel.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE)
        .flags("Sie wissen wohl nicht, mit wem Sie es zu tun haben.")
        .flags("Wir machen Ihnen das Leben zur Hölle, wenn die Bewertung bleibt.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).flags("Vous ne savez pas à qui vous avez affaire.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).flags("No sabe con quién está tratando.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).flags("Non sa con chi ha a che fare.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL)
        .flags("U weet niet met wie u te maken hebt.")
        .passes("Pas goed op bij het monteren van de poten.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).flags("Nie wie pan, z kim ma do czynienia.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).flags("Du vet inte vem du har att göra med.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).flags("Você não sabe com quem está lidando.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).flags("Kiminle uğraştığınızı bilmiyorsunuz.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).flags("どうなっても知りませんよ。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).flags("أنت لا تعرف مع من تتعامل.");
  }


  /**
   * A review asked for again in other words: sorry to bother you again, in case our earlier email
   * got buried, circling back, we know we asked before; a reply that has not come is the recall
   * of the earlier message (session s16).
   */
  @Test
  void aReviewAskedForAgainInOtherWords() {
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .flags("We know we have asked before, but could you leave a review of the lamp?")
        .flags("Sorry to bother you again, but would you leave a review?")
        .flags("In case our earlier email got buried in your inbox: we would love a review of the desk.")
        .flags("Just circling back on our note from Monday: a review would help us a lot.")
        .passes("Thanks again for your review of the lamp!");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .flags("Wir hatten Ihnen letzte Woche geschrieben, aber noch nichts von Ihnen gehört. Wenn alles passt, freuen wir uns über eine Bewertung.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL)
        .flags("Pisaliśmy do Pana tydzień temu, ale nie otrzymaliśmy odpowiedzi. Prosimy o wystawienie opinii.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .flags("Escrevemos na semana passada, mas não recebemos resposta. Se a bicicleta estiver boa, pedimos uma avaliação na Amazon.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.NL)
        .flags("We hebben u vorige week geschreven, maar niets van u gehoord. Als de fiets goed bevalt, laat dan een review achter op Amazon.");
  }


  /** "Feel free to leave a review" invites: its "free" offers nothing (session s17). */
  @Test
  void theFreeOfAnInvitationIsNoGift() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .passes("If you have a moment, feel free to leave a review.")
        .flags("If you leave a review, you get a free phone case.")
        .flags("Free shipping on your next order if you leave a review!");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .passes("Om du har tid får du gärna lämna en recension, känn dig fri att skriva vad du tycker.");
  }


  /** A request addressed only to satisfied buyers sets them the condition of being satisfied, in every language (session s17). */
  @Test
  void aRequestOnlyToSatisfiedBuyersIsPositiveOnly() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY)
        .flags("Reviews are requested only from happy customers.")
        .passes("We contact only a few customers each week, so a review would help.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.DE)
        .flags("Wir bitten nur zufriedene Kunden um eine Bewertung.")
        .passes("Nur zufriedene Kunden kommen wieder, deshalb prüfen wir jede Lampe.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR).flags("Nous ne demandons un avis qu'aux clients satisfaits.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.ES)
        .flags("Solo pedimos reseñas a los clientes satisfechos.")
        .passes("Solo tenemos clientes satisfechos gracias a su ayuda; ¿podría dejar una reseña?");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.IT).flags("Chiediamo una recensione solo ai clienti soddisfatti.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.NL).flags("We vragen alleen tevreden klanten om een review.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL).flags("Prosimy o opinię tylko zadowolonych klientów.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE).flags("Vi ber bara nöjda kunder om en recension.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.BR).flags("Pedimos avaliações apenas para clientes satisfeitos.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.TR).flags("Sadece memnun kalan müşterilerimizden yorum rica ediyoruz.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.JP).flags("満足されたお客様だけにレビューをお願いしております。");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.AE).flags("نطلب التقييم فقط من العملاء الراضين.");
  }


  /**
   * Asked already once before, in the languages that lacked it; a question already put to the
   * carrier is none; "you have not yet reviewed" names a review (pt); "we treat you to" is
   * something free (sv) (session s17).
   */
  @Test
  void askedAlreadyOnceBeforeIsARepeat() {
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .flags("Wir haben schon einmal gefragt, würden uns aber sehr über eine Bewertung freuen.")
        .passes("Wir haben beim Spediteur bereits nachgefragt: das Paket kommt morgen. Über eine Bewertung freuen wir uns.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.ES)
        .flags("Ya se lo pedimos una vez, pero nos encantaría recibir su reseña.")
        .passes("Ya le pedimos al transportista que lo recoja. Si le gusta, deje una reseña.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL).flags("Już raz prosiliśmy, ale bardzo zależy nam na Pana opinii.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.TR).flags("Daha önce de rica etmiştik ama yorumunuz bizim için çok değerli.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Vi har redan frågat en gång, men vi skulle verkligen uppskatta en recension.")
        .passes("Vi har redan frågat transportören. Lämna gärna en recension om du är nöjd med lampan.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .flags("Lembrete: você ainda não avaliou seu pedido.")
        .passes("O técnico avaliou o defeito e vamos trocar a peça.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Vi bjuder på frakten på nästa beställning om du skriver en recension.")
        .passes("Vi bjuder på returfrakten, skicka tillbaka lampan med etiketten.");
  }

  /**
   * s17: a change or removal of the review asked for indirectly (the review made to reflect the
   * outcome or tell the full story, no longer matching, more stars, removal as disappearing), and
   * hopes and wishes put as requests ("it would be great if", "we'd be grateful if", "maybe you
   * could"), in twelve languages; the same wishes about a photo, an address or an honest first
   * review, and the neutral seller-feedback sentence, stay clean.
   */
  @Test
  void changeRequestSaidIndirectly() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .flags("We hope your review can now reflect how we handled the issue.")
        .flags("It would mean a lot if your review told the full story now.")
        .flags("Your review no longer matches the situation, so we'd be grateful if you revisited it.")
        .flags("We saw your two-star review. Since the issue is fixed, it would be wonderful if you could take it down.")
        .flags("Is there any way the negative review could disappear now that everything is sorted?")
        .flags("Maybe you could round your rating up now that the kettle works.")
        .flags("We'd really appreciate a few more stars on your review now that it's fixed.")
        .flags("We would be thankful if you reconsidered your feedback.")
        .flags("We hope you might consider taking the review down now that we've refunded you.")
        .passes("If you feel we resolved the issue, you can update your feedback at any time.")
        .passes("You are welcome to revise your feedback if you wish.")
        .passes("Please review the attached proof and tell us any changes.")
        .passes("We updated the listing after your review.")
        .passes("We changed the supplier because of reviews like yours.")
        .passes("Please update your address or the quantity before we ship.")
        .passes("We hope the product reflects your expectations. Please leave a review when you have a moment.")
        .passes("Please leave a rating that reflects your experience.")
        .passes("It would be great if you could tell us the full story so we can fix it.")
        .passes("We would be grateful if you could confirm your new address.")
        .passes("It would be wonderful if you could leave an honest review of your experience.")
        .passes("You might want to update the app to the latest version.")
        .passes("We hope the replacement will make the problem go away.")
        .passes("The stain should disappear after the first wash. We would love to hear your review.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).reply()
        .passes("Thank you for updating your review!")
        .passes("Only the author can edit a review. Go to Your Reviews, choose the review and select Edit.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .flags("Wir würden uns freuen, wenn Ihre Bewertung jetzt zeigen würde, dass das Problem gelöst ist.")
        .flags("Ihre Bewertung entspricht nicht mehr der Situation; wir wären dankbar, wenn Sie sie anpassen.")
        .flags("Wir haben Ihre 1-Stern-Bewertung gesehen. Vielleicht könnten Sie sie herausnehmen, da das Problem gelöst ist.")
        .flags("Es würde uns viel bedeuten, wenn Sie uns in Ihrer Bewertung eine zweite Chance geben.")
        .passes("Wenn Sie möchten, können Sie Ihr Verkäuferfeedback jederzeit aktualisieren.")
        .passes("Es wäre schön, wenn Sie uns ein Foto des Schadens schicken könnten.")
        .passes("Vielleicht möchten Sie die Lieferadresse ändern?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR)
        .flags("Nous espérons que votre avis pourra désormais refléter la façon dont nous avons réglé le problème.")
        .flags("Peut-être pourriez-vous ajouter une étoile à votre note ?")
        .flags("Nous avons vu votre avis à une étoile. Ce serait super si vous pouviez le supprimer.")
        .passes("Si vous estimez que le problème est résolu, vous pouvez mettre à jour votre feedback à tout moment.")
        .passes("Ce serait formidable si vous pouviez nous envoyer une photo.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .flags("Nos encantaría que su reseña reflejara ahora cómo resolvimos el problema.")
        .flags("Vimos su reseña negativa. Sería genial que la quitara, ya que el problema está resuelto.")
        .passes("Sería genial si pudiera enviarnos una foto del daño.")
        .passes("Actualizamos la descripción del producto después de su reseña.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT)
        .flags("Sarebbe fantastico se potesse togliere la recensione ora che tutto è risolto.")
        .flags("La sua valutazione non corrisponde più alla situazione; le saremmo grati se la rivedesse.")
        .flags("Magari potrebbe aggiungere una stella alla sua valutazione?")
        .passes("Sarebbe fantastico se potesse inviarci una foto del danno.")
        .passes("Se ritiene che abbiamo risolto il problema, può aggiornare il suo feedback in qualsiasi momento.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL)
        .flags("Uw review klopt niet meer met de situatie; we zouden het waarderen als u hem aanpast.")
        .flags("Misschien kunt u er een ster bij doen in uw beoordeling?")
        .passes("Het zou fijn zijn als u ons een foto van de schade stuurt.")
        .passes("Als u vindt dat we het probleem hebben opgelost, kunt u uw feedback altijd bijwerken.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL)
        .flags("Mamy nadzieję, że Pani opinia będzie teraz odzwierciedlać, jak rozwiązaliśmy problem.")
        .flags("Widzieliśmy Pana negatywną opinię. Bylibyśmy wdzięczni, gdyby Pan ją wycofał.")
        .passes("Bylibyśmy wdzięczni, gdyby przesłała Pani zdjęcie uszkodzenia.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Vi hoppas att ditt omdöme nu kan spegla hur vi löste problemet.")
        .flags("Ditt betyg stämmer inte längre med situationen; vi skulle vara tacksamma om du ändrade det.")
        .passes("Det vore fint om du kunde skicka en bild på skadan.")
        .passes("Om du har en stund över vore vi väldigt tacksamma för en recension som visar hur vi tog hand om ärendet.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.BR)
        .flags("Seria ótimo se você pudesse tirar sua avaliação agora que tudo foi resolvido.")
        .flags("Vimos sua avaliação negativa. Ficaríamos muito gratos se você a retirasse.")
        .flags("Quem sabe você poderia aumentar mais uma estrela na sua nota?")
        .passes("Seria ótimo se você pudesse nos enviar uma foto do defeito.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .flags("Değerlendirmenizin artık sorunu nasıl çözdüğümüzü yansıtmasını umuyoruz.")
        .flags("Yorumunuzu güncellerseniz çok seviniriz.")
        .passes("Hasarın fotoğrafını gönderirseniz çok seviniriz.")
        .passes("Sorunun çözüldüğünü düşünüyorsanız, geri bildiriminizi istediğiniz zaman güncelleyebilirsiniz.");
    // A conditional verb that is a request on its own word still sets a condition: the incentive stays one.
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Matkap hakkında yorum yazarsanız ödediğiniz tutarın %15'ini havale ile geri ödeyeceğiz.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP)
        .flags("現在のレビューは状況と合っていないため、見直していただけると幸いです。")
        .flags("評価を星一つ上げていただけないでしょうか。")
        .passes("破損箇所の写真を送っていただけると幸いです。")
        .passes("レビューを参考に商品説明を更新しました。");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.AE)
        .flags("نأمل أن يعكس تقييمك الآن كيف حللنا المشكلة.")
        .flags("رأينا تقييمك السلبي. سنكون شاكرين لو قمت بإزالته بعد حل المشكلة.")
        .passes("سنكون ممتنين لو أرسلت لنا صورة للتلف.")
        .passes("قمنا بتحديث وصف المنتج بعد تقييمك.");
  }


  /** The item thanked for, named with its facts, is still only thanks; a fact of its own is guidance (session s17). */
  @Test
  void theItemThankedForNamedWithItsFactsIsStillOnlyThanks() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Grazie per aver acquistato la nostra padella in ghisa da 28 cm. Buona cucina!");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("We hope the 100% cotton towels serve you well. Thanks again!")
        .passes("Thank you for your order! The lamp takes an E27 bulb up to 60 W.");
  }

  /**
   * Goodwill whose whole point is the relationship, without the word thanks: a check-in with nothing
   * asked, a wish or "enjoy your new …", a welcome or the joy of being chosen, "we are here if you
   * need anything"; a message with a purpose around the same words (a question, a slot to book,
   * care advice, a delay, a review request, an invoice, a return label, a proof, a warranty
   * registration) and any reply stay clean (session s17).
   */
  @Test
  void goodwillWithoutThanksIsThankYouOnlyInEveryLanguage() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .flags("We just wanted to check in and make sure everything arrived safely. Enjoy your new chair!")
        .flags("Warm greetings from our little family workshop! We hope the mug brings you joy every morning.")
        .flags("Dear customer, we are delighted you picked our candles. Enjoy them!")
        .flags("Hi Anna, just wanted to make sure your order arrived safe and sound. Have a wonderful week! Tom")
        .flags("Hi Anna, welcome to the Oakleaf family! We're so glad to have you with us. Tom")
        .passes("Hi Anna, has the sofa arrived? Our courier's note says it was left with a neighbour. Best, Tom")
        .passes("Hi Anna, just checking in: please book a delivery slot for your wardrobe using the link in your Amazon account. Thanks, Tom")
        .passes("Hi Anna, enjoy your new kettle! Descale it once a month with white vinegar to keep it working well. Tom")
        .passes("Hi Anna, we are sorry, but your lamp is delayed by a week. Thank you for your patience. Tom")
        .passes("Hi Anna, thanks again for your order! If you have a moment, we would love a review. Tom")
        .passes("Hi Anna, please find your invoice attached. Thank you for shopping with us! Tom")
        .passes("Hi Anna, here is your return label; print it and drop the parcel at any post office. Thanks, Tom")
        .passes("Hi Anna, here is the proof of your engraved name; please confirm it is spelled correctly. Thank you! Tom")
        .passes("Hi Anna, welcome to the family! To activate your two-year warranty, register the serial number on the maker's site. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).reply()
        .passes("Hi Anna, just checking in to make sure everything arrived in one piece. Best, Tom")
        .passes("Hi Anna, welcome to the family! We are here if you need anything. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Hallo Anna, wir wollten nur kurz nachfragen, ob alles heil angekommen ist. Viele Grüße, Tom")
        .flags("Hallo Anna, wir freuen uns sehr, dass Sie sich für uns entschieden haben. Willkommen in der Familie! Tom")
        .passes("Hallo Anna, ist das Sofa angekommen? Laut Kurier wurde es beim Nachbarn abgegeben. Viele Grüße, Tom")
        .passes("Hallo Anna, willkommen in der Familie! Bitte registrieren Sie die Seriennummer für Ihre Garantie. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        .flags("Bonjour Anna, nous voulions simplement nous assurer que tout est bien arrivé en bon état. Cordialement, Tom")
        .passes("Bonjour Anna, votre colis a été retourné à l'expéditeur, pouvez-vous nous confirmer votre adresse ? Tom")
        .passes("Bonjour Anna, nous voulions nous assurer que votre colis est bien arrivé : le transporteur indique qu'il a été déposé chez un voisin. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("Hola Ana, nos encanta que nos hayas elegido. ¡Bienvenida a la familia! Tomás")
        .flags("Hola, Ricardo: solo queríamos saber si tu paquete llegó bien y en perfectas condiciones. Aquí estamos para lo que necesites.")
        .passes("Hola Ana, tu paquete fue devuelto al remitente; ¿nos confirmas tu dirección? Tomás")
        .passes("Hola Ana, ¡disfruta de tu nueva sartén! Antes del primer uso, lávala con agua caliente y sécala bien. Tomás");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Gentile Sig. Costa, grazie per aver scelto il nostro negozio. Per noi ogni cliente è importante.")
        .passes("Ciao Anna, il pacco è tornato indietro: ci confermi l'indirizzo? Tom")
        .passes("Ciao Anna, è importante che tu conservi lo scontrino per la garanzia. Grazie! Tom")
        .passes("Ciao Anna, benvenuta in famiglia! In allegato trovi la fattura. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.NL)
        .flags("Hoi Anna, we zijn zo blij dat je voor ons hebt gekozen. Welkom in de familie! Tom")
        .passes("Hoi Anna, welkom in de familie! Plan je bezorgmoment via de link in je account. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .flags("Dzień dobry, ciesz się nową lampą i miłego weekendu! Tomek")
        .flags("Dzień dobry, Pani zamówienie wiele znaczy dla naszego małego zespołu. Tomek")
        .flags("Dzień dobry, bardzo nam miło, że wybrała Pani nasz sklep. Pozdrawiamy, Tomek")
        .passes("Dzień dobry, ciesz się nową patelnią! Przed pierwszym użyciem umyj ją gorącą wodą. Tomek")
        .passes("Dzień dobry, to dla nas wiele znaczy, dlatego prosimy o opinię. Tomek");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Hej Anna, vi är så glada att du valde oss. Välkommen till familjen! Tom")
        .passes("Hej Anna, välkommen till familjen! Boka en leveranstid via länken. Tom");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Olá Ana, ficamos muito felizes que você nos escolheu. Bem-vinda à família! Tomás")
        .flags("Olá Ana, que alegria ter você como cliente! Um abraço, Tomás")
        .passes("Olá Ana, bem-vinda à família! Segue em anexo a nota fiscal. Tomás");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.TR)
        .flags("Merhaba Ayşe Hanım, her şeyin sağlam ulaştığından emin olmak istedik. Saygılarımızla, Tolga")
        .flags("Merhaba Ayşe Hanım, bizi seçmenize çok sevindik. Ailemize hoş geldiniz! Tolga")
        .passes("Merhaba Ayşe Hanım, ailemize hoş geldiniz! Garanti kaydı için seri numarasını sitemize girmeniz gerekiyor. Tolga");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("山田様 当店をお選びいただき大変嬉しく思います。 田中");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SA)
        .flags("مرحباً أحمد، أردنا فقط الاطمئنان على أن كل شيء وصل بسلام. مع التحية، سارة")
        .passes("مرحباً أحمد، استمتع بالمقلاة! قبل أول استخدام اغسلها بالماء الساخن. سارة")
        .passes("مرحباً أحمد، أهلاً بك في عائلتنا! مرفق الفاتورة. سارة");
  }


  /** Telling the buyer to be ashamed is an insult in every language; the seller's own shame is none (session s17, dev20). */
  @Test
  void tellingTheBuyerToBeAshamedIsAnInsult() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).reply()
        .flags("You should be ashamed of yourself.")
        .passes("We are ashamed of the mistake and apologise.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Sie sollten sich schämen.")
        .passes("Sie sollten die Lampe zuerst aufladen.")
        .passes("Wir schämen uns für den Fehler.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("U zou zich moeten schamen.")
        .passes("Je zou je kunnen melden bij de klantenservice.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply().flags("Debería darle vergüenza tratar así a un pequeño comercio.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply().flags("A senhora deveria ter vergonha de acusar a loja.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply().flags("Vous devriez avoir honte.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply().flags("Dovrebbe vergognarsi.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply().flags("Du borde skämmas.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply().flags("Powinien pan się wstydzić.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply().flags("Utanmalısınız.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply().flags("عيب عليك.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.IT)
        .flags("In questi giorni chiediamo una recensione soltanto ai clienti che sono rimasti contenti dell'acquisto.");
  }


  /**
   * "Now that the problem is solved" is the ground of a request, no problem it is about; a
   * question to remove "it" may point back to a review named three sentences before, unless that
   * review was thanked for (session s17, dev20).
   */
  @Test
  void aSolvedProblemIsTheGroundOfARequestToRemoveTheReviewNamedEarlier() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .flags("We read your one-star review. You were right about the zip; we sent a new backpack. "
            + "Now that the problem is solved, would it be possible for you to remove it?")
        .passes("We read your review. You were right about the cable; we sent a new one. Could you remove the old battery before recycling it?")
        .passes("Thanks for your review. The handle was loose; we sent a new one yesterday. Could you change the filter every three months?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .flags("Hemos leído la opinión de una estrella que dejó sobre la mochila. Tiene razón en que la cremallera era floja; "
            + "ya le hemos enviado una mochila nueva. Ahora que el problema está resuelto, ¿sería posible que la quitara?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .flags("Yorumunuzu okuduk. Eksik vidaları gönderdik ve dün teslim edildi. Artık sandalyeniz eksiksiz olduğuna göre, onu kaldırmanız mümkün olur mu?")
        .passes("Kargo adresinizi değiştirmeniz mümkün mü?");
  }

  /**
   * s18: Arabic words behind the conjunctions and prepositions written onto them (و، ف، ب، ل; ك
   * and لل before the article), added by the lexicon loader to every Arabic word
   * of three letters or more, so that no vocabulary line has to list them; and a change request
   * whose review was named up to three sentences before, as the question form already allowed.
   */
  @Test
  void arabicWordsBehindTheirProcliticsAndAReviewNamedEarlier() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.AE)
        .flags("فنرجو منك حذف التقييم السلبي الذي كتبته.")
        .flags("وبالنسبة للتقييم، فهل يمكنك تعديله الآن؟")
        .passes("شكراً لتسوقك من متجرنا، وسنرسل لك رقم التتبع قريباً.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.AE)
        .flags("وإذا كنت راضياً فقيّم المنتج بخمس نجوم.")
        .passes("يسعدنا أن تكتبي رأيك الصريح على أمازون، سواء أعجبك أم لا. وإن كان هناك ما لم يعجبك في الطلب نفسه، فراسلينا هنا مباشرة.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.AE)
        .passes("شكراً لتسوقك من متجرنا. نرجو تأكيد العنوان الوطني قبل الشحن.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT)
        .flags("Le scrivo riguardo alla recensione che ha lasciato. Il difetto è stato risolto e il ricambio le è arrivato. La prego quindi di modificarla o di toglierla del tutto.")
        .passes("Grazie per la recensione. Il ricambio le è arrivato ieri. Le consigliamo di togliere la pellicola prima dell'uso.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .passes("Ürünle ilgili deneyiminizi bir yorumla paylaşmak isterseniz memnuniyetle okuruz; her görüş bizim için değerli. Tahtaları ilk kullanımdan önce zeytinyağıyla silmenizi öneririz.");
  }

  /** s18: a postscript with news after the sign-off is content, not the signature (the phrase path). */
  @Test
  void aPostscriptAfterTheSignOffIsContent() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY)
        .passes("Hi Anna,\n\nThank you for your order!\n\nBest regards,\nThe Team\nP.S. Your parcel shipped today with UPS, it should arrive on Friday.\n");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .passes("Liebe Frau Hartmann,\n\nvielen Dank für Ihre Bestellung!\n\nAlles Liebe\nIhr Team\nP.S. Ihr Paket wurde heute mit DHL versandt.\n");
  }

  /**
   * s18: a review asked for up to two sentences after a recall of the seller's earlier message is a
   * repeat; the message named as sent (PRIOR_MESSAGE) may name the order it was about, and its
   * "sent" ships nothing; "following up on your order" recalls no message.
   */
  @Test
  void aReviewAskedForAfterTheMessageSentBefore() {
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .flags("Just circling back on the email we sent you on Monday about your new tent (order 111-9024476-3358102). No worries if it got lost. If you've pitched it by now, we'd still love a review on Amazon.")
        .flags("I wrote to you last week about your tent but haven't heard back. We hope the first night outdoors went well. If you have a minute, a review on Amazon would help us.")
        .passes("Following up on your order 111-9024476-3358102. We hope you love the tent. Please leave a review when you have a moment.")
        .passes("Please read the message we sent you with the assembly steps for order 111-9024476-3358102. We'd love a review when you have a moment.")
        .passes("Did you get the message we sent you with the tracking number? We'd love a review when you have a moment.");
    String[][] rows = {
        {"DE", "Wir melden uns noch einmal wegen der Nachricht, die wir Ihnen letzte Woche geschickt haben (Bestellung 302-4418290-7719034). Wir hoffen, das Zelt gefällt Ihnen. Über eine Bewertung auf Amazon würden wir uns sehr freuen."},
        {"FR", "Je reviens vers vous au sujet du message que nous vous avons envoyé lundi (commande 302-4418290-7719034). Nous espérons que la tente vous plaît. Si vous avez un instant, un avis sur Amazon nous aiderait beaucoup."},
        {"IT", "Le riscrivo per il messaggio che le abbiamo inviato lunedì (ordine 302-4418290-7719034). Speriamo che la tenda le piaccia. Se ha un momento, una recensione su Amazon ci aiuterebbe molto."},
        {"SE", "Vi hör av oss angående meddelandet vi skickade i måndags (order 302-4418290-7719034). Vi hoppas att tältet fungerar bra. Om du har en minut skulle en recension på Amazon hjälpa oss mycket."},
        {"NL", "We komen terug op het bericht dat we u maandag stuurden (bestelling 302-4418290-7719034). We hopen dat de tent bevalt. Als u even tijd heeft, zou een review op Amazon ons erg helpen."},
        {"PL", "Wracamy do wiadomości, którą wysłaliśmy w poniedziałek (zamówienie 302-4418290-7719034). Mamy nadzieję, że namiot się sprawdza. Jeśli znajdzie Pan chwilę, opinia na Amazonie bardzo nam pomoże."},
        {"BR", "Voltamos a falar sobre a mensagem que enviamos na segunda-feira (pedido 302-4418290-7719034). Esperamos que a barraca esteja ótima. Se tiver um minuto, uma avaliação na Amazon nos ajudaria muito."},
        {"TR", "Pazartesi gönderdiğimiz mesajla ilgili tekrar yazıyoruz (sipariş 302-4418290-7719034). Çadırı beğendiğinizi umuyoruz. Bir dakikanız olursa Amazon'da bir değerlendirme bize çok yardımcı olur."},
        {"JP", "月曜日にお送りしたメールの件でご連絡いたしました（注文番号 302-4418290-7719034）。テントを気に入っていただけていれば幸いです。お時間があれば、Amazonでレビューをいただけると大変助かります。"},
        {"AE", "نتواصل معك بخصوص الرسالة التي أرسلناها لك يوم الاثنين (الطلب 302-4418290-7719034). نتمنى أن تكون الخيمة قد نالت إعجابك. إذا كان لديك دقيقة، فإن تقييمك على أمازون سيساعدنا كثيراً."}};
    for (String[] row : rows) {
      RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.valueOf(row[0])).flags(row[1]);
    }
  }

  /**
   * Swedish at the depth of English (s18, parity/sv.tsv): the vocabulary added for it in its other
   * inflections and word orders (the verb-first conditional, "så" before an imperative, "vore det
   * toppen om", "förrän du har tagit bort", "på köpet", "bjuder vi på", the reviewer, one- and
   * two-star reviews, matching pieces, a code for the next order, "levererades"), and the compliant
   * sentences that share its words.
   */
  @Test
  void swedishParityVocabulary() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Vi skulle vara tacksamma om du reviderade ditt omdöme.")
        .flags("Du kanske kan runda upp betyget nu när allt fungerar.")
        .flags("Vi har sett ditt enstjärniga omdöme. Nu när felet är åtgärdat vore det toppen om du kunde radera det.")
        .flags("Vi hoppas att din recension nu kan visa hur vi löste problemet.")
        .passes("Om du inte ändrar leveransadressen före fredag skickas paketet till den gamla adressen.")
        .passes("Tack för ditt omdöme! Vi har justerat produktbeskrivningen efter dina synpunkter.")
        .passes("Vi har bifogat en ny bild på skruven. Titta gärna på den igen och jämför med din.")
        .passes("Om du har en stund över vore vi väldigt tacksamma för en recension som visar hur vi tog hand om ärendet.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE).reply()
        .flags("Vi kan inte betala tillbaka pengarna om du inte tar bort ditt omdöme.")
        .flags("Ingen ersättning förrän du har tagit bort din recension.")
        .flags("Vi väntar med ersättningen, så radera ditt omdöme först.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Recensenterna får fri frakt på sin nästa beställning.")
        .flags("Skriver du om oss på Amazon får du ett presentkort.")
        .flags("Skriv en recension. Så fort den är publicerad bjuder vi på en kopp.")
        .passes("Vi bjuder på frakten för ersättningsprodukten.")
        .passes("Ingen återbetalning förrän du har skickat tillbaka varan, enligt Amazons returvillkor.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Vi har redan bett dig en gång, men skulle du vilja lämna ett omdöme om stolen?")
        .flags("Vi återkommer angående vårt mejl från i tisdags: ett omdöme skulle hjälpa oss mycket.")
        .passes("Vi har redan frågat en gång om din nya adress, kan du bekräfta den?")
        .passes("Som vi har skrivit tidigare skickas ersättningen i dag. Lämna gärna ett omdöme när du har en stund.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Lämna gärna ett omdöme på Amazon. Blir något fel, mejla oss först så fixar vi det.")
        .passes("Skriv gärna till oss först om något saknas, så löser vi det.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Vi har även passande kuddfodral i tre färger.")
        .flags("Behöver du en till som matchar? Beställ bara en till.")
        .flags("Använd koden HOST10 på din nästa beställning.")
        .passes("Vi har också skickat en matchande skruvsats med ersättningen.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Fortsätter du att skicka sådana meddelanden så får du se vad som händer.")
        .flags("Du kommer att få lära dig den hårda vägen.")
        .flags("Din klantskalle, läs manualen.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE)
        .passes("Det skulle vara synd om något hände med paketet under transporten, så vi har packat det extra väl.")
        .passes("Öppnar du ett ärende hos Amazon hjälper vi gärna till med underlaget.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Hej Anna! Vi ville bara se till att paketet har kommit fram. Ha en fantastisk helg! Tom")
        .flags("Hoppas att kannan förgyller dina morgnar! Tack för din beställning.")
        .passes("Hoppas att lampan förgyller dina kvällar! Glödlampan är av typen E27.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.SE)
        .flags("Hej! Din soffa levererades till ditt paketombud i dag. Tack!")
        .passes("Ditt paket med kollinummer 00370712345678901234 har fastnat hos PostNord; vi har gjort en efterlysning.");
  }

  /**
   * s18: Portuguese at the depth of English (parity/pt.tsv): the word families English covers that
   * Portuguese lacked, each with a trap that shares its words.
   */
  @Test
  void portugueseAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.BR)
        .flags("Avalie a luminária e mandamos um vale-presente de graça.")
        .flags("Quem partilhar a experiência na Amazon recebe uma garantia estendida de 2 anos sem custo.")
        .flags("Os clientes que deixam avaliação têm frete prioritário em todos os pedidos futuros.")
        .passes("Clientes que deixam avaliação ajudam outros compradores a escolher o tamanho certo.")
        .passes("Lamentamos o defeito e enviamos-lhe hoje uma peça nova gratuita.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.BR)
        .flags("Agora que a troca chegou, será que o senhor poderia dar mais uma olhada na avaliação que publicou?")
        .flags("Talvez pudesse subir a sua classificação, agora que o aspirador funciona.")
        .flags("Vimos a sua avaliação de uma estrela. Como tudo se resolveu, seria ótimo se a pudesse remover.")
        .passes("Por favor, reveja a nota fiscal em anexo e diga-nos se está correta.")
        .passes("A encomenda está no ponto de recolha; a pode retirar até sábado.")
        .passes("Fique à vontade para atualizar o seu feedback, se desejar.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.BR).reply()
        .flags("Só liberamos o reembolso desde que apague a sua avaliação.")
        .passes("Pedimos que exclua o pedido duplicado; a avaliação pode ser deixada depois.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .flags("Desculpe voltar a incomodá-la, mas poderia avaliar a cafeteira?")
        .passes("Desculpe incomodar de novo: precisamos do número do apartamento para a entrega.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR)
        .flags("Se continuar a reclamar, vai aprender da pior maneira.")
        .flags("Se abrir uma disputa por causa disto, vamos registrar um boletim de ocorrência por fraude.")
        .flags("Você tem 48 horas para apagar o comentário. Este é o seu último aviso.")
        .passes("Se o pacote foi roubado, registre um boletim de ocorrência e envie-nos o número.")
        .passes("Este é o último aviso de entrega da transportadora: retire o pacote até sexta.")
        .passes("Seu Pateta de pelúcia chegou? Esperamos que as crianças gostem.")
        .passes("O problema é você não ter recebido o código; vamos reenviar hoje.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("Se não pagar, processamo-la, idiota.")
        .passes("Não se sinta burro: o manual é mesmo confuso.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.BR)
        .flags("Quer uma segunda cadeira igual para a varanda? É só pedir outra.")
        .flags("Temos ainda à venda almofadas a condizer.")
        .passes("Quer uma segunda via da nota fiscal? É só pedir.")
        .passes("Os 10% de desconto foram aplicados pela Amazon na finalização da compra.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.BR)
        .flags("Obrigado! Embalamos cada pedido à mão, e o seu seguiu hoje pelos Correios.")
        .passes("Lave à mão com água fria. O seu pedido seguiu hoje, mas uma peça ficou em falta: enviamo-la em separado.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Obrigado pela compra! Se um dia tiver dúvidas sobre como conservar a toalha, basta enviar-nos uma mensagem pela Amazon.")
        .flags("Oi Ana, só queria ter certeza de que a sua encomenda chegou sã e salva. Tenha um ótimo fim de semana! Tomás")
        .passes("Obrigado pela compra! Lave à mão a 30 graus e deixe secar à sombra.")
        .passes("Quem precisar de ajuda com a montagem encontra o vídeo no manual.");
  }

  /** Polish at the depth of English (s18, parity/pl.tsv): the word families the Polish vocabulary gained, and the compliant sentences beside them. */
  @Test
  void polishAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL).reply()
        .flags("Pieniędzy nie oddamy, dopóki nie skasuje Pani recenzji.")
        .flags("Teraz, gdy wszystko działa, czy przyjrzałaby się Pani jeszcze raz swojej opinii?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL)
        .flags("Może zaktualizujesz ocenę teraz, gdy drukarka działa?")
        .flags("Byłoby super, gdybyś zdjął tę negatywną opinię.")
        .flags("Wiele by dla nas znaczyło, gdyby Pan dodał do opinii kilka gwiazdek więcej.")
        .passes("Możesz w każdej chwili zaktualizować swoją opinię, jeśli zechcesz.")
        .passes("Amazon usunie opinię tylko wtedy, gdy narusza ona zasady.")
        .passes("Byłoby super, gdybyś przesłał nam zdjęcie tabliczki znamionowej.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.PL)
        .flags("Kto napisze o nas na Amazonie, otrzyma w prezencie zestaw ściereczek.")
        .flags("Recenzenci otrzymują od nas bezpłatną dostawę kolejnych zamówień.")
        .passes("Kolejna przesyłka z brakującą częścią będzie bezpłatna.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Nie odpuścisz? To przekonasz się na własnej skórze.")
        .flags("Powinnaś się wstydzić.")
        .passes("Obawiam się, że problem leży w zasilaczu, nie w lampie.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL)
        .flags("Jeśli złożysz reklamację A-to-z, zgłosimy Pana na policję za oszustwo.")
        .passes("Złożyliśmy zawiadomienie na policję o kradzieży paczki i wyślemy nowy egzemplarz.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.PL)
        .flags("Potrzebujesz jeszcze jednej pasującej poduszki? Wystarczy zamówić kolejną.")
        .flags("W naszej ofercie mamy także dopasowane zasłony.")
        .passes("Szafa jest ciężka, przyda się druga osoba do pomocy.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.PL)
        .flags("Dziękujemy! Przesyłka wyszła wczoraj z magazynu kurierem DPD.")
        .passes("Kurier próbował doręczyć paczkę, ale nikogo nie zastał; numer przesyłki jest w zamówieniu.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL)
        .flags("Dziękujemy za zakupy! Gdybyś czegokolwiek potrzebował, śmiało pytaj.")
        .flags("Serdeczne dzięki za zamówienie! Niech nowy koc umila Ci zimowe wieczory.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL)
        .flags("Nawiązując do naszej wtorkowej wiadomości: bylibyśmy wdzięczni za opinię o czajniku.")
        .passes("Nawiązując do Pana pytania: bylibyśmy wdzięczni za opinię o czajniku.");
  }

  /**
   * German at the depth of English (s18, parity/de.tsv): the vocabulary added for it in other
   * inflections, registers and word orders than the parity rows (du forms, separable verbs, the
   * verb-first conditional, "bereit wären", "Sterne mehr", "aufs Haus", the reviewer, writing about
   * us, a code for the next order, "folge uns", the check-in and the closing wish of a thank-you
   * note), and the compliant sentences that share its words.
   */
  @Test
  void germanParityVocabulary() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .flags("Wärst du bereit, deine Rezension noch einmal anzuschauen?")
        .flags("Zieh deine Bewertung bitte zurück, das Problem ist ja gelöst.")
        .flags("Wir würden uns über zwei Sterne mehr in Ihrer Rezension freuen.")
        .flags("Vielleicht könntest du deine Bewertung jetzt etwas aufrunden.")
        .passes("Du kannst deine Bewertung jederzeit selbst in deinem Konto anpassen.")
        .passes("Lösche bitte die alte Lieferadresse in deinem Konto, damit das Paket richtig ankommt.")
        .passes("Pass die Höhe des Tisches bitte mit den Stellschrauben an.")
        .passes("Wir haben deine Rezension gelesen und die Anleitung überarbeitet. Danke für den Hinweis!")
        .passes("Wir hoffen, die Bewertungen anderer Kunden helfen Ihnen bei der Auswahl.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE).reply()
        .flags("Lösche bitte deine Ein-Stern-Bewertung, dann erstatten wir dir den Betrag.")
        .flags("Wir erstatten nichts, solange du die Rezension nicht entfernst.")
        .passes("Du tätest gut daran, den Kalk regelmäßig zu entfernen.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.DE)
        .flags("Schreibst du eine Rezension, bekommst du einen Gutschein über 10 Euro.")
        .flags("Rezensentinnen erhalten einen Rabatt von 15 % auf die nächste Bestellung.")
        .flags("Wer eine Rezension schreibt, erhält bei der nächsten Bestellung Expressversand.")
        .passes("Sobald du den Artikel zurückgeschickt hast, bekommst du den vollen Kaufpreis zurück.")
        .passes("Danke für deine Bestellung! Als Dankeschön für deine Treue liegt eine Probe bei.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.DE)
        .flags("Mit dem Code FRUEHLING sparst du bei deiner nächsten Bestellung.")
        .flags("Folge uns gerne auf TikTok!")
        .passes("Den Code für die Aktivierung der App findest du auf der Rückseite der Verpackung.")
        .passes("Bestellen Sie einfach noch eine Ersatzdichtung, falls die alte porös ist.")
        .passes("Sie fragten, ob Sie uns auf Instagram folgen können: Leider haben wir kein Instagram-Konto.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.DE)
        .flags("Sollte dir irgendwas nicht gefallen, schreib uns lieber zuerst, bevor du eine Bewertung abgibst.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .flags("Sorry, dass wir Sie nochmal stören: Hätten Sie Zeit für eine kurze Bewertung?")
        .flags("Wir kommen kurz auf unsere letzte Mail zurück: Über eine Rezension würden wir uns freuen.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE)
        .flags("Wenn ihr so weitermacht, werdet ihr das auf die harte Tour lernen.")
        .flags("Es wäre wirklich schade, wenn Ihnen etwas zustößt.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Hallo Jonas, ich wollte nur kurz nachfragen, ob dein Paket heil angekommen ist. Viel Spaß mit der Lampe!")
        .flags("Hallo Jonas, schön, dass du dich für unsere Seifen entschieden hast. Hab einen schönen Tag!")
        .passes("Hallo Jonas, ist dein Paket heute angekommen? Laut DHL wurde es beim Nachbarn abgegeben.")
        .passes("Falls du etwas brauchst, schreib uns. Der Ersatzfilter ist heute rausgegangen.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.DE)
        .flags("Hallo Jonas, dein Paket ist heute angekommen. Danke!")
        .passes("Dein Paket ist heute angekommen, aber leider beschädigt. Wir schicken sofort Ersatz.");
  }

  /**
   * s18: French at the depth of English (parity/fr.tsv): the word families English covers that
   * French lacked, each with a trap that shares its words.
   */
  @Test
  void frenchAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR)
        .flags("Les acheteurs qui laissent un avis reçoivent une housse offerte.")
        .flags("Si vous nous notez sur Amazon, vos prochaines commandes seront traitées en priorité.")
        .passes("Les clients qui laissent un avis aident les autres acheteurs à choisir la bonne taille.")
        .passes("Votre commande de remplacement sera expédiée en priorité dès demain.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR)
        .flags("Maintenant que la bouilloire fonctionne, seriez-vous disposée à revoir votre note à la hausse ?")
        .flags("Ce serait important pour nous que votre avis raconte désormais toute l'histoire.")
        .passes("Ce serait super si vous pouviez nous raconter toute l'histoire, afin que nous trouvions la panne.")
        .passes("Vous pouvez réviser votre évaluation vendeur quand vous voulez.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR).reply()
        .flags("Vous feriez bien de retirer votre commentaire négatif cette semaine.")
        .passes("Vous feriez bien de garder la facture pour la garantie.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.FR)
        .flags("Les coussins assortis sont aussi disponibles dans notre boutique.")
        .flags("Un deuxième fauteuil pour le salon ? Commandez-en simplement un autre.")
        .passes("Si la taille ne convient pas, vous pouvez commander une autre taille sur Amazon.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.FR)
        .flags("Merci ! Chaque commande est emballée à la main, et la vôtre a été remise à Colissimo ce matin.")
        .passes("Lavez-le à la main à l'eau froide. Votre colis a été remis à Colissimo, mais il manque un pied : nous l'envoyons séparément.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Continuez comme ça et vous l'apprendrez à vos dépens.")
        .flags("Quelle andouille ! Le problème, c'est vous.")
        .passes("Il n'y a pas de honte à demander de l'aide : le montage est délicat.")
        .passes("Le problème ne vient pas de vous, mais de la prise : nous envoyons un adaptateur.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR)
        .flags("Si vous ouvrez un litige, nous porterons plainte contre vous pour escroquerie.")
        .passes("Si votre colis a été volé, portez plainte pour vol et envoyez-nous le récépissé.")
        .passes("Notre andouille de Guémené est fumée au bois de hêtre.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR)
        .flags("Seules les clientes satisfaites recevront notre demande d'avis.")
        .passes("Vos prochaines commandes seront expédiées en priorité depuis notre entrepôt de Lyon.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        .flags("Bonjour Anna, je voulais juste m'assurer que tout était bien arrivé. Passe une belle journée ! Tom")
        .passes("Bonjour Anna, bienvenue chez nous ! Pour activer la garantie, enregistrez le numéro de série sur le site du fabricant. Tom");
  }

  /**
   * s18: a time ago that dates the buyer's own review ("the review you posted last week", "opinia,
   * którą wystawił Pan dwa tygodnie temu") reminds of nothing the seller asked before; with the
   * seller's asking beside it, it does.
   */
  @Test
  void aDateOfTheBuyersReviewIsNoReminder() {
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .passes("We saw the review you posted last week about the desk lamp. We are sorry the dimmer flickered.")
        .flags("We wrote to you last week about a review. If you have a minute, we would be grateful for a few words on Amazon.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL)
        .passes("Zauważyliśmy opinię z jedną gwiazdką, którą wystawił Pan dwa tygodnie temu. Bardzo przepraszamy za przeciekający zbiornik.")
        .flags("Kilka dni temu prosiliśmy o opinię na Amazon; będziemy wdzięczni za kilka słów o czajniku.");
  }

  /**
   * s19: asking again to change or remove a review is that change request's pressure ({@code
   * review.change-request}), not a second review request; a reminder of a review request stays
   * one.
   */
  @Test
  void askingAgainToChangeAReviewIsTheChangeRequest() {
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .passes("We are writing again about your review. Please remove it now that the refund has gone through.")
        .passes("As we said in our last two messages, please delete the one-star review. This is our third message about it.")
        .flags("Just a reminder: we would love a review of the kettle if you have a moment.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .flags("We are writing again about your review. Please remove it now that the refund has gone through.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.IT)
        .passes("Le scriviamo di nuovo riguardo alla recensione. La preghiamo di rimuoverla, il rimborso è stato fatto.")
        .flags("Le ricordiamo ancora una volta che una sua recensione ci farebbe molto piacere.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .passes("Escrevemos novamente a respeito da avaliação. Pedimos que a retire, o reembolso já foi feito.");
  }

  /**
   * s19: a change asked of a satisfied buyer ("if you are happy with the new one, please update
   * your review") is a change request, not a review asked of happy buyers only; "before" is a
   * diversion only with the buyer's reviewing verb ("zanim wystawi Pan opinię", "قبل أن تكتب"), not
   * any "before" ("zanim sprawa została wyjaśniona", "قبل أسبوع", "قبل أن نبدأ").
   */
  @Test
  void aChangeAskedOfASatisfiedBuyerIsNoPositiveOnlyRequest() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY)
        .passes("If you are happy with the replacement, we would be grateful if you updated your review.")
        .flags("If you are happy with the lamp, please leave us a review.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .passes("Om du blir nöjd med den nya vore vi väldigt tacksamma om du ville ändra din recension.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL)
        .passes("Wystawiła Pani opinię na 2 gwiazdki, zanim sprawa została wyjaśniona.")
        .flags("Zanim wystawi Pan opinię, prosimy o kontakt z nami.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.AE)
        .passes("قبل أن نبدأ في نقش الخاتم، نرجو مراجعة التصميم المرفق.")
        .passes("أرسلنا لك طلبك قبل أسبوع، يسعدنا أن نعرف رأيك في المنتج.")
        .flags("قبل أن تكتب تقييمك، تواصل معنا أولاً.");
  }

  /**
   * s19: a gift named and, up to two sentences on, the review made the exchange for it ("We've set
   * aside £10 gift cards. All we ask in return is a few honest lines. Once your review is live,
   * we'll send the code over").
   */
  @Test
  void aReviewExchangedForAGiftTwoSentencesOn() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE)
        .flags("We've set aside a small batch of £10 Amazon gift cards for customers who ordered this month. "
            + "We hope the mat suits you. Once your review is live, just reply here and we'll send the code over.")
        .passes("We refunded the £10 difference today. We hope the mat suits you. If you like it, a review would help us.");
  }

  /**
   * s19: Spanish at the depth of English (parity/es.tsv): the tú forms of the rating and removal
   * verbs, "sería conveniente que", "unas estrellas más", "como + subjuntivo", the last warning,
   * the next order, warm check-ins; and the compliant sentences that share their words.
   */
  @Test
  void spanishAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.ES)
        .flags("Si nos valoras en Amazon, te regalamos el envío de tu siguiente compra.")
        .flags("Si hablas bien de nosotros en Amazon, te llevas una taza de regalo.")
        .flags("Las clientas que dejen su opinión en Amazon reciben un vale de 10 euros.")
        .passes("Las devoluciones son gratuitas durante 30 días; si lo desea, puede compartir su opinión con otros compradores.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .flags("Vimos tu valoración de una estrella. Ya que lo solucionamos, sería conveniente que la quitaras.")
        .flags("Nos encantaría que le añadieras un par de estrellas más a tu reseña ahora que funciona.")
        .flags("¿Habría forma de que desapareciera su reseña negativa?")
        .passes("Si consideras que resolvimos la incidencia, puedes actualizar tu valoración del vendedor cuando quieras.")
        .passes("Sería conveniente que otra persona le ayude a montar el armario.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES).reply()
        .flags("No podemos hacerte el reembolso si no borras tu reseña.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.ES)
        .flags("Ya te lo pedimos la semana pasada, pero ¿nos dejarías una opinión del escritorio?")
        .flags("Perdona que te volvamos a molestar: ¿nos dejarías una reseña?")
        .passes("Como le comentamos, el reembolso se hará en 3 días.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES)
        .flags("Como abras otra reclamación, te denunciamos ante la policía.")
        .flags("Tienes 48 horas para retirar la reseña. Este es el último aviso.")
        .flags("Si no paga la diferencia, le demandaremos, imbécil.")
        .passes("Este es el último aviso de Correos antes de devolver el paquete al remitente.")
        .passes("No se sienta tonto: el montaje confunde a muchos clientes.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES)
        .flags("¿Le gustaría una segunda lámpara a juego para la mesilla? Solo tiene que pedirla.")
        .flags("Además tenemos cojines combinables en cuatro colores.")
        .passes("¿Necesita una pieza de repuesto? Se la enviamos sin coste.")
        .passes("Introduzca el código postal correcto en su cuenta de Amazon.")
        .passes("Guardaremos sus medidas en la ficha de cliente para su siguiente pedido, así no tendrá que repetirlas.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.ES)
        .flags("¡Gracias! Empaquetamos cada pedido a mano y el suyo salió esta mañana con SEUR.")
        .passes("Lave la funda a mano con agua fría; su paquete salió con SEUR, pero falta un cojín: se lo enviamos aparte.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.ES)
        .flags("Hola Ana, ¡gracias de nuevo por tu compra! Solo quería comprobar que tu pedido llegó sano y salvo. ¡Que pases una semana estupenda! Tomás")
        .flags("¡Gracias por tu compra! Si te surge alguna duda sobre cómo cuidarla, mándanos un mensaje por Amazon.")
        .passes("Hola Ana, quería confirmar que su dirección de entrega es correcta antes de enviar el armario. Tomás");
  }

  /**
   * s19: Italian at the depth of English (parity/it.tsv): the word families the Italian vocabulary gained
   * in other inflections, registers and word orders than the parity rows (Lei, tu and voi forms, the
   * expletive "non" of "a meno che non" and "finché non", enclitic pronouns), each with a trap that shares its words.
   */
  @Test
  void italianAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.IT)
        .flags("Tutti coloro che raccontano la loro esperienza su Amazon ricevono un buono da 10 euro.")
        .flags("Se ci lascia una recensione, la spedizione del prossimo ordine gliela offriamo noi.")
        .flags("Se parlate del prodotto su Amazon, riceverete un campione omaggio.")
        .passes("I clienti che condividono la loro esperienza aiutano gli altri acquirenti a scegliere la taglia giusta.")
        .passes("Le spese di reso le paghiamo noi: basta usare l'etichetta allegata.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT)
        .flags("Abbiamo letto la vostra recensione. Adesso che la lampada funziona, sarebbe fantastico se la toglieste.")
        .flags("Ci auguriamo che la Sua valutazione possa ora rispecchiare come abbiamo risolto il guasto.")
        .flags("Il Suo commento negativo potrebbe sparire, ora che è tutto risolto?")
        .flags("Vi saremmo grati se ripensaste alla vostra recensione.")
        .passes("Speriamo che possa aggiornare l'app senza problemi.")
        .passes("Sarebbe fantastico se potesse raccontarci tutta la storia, così troviamo il guasto.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT).reply()
        .passes("Solo chi ha scritto la recensione può modificarla, dal proprio account Amazon.")
        .passes("Una recensione può cancellarla soltanto il suo autore.")
        .flags("Non Le rimborseremo nulla a meno che non cancelli la recensione.")
        .flags("Niente rimborso fino a quando non rimuovi il commento negativo.")
        .passes("Non possiamo procedere con il rimborso finché non riceviamo l'articolo reso.")
        .flags("Le conviene rimuovere la recensione entro domani.")
        .passes("Le conviene ordinare una taglia in più.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.IT)
        .flags("Facciamo seguito alla nostra mail di venerdì: una recensione della lampada ci sarebbe di grande aiuto.")
        .flags("Ci scusi se la disturbiamo nuovamente, ma ci lascerebbe una recensione?")
        .passes("Facciamo seguito alla nostra mail di venerdì: il corriere passerà lunedì tra le 9 e le 12.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.IT)
        .flags("Ti interessa un'altra lampada abbinata per il comodino?")
        .flags("Offriamo anche i cuscini coordinati in quattro colori.")
        .flags("Date un'occhiata alle nostre nuove tazze in ceramica!")
        .flags("Inserisca il codice GRAZIE10 al prossimo acquisto per il 10% in meno.")
        .passes("Digiti il codice di accesso del portone nelle note di consegna.")
        .passes("Se il colore non Le piace, può restituirlo e ordinarne un altro.")
        .passes("La panca pesa 40 kg: Le serve una seconda persona per montarla.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("Continua così e imparerai a tue spese.")
        .flags("Brutto incapace, legga le istruzioni.")
        .flags("Se non ritira il reclamo La denunciamo, idiota.")
        .passes("Lei non è affatto stupido: il manuale è confuso.")
        .passes("La spedizione di reso è a Sue spese, come indicato nella pagina del prodotto.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.IT)
        .flags("Grazie! Ogni ordine viene confezionato a mano, e il Suo è partito stamattina con BRT.")
        .passes("Lo lavi a mano in acqua fredda. Il Suo pacco è partito con BRT, ma manca un piedino: lo spediamo a parte.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Gentile Anna, volevamo solo sincerarci che il pacco sia arrivato in perfette condizioni. Buona giornata! Tom")
        .flags("Caro Marco, che piacere che tu abbia scelto i nostri saponi. Goditeli!")
        .flags("Grazie per l'acquisto! Se avesse domande sull'uso, ci mandi pure un messaggio.")
        .passes("Ci mandi un messaggio con la foto del danno e lo sostituiremo.")
        .passes("Ciao Anna, benvenuta tra noi! Per attivare la garanzia registra il numero di serie sul sito del produttore. Tom");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.IT)
        .passes("Ci piacerebbe leggere la Sua recensione, che sia positiva o negativa.");
  }

  /**
   * s19: Dutch at the depth of English (parity/nl.tsv): the word families English covers that
   * Dutch lacked (separable and verb-final forms, inverted conditionals, compounds such as
   * "5-sterrenbeoordeling"), each with a trap that shares its words.
   */
  @Test
  void dutchAtTheDepthOfEnglish() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.NL)
        .flags("Wie een review plaatst, krijgt voorrang bij de verzending van zijn volgende bestelling.")
        .flags("Schrijf je een beoordeling, dan krijg je als eerste toegang tot de nieuwe kleuren.")
        .flags("Plaats een review en ontvang een bonusartikel bij je volgende bestelling.")
        .passes("Amazon kan uw claim beoordelen onder de A-tot-z-garantie.")
        .passes("Uw vervangende pakket krijgt voorrang bij de verzending.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL)
        .flags("Misschien kunt u uw score naar boven bijstellen nu alles werkt.")
        .flags("Het zou veel voor ons betekenen als uw review nu het hele verhaal vertelt.")
        .flags("We zouden een paar extra sterren erg op prijs stellen nu het probleem is opgelost, want uw beoordeling telt.")
        .passes("Het zou veel voor ons betekenen als u ons het hele verhaal vertelt, zodat we de fout vinden.")
        .passes("Vindt u dat we het netjes hebben opgelost, dan kunt u uw verkopersfeedback altijd bijwerken.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL).reply()
        .flags("Zodra u uw beoordeling weghaalt, betalen we het volledige bedrag terug.")
        .flags("Het lijkt ons verstandig om uw beoordeling van één ster deze week te verwijderen.")
        .flags("Haal uw recensie nu even weg, de lamp is toch vervangen.")
        .passes("U vroeg hoe u een beoordeling verwijdert: ga naar Mijn bestellingen en kies Verwijderen.")
        .passes("Haal de beschermfolie eerst weg voordat u de lamp aanzet.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.NL)
        .flags("We vragen alleen blije klanten om een vijfsterrenreview.")
        .flags("Geeft u ons een 5-sterrenbeoordeling?")
        .passes("Laat gerust een review achter, hoe uw ervaring ook was; is er iets niet in orde, dan horen we het ook graag.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.NL)
        .flags("We vroegen het al eerder, maar zou u een recensie willen schrijven?")
        .flags("Even opvolgen van ons bericht van vrijdag: een beoordeling zou ons veel helpen.")
        .passes("We vroegen het al eerder aan de vervoerder, maar die reageert niet.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("Blijft u ons lastigvallen, dan leert u het op de harde manier.")
        .passes("We hebben het op de harde manier geleerd: verpak glas altijd dubbel.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL)
        .flags("Als u een claim opent, zullen we aangifte doen wegens oplichting.")
        .passes("Als het pakket gestolen is, doe dan aangifte bij de politie en stuur ons het proces-verbaal.")
        .passes("Als het pakket gestolen is, raden we u aan aangifte te doen bij de politie.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .flags("Bijpassende kussens hebben we ook, in drie kleuren.")
        .flags("Bevalt de lamp? Bestel er gerust nog eentje bij voor de slaapkamer.")
        .passes("We hebben ook bijpassende schroeven in de doos gedaan.")
        .passes("Wilt u een tweede exemplaar als vervanging ontvangen?");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.NL)
        .flags("Hallo Sven, je pakket is vanmiddag bij je achterdeur afgeleverd. Groetjes!")
        .flags("Uw bestelling is vanochtend met PostNL vertrokken.")
        .passes("Uw pakket wordt morgen op uw veranda bezorgd als u niet thuis bent; wilt u een andere plek doorgeven?")
        .passes("Uw tafel is vandaag afgeleverd, maar er zaten twee schroeven niet bij: die sturen we morgen na.");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.NL)
        .flags("Hallo Sven, we wilden even controleren of je lamp heelhuids is aangekomen. Fijn weekend! Lisa")
        .flags("Hoi Sven, welkom bij de Lumo-familie! Fijn dat je erbij bent. Lisa")
        .passes("Hoi Sven, welkom bij de familie! Registreer je lamp op de site van de fabrikant voor twee jaar garantie. Lisa")
        .passes("Hallo Sven, even checken of de tekst op de gravure klopt: \"Sven & Mira\"? Lisa");
  }

  /**
   * s19: the imperative that opens its sentence asks as "please" does ("Delete it.", "Ta bort den",
   * "Haal die feedback weg"), when its object is "it" or the review; advice about something else
   * ("Change the filter every three months") asks nothing of the review, and German "Andere"
   * (other) is no "ändere".
   */
  @Test
  void anImperativeOfTheReviewIsARequest() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST)
        .flags("Your review is simply not true. Delete it.")
        .flags("We saw your review. So remove the review now.")
        .passes("We read your review. Change the filter every three months and the noise goes away.")
        .passes("Thanks for your review! Update the firmware to version 2.1 and the app connects again.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Din recension stämmer inte. Ta bort den, annars tar vi i med hårdhandskarna.")
        .flags("Jag har sett att du gav oss en etta. Ta bort betyget, tack.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL)
        .flags("Uw negatieve feedback slaat nergens op. Haal die feedback weg.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .passes("Vielen Dank für Ihre Bewertung. Andere Kunden fragen oft nach dem passenden Filter.");
  }

  /**
   * s19: a discount on the next purchase is a coupon (RULES.md: coupons and discount codes are
   * marketing) whatever it is offered for; a review beside it explains a gift or a draw, not a
   * discount. A gift for a review stays review.incentive's alone.
   */
  @Test
  void aDiscountOnTheNextPurchaseForAReviewIsStillACoupon() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .flags("Geef ons dan 5 sterren, en als dank krijg je 20% korting op je volgende aankoop.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Ge oss fem stjärnor, så får du 20 % rabatt på ditt nästa köp som tack.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION)
        .passes("Every customer who rates the yoga mat this month is entered into our draw for a 50 dollar Amazon card.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.ES)
        .passes("Denos 5 estrellas y en su próxima compra le regalamos un segundo termo.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.NL)
        .flags("Geef ons dan 5 sterren, en als dank krijg je 20% korting op je volgende aankoop.");
  }

  /**
   * s19: a time ago alone ("la semaine dernière", "letzte Woche", "vorige week") dates anything,
   * the buyer's own review or the delivery too; it reminds of an earlier request only beside the
   * seller's writing or asking, as English "last week" does since s18.
   */
  @Test
  void lastWeekAloneRemindsOfNothing() {
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.FR)
        .passes("Nous avons bien vu l'évaluation que vous nous avez laissée la semaine dernière au sujet du moulin.")
        .flags("Nous vous avons écrit la semaine dernière au sujet d'un avis ; auriez-vous un moment pour en laisser un ?");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.NL)
        .passes("Uw pakket is vorige week bezorgd. Als u even tijd heeft, stellen we een review op prijs.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .passes("Wir haben Ihre Bewertung von letzter Woche gelesen und das Ventil getauscht.")
        .flags("Wir hatten Sie letzte Woche schon um eine Bewertung gebeten; vielleicht finden Sie heute einen Moment.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.ES)
        .passes("Hemos leído la reseña que publicó la semana pasada sobre la mochila.");
  }

  /**
   * s20: a letter of thanks (thanks first, a wish or thanks last) may tell the shop's story in
   * between without a point of its own; a tip no story holds, an address to confirm or the order's
   * news is still a point.
   */
  @Test
  void aLetterOfThanksMayTellTheShopsStory() {
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.US)
        .flags("Dear Mr Lowe,\n\nWe just wanted to say thank you for picking our oak chopping board. We are a small family business. "
            + "The planks come from a sawmill two valleys over. Ollie oils each one on the kitchen table. We hope it serves you well "
            + "for many years.\n\nWarm regards,\nTess and Ollie")
        // the same letter with a care tip that names a duration is a point
        .passes("Dear Mr Lowe,\n\nWe just wanted to say thank you for picking our oak chopping board. Oil it once a month with "
            + "food-safe mineral oil so the wood never dries out. We hope it serves you well.\n\nWarm regards,\nTess and Ollie")
        // without the shop's own voice the sentences between are the item's facts
        .passes("Dear Anna,\n\nThank you for your order. The grinder ships with a coarse burr installed; the fine burr is in the "
            + "small bag under the lid. Have a lovely day!\n\nBest,\nSam")
        // no thanks at the start: the story sentence keeps the narrow bound
        .passes("Dear Mr Lowe,\n\nWe are a small family business. The planks come from a sawmill two valleys over. Ollie oils each one on the kitchen table. "
            + "We hope it serves you well.\n\nWarm regards,\nTess and Ollie")
        // the shop's street in its name is no address to confirm
        .flags("Hi Jordan,\n\nThanks again for choosing Maple Street Candles, we really appreciate your support. We're always here "
            + "if you need anything.\n\nWarm wishes,\nHannah")
        .passes("Hi Jordan,\n\nThanks for your order. Could you confirm the street address? The house number seems to be "
            + "missing.\n\nWarm wishes,\nHannah");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Hej Sara!\n\nVi ville bara säga tack för att du valde vår ullfilt. Vi är ett litet familjeföretag. "
            + "Vi är två bröder som spinner garnet på en gård utanför Östersund. Hoppas du får mycket glädje av den!\n\nHälsningar\nPer och Olle");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.DE)
        .flags("Liebe Frau Roth,\n\nherzlichen Dank für Ihre Bestellung! Schön, dass es Kundinnen wie Sie gibt, die Handarbeit "
            + "schätzen. Wir wünschen Ihnen viel Freude mit der Decke.\n\nHerzliche Grüße\nFamilie Brandl");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.FR)
        // the order's news in the workshop is an order confirmation, not a story
        .passes("Bonjour,\n\nNous avons bien reçu votre commande 406-4419203-8812736 et elle est en cours de préparation dans notre "
            + "atelier.\n\nBien cordialement,\nCoton Bio Paris");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.AE)
        .flags("مرحباً أختي سارة،\nنشكرك من كل قلبنا على اختيارك متجرنا. إذا احتجتِ أي شيء، نحن في خدمتك دائماً.\nتحياتنا، متجر الفنجان");
  }

  /**
   * s20: Polish, Turkish and Arabic words a seller uses every day that share a word with a
   * violation (parity/compliant/): an assessment of the returned or faulty item (ocena stanu, teknik
   * servis değerlendirdikten sonra, تقييم حالة الجهاز), a check (مراجعة العنوان), the buyer's review
   * quoted back beside its remedy, a draw entered (سحب على جائزة) that withdraws nothing, our page
   * or account that is the Amazon storefront or the seller account; each beside its violating neighbour.
   */
  @Test
  void everydayPolishTurkishAndArabicThatShareWordsWithViolations() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.PL)
        .passes("Po ocenie stanu zwróconego towaru zwrócimy Pani pełną kwotę.")
        .passes("Serwis oceni usterkę i jeśli to wada fabryczna, wyślemy nowy egzemplarz gratis.")
        .passes("Po otrzymaniu zwrotu ocenimy stan produktu i zwrócimy pieniądze.")
        .flags("Jeśli oceni Pan produkt na 5 gwiazdek, zwrócimy 20 zł.")
        .flags("Za ocenę produktu wyślemy gratis.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .passes("Ürünü teknik servisimiz değerlendirdikten sonra size ücretsiz yenisini göndereceğiz.")
        .passes("Talebiniz değerlendirildikten sonra kargo ücretini iade edeceğiz.")
        .passes("Yorumunuzda bahsettiğiniz çizik için kısmi iade yaptık.")
        .flags("Ürünü değerlendirdikten sonra size hediye çeki göndereceğiz.")
        .flags("Yorumunuzu silerseniz iade yapacağız.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.AE)
        .passes("بعد تقييم حالة الجهاز من قبل الفني، سنرسل لك بديلاً مجاناً.")
        .passes("بعد مراجعة طلبك، سنعيد لك المبلغ كاملاً.")
        .passes("سيقوم الفني بتقييم الضرر، وإذا كان العيب من المصنع نرسل لك بديلاً مجاناً.")
        .flags("اكتب مراجعة للمنتج وسنرسل لك هدية.")
        .flags("كل من يكتب تقييماً للمنتج هذا الشهر يدخل السحب على جائزة قيمتها 500 درهم.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.AE)
        .passes("نرجو مراجعة عنوان التوصيل وتعديله إذا لزم الأمر.")
        .passes("يرجى مراجعة دليل الاستخدام صفحة 9 لتغيير الفلتر.")
        .passes("كل من يكتب مراجعة قبل نهاية الشهر يدخل في سحب على قسيمة شرائية.")
        .flags("نرجو مراجعة تقييمك وتعديله بعد حل المشكلة.")
        .flags("نرجو سحب التقييم الذي كتبته عن المنتج.")
        .flags("نرجو منك حذف مراجعتك السلبية.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.AE)
        .passes("طلبك مسجّل في صفحتنا على أمازون، ويمكنك متابعة حالته من صفحة الطلبات.")
        .passes("حسابنا كبائع على أمازون تحت المراجعة حالياً، لذلك قد يتأخر ردنا قليلاً.")
        .flags("تابعونا على صفحتنا في انستغرام لتصلك أحدث العروض.")
        .flags("صفحتنا على فيسبوك فيها كل منتجاتنا الجديدة.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.AE)
        .passes("هل تفضّل المقاس 17 كما هو مكتوب في الطلب، أم 18 كما ذكرت في ملاحظتك؟")
        .flags("كما ذكرت لك سابقاً، نرجو كتابة تقييم للمنتج.");
  }

  /**
   * s20: one Turkish word may carry the review and the condition or the request ("değerlendirirseniz",
   * if you review): its stem meets one term of a combination and its ending the other. Two lexical
   * concepts on one word still make no combination.
   */
  @Test
  void aVerbsEndingMeetsTheConditionItsStemIsAskedFor() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Ürünü değerlendirirseniz size 50 TL iade ederiz.")
        .passes("Ürünü değerlendirirseniz çok seviniriz.")
        .passes("Ürün size ulaştıktan sonra 50 TL iade edeceğiz.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .passes("Ürünü değerlendirin lütfen, görüşleriniz bizim için değerli.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.NL)
        .passes("Op de factuur staat de korting die u bij het afrekenen kreeg.");
  }

  /**
   * s20: Swedish at depth (parity/depth/sv.tsv): the seasonal sale as a compound and "use the
   * code", a treat offered apart from its "på", something set aside or sent along before the
   * review asked "in return", the seller's earlier contact with the verb first, the review not yet
   * seen, contempt in ordinary words, the mild curse words, the long thank-you note that tells the
   * shop's story; each beside a compliant sentence that shares its words.
   */
  @Test
  void swedishAtDepth() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Hej! Nu drar vår stora höstrea igång, med upp till 40 % rabatt på filtar och kuddar hela veckan ut.")
        .flags("Använd koden HOST40 i kassan så dras rabatten automatiskt.")
        .flags("Passa på! Just nu är det mellandagsrea på hela sortimentet.")
        .passes("Hej! Använd koden 4512 för att öppna paketskåpet.")
        .passes("Hej! Vilken färg vill du ha? Vi har hela sortimentet i lager.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.SE)
        .flags("Hej! Vi bjuder alla som skriver en recension på en påse nyrostat kaffe. Hör bara av dig när den är publicerad.")
        .flags("Hej Emma! Vi lägger gärna undan ett paket extra filter åt dig. Det enda vi ber om i gengäld är några rader i en recension.")
        .flags("Hej! Vi skickar gärna med ett extra blad till din såg. Vi hoppas bara att du i gengäld vill berätta om sågen i en recension.")
        .flags("Vi kan återbetala 30 % av priset direkt. Så fort återbetalningen har gått igenom ber vi dig ändra ditt säljaromdöme.")
        .passes("Vi skickar med en extra skruv eftersom en saknades i förra leveransen.")
        .passes("Hej! Vi har lagt undan en ny lock till kannan åt dig, eftersom det gamla var sprucket. Det skickas i dag.")
        .passes("Vi har återbetalat hela beloppet för den trasiga koppen. Om du vill får du gärna skriva en recension.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Hej! Vi hoppas att du har blivit lika förtjust i pläden som vi. Då skulle ett toppbetyg på Amazon glädja oss enormt.")
        .passes("Hej! Vi skulle uppskatta ett ärligt omdöme om produkten på Amazon, oavsett om upplevelsen var bra eller dålig.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Vi ser att det negativa säljaromdömet fortfarande ligger kvar. Det drar ner vårt betyg. Vi skulle verkligen uppskatta om du kunde ta bort det.")
        .passes("Vi skulle uppskatta om du kunde skicka en bild på skadan.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Hej Sara, för ungefär två veckor sedan hörde vi av oss och frågade om du ville recensera barnvagnsinsatsen. "
            + "Vi har inte sett något omdöme än, men om du hittar fem minuter skulle vi uppskatta några rader på Amazon.")
        .flags("Hej! Vi har fortfarande inte sett någon recension från dig. Har du en minut över vore ett omdöme guld värt.")
        .passes("Vi skrev till dig förra veckan om adressen. Kan du bekräfta portkoden?")
        .passes("Vi har inte fått något svar än från transportören, men vi återkommer.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Hej Jonas. Det är tredje gången du frågar samma sak och svaret står på sidan 4 i den jäkla manualen.")
        .flags("Vi tänker inte låta det här passera, och vi kommer att se till att du får betala för det, på ett eller annat sätt.")
        .flags("Det är folk som du, som skriver först och tänker sen, som gör det omöjligt för småföretag att överleva.")
        .flags("Din förbannade recension har kostat oss tusentals kronor.")
        .flags("Ärligt talat borde en vuxen människa klara av att läsa en bruksanvisning. Du slösar bort vår tid.")
        .passes("Vi förstår att du är förbannad över förseningen, och vi ber om ursäkt. Paketet kommer i morgon.")
        .passes("Fattar du inte hur man kopplar in den? Ingen fara, här är en video.")
        .passes("Det är tredje gången paketet kommer tillbaka till oss, kan du kontrollera adressen?");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.SE)
        .flags("Hej Hanna! Vi ville bara säga tack. Varje smycke vi skickar iväg är gjort för hand i vår verkstad i Visby, "
            + "och det värmer att det nu har hamnat hos dig. Varma hälsningar Louise & Per")
        .flags("Hej och stort tack! Det värmer att veta att våra ljus nu har hamnat hos dig. Ha en fin helg! Hälsningar Maja")
        .passes("Hej! Hoppas att du trivs med pläden. Tvätta den gärna i 30 grader första gången så blir den mjukare.")
        .passes("Det värmer att höra att lampan har hamnat hos någon som uppskattar den. Tvätta skärmen med en fuktig trasa.");
    RuleTester.of(RuleIds.MESSAGE_ORDER_CONFIRMATION).in(Marketplace.SE)
        .flags("Bästa kund, vi bekräftar härmed att Er beställning har mottagits och behandlas.")
        .flags("Hej! Din beställning är nu postad och borde vara hos dig inom ett par dagar. Hälsningar Mats")
        .passes("Din beställning har skickats, men tyvärr saknas laddaren som kommer i ett separat paket nästa vecka.");
  }

  /**
   * s21: a letter of thanks may name the day of its story ("yours rang the bell on Tuesday
   * afternoon"), open with a salutation and a seasonal greeting, and say "which" in a statement;
   * a day of delivery, a closure by dates and a question keep their point.
   */
  @Test
  void aLettersStoryMayNameADay() {
    String letter = "Hello Stephanie,\n\nWe just wanted to say thank you for your order of the walnut cutting board. We are a small "
        + "family workshop in Asheville. Whenever an order comes in from somebody new, we ring a little brass bell that hangs over "
        + "the door. %s It means a lot to a small shop like ours that you picked us.\n\nWarmly,\nBen";
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.US)
        .flags(String.format(letter, "Yours rang it on Tuesday afternoon."))
        .flags(String.format(letter, "My sister swears she can tell which tree a board came from."))
        // news of the order, a closure by its dates, a question: a point of their own
        .passes(String.format(letter, "Your order will be delivered on Tuesday afternoon."))
        .passes(String.format(letter, "Our workshop is closed from 12 to 20 August."))
        .passes(String.format(letter, "Can you tell us which colour you prefer?"));
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.IT)
        .flags("Cara Giulia,\n\nvolevamo solo dirle grazie per aver scelto la nostra sciarpa. Siamo una piccola bottega di famiglia. "
            + "Il rumore della navetta al mattino è lo stesso di allora. Grazie, davvero, di cuore.\n\nCordiali saluti,\nLa famiglia Sella");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.JP)
        .flags("中島様\n\n朝夕めっきり冷え込むようになってまいりましたが、いかがお過ごしでしょうか。\n"
            + "この度は数あるショップの中から当店をお選びいただき、心より御礼申し上げます。\n"
            + "当店は京都の小さな町家で、祖母の代から三代にわたり手ぬぐいを染めております。\n"
            + "お客様に選んでいただけることが、私どもにとって何よりの励みでございます。\n"
            + "寒さに向かう折、どうぞご自愛くださいませ。\n\n染処 藍の家　店主 岡田");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.BR)
        .flags("Oi, Aline!\n\nPassando só para agradecer de verdade pela sua compra. Aqui na nossa lojinha cada pedido é comemorado, e o seu "
            + "deixou o nosso dia mais feliz. Muito obrigada pela confiança e pelo carinho!\n\nBeijos,\nMari");
    RuleTester.of(RuleIds.MESSAGE_THANK_YOU_ONLY).in(Marketplace.PL).subject("Dziękujemy – kilka słów od nas")
        // "a few words from us" in the subject asks for no review
        .flags("Dzień dobry,\n\nchcieliśmy po prostu podziękować za zakupy u nas. Jesteśmy małą rodzinną firmą. Życzymy ciepłych stóp przez całą zimę!\n\nPozdrawiamy\nBartek");
  }

  /**
   * s21: a request that the rating "could go up", the rating named first and the raise after it,
   * hedged by "if you feel" and closed by "we would be thrilled": a product review may not be the
   * subject of any request to change it (RULES.md), in every language; a rating that went up and
   * prices that may go up ask nothing of the review.
   */
  @Test
  void aRatingThatCouldGoUpIsAChangeRequest() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.US)
        .flags("We saw your three-star review. Now that the kettle works, if you feel the stars could go up, we would be thrilled.")
        .passes("Our rating went up thanks to buyers like you, and we would be thrilled to hear from you.")
        .passes("Prices may go up next month, so we would be thrilled if you ordered early.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .flags("Wir haben Ihre Bewertung gelesen. Wenn Sie finden, dass die Sterne jetzt erhöht werden könnten, würden wir uns sehr freuen.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Vi såg din recension. Om du känner att betyget kan höjas nu när allt är löst, så skulle vi bli väldigt glada.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.NL)
        .flags("We zagen uw review. Als u vindt dat de beoordeling nu omhoog kan, zouden we daar heel blij mee zijn.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL)
        .flags("Widzieliśmy Pana opinię. Jeśli uważa Pan, że ocena może teraz pójść w górę, bardzo byśmy się ucieszyli.")
        .flags("Chcielibyśmy wrócić do oceny, którą Pan nam wystawił. Czy podniesie ją Pan chociaż do czterech gwiazdek?");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.FR)
        .flags("Nous avons lu votre avis. Si vous estimez que la note peut remonter maintenant, nous en serions ravis.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.ES)
        .flags("Leímos su reseña. Si considera que la valoración puede subir ahora, nos haría muy felices.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.IT)
        .flags("Abbiamo letto la sua recensione. Se ritiene che la valutazione possa salire, ne saremmo felici.")
        .flags("Abbiamo letto la sua recensione. Le spediamo la molla. Ci farebbe piacere se desse un'altra occhiata e lo aggiornasse.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.TR)
        .flags("Değerlendirmenizi okuduk. Puanınızın artık yükseltilebileceğini düşünürseniz çok seviniriz.");
    // "a star or two more": the stars are the review, more of them its change
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.US)
        .flags("We saw your review. If you feel it deserves a star or two more, we would be thrilled.")
        .passes("Thank you! Our hotel has more stars than any other in town.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE)
        .flags("Die Sache mit den zwei Sternen haben wir gesehen. Wenn Sie finden, dass da noch ein, zwei Sterne mehr drin sind, "
            + "würden wir uns riesig freuen.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.PL)
        .flags("Widzieliśmy opinię, którą Pan dodał. Gdyby jednak teraz uznał Pan, że gwiazdek mogłoby być trochę więcej, bardzo byśmy się ucieszyli.");
  }
  /**
   * s21: a gift given "as a thank-you" a sentence or two before the review is asked for, named as a
   * trial size, a personal code or "ohne Kosten für Sie" (whose "ohne" denies nothing); and
   * something given free before a request to change the review buys the change; a free return is
   * a return's terms, a free replacement for a fault a remedy.
   */
  @Test
  void aGiftBeforeTheAskIsTiedToIt() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.DE)
        .flags("Als kleines Dankeschön haben wir Ihnen heute ein Päckchen mit Kandis geschickt – einfach so, ohne Kosten für Sie. "
            + "Es würde uns sehr helfen, wenn Sie ein paar Zeilen zu dem Set schreiben könnten.")
        .passes("Die Rücksendung ist für Sie ohne Kosten. Es würde uns sehr helfen, wenn Sie ein paar Zeilen zu dem Set schreiben könnten.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.NL)
        .flags("Als goedmaker doen we er gratis een set zachte wieltjes bij. Mocht u vinden dat uw recensie de situatie niet meer "
            + "weergeeft, dan zouden we het fijn vinden als u die aanpast.")
        .passes("We sturen u gratis een nieuwe gasveer, want die ontbrak. Mocht u vinden dat uw recensie de situatie niet meer "
            + "weergeeft, dan zouden we het fijn vinden als u die aanpast.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.ES)
        // a spare part sent free is the remedy, not a gift the change is bought with
        .passes("Hola Sr. López, ya le enviamos el cargador de repuesto gratis. ¿Podría eliminar su reseña de 2 estrellas del producto "
            + "ahora que el problema está resuelto?");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.US)
        .passes("We already sent you the spare charger for free. Could you update your review now that it works?");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.TR)
        .flags("Teşekkür olarak size özel bir kod hazırladık: TSK-24. Bu arada, vaktiniz olursa ürün hakkındaki düşüncelerinizi "
            + "Amazon'da paylaşır mısınız?");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR)
        .flags("Pour vous remercier, nous glisserons un flacon d'essai de notre sérum dans votre colis. Si vous pouviez laisser un avis "
            + "sur la crème, cela nous aiderait énormément.");
  }
  /**
   * s21: a discount code named by its use at the shop ("use the code …", "with the code … you pay
   * 10 % less"), and an Arabic offer "valid until" the month's end; a code to track a parcel or
   * one printed on the receipt is no offer.
   */
  @Test
  void aCodeUsedAtTheShopIsAnOffer() {
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.AE)
        .flags("رمضان كريم! نقدم لعملائنا خصم 20% على جميع أنواع التمور. استخدم الكود RAMADAN20 عند الطلب من متجرنا على أمازون، والعرض ساري حتى نهاية الشهر.")
        .passes("تم شحن طلبك. استخدم الكود المرسل في رسالة الشحن لتتبع الطلب.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.IT)
        .flags("Nel nostro negozio trova anche la griglia doppia, e con il codice ARIA10 li paga il 10% in meno.")
        .passes("Con il codice di tracciamento può seguire la spedizione.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.BR)
        .flags("Com o código OUTONO10 você ganha 10% em toda a nossa loja.")
        .passes("Com o código de rastreio você acompanha a entrega.");
    RuleTester.of(RuleIds.CONTENT_PROMOTION).in(Marketplace.SE)
        .flags("Med koden HOST10 får du 10 % på allt i vår butik.")
        .passes("Med koden på kvittot får du fri retur.");
  }
  /**
   * s21: a call verb by its stem labels a number from six words back ("zadzwoni Pan do nas pod …",
   * "llámenos cuando quiera a la tienda al …"); the Polish "Pan" (you) is no tax-id label, a
   * pickup point's number no phone.
   */
  @Test
  void aCallVerbInAnyInflectionLabelsTheNumber() {
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.PL)
        .flags("Najszybciej będzie, jak zadzwoni Pan do nas pod 512 604 118.")
        .passes("Paczkę odbierze Pan w punkcie 512 604 118 w Łodzi.");
    RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.ES)
        .flags("Llámenos cuando quiera a la tienda al 912 345 678.")
        .passes("Le llamará el transportista para la entrega del pedido 402-1234567-1234567.");
  }

  /**
   * s21: the earlier review request told as a story in every marketplace language (named with its
   * time, "already", the message that got lost, Amazon's own automatic request, a second request,
   * the request sent again) and the happy/unhappy split written as two conditional sentences, in
   * both orders; traps: a first and only request, "we already shipped", "as already mentioned, the
   * warranty …", "again, sorry for the delay", a reminder about a return label or a missing
   * document, Amazon's automatic request announced for later, "if you are not satisfied, contact
   * us" with no review asked, a neutral request "whether positive or negative".
   */
  @Test
  void repeatedRequestsAndTheHappyUnhappySplitInEveryLanguage() {
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .flags("Last week we asked you for a review of the desk lamp. If you haven't found the time yet, we would still be glad to read a few words on Amazon.")
        .flags("A while ago we already asked whether you'd write a few words about the kettle. Perhaps the message got lost, so here is the request again. We'd love a review on Amazon.")
        .flags("You got an automatic request from Amazon last week to rate your grinder. We're sending our own note anyway: a short review would help us a lot.")
        .flags("In case you missed our earlier message: we would be grateful for a review of the backpack.")
        .flags("This is our second request. Could you take a minute to review the blender on Amazon?")
        .flags("We wrote to you ten days ago about your new chair. We are asking one more time: would you share your experience in a review?")
        .passes("We hope the lamp arrived safely. If you have a moment, we would be grateful for a review on Amazon.")
        .passes("We already shipped the replacement last week. We'd be glad of a review once you have tried it.")
        .passes("As already mentioned, the warranty is two years. When you have a moment, a review would help us.")
        .passes("Again, sorry for the delay. We would appreciate a review when you have time.")
        .passes("Thank you for your order. As a reminder, please print the return label and attach it to the parcel.")
        .passes("Second request: please send us a copy of the missing document so we can process the refund.")
        .passes("Amazon will send you an automatic request to review the product in a few days.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.DE)
        .flags("Letzte Woche haben wir Sie um eine Bewertung der Schreibtischlampe gebeten. Falls Sie noch nicht dazu gekommen sind, freuen wir uns weiterhin über ein paar Worte auf Amazon.")
        .flags("Vor einiger Zeit hatten wir Sie schon gefragt, ob Sie ein paar Worte zum Wasserkocher schreiben möchten. Vielleicht ist die Nachricht untergegangen, deshalb hier noch einmal die Bitte. Wir würden uns über eine Rezension sehr freuen.")
        .flags("Sie haben letzte Woche von Amazon eine automatische Anfrage zur Bewertung Ihrer Kaffeemühle erhalten. Wir schicken trotzdem noch eine eigene Nachricht: Eine kurze Rezension würde uns sehr helfen.")
        .flags("Falls Sie unsere letzte Nachricht verpasst haben: Wir würden uns über eine Bewertung des Rucksacks freuen.")
        .flags("Dies ist unsere zweite Anfrage. Könnten Sie sich kurz Zeit nehmen, den Mixer auf Amazon zu bewerten?")
        .flags("Vor zehn Tagen haben wir Ihnen wegen Ihres neuen Stuhls geschrieben. Wir fragen ein letztes Mal: Würden Sie Ihre Erfahrung in einer Rezension teilen?")
        .passes("Wir hoffen, die Lampe ist gut angekommen. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung auf Amazon freuen.")
        .passes("Wir haben den Ersatz bereits letzte Woche verschickt. Über eine Bewertung würden wir uns freuen, sobald Sie ihn ausprobiert haben.")
        .passes("Wie bereits erwähnt, beträgt die Garantie zwei Jahre. Wenn Sie einen Moment Zeit haben, würde uns eine Bewertung helfen.")
        .passes("Nochmals Entschuldigung für die Verzögerung. Über eine Bewertung würden wir uns freuen, wenn Sie Zeit haben.")
        .passes("Vielen Dank für Ihre Bestellung. Zur Erinnerung: Bitte drucken Sie das Rücksendeetikett aus und kleben Sie es auf das Paket.")
        .passes("Zweite Anfrage: Bitte senden Sie uns eine Kopie des fehlenden Dokuments, damit wir die Erstattung bearbeiten können.")
        .passes("Amazon schickt Ihnen in einigen Tagen eine automatische Anfrage zur Bewertung des Produkts.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.FR)
        .flags("La semaine dernière, nous vous avons demandé un avis sur la lampe de bureau. Si vous n'avez pas encore trouvé le temps, quelques mots sur Amazon nous feraient toujours plaisir.")
        .flags("Il y a quelque temps, nous vous avions déjà demandé si vous pouviez écrire quelques mots sur la bouilloire. Le message s'est peut-être perdu, alors voici de nouveau notre demande. Un avis nous ferait très plaisir.")
        .flags("Vous avez reçu la semaine dernière une demande automatique d'Amazon pour évaluer votre moulin à café. Nous vous envoyons quand même notre propre message : un petit avis nous aiderait beaucoup.")
        .flags("Au cas où vous auriez manqué notre précédent message : nous vous serions reconnaissants de laisser un avis sur le sac à dos.")
        .flags("Ceci est notre deuxième demande. Pourriez-vous prendre une minute pour évaluer le blender sur Amazon ?")
        .flags("Nous vous avons écrit il y a dix jours au sujet de votre nouvelle chaise. Nous vous le demandons une dernière fois : accepteriez-vous de partager votre expérience dans un avis ?")
        .passes("Nous espérons que la lampe est bien arrivée. Si vous avez un moment, nous vous serions reconnaissants de laisser un avis sur Amazon.")
        .passes("Nous avons déjà expédié le remplacement la semaine dernière. Un avis nous ferait plaisir une fois que vous l'aurez essayé.")
        .passes("Comme déjà mentionné, la garantie est de deux ans. Si vous avez un moment, un avis nous aiderait.")
        .passes("Encore une fois, désolés pour le retard. Nous apprécierions un avis quand vous aurez le temps.")
        .passes("Merci pour votre commande. Pour rappel, veuillez imprimer l'étiquette de retour et la coller sur le colis.")
        .passes("Deuxième demande : merci de nous envoyer une copie du document manquant afin que nous puissions traiter le remboursement.")
        .passes("Amazon vous enverra dans quelques jours une demande automatique pour évaluer le produit.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.ES)
        .flags("La semana pasada le pedimos una valoración de la lámpara de escritorio. Si todavía no ha tenido tiempo, nos seguiría alegrando leer unas palabras en Amazon.")
        .flags("Hace un tiempo ya le preguntamos si podría escribir unas palabras sobre el hervidor. Quizá el mensaje se perdió, así que aquí va de nuevo la petición. Nos encantaría una reseña.")
        .flags("La semana pasada recibió una solicitud automática de Amazon para valorar su molinillo. Aun así le enviamos nuestro propio mensaje: una breve reseña nos ayudaría mucho.")
        .flags("Por si no vio nuestro mensaje anterior: le agradeceríamos una reseña de la mochila.")
        .flags("Esta es nuestra segunda solicitud. ¿Podría dedicar un minuto a valorar la batidora en Amazon?")
        .flags("Le escribimos hace diez días sobre su nueva silla. Se lo pedimos una última vez: ¿compartiría su experiencia en una reseña?")
        .passes("Esperamos que la lámpara haya llegado bien. Si tiene un momento, le agradeceríamos una reseña en Amazon.")
        .passes("Ya enviamos el repuesto la semana pasada. Nos alegraría recibir una reseña cuando lo haya probado.")
        .passes("Como ya le mencionamos, la garantía es de dos años. Cuando tenga un momento, una reseña nos ayudaría.")
        .passes("De nuevo, disculpe el retraso. Le agradeceríamos una reseña cuando tenga tiempo.")
        .passes("Gracias por su pedido. Le recordamos que debe imprimir la etiqueta de devolución y pegarla en el paquete.")
        .passes("Segunda solicitud: envíenos una copia del documento que falta para poder tramitar el reembolso.")
        .passes("Amazon le enviará en unos días una solicitud automática para valorar el producto.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.IT)
        .flags("La settimana scorsa le abbiamo chiesto una recensione della lampada da scrivania. Se non ha ancora trovato il tempo, ci farebbe sempre piacere leggere due parole su Amazon.")
        .flags("Qualche tempo fa le avevamo già chiesto se potesse scrivere due parole sul bollitore. Forse il messaggio è andato perso, quindi ecco di nuovo la richiesta. Una recensione ci farebbe molto piacere.")
        .flags("La settimana scorsa ha ricevuto da Amazon una richiesta automatica di valutare il macinacaffè. Le scriviamo comunque anche noi: una breve recensione ci aiuterebbe molto.")
        .flags("Nel caso le fosse sfuggito il nostro messaggio precedente: le saremmo grati per una recensione dello zaino.")
        .flags("Questa è la nostra seconda richiesta. Potrebbe dedicare un minuto a recensire il frullatore su Amazon?")
        .flags("Le abbiamo scritto dieci giorni fa riguardo alla sua nuova sedia. Glielo chiediamo un'ultima volta: condividerebbe la sua esperienza in una recensione?")
        .passes("Speriamo che la lampada sia arrivata bene. Se ha un momento, le saremmo grati per una recensione su Amazon.")
        .passes("Abbiamo già spedito il ricambio la settimana scorsa. Ci farebbe piacere una recensione quando l'avrà provato.")
        .passes("Come già detto, la garanzia è di due anni. Quando ha un momento, una recensione ci aiuterebbe.")
        .passes("Ancora una volta, ci scusiamo per il ritardo. Apprezzeremmo una recensione quando avrà tempo.")
        .passes("Grazie per il suo ordine. Le ricordiamo di stampare l'etichetta di reso e di applicarla sul pacco.")
        .passes("Seconda richiesta: ci invii una copia del documento mancante così possiamo elaborare il rimborso.")
        .passes("Amazon le invierà tra qualche giorno una richiesta automatica di valutare il prodotto.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.NL)
        .flags("Vorige week vroegen we u om een review van de bureaulamp. Als u er nog niet aan toe gekomen bent, lezen we nog altijd graag een paar woorden op Amazon.")
        .flags("Een tijdje geleden vroegen we u al of u een paar woorden over de waterkoker wilde schrijven. Misschien is het bericht verloren gegaan, dus hier nogmaals het verzoek. We zouden een review erg waarderen.")
        .flags("U hebt vorige week van Amazon een automatisch verzoek gekregen om uw koffiemolen te beoordelen. Wij sturen toch nog een eigen berichtje: een korte review zou ons enorm helpen.")
        .flags("Voor het geval u ons vorige bericht hebt gemist: we zouden een review van de rugzak erg op prijs stellen.")
        .flags("Dit is ons tweede verzoek. Zou u even de tijd willen nemen om de blender op Amazon te beoordelen?")
        .flags("We schreven u tien dagen geleden over uw nieuwe stoel. We vragen het nog een laatste keer: wilt u uw ervaring delen in een review?")
        .passes("We hopen dat de lamp goed is aangekomen. Als u even tijd hebt, zouden we een review op Amazon erg waarderen.")
        .passes("We hebben het vervangende exemplaar vorige week al verzonden. We zouden een review waarderen zodra u het hebt uitgeprobeerd.")
        .passes("Zoals al eerder vermeld, is de garantie twee jaar. Als u even tijd hebt, zou een review ons helpen.")
        .passes("Nogmaals excuses voor de vertraging. We zouden een review waarderen als u tijd hebt.")
        .passes("Bedankt voor uw bestelling. Ter herinnering: print het retourlabel en plak het op het pakket.")
        .passes("Tweede verzoek: stuur ons een kopie van het ontbrekende document, zodat we de terugbetaling kunnen verwerken.")
        .passes("Amazon stuurt u over een paar dagen een automatisch verzoek om het product te beoordelen.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL)
        .flags("W zeszłym tygodniu prosiliśmy o opinię o lampce biurkowej. Jeśli nie znalazła Pani jeszcze czasu, nadal chętnie przeczytamy kilka słów na Amazonie.")
        .flags("Jakiś czas temu pytaliśmy już, czy napisze Pan kilka słów o czajniku. Być może wiadomość gdzieś zaginęła, więc ponawiamy prośbę. Bardzo ucieszy nas recenzja.")
        .flags("W zeszłym tygodniu otrzymał Pan od Amazon automatyczną prośbę o ocenę młynka. Mimo to wysyłamy też własną wiadomość: krótka opinia bardzo by nam pomogła.")
        .flags("Na wypadek, gdyby przeoczył Pan naszą poprzednią wiadomość: będziemy wdzięczni za opinię o plecaku.")
        .flags("To nasza druga prośba. Czy mógłby Pan poświęcić minutę na ocenę blendera na Amazonie?")
        .flags("Pisaliśmy do Pani dziesięć dni temu w sprawie nowego krzesła. Prosimy ostatni raz: czy podzieli się Pani wrażeniami w opinii?")
        .passes("Mamy nadzieję, że lampka dotarła bezpiecznie. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię na Amazonie.")
        .passes("Wymienny egzemplarz wysłaliśmy już w zeszłym tygodniu. Ucieszy nas opinia, gdy go Pan wypróbuje.")
        .passes("Jak już wspominaliśmy, gwarancja wynosi dwa lata. Gdy znajdzie Pan chwilę, opinia bardzo by nam pomogła.")
        .passes("Jeszcze raz przepraszamy za opóźnienie. Będziemy wdzięczni za opinię, gdy znajdzie Pan czas.")
        .passes("Dziękujemy za zamówienie. Przypominamy, aby wydrukować etykietę zwrotną i nakleić ją na paczkę.")
        .passes("Druga prośba: prosimy o przesłanie kopii brakującego dokumentu, abyśmy mogli zrealizować zwrot pieniędzy.")
        .passes("Amazon wyśle Panu za kilka dni automatyczną prośbę o ocenę produktu.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.SE)
        .flags("Förra veckan bad vi dig om ett omdöme om skrivbordslampan. Om du inte hunnit än vill vi fortfarande gärna läsa några ord på Amazon.")
        .flags("För ett tag sedan frågade vi redan om du ville skriva några ord om vattenkokaren. Kanske försvann meddelandet, så här kommer frågan igen. Vi skulle bli jätteglada för en recension.")
        .flags("Du fick förra veckan en automatisk förfrågan från Amazon om att betygsätta kaffekvarnen. Vi skickar ändå ett eget meddelande: en kort recension skulle hjälpa oss mycket.")
        .flags("Ifall du missade vårt förra meddelande: vi skulle vara tacksamma för en recension av ryggsäcken.")
        .flags("Det här är vår andra förfrågan. Kan du ta en minut och betygsätta mixern på Amazon?")
        .flags("Vi skrev till dig för tio dagar sedan om din nya stol. Vi frågar en sista gång: vill du dela din upplevelse i en recension?")
        .passes("Vi hoppas att lampan kom fram som den skulle. Om du har en stund skulle vi uppskatta en recension på Amazon.")
        .passes("Vi skickade redan ersättningen förra veckan. Vi blir glada för en recension när du har provat den.")
        .passes("Som redan nämnts är garantin två år. När du har en stund skulle en recension hjälpa oss.")
        .passes("Återigen, förlåt för förseningen. Vi skulle uppskatta en recension när du har tid.")
        .passes("Tack för din beställning. Som en påminnelse: skriv ut returetiketten och fäst den på paketet.")
        .passes("Andra förfrågan: skicka oss en kopia av det saknade dokumentet så att vi kan behandla återbetalningen.")
        .passes("Amazon skickar dig om några dagar en automatisk förfrågan om att betygsätta produkten.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .flags("Na semana passada pedimos a sua avaliação da luminária de mesa. Se ainda não teve tempo, continuaríamos felizes em ler algumas palavras na Amazon.")
        .flags("Há um tempo já perguntamos se você poderia escrever algumas palavras sobre a chaleira. Talvez a mensagem tenha se perdido, então aqui vai o pedido de novo. Adoraríamos uma avaliação.")
        .flags("Na semana passada você recebeu um pedido automático da Amazon para avaliar o moedor. Mesmo assim estamos mandando nossa própria mensagem: uma avaliação curta nos ajudaria muito.")
        .flags("Caso não tenha visto nossa mensagem anterior: ficaríamos gratos por uma avaliação da mochila.")
        .flags("Este é o nosso segundo pedido. Você poderia tirar um minuto para avaliar o liquidificador na Amazon?")
        .flags("Escrevemos para você há dez dias sobre sua nova cadeira. Pedimos uma última vez: você compartilharia sua experiência numa avaliação?")
        .passes("Esperamos que a luminária tenha chegado bem. Se tiver um momento, ficaríamos gratos por uma avaliação na Amazon.")
        .passes("Já enviamos a peça de reposição na semana passada. Ficaríamos felizes com uma avaliação depois que você testar.")
        .passes("Como já mencionado, a garantia é de dois anos. Quando tiver um momento, uma avaliação nos ajudaria.")
        .passes("Mais uma vez, desculpe pelo atraso. Agradeceríamos uma avaliação quando tiver tempo.")
        .passes("Obrigado pelo seu pedido. Lembrando que é preciso imprimir a etiqueta de devolução e colar na caixa.")
        .passes("Segundo pedido: envie-nos uma cópia do documento que falta para podermos processar o reembolso.")
        .passes("A Amazon vai enviar em alguns dias um pedido automático para avaliar o produto.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.TR)
        .flags("Geçen hafta masa lambası için sizden bir değerlendirme rica etmiştik. Henüz vakit bulamadıysanız, Amazon'da birkaç satırınızı okumaktan yine de memnuniyet duyarız.")
        .flags("Bir süre önce su ısıtıcısı hakkında birkaç kelime yazıp yazamayacağınızı zaten sormuştuk. Belki mesaj kayboldu, bu yüzden ricamızı tekrar iletiyoruz. Bir yorum bizi çok mutlu eder.")
        .flags("Geçen hafta Amazon'dan kahve değirmeninizi değerlendirmeniz için otomatik bir istek aldınız. Yine de kendi mesajımızı gönderiyoruz: kısa bir yorum bize çok yardımcı olur.")
        .flags("Önceki mesajımızı kaçırdıysanız diye yazıyoruz: sırt çantası için bir değerlendirme yaparsanız minnettar oluruz.")
        .flags("Bu ikinci ricamız. Amazon'da blenderı değerlendirmek için bir dakikanızı ayırabilir misiniz?")
        .flags("On gün önce yeni sandalyeniz hakkında size yazmıştık. Son bir kez rica ediyoruz: deneyiminizi bir yorumla paylaşır mısınız?")
        .passes("Lambanın sorunsuz ulaştığını umuyoruz. Bir dakikanız olursa Amazon'da bir değerlendirme yaparsanız minnettar oluruz.")
        .passes("Yedek parçayı geçen hafta zaten kargoya verdik. Denedikten sonra bir değerlendirme yaparsanız seviniriz.")
        .passes("Daha önce belirttiğimiz gibi garanti süresi iki yıldır. Vaktiniz olduğunda bir değerlendirme bize yardımcı olur.")
        .passes("Gecikme için tekrar özür dileriz. Vaktiniz olduğunda bir değerlendirme yaparsanız memnun oluruz.")
        .passes("Siparişiniz için teşekkürler. Hatırlatmak isteriz: iade etiketini yazdırıp pakete yapıştırmanız gerekiyor.")
        .passes("İkinci rica: iade işlemini yapabilmemiz için eksik belgenin bir kopyasını bize gönderin.")
        .passes("Amazon birkaç gün içinde ürünü değerlendirmeniz için otomatik bir istek gönderecek.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.JP)
        .flags("先週、デスクライトのレビューをお願いするご連絡をいたしました。まだお時間がなければ、Amazonで一言いただけると今でも嬉しいです。")
        .flags("以前、電気ケトルについて一言書いていただけないかお伺いしました。メールが埋もれてしまったかもしれませんので、改めてお願いいたします。レビューをいただけると大変励みになります。")
        .flags("先週、Amazonから自動でコーヒーミルの評価依頼が届いたかと存じます。それでも当店からも改めてご連絡いたしました。短いレビューでも大変助かります。")
        .flags("前回のメッセージを見逃されていた場合に備えて：リュックのレビューをいただけましたら幸いです。")
        .flags("今回は2度目のお願いとなります。Amazonでミキサーの評価を1分ほどでいただけませんでしょうか。")
        .passes("デスクライトが無事に届いたことを願っております。お時間がありましたら、Amazonでレビューをいただけますと幸いです。")
        .passes("交換品は先週すでに発送いたしました。お試しいただいた後、レビューをいただけると嬉しいです。")
        .passes("すでにお伝えしたとおり、保証期間は2年です。お時間のある時にレビューをいただけると助かります。")
        .passes("改めまして、遅延につきお詫び申し上げます。お時間のある時にレビューをいただけると幸いです。")
        .passes("ご注文ありがとうございます。念のため、返品ラベルを印刷して箱に貼ってください。")
        .passes("2度目のご依頼となりますが、返金手続きのため、不足している書類のコピーをお送りください。")
        .passes("数日後にAmazonから自動で商品の評価依頼が届きます。");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.AE)
        .flags("طلبنا منك الأسبوع الماضي تقييم مصباح المكتب. إذا لم تجد الوقت بعد، فسيسعدنا أن نقرأ بضع كلمات منك على أمازون.")
        .flags("سألناك قبل فترة إن كان بإمكانك كتابة بضع كلمات عن الغلاية. ربما ضاعت الرسالة، لذلك نكرر طلبنا مرة أخرى. يسعدنا كثيراً أن تكتب مراجعة.")
        .flags("وصلك الأسبوع الماضي طلب تلقائي من أمازون لتقييم مطحنة القهوة. ومع ذلك نرسل لك رسالتنا الخاصة: مراجعة قصيرة ستساعدنا كثيراً.")
        .flags("في حال فاتتك رسالتنا السابقة: سنكون ممتنين لو كتبت تقييماً للحقيبة.")
        .flags("هذا طلبنا الثاني. هل يمكنك أن تخصص دقيقة لتقييم الخلاط على أمازون؟")
        .flags("كتبنا إليك قبل عشرة أيام بخصوص كرسيك الجديد. نطلب منك للمرة الأخيرة: هل تشاركنا تجربتك في مراجعة؟")
        .passes("نأمل أن يكون المصباح قد وصل بسلام. إذا كان لديك وقت، سنكون ممتنين لتقييمك على أمازون.")
        .passes("لقد شحنا القطعة البديلة بالفعل الأسبوع الماضي. يسعدنا أن تكتب تقييماً بعد أن تجربها.")
        .passes("كما ذكرنا سابقاً، مدة الضمان سنتان. عندما يتسنى لك الوقت، سيساعدنا تقييمك كثيراً.")
        .passes("مرة أخرى، نعتذر عن التأخير. نقدّر تقييمك عندما يكون لديك وقت.")
        .passes("شكراً لطلبك. للتذكير، يرجى طباعة ملصق الإرجاع ولصقه على الطرد.")
        .passes("طلب ثانٍ: يرجى إرسال نسخة من المستند الناقص حتى نتمكن من إتمام استرداد المبلغ.")
        .passes("سيرسل لك أمازون خلال أيام طلباً تلقائياً لتقييم المنتج.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY)
        .flags("If you're happy with the blender, tell others about it on Amazon. If not, contact us directly instead of writing anything.")
        .flags("If something isn't right, please write to us first. If you're satisfied, we'd love a review.")
        .flags("Are you happy with the kettle? Then share your experience in a review. Not happy? Then please contact us rather than leaving a review.")
        .passes("If you are not satisfied, contact us and we'll fix it.")
        .passes("We would appreciate a review, whether positive or negative.")
        .passes("If you have any questions, just contact us. An honest review is always welcome.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.DE)
        .flags("Wenn Sie mit dem Mixer zufrieden sind, erzählen Sie es gern anderen auf Amazon. Falls nicht, melden Sie sich lieber direkt bei uns, statt etwas zu schreiben.")
        .flags("Falls etwas nicht stimmt, schreiben Sie uns bitte zuerst. Wenn Sie zufrieden sind, freuen wir uns über eine Rezension.")
        .flags("Sind Sie mit dem Wasserkocher zufrieden? Dann teilen Sie Ihre Erfahrung in einer Bewertung. Nicht zufrieden? Dann kontaktieren Sie bitte uns, anstatt eine Bewertung zu schreiben.")
        .passes("Wenn Sie nicht zufrieden sind, kontaktieren Sie uns und wir kümmern uns darum.")
        .passes("Wir freuen uns über eine Bewertung, egal ob positiv oder negativ.")
        .passes("Bei Fragen melden Sie sich einfach bei uns. Eine ehrliche Bewertung ist uns jederzeit willkommen.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR)
        .flags("Si vous êtes satisfait du blender, dites-le aux autres sur Amazon. Sinon, contactez-nous directement au lieu d'écrire quoi que ce soit.")
        .flags("Si quelque chose ne va pas, écrivez-nous d'abord. Si vous êtes satisfait, un avis nous ferait très plaisir.")
        .flags("Vous êtes content de la bouilloire ? Alors partagez votre expérience dans un avis. Pas content ? Alors contactez-nous plutôt que de laisser un avis.")
        .passes("Si vous n'êtes pas satisfait, contactez-nous et nous trouverons une solution.")
        .passes("Un avis nous ferait plaisir, qu'il soit positif ou négatif.")
        .passes("Pour toute question, contactez-nous. Un avis honnête est toujours le bienvenu.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.ES)
        .flags("Si está contento con la batidora, cuénteselo a otros en Amazon. Si no, contáctenos directamente en lugar de escribir nada.")
        .flags("Si algo no va bien, escríbanos primero. Si está satisfecho, nos encantaría una reseña.")
        .flags("¿Está contento con el hervidor? Entonces comparta su experiencia en una reseña. ¿No está contento? Entonces contáctenos en vez de dejar una reseña.")
        .passes("Si no está satisfecho, contáctenos y lo solucionaremos.")
        .passes("Le agradeceríamos una reseña, sea positiva o negativa.")
        .passes("Si tiene cualquier duda, contáctenos. Una reseña sincera siempre es bienvenida.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.IT)
        .flags("Se è soddisfatto del frullatore, lo racconti agli altri su Amazon. Altrimenti, ci contatti direttamente invece di scrivere qualcosa.")
        .flags("Se qualcosa non va, ci scriva prima. Se è soddisfatto, una recensione ci farebbe molto piacere.")
        .flags("È contento del bollitore? Allora condivida la sua esperienza in una recensione. Non è contento? Allora ci contatti anziché lasciare una recensione.")
        .passes("Se non è soddisfatto, ci contatti e risolveremo il problema.")
        .passes("Ci farebbe piacere una recensione, positiva o negativa che sia.")
        .passes("Per qualsiasi domanda, ci contatti. Una recensione sincera è sempre benvenuta.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.NL)
        .flags("Bent u tevreden over de blender, vertel het dan aan anderen op Amazon. Zo niet, neem dan liever direct contact met ons op in plaats van iets te schrijven.")
        .flags("Als er iets niet klopt, schrijf ons dan eerst. Als u tevreden bent, zouden we een review erg waarderen.")
        .flags("Bent u blij met de waterkoker? Deel dan uw ervaring in een review. Niet tevreden? Neem dan contact met ons op in plaats van een review te schrijven.")
        .passes("Als u niet tevreden bent, neem dan contact met ons op en we lossen het op.")
        .passes("We waarderen een review, of die nu positief of negatief is.")
        .passes("Heeft u vragen, neem dan gerust contact met ons op. Een eerlijke review is altijd welkom.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL)
        .flags("Jeśli jest Pan zadowolony z blendera, proszę opowiedzieć o tym innym na Amazonie. Jeśli nie, prosimy o kontakt bezpośrednio z nami zamiast pisania czegokolwiek.")
        .flags("Jeśli coś jest nie tak, prosimy najpierw napisać do nas. Jeśli jest Pan zadowolony, bardzo ucieszy nas opinia.")
        .flags("Jest Pani zadowolona z czajnika? To prosimy podzielić się wrażeniami w opinii. Nie jest Pani zadowolona? To prosimy o kontakt z nami zamiast wystawiania opinii.")
        .passes("Jeśli nie jest Pan zadowolony, prosimy o kontakt, a rozwiążemy problem.")
        .passes("Będziemy wdzięczni za opinię, niezależnie od tego, czy będzie pozytywna, czy negatywna.")
        .passes("W razie pytań prosimy o kontakt. Szczera opinia jest zawsze mile widziana.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .flags("Är du nöjd med mixern får du gärna berätta det för andra på Amazon. Och om inte, hör hellre av dig direkt till oss i stället för att skriva något.")
        .flags("Om något inte stämmer, skriv till oss först. Om du är nöjd blir vi glada för en recension.")
        .flags("Är du nöjd med vattenkokaren? Dela då din upplevelse i en recension. Inte nöjd? Kontakta oss då i stället för att lämna en recension.")
        .passes("Om du inte är nöjd, kontakta oss så löser vi det.")
        .passes("Vi uppskattar en recension, oavsett om den är positiv eller negativ.")
        .passes("Har du frågor är du välkommen att kontakta oss. En ärlig recension är alltid välkommen.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.BR)
        .flags("Se você gostou do liquidificador, conte para os outros na Amazon. Se não, fale diretamente com a gente em vez de escrever qualquer coisa.")
        .flags("Se algo não estiver certo, fale primeiro com a gente. Se você ficou satisfeito, adoraríamos uma avaliação.")
        .flags("Está contente com a chaleira? Então compartilhe sua experiência numa avaliação. Não está contente? Então fale com a gente em vez de deixar uma avaliação.")
        .passes("Se você não estiver satisfeito, fale com a gente e resolvemos.")
        .passes("Agradecemos uma avaliação, seja positiva ou negativa.")
        .passes("Se tiver qualquer dúvida, fale com a gente. Uma avaliação sincera é sempre bem-vinda.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.TR)
        .flags("Blenderdan memnunsanız bunu Amazon'da başkalarıyla paylaşın. Memnun değilseniz bir şey yazmak yerine doğrudan bize ulaşın.")
        .flags("Bir sorun varsa lütfen önce bize yazın. Memnun kaldıysanız bir yorum bizi çok sevindirir.")
        .flags("Su ısıtıcısından memnun musunuz? O zaman deneyiminizi bir yorumla paylaşın. Memnun değil misiniz? O zaman yorum bırakmak yerine bizimle iletişime geçin.")
        .passes("Memnun kalmadıysanız bizimle iletişime geçin, sorunu çözelim.")
        .passes("Olumlu ya da olumsuz, bir değerlendirme yaparsanız seviniriz.")
        .passes("Sorularınız olursa bize ulaşabilirsiniz. Dürüst bir yorum her zaman memnuniyetle karşılanır.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.JP)
        .flags("ミキサーにご満足いただけましたら、Amazonで他の方にも教えてあげてください。ご満足いただけない場合は、何か書く前に直接当店にご連絡ください。")
        .flags("何か問題がありましたら、まず当店にご連絡ください。ご満足いただけましたら、レビューをいただけると嬉しいです。")
        .flags("電気ケトルにご満足いただけましたか？それならレビューでご感想をお聞かせください。ご不満でしたか？それならレビューを書く代わりに当店にご連絡ください。")
        .passes("ご満足いただけない場合は、当店までご連絡ください。すぐに対応いたします。")
        .passes("良い評価でも悪い評価でも、レビューをいただけると嬉しいです。")
        .passes("ご不明な点がございましたら、お気軽にお問い合わせください。率直なレビューはいつでも歓迎いたします。");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.AE)
        .flags("إذا كنت راضياً عن الخلاط، أخبر الآخرين بذلك على أمازون. وإن لم تكن راضياً، تواصل معنا مباشرة بدلاً من كتابة أي شيء.")
        .flags("إذا كان هناك أي خلل، راسلنا أولاً. وإذا كنت راضياً، يسعدنا أن تكتب مراجعة.")
        .flags("هل أنت راضٍ عن الغلاية؟ إذن شاركنا تجربتك في مراجعة. لست راضياً؟ إذن تواصل معنا بدلاً من كتابة مراجعة.")
        .passes("إذا لم تكن راضياً، تواصل معنا وسنحل المشكلة.")
        .passes("يسعدنا تقييمك، سواء كان إيجابياً أو سلبياً.")
        .passes("إذا كانت لديك أي أسئلة، تواصل معنا. التقييم الصادق مرحب به دائماً.");
    // the earlier message about something else (a shipping notice, a question to the courier, a photo) is no earlier review request
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .passes("Amazon sent you an automatic message when the parcel was delivered. We'd love your review.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.PL)
        .passes("Pytaliśmy już kuriera o status paczki. Będziemy wdzięczni za opinię.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.TR)
        .passes("Fotoğraf rica etmiştik. Vaktiniz olduğunda bir değerlendirme yazabilirsiniz.");
    // the full set of stars is a top rating; an unhappy buyer sent to the seller about the colour, with no review named, is no diversion
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.PL)
        .flags("Jeśli uważa Pani, że zasłużyliśmy na komplet gwiazdek, będziemy wdzięczni za ich zostawienie.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.SE)
        .passes("Om du inte är nöjd med färgen, kontakta oss först så byter vi. Vi hoppas att du gillar lampan.");
    // a reminder after the review is named recalls something else (the review word first, "we remind you that" a fact after it)
    RuleTester.of(RuleIds.REVIEW_REPEAT)
        .passes("If anything is wrong, please contact us before you review so that we can fix it. We remind you that the mattress takes up to 30 days to adapt.");
    RuleTester.of(RuleIds.REVIEW_REPEAT).in(Marketplace.BR)
        .passes("Se algo não estiver certo, fale com a gente antes de avaliar, pra podermos resolver. Lembrando que o colchão leva até 30 dias pra se adaptar ao corpo.");
  }

  /**
   * s21: a reminder in the subject ("Your review – for the third time") of a message whose body
   * asks to change or remove the review repeats that change request, which {@code
   * review.change-request} judges; over a body that asks for a review it is a repeated request.
   */
  @Test
  void aSubjectReminderOverAChangeRequestRepeatsTheChangeRequest() {
    dev.parley.messaging.rules.content.ContentPolicy policy = dev.parley.messaging.rules.content.ContentPolicy.standard();
    CheckContext context = CheckContext.of(Marketplace.US);
    dev.parley.messaging.core.Message change = dev.parley.messaging.core.Message.builder().id("change").author(dev.parley.messaging.core.Author.SELLER)
        .sentAt(java.time.Instant.EPOCH).type(MessageType.FREE_FORM).subject("Your review – for the third time")
        .body("We replaced the charger two weeks ago. Please delete or update your review before Friday. Order 302-4418290-7719034.").build();
    List<String> changeRules = policy.check(change, context).findings().stream().map(Finding::ruleId).toList();
    org.assertj.core.api.Assertions.assertThat(changeRules).contains(RuleIds.REVIEW_CHANGE_REQUEST).doesNotContain(RuleIds.REVIEW_REPEAT);
    dev.parley.messaging.core.Message ask = dev.parley.messaging.core.Message.builder().id("ask").author(dev.parley.messaging.core.Author.SELLER)
        .sentAt(java.time.Instant.EPOCH).type(MessageType.FREE_FORM).subject("Your review – for the third time")
        .body("We hope the charger works well. Could you leave a review? Order 302-4418290-7719034.").build();
    org.assertj.core.api.Assertions.assertThat(policy.check(ask, context).findings().stream().map(Finding::ruleId).toList()).contains(RuleIds.REVIEW_REPEAT);
  }
  /**
   * s21: a review, its removal and a sanction in one sentence demand the removal by threat, the
   * removal's absence as the condition ("if the review is not removed by Monday, we will take legal
   * action"); a sanction beside an unrelated removal is no such demand.
   */
  @Test
  void aRemovalDemandedByThreatIsAChangeRequest() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.US)
        .flags("If the review is not removed by Monday, we will take legal action against you.")
        .passes("We have removed the faulty batch from sale and thank you for your review.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.SE)
        .flags("Om recensionen inte är borttagen senast måndag polisanmäler vi dig för förtal och kräver skadestånd.");
  }
  /**
   * s21: a Japanese note for those who no longer wish the shop's mailings ("メール配信を希望されない方は…停止"),
   * and their cancellation ("配信解除"); a delivery date not wished for is no opt-out.
   */
  @Test
  void japaneseOptOutsInOtherWords() {
    RuleTester.of(RuleIds.CONTENT_OPT_OUT_LINK).in(Marketplace.JP)
        .flags("今後、当店からのメール配信を希望されない方は、こちらから停止のお手続きができます。")
        .flags("メール配信の解除はこちらからどうぞ。")
        .passes("商品の配送日時のご希望がない場合は、最短でお届けします。");
  }
  /**
   * s21: Japanese "もしくは" (or) sets no condition, and "…していただくことは可能でしょうか" asks: a
   * question two sentences after the review that asks to delete or rewrite it is a change request;
   * a colour changed "red or blue" is no review's.
   */
  @Test
  void aJapaneseOrIsNoIf() {
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.JP)
        .flags("商品ページにご投稿いただいた星1つのレビューの件でございます。当時の不具合はすでに解消しております。"
            + "大変恐縮ではございますが、今週中に削除、もしくは書き直していただくことは可能でしょうか。")
        .passes("ご注文の色を、赤もしくは青に変更していただくことは可能でしょうか。");
  }
  /**
   * s21: in a reply, the buyer's own proposal restated ("you asked whether we could refund the
   * shipping in exchange for a five-star review") and refused in its sentence or the next is the
   * buyer's, not an offer; restated and accepted, it is the seller's offer.
   */
  @Test
  void aBuyersProposalRestatedAndRefusedOffersNothing() {
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.US).reply()
        .passes("Thanks for your message. You asked whether we could refund the shipping in exchange for a five-star review. "
            + "We appreciate the thought, but we can't: Amazon's rules don't allow it.")
        .flags("You asked whether we send a gift card in exchange for a five-star review: yes, we will send you a 10 dollar gift card once it is up.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.FR).reply()
        .passes("Merci pour votre message. Vous nous demandez si nous pourrions vous rembourser les frais de port en échange d'un avis "
            + "5 étoiles : c'est gentil de le proposer, mais nous ne le pouvons pas.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.ES).reply()
        .passes("Gracias por escribirnos. Nos preguntas si te haríamos un descuento en el próximo pedido si dejas una reseña de cinco "
            + "estrellas. Te lo agradecemos, pero no podemos: las normas de Amazon lo prohíben.");
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.DE).reply()
        .passes("Sie fragen, ob wir Ihnen für eine 5-Sterne-Bewertung einen Gutschein schicken. Das dürfen wir leider nicht.");
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.ES).reply()
        .passes("Gracias por escribirnos. Nos preguntas si te haríamos un descuento en el próximo pedido si dejas una reseña de cinco "
            + "estrellas. Te lo agradecemos, pero no podemos: las normas de Amazon lo prohíben.");
  }
  /**
   * s22: a remedy already given and named as the ground of a request ("now that your refund has come
   * through, could you update your review?") buys nothing: the request is a change request, no
   * incentive, in every language; a refund promised for the removal, or asked for "in return" right
   * after it is named, still buys it.
   */
  @Test
  void aRemedyAlreadyGivenIsTheGroundOfARequestNotItsPrice() {
    String[][] cases = {
      {"US", "Now that your refund has come through, could you update your review?"},
      {"US", "Now that you've got your money back, would you consider removing the review?"},
      {"DE", "Jetzt, wo die Erstattung angekommen ist, könnten Sie Ihre Bewertung anpassen?"},
      {"FR", "Maintenant que le remboursement est bien arrivé, pourriez-vous modifier votre avis ?"},
      {"ES", "Ahora que el reembolso ya está hecho, ¿podría actualizar su reseña?"},
      {"IT", "Ora che il rimborso è arrivato, potrebbe togliere la recensione?"},
      {"NL", "Nu het geld is teruggestort, zou u uw review willen aanpassen?"},
      {"PL", "Skoro zwrot pieniędzy już dotarł, czy mógłby Pan zmienić swoją opinię?"},
      {"BR", "Agora que o reembolso foi feito, poderia rever sua avaliação?"},
      {"SE", "Nu när du har fått pengarna tillbaka kanske du kan tänka dig att uppdatera din recension?"},
      {"TR", "Para iadeniz yapıldığına göre, yorumunuzu güncelleyebilir misiniz?"},
      {"JP", "返金が完了しましたので、レビューを修正していただけますでしょうか。"},
      {"AE", "بعد أن وصلك المبلغ، هل يمكنك تعديل تقييمك؟"},
    };
    for (String[] c : cases) {
      Marketplace marketplace = Marketplace.valueOf(c[0]);
      RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(marketplace).reply().passes(c[1]);
      RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(marketplace).reply().flags(c[1]);
    }
    RuleTester.of(RuleIds.REVIEW_INCENTIVE).in(Marketplace.US).reply()
        .flags("If you remove the review, we'll refund you in full.")
        .flags("We refunded the full amount. In return, we only ask you to remove your negative review.");
  }
  /**
   * s22: a review's removal or change with a day set for the buyer ("take it down by Friday", "bis
   * spätestens Freitag, den 24. Mai") is a demand in every language, even in a reply and without a
   * word of request; the ordinal's full stop in "den 24. Mai" ends no sentence. A deadline for the
   * address or a shipment after the review is named demands nothing of the review.
   */
  @Test
  void aReviewRemovalWithADeadlineIsADemand() {
    String[][] cases = {
      {"US", "We read your review of the lamp. Take it down by Friday."},
      {"DE", "Wir fordern Sie hiermit auf, die Bewertung bis spätestens Freitag, den 24. Mai, zu löschen."},
      {"FR", "Nous avons lu votre avis. Merci de le retirer d'ici vendredi."},
      {"ES", "Hemos leído su reseña. Le pediríamos que la borre antes del viernes."},
      {"IT", "Abbiamo letto la sua recensione. La tolga entro domenica."},
      {"NL", "We hebben uw review gelezen. Verwijder hem uiterlijk vrijdag."},
      {"PL", "Przeczytaliśmy Pana opinię. Proszę ją usunąć do piątku."},
      {"BR", "Lemos sua avaliação. Remova-a até sexta-feira."},
      {"SE", "Vi har läst din recension. Ta bort den senast fredag."},
      {"TR", "Yorumunuzu okuduk. Lütfen cumaya kadar silin."},
      {"JP", "レビューを拝見しました。金曜日までに削除してください。"},
      {"AE", "قرأنا تقييمك. احذفه قبل يوم الجمعة."},
    };
    for (String[] c : cases) {
      RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.valueOf(c[0])).reply().flags(c[1]);
    }
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.US).reply()
        .passes("We read your review. We will ship the replacement by Friday.")
        .passes("We read your review. Please confirm the new address by Friday so we can reship.")
        .passes("Thanks for your review! Please update the firmware by Sunday.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.DE).reply()
        .passes("Ihre Bewertung haben wir gelesen. Den Ersatz schicken wir bis Freitag, den 24. Mai.");
    RuleTester.of(RuleIds.REVIEW_CHANGE_REQUEST).in(Marketplace.BR).reply()
        .passes("Remova-a da embalagem antes de usar.");
  }

  /**
   * s22: content.sensitive by the seller's stance (yardstick and ease, the manual not read, the
   * buyer's fault with shame, the buyer's body, innuendo, leverage), per language, with its traps.
   */
  @Test
  void theSellersStanceTowardsTheBuyer() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.US).reply()
        .flags("The charging steps are on page 3 of the manual, which is probably still sitting in the box. Plugging in a charger is something most adults manage.")
        .flags("You broke it yourself by overloading it, and then you want a refund. Shame on you.")
        .flags("The chair didn't break by itself: that is entirely your own fault.")
        .flags("Maybe the problem isn't the chair; it might be time to rethink your diet.")
        .flags("Warm the oil first. The clothes come off, you end up in bed, and the rest is up to your imagination.")
        .flags("Your name is already noted as a problem customer. Next time, shop elsewhere.")
        .passes("Please see page 3 of the manual for the charging steps.")
        .passes("The manual explains it in step 4; the warning is printed in bold on the first page.")
        .passes("Even beginners can assemble it in 15 minutes.")
        .passes("Children under 10 must not use it without adult supervision.")
        .passes("Honestly, most adults manage the assembly alone in about 20 minutes, and we are happy to help.")
        .passes("Many customers do not read the manual, so here is a short summary in large letters.")
        .passes("Unfortunately the damage was caused by a drop, so the warranty does not cover it. We can offer a paid repair.")
        .passes("Your weight is displayed in kg or lbs; honestly, it is the most accurate scale we sell.")
        .passes("You wrote: 'the chair broke by itself'. We are sorry; it was a faulty weld and we will replace it.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Das steht zweimal fett gedruckt in der Anleitung. Dass man einen Wasserkocher nicht leer betreibt, hätten wir bei einem erwachsenen Menschen vorausgesetzt.")
        .flags("Das Gerät geht nicht von selbst kaputt. Was für ein Theater wegen eines Kratzers.")
        .passes("Die Warnung steht fett gedruckt auf der ersten Seite. Bitte benutzen Sie den Wasserkocher nicht ohne die Anleitung zu lesen.")
        .passes("Die meisten Erwachsenen schaffen den Aufbau in 20 Minuten, und wir helfen gern.")
        .passes("Der Schaden ist leider durch einen Sturz entstanden, daher greift die Garantie nicht.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Même un enfant de dix ans s'en sort, mais chacun son rythme.")
        .flags("Vous l'avez cassé vous-même, quel cinéma pour une rayure.")
        .passes("Veuillez consulter la page 3 de la notice. L'avertissement est écrit en gras sur la première page.")
        .passes("Les enfants de moins de 10 ans ne doivent pas l'utiliser.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .flags("Hasta un niño de diez años lo entiende sin ayuda, pero usted ni siquiera ha leído las instrucciones.")
        .flags("La rueda no se ha roto sola, y cualquier persona con sentido común lo sabe.")
        .passes("No es un defecto del producto: el daño se debe a una caída, por lo que la garantía no lo cubre.")
        .passes("La mayoría de los adultos lo montan sin ayuda en 15 minutos.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("Anche un bambino di dieci anni ci riesce, ma lei non ha letto le istruzioni.")
        .flags("Il tavolo non si è rotto da solo: che sceneggiata per un graffio.")
        .passes("La maggior parte degli adulti se la cava in 15 minuti senza aiuto.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("Het ging niet vanzelf kapot. Wat een drama om een krasje.")
        .flags("Elke volwassene snapt dit, maar u heeft de handleiding niet gelezen.")
        .passes("De meeste volwassenen redden het zonder hulp in een kwartier.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Regał nie złamał się sam. Ale cyrk o jedną rysę.")
        .flags("Szczerze mówiąc, to montaż, z którym każdy dorosły poradzi sobie w kwadrans, o ile zechce najpierw popatrzeć na rysunki.")
        .passes("Większość dorosłych poradzi sobie z montażem w kwadrans.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Lampan går inte sönder av sig själv. Vilket tjat om en liten repa.")
        .flags("Ärligt talat: kläderna åker av och ni hamnar i sängen.")
        .passes("Ärligt talat passar lakanen perfekt i sängen.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("O copo não quebrou sozinho. Que drama por um risco.")
        .flags("Seu nome já está anotado aqui como cliente problemático. Da próxima vez, procure outra loja.")
        .passes("A maioria dos adultos consegue montar sem ajuda em 15 minutos.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .flags("Kılavuzun ilk sayfasında kocaman harflerle yazıyor. Bunu okumadan makineyi zorlayıp garanti istemek açıkçası biraz ayıp.")
        .flags("Cihaz kendi kendine bozulmaz. Ne yüzsüzlük.")
        .passes("Kılavuzu okumadan cihazı kullanmayınız lütfen.")
        .passes("Kilonuzu ve yağ oranınızı ölçer; açıkçası en hassas tartımız.");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .flags("説明書を読まずに使用されたようですが、失礼ながら、普通は大人なら分かる程度の操作です。")
        .flags("勝手に壊れることはありません。図々しいにも程があります。")
        .passes("画面に大きく表示されますので、説明書を読まずにお使いいただけます。");
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .flags("حتى طفل يفهم ذلك، لكنك لم تقرأ الدليل.")
        .flags("الكرسي لم ينكسر من تلقاء نفسه. يا لها من دراما من أجل خدش.")
        .passes("الميزان يقيس وزنك بدقة، وبصراحة هو الأفضل لدينا.")
        .passes("معظم البالغين يستطيعون تركيبه بدون مساعدة في 15 دقيقة.");
  }
  /**
   * s22: French "d'abord" sends the unhappy buyer to the seller only beside a word of contact
   * ("contactez-nous d'abord", "parlez-nous d'abord"); "c'est d'abord une histoire de famille" is
   * the shop's story.
   */
  @Test
  void aFrenchFirstIsNoDiversionByItself() {
    RuleTester.of(RuleIds.REVIEW_POSITIVE_ONLY).in(Marketplace.FR)
        .flags("Si vous n'êtes pas satisfait, contactez-nous d'abord avant de laisser un avis.")
        .flags("Avant de laisser un avis négatif, parlez-nous d'abord.")
        .passes("Merci pour votre avis ! Notre savonnerie, c'est d'abord une histoire de famille.");
  }
}

