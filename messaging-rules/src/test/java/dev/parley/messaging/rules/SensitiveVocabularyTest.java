package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import org.junit.jupiter.api.Test;

/**
 * {@code content.sensitive} in each of the twelve languages: for every language, insults, threats
 * (legal pressure, doxxing, review threats), profanity, hateful and adult wording in the forms
 * sellers write them, and the traps the vocabulary must leave alone (place names, product words,
 * ordinary words of another language that share letters, a seller apologising for a courier).
 */
class SensitiveVocabularyTest {
  private static RuleTester in(Marketplace marketplace) {
    return RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(marketplace);
  }

  @Test
  void everyLanguageHasATriggerFileAndArabicIsLoaded() {
    assertThat(StandardLexicons.get().files("content.sensitive")).extracting(LexiconFile::name)
        .contains("content.sensitive.en.txt", "content.sensitive.de.txt", "content.sensitive.fr.txt", "content.sensitive.it.txt",
            "content.sensitive.es.txt", "content.sensitive.nl.txt", "content.sensitive.pl.txt", "content.sensitive.sv.txt",
            "content.sensitive.pt.txt", "content.sensitive.tr.txt", "content.sensitive.ja.txt", "content.sensitive.ar.txt",
            "content.sensitive.except.ar.txt");
  }

  @Test
  void english() {
    in(Marketplace.US)
        .flags("Are you blind? The size chart is right there.", "Are you blind")
        .flags("Can't you read the instructions before complaining?")
        .flags("People like you are the reason sellers give up.")
        .flags("You're a liar and a scammer.")
        .flags("Remove the review or we will sue.")
        .flags("We will post your name and address everywhere if this continues.")
        .flags("We know where you live.")
        .flags("If you don't pay, our lawyers will contact you this week.")
        .flags("Your review is defamatory and false.")
        .flags("What the fuck is wrong with you?")
        .flags("This is bullshit, stop wasting our time.")
        .flags("Kiss my ass.")
        .flags("We also sell sex toys and porn DVDs.")
        .flags("Send me nudes and I will refund you.")
        .flags("You'll regret leaving that rating.");
    in(Marketplace.UK)
        .passes("We ship to Sussex, Essex, Middlesex and Scunthorpe.")
        .passes("Dick from our warehouse packed your parcel.")
        .passes("The cocktail shaker is back in stock.")
        .passes("We will assess the analysis of the returned unit; our therapist range is separate.")
        .passes("Press the kill switch before cleaning the blade.")
        .passes("The legal disclosure for this product is attached.")
        .passes("Our store is next to the food court.")
        .passes("We're sorry the driver was rude to you and called you an idiot; he has been reported.")
        .passes("The adult bike comes in adult sizes S to XL.")
        .passes("The breast pump fits every bra size.")
        .passes("The guide covers sexing chicks in poultry.")
        .passes("Sometimes parcels get lost in transit; we will find you a replacement.")
        .passes("You will be sorry to hear that this colour is sold out.")
        .passes("You will pay for the return shipping only if the item is used.")
        .passes("We will destroy your personal data after 30 days and never share your address.")
        .passes("Hi Sue, your parcel is on the way.");
  }

  @Test
  void german() {
    in(Marketplace.DE)
        .flags("Sind Sie blind? Die Größentabelle steht direkt daneben.")
        .flags("Können Sie nicht lesen?")
        .flags("Sie sind ein Lügner und Betrüger.")
        .flags("Halten Sie endlich die Klappe.")
        .flags("Wir werden Sie verklagen, wenn Sie nicht zahlen.")
        .flags("Löschen Sie die Bewertung, sonst schalten wir unseren Anwalt ein.")
        .flags("Wir wissen, wo Sie wohnen.")
        .flags("Das werden Sie bereuen.")
        .flags("Was für ein Scheiß, Sie Vollidiot.")
        .flags("Verpiss dich.")
        .flags("Wir haben auch Sexspielzeug und Pornos im Angebot.")
        .flags("Wir werden Ihren Namen und Ihre Adresse im Internet veröffentlichen.");
    in(Marketplace.DE)
        .passes("Der Bezug in Hellblau ist wieder verfügbar.")
        .passes("Die Dummy-Kamera wird ohne Batterien geliefert.")
        .passes("Dummerweise ist das Paket beim Zusteller liegen geblieben.")
        .passes("Der Preis ist lächerlich günstig.")
        .passes("Sie werden den Kauf nicht bereuen.")
        .passes("Die Anzeige des Thermostats zeigt die Temperatur an, Sie müssen nichts einstellen.")
        .passes("Wir werden Ihre Daten niemals veröffentlichen.")
        .passes("Passen Sie auf sich auf und bleiben Sie gesund.")
        .passes("Es tut uns leid, dass der Fahrer unhöflich war und Sie beleidigt hat.")
        .passes("Das Messgerät misst Blutdruck und Blodsocker; Blodtrycksmätare heißt es auf Schwedisch.");
  }

  @Test
  void french() {
    in(Marketplace.FR)
        .flags("Vous êtes aveugle ? Le guide des tailles est juste à côté.")
        .flags("Vous ne savez pas lire ?")
        .flags("Espèce d'abruti, relisez l'annonce.")
        .flags("Vous êtes un menteur et un escroc.")
        .flags("Nous allons vous poursuivre en justice.")
        .flags("Supprimez votre avis, sinon notre avocat s'en occupera.")
        .flags("Nous savons où vous habitez.")
        .flags("Vous allez le regretter.")
        .flags("C'est de la merde, putain.")
        .flags("Nous vendons aussi des sextoys et des films pour adultes.")
        .flags("Nous publierons votre nom et votre adresse.");
    in(Marketplace.FR)
        .passes("Fermez la porte du congélateur après usage.")
        .passes("Les produits de la ferme sont livrés le mardi.")
        .passes("Le rendu est niquel, merci pour votre commande.")
        .passes("Vous allez payer à la livraison, en espèces ou par carte.")
        .passes("Le vélo pour adultes existe en trois tailles.")
        .passes("Le produit dégage une légère odeur au déballage.")
        .passes("La salopette est en coton.")
        .passes("Vous êtes prévenu par SMS la veille de la livraison.")
        .passes("Nous sommes désolés que le livreur ait été impoli et vous ait traité d'idiot.")
        .passes("Le pain bâtard est vendu à l'unité.");
  }

  @Test
  void italian() {
    in(Marketplace.IT)
        .flags("Lei è cieco? La tabella taglie è accanto.")
        .flags("Non sa leggere?")
        .flags("Lei è un truffatore e un bugiardo.")
        .flags("Stia zitto, per favore.")
        .flags("La denunceremo se non paga.")
        .flags("Rimuova la recensione, altrimenti il nostro avvocato procederà.")
        .flags("Sappiamo dove abita.")
        .flags("Se ne pentirà.")
        .flags("Che cazzo vuole ancora?")
        .flags("Vaffanculo.")
        .flags("Vendiamo anche giocattoli per adulti e video porno.")
        .flags("Pubblicheremo il suo nome e il suo indirizzo.");
    in(Marketplace.IT)
        .passes("La fica è un frutto tipico: consegna in giornata.")
        .passes("Il colore negro è esaurito, abbiamo il nero.")
        .passes("La bicicletta per adulti è disponibile in tre misure.")
        .passes("La sega circolare viene spedita domani.")
        .passes("Il tagliere va trattato con burro di cacao alimentare.")
        .passes("La pagherà alla consegna in contrassegno.")
        .passes("Il cane ladra? Il collare antiabbaio lo aiuta.")
        .passes("Non diffonderemo mai i suoi dati.")
        .passes("Ci scusiamo: il corriere è stato scortese e l'ha chiamata idiota.")
        .passes("Il finocchio fresco arriva domani.");
  }

  @Test
  void spanish() {
    in(Marketplace.ES)
        .flags("¿Es usted ciego? La tabla de tallas está al lado.")
        .flags("¿No sabe leer?")
        .flags("Usted es un mentiroso y un estafador.")
        .flags("Cállese de una vez.")
        .flags("Le vamos a demandar si no paga.")
        .flags("Elimine la reseña o nuestro abogado actuará.")
        .flags("Sabemos dónde vive.")
        .flags("Se arrepentirá.")
        .flags("Qué mierda, joder.")
        .flags("Hijo de puta.")
        .flags("Vendemos también juguetes sexuales y películas porno.")
        .flags("Publicaremos su nombre y su dirección.");
    in(Marketplace.ES)
        .passes("Puede coger el paquete en la oficina de correos.")
        .passes("El cono de tráfico es naranja.")
        .passes("El color negro está agotado.")
        .passes("Su pedido retrasado ya está en camino.")
        .passes("La bicicleta para adultos tiene tres tallas.")
        .passes("El cable desnudo debe aislarse antes de usarlo.")
        .passes("Lo vamos a buscar en el almacén y se lo enviamos.")
        .passes("Lamentamos que el repartidor fuera grosero y le llamara idiota.")
        .passes("El disfraz de payaso incluye peluca.")
        .passes("El cierre es a prueba de tontos.");
  }

  @Test
  void dutch() {
    in(Marketplace.NL)
        .flags("Bent u blind? De maattabel staat ernaast.")
        .flags("Kunt u niet lezen?")
        .flags("U bent een oplichter en een leugenaar.")
        .flags("Hou uw bek.")
        .flags("Wij gaan u aanklagen als u niet betaalt.")
        .flags("Verwijder de review, anders stappen we naar de rechter.")
        .flags("We weten waar u woont.")
        .flags("Daar krijgt u spijt van.")
        .flags("Godverdomme, wat een kutwinkel.")
        .flags("Rot op.")
        .flags("We verkopen ook seksspeeltjes en porno.")
        .flags("We zullen uw naam en adres online zetten.");
    in(Marketplace.NL)
        .passes("Negeer deze e-mail als u al betaald heeft.")
        .passes("De handdoek is sekseneutraal en unisex.")
        .passes("Het huis heeft een dom van glas.")
        .passes("U krijgt er geen spijt van.")
        .passes("De eikel valt in de herfst van de boom.")
        .passes("De pijpen van de kachel zijn van staal.")
        .passes("U kunt de kosten aftrekken van de belasting.")
        .passes("Het spijt ons dat de bezorger onbeleefd was en u uitschold.")
        .passes("Kijk maar uit naar onze nieuwe collectie.")
        .passes("Wat zielig dat het pakket beschadigd is.");
  }

  @Test
  void polish() {
    in(Marketplace.PL)
        .flags("Czy pan jest ślepy? Tabela rozmiarów jest obok.")
        .flags("Nie umie pan czytać?")
        .flags("Jest pan oszustem i kłamcą.")
        .flags("Zamknij się.")
        .flags("Pozwiemy pana, jeśli pan nie zapłaci.")
        .flags("Proszę usunąć opinię, bo nasz prawnik złoży pozew.")
        .flags("Wiemy, gdzie pan mieszka.")
        .flags("Pożałuje pan.")
        .flags("Kurwa, co za debil.")
        .flags("Spierdalaj.")
        .flags("Sprzedajemy też zabawki dla dorosłych i filmy porno.")
        .flags("Opublikujemy pana nazwisko i adres.");
    in(Marketplace.PL)
        .passes("Głupio nam, że paczka się spóźniła.")
        .passes("Uwaga na oszustów podszywających się pod nasz sklep.")
        .passes("Pedał roweru jest w zestawie.")
        .passes("Ruch uliczny opóźnił kuriera.")
        .passes("Cholera to choroba zakaźna: opis w instrukcji.")
        .passes("Przepraszamy, kurier był niegrzeczny i nazwał pana idiotą.")
        .passes("Rower dla dorosłych jest w trzech rozmiarach.")
        .passes("Suka rasy beagle jest zaszczepiona.");
    in(Marketplace.UK)
        .passes("The pain can be debilitating; the paper clips (Klammer in German) are included.");
  }

  @Test
  void swedish() {
    in(Marketplace.SE)
        .flags("Är du blind? Storleksguiden finns bredvid.")
        .flags("Kan du inte läsa?")
        .flags("Du är en lögnare och en bedragare.")
        .flags("Håll käften.")
        .flags("Vi kommer att stämma dig om du inte betalar.")
        .flags("Ta bort recensionen, annars kontaktar vi polisen.")
        .flags("Vi vet var du bor.")
        .flags("Det kommer du att ångra.")
        .flags("Vad fan håller ni på med, jävla idiot.")
        .flags("Dra åt helvete.")
        .flags("Vi säljer också sexleksaker och porr.")
        .flags("Vi ska publicera ditt namn och din adress.");
    in(Marketplace.SE)
        .passes("Leveransen tar sex dagar.")
        .passes("Paketet har sex delar.")
        .passes("Jag fick paketet i går.")
        .passes("Stämmer er adress fortfarande?")
        .passes("Anmäl dig till vårt kundprogram.")
        .passes("Blodtrycksmätaren mäter blod och puls.")
        .passes("Akta dig för bedragare som ringer.")
        .passes("Vi beklagar att budet var otrevligt och kallade dig idiot.")
        .passes("Lär dig läsa med den nya boken.")
        .passes("Det är skitbra väder för leverans.");
  }

  @Test
  void portuguese() {
    in(Marketplace.BR)
        .flags("Você é cego? A tabela de tamanhos está ao lado.")
        .flags("Não sabe ler?")
        .flags("Você é um mentiroso e um golpista.")
        .flags("Cala a boca.")
        .flags("Vamos processar você se não pagar.")
        .flags("Remova a avaliação ou nosso advogado vai te processar.")
        .flags("Sabemos onde você mora.")
        .flags("Vai se arrepender.")
        .flags("Que merda, porra.")
        .flags("Vai tomar no cu.")
        .flags("Vendemos também brinquedos eróticos e filmes pornô.")
        .flags("Vamos divulgar seu nome e seu endereço.");
    in(Marketplace.BR)
        .passes("O produto fica pronto amanhã e fica na portaria.")
        .passes("O peito de frango vem congelado.")
        .passes("A bicicleta adulto tem três tamanhos.")
        .passes("O ladrão de energia tem três tomadas.")
        .passes("A picareta vem com cabo de madeira.")
        .passes("Altere a nota fiscal ou o processo de devolução no site.")
        .passes("Você não vai se arrepender da compra.")
        .passes("Pedimos desculpas: o entregador foi grosseiro e chamou você de idiota.")
        .passes("O sexo do filhote é informado na ficha.")
        .passes("O efeito retardado do adesivo é normal.");
  }

  @Test
  void turkish() {
    in(Marketplace.TR)
        .flags("Kör müsünüz? Beden tablosu hemen yanında.")
        .flags("Okuma bilmiyor musunuz?")
        .flags("Siz bir yalancı ve dolandırıcısınız.")
        .flags("Kes sesini.")
        .flags("Ödemezseniz sizi dava edeceğiz.")
        .flags("Yorumunuzu silin, yoksa avukatımız dava açacak.")
        .flags("Nerede oturduğunuzu biliyoruz.")
        .flags("Pişman olursunuz.")
        .flags("Siktir git.")
        .flags("Orospu çocuğu.")
        .flags("Ayrıca yetişkin oyuncakları ve porno filmler satıyoruz.")
        .flags("Adınızı ve adresinizi internete koyacağız.");
    in(Marketplace.TR)
        .passes("Bir sıkıntı yaşarsanız bize yazın.")
        .passes("Kapak sıkı kapanıyor.")
        .passes("Seksen lira iade edildi.")
        .passes("Mal teslim edildi.")
        .passes("Defolu ürün için iade başlatabilirsiniz.")
        .passes("Pişman olmayacaksınız.")
        .passes("Hırsızlara karşı kilit sistemi vardır.")
        .passes("Kurye kaba davrandığı için özür dileriz, size aptal demesi kabul edilemez.")
        .passes("I got the pic you sent.");
  }

  @Test
  void japanese() {
    in(Marketplace.JP)
        .flags("日本語も読めないのですか。")
        .flags("この詐欺師め。")
        .flags("お前のような客は二度と来るな。")
        .flags("レビューを削除しないと訴えますよ。")
        .flags("さもないと法的措置を取ります。")
        .flags("後悔しますよ。")
        .flags("名前を晒します。")
        .flags("バカじゃないの。")
        .flags("くそったれ。")
        .flags("アダルトグッズも販売しています。")
        .flags("殺すぞ。");
    in(Marketplace.JP)
        .passes("少しばかりお待ちください。")
        .passes("バカンスシーズンは配送が遅れます。")
        .passes("イエローのカラーは在庫切れです。")
        .passes("ピンクソックスを発送しました。")
        .passes("ファックスでも注文できます。")
        .passes("背景がボケるレンズです。")
        .passes("菌を殺す洗剤です。")
        .passes("配達員が失礼な態度をとり、申し訳ございません。")
        .passes("サセックス州への配送は無料です。")
        .passes("お名前とご住所をご確認ください。");
  }

  @Test
  void arabic() {
    in(Marketplace.SA)
        .flags("هل أنت أعمى؟ جدول المقاسات بجانبه.")
        .flags("ألا تعرف القراءة؟")
        .flags("أنت كاذب ومحتال.")
        .flags("يا غبي، اقرأ الوصف.")
        .flags("سنقاضيك إذا لم تدفع.")
        .flags("احذف التقييم وإلا سنقاضيك.")
        .flags("نعرف أين تسكن.")
        .flags("سوف تندم.")
        .flags("سننشر اسمك وعنوانك.")
        .flags("الله يلعنك.")
        .flags("نبيع أيضا ألعاب جنسية وأفلام إباحية.")
        .flags("يا ابن الكلب.");
    in(Marketplace.AE)
        .passes("طوق الكلب متوفر بثلاثة مقاسات.")
        .passes("الحد الأدنى للنصاب هو خمس قطع.")
        .passes("يرجى تجاهل الإنذار الكاذب في جهاز الإنذار.")
        .passes("يرجى إدخال جنسيتك في النموذج.")
        .passes("لن تندم على هذا الشراء.")
        .passes("نعتذر لأن المندوب كان وقحا معك ووصفك بالغبي.")
        .passes("احذر من المحتالين الذين يتصلون باسمنا.")
        .passes("ألعاب للكبار والصغار متوفرة.")
        .passes("شكرا يا عبد الله على طلبك.");
  }
}
