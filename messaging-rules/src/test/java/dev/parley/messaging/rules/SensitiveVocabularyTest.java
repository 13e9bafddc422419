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

  /**
   * Veiled threats (the seller's hold on the buyer's address or identity joined to a menace, a
   * demand to drop a claim joined to a menace) and contempt for the buyer's competence, in every
   * language; and the compliant sentences they must leave alone: an address confirmed, a delivery
   * made sure of, a regret to inform, the seller's own stupid mistake, a label the buyer cannot read,
   * consequences denied, a promise the buyer will not regret.
   */
  @Test
  void veiledThreatsAndContemptInEveryLanguage() {
    in(Marketplace.US)
        .passes("Please confirm your address so the courier can find it.")
        .passes("We have your address as 12 High Street, Leeds. We will make sure it arrives Friday.")
        .passes("We regret to inform you that the lamp is out of stock. Otherwise the courier returns the parcel to us.")
        .passes("That was a stupid mistake on our part. Don't worry, it's not your fault.")
        .passes("If you can't read the label, send us a photo. The dumbbell set ships tomorrow.")
        .passes("We know the delay is frustrating. The carrier will find your address with the new label.")
        .passes("We have your name and address on the order, so there is nothing more you need to send. Please think carefully about which size you need.")
        .passes("Some customers don't even notice the difference, and certain people prefer the blue one.")
        .passes("If you withdraw the claim, there will be no consequences for you; Amazon will close the case.")
        .flags("We know exactly who you are and where you live. Drop the complaint or there will be consequences.")
        .flags("Your address is on the order. Think carefully whether you want to keep this claim open.")
        .flags("Some people shouldn't be allowed to buy anything with a plug. You are clearly clueless.");
    in(Marketplace.DE)
        .passes("Bitte bestätigen Sie Ihre Adresse. Ihre Adresse haben wir als Hauptstraße 5 gespeichert.")
        .passes("Wir werden sicherstellen, dass das Paket am Freitag ankommt. Sie werden es nicht bereuen.")
        .passes("Das war ein dummer Fehler unsererseits. Keine Sorge, es ist nicht Ihre Schuld.")
        .passes("Manche Kunden bemerken den Unterschied nicht einmal. Das Hantelset kommt morgen.")
        .passes("Wenn Sie das Etikett nicht lesen können, schicken Sie uns ein Foto. Der Zusteller wird Ihre Adresse finden.")
        .passes("Es tut uns leid, wir wissen, dass die Verzögerung ärgerlich ist.")
        .flags("Wir kennen Ihre Adresse. Ziehen Sie die Beschwerde zurück, sonst hat das Konsequenzen.")
        .flags("Sie sind einfach zu blöd für dieses Gerät.");
    in(Marketplace.FR)
        .passes("Merci de confirmer votre adresse. Nous avons votre adresse : 3 rue des Lilas.")
        .passes("Nous regrettons de vous informer du retard. Nous veillerons à ce qu'il arrive vendredi.")
        .passes("C'était une erreur stupide de notre part, ce n'est pas votre faute.")
        .passes("Si vous ne pouvez pas lire l'étiquette, envoyez-nous une photo. Sinon le transporteur retourne le colis.")
        .passes("Vous ne allez pas le regretter : ce modèle est parfait.")
        .passes("Nous savons que le retard est frustrant. Le livreur trouvera votre adresse.")
        .flags("Nous savons qui vous êtes. Retirez votre réclamation, sinon il y aura des conséquences.")
        .flags("Il faut être vraiment stupide pour brancher ça à l'envers.");
    in(Marketplace.IT)
        .passes("Ci conferma l'indirizzo? Abbiamo il suo indirizzo come Via Roma 3.")
        .passes("Ci dispiace informarla del ritardo; faremo in modo che arrivi venerdì.")
        .passes("È stato uno stupido errore da parte nostra, non è colpa sua.")
        .passes("Se non riesce a leggere l'etichetta, ci mandi una foto. Altrimenti il corriere restituisce il pacco.")
        .passes("Non se ne pentirà: il set di manubri è robusto.")
        .passes("Sappiamo che il ritardo è frustrante. Il corriere troverà il suo indirizzo.")
        .flags("Abbiamo il suo indirizzo completo. Ritiri il reclamo o ci saranno conseguenze.")
        .flags("Mi chiedo come facciano certe persone a usare un telefono.");
    in(Marketplace.ES)
        .passes("Por favor confirme su dirección. Tenemos su dirección como Calle Mayor 4.")
        .passes("Lamentamos informarle del retraso; nos aseguraremos de que llegue el viernes.")
        .passes("Fue un error tonto por nuestra parte, no es culpa suya.")
        .passes("Si no puede leer la etiqueta, envíenos una foto. De lo contrario, el transportista devuelve el paquete.")
        .passes("No se va a arrepentir: el juego de mancuernas es excelente.")
        .passes("Sabemos que el retraso es frustrante. El repartidor encontrará su dirección.")
        .flags("Sabemos quién es usted. Retire la queja o habrá consecuencias.")
        .flags("Hay gente que no debería tener un taladro. Qué cliente sin noción.");
    in(Marketplace.BR)
        .passes("Por favor, confirme o seu endereço. Temos o seu endereço como Rua das Flores, 10.")
        .passes("Lamentamos informar o atraso; vamos garantir que chegue na sexta.")
        .passes("Foi um erro bobo da nossa parte, não é culpa sua.")
        .passes("Se não conseguir ler a etiqueta, envie uma foto. Caso contrário, a transportadora devolve o pacote.")
        .passes("O senhor não vai se arrepender: o kit de halteres é ótimo.")
        .passes("Sabemos que o atraso é frustrante. O entregador vai encontrar o seu endereço.")
        .flags("Sabemos onde o senhor mora. Retire a reclamação ou haverá consequências.")
        .flags("Gente sem noção como você não devia nem comprar pela internet.");
    in(Marketplace.NL)
        .passes("Wilt u uw adres bevestigen? Wij hebben uw adres als Dorpsstraat 5.")
        .passes("Helaas moeten we u laten weten dat er vertraging is; we zorgen ervoor dat het vrijdag aankomt.")
        .passes("Dat was een domme fout van onze kant, het is niet uw schuld.")
        .passes("Als u het etiket niet kunt lezen, stuur ons een foto. Anders stuurt de koerier het pakket terug.")
        .passes("U krijgt er geen spijt van: de halterset is stevig. Sommige klanten merken het verschil niet eens.")
        .passes("We weten dat de vertraging vervelend is. De bezorger vindt uw adres.")
        .flags("Wij weten wie u bent. Trek de klacht in, anders zijn er gevolgen.")
        .flags("U bent echt te dom om een stekker in het stopcontact te steken.");
    in(Marketplace.SE)
        .passes("Kan du bekräfta din adress? Vi har din adress som Storgatan 3.")
        .passes("Vi beklagar förseningen; vi ser till att den kommer på fredag.")
        .passes("Det var ett dumt misstag från vår sida, det är inte ditt fel.")
        .passes("Om du inte kan läsa etiketten, skicka ett foto. Annars skickar budet tillbaka paketet.")
        .passes("Du kommer inte att ångra dig: hantelsetet är stabilt. Dom är slut i lager, men dom kommer snart.")
        .passes("Vi vet att förseningen är frustrerande. Budet hittar din adress.")
        .flags("Vi vet var du bor. Dra tillbaka anspråket, annars blir det konsekvenser.")
        .flags("Det säger mer om din intelligens än om produkten.");
    in(Marketplace.PL)
        .passes("Prosimy o potwierdzenie adresu. Mamy Pana adres jako ul. Długa 5.")
        .passes("Z przykrością informujemy o opóźnieniu; dopilnujemy, by paczka dotarła w piątek.")
        .passes("To był głupi błąd z naszej strony, to nie Pana wina.")
        .passes("Jeśli nie może Pan odczytać etykiety, prosimy o zdjęcie. W przeciwnym razie kurier zwróci paczkę.")
        .passes("Nie pożałuje Pan: zestaw hantli jest solidny.")
        .passes("Wiemy, że opóźnienie jest frustrujące. Kurier znajdzie Pana adres.")
        .flags("Mamy Pana adres. Jeśli skarga nie zostanie wycofana, poniesie Pan konsekwencje.")
        .flags("Nie będziemy płacić za pana głupotę.");
    in(Marketplace.TR)
        .passes("Lütfen adresinizi onaylayın. Adresiniz sistemimizde Atatürk Cad. 5 olarak kayıtlı.")
        .passes("Gecikmeyi bildirmekten üzüntü duyuyoruz; cuma günü ulaşmasını sağlayacağız.")
        .passes("Bizim tarafımızdan aptalca bir hataydı, sizin suçunuz değil.")
        .passes("Etiketi okuyamıyorsanız bize bir fotoğraf gönderin. Aksi halde kargo paketi iade eder.")
        .passes("Pişman olmayacaksınız: dambıl seti çok sağlam.")
        .passes("Gecikmenin sinir bozucu olduğunu biliyoruz. Kurye adresinizi bulacaktır.")
        .flags("Adresinizi biliyoruz. Şikayetinizi geri çekin, aksi halde sonuçlarına katlanırsınız.")
        .flags("Okuduğunu anlamayan müşterilere cevap vermiyoruz.");
    in(Marketplace.SA)
        .passes("يرجى تأكيد عنوانك. لدينا عنوانك: شارع النيل 5.")
        .passes("نأسف لإبلاغك بالتأخير؛ سنتأكد من وصوله يوم الجمعة.")
        .passes("كان خطأً سخيفاً من جانبنا، ليس ذنبك.")
        .passes("إذا لم تستطع قراءة الملصق، أرسل لنا صورة. وإلا سيعيد المندوب الطرد.")
        .passes("لن تندم: طقم الدمبل ممتاز.")
        .passes("نعلم أن التأخير مزعج. سيجد المندوب عنوانك.")
        .flags("نعرف عنوانك. اسحب الشكوى وإلا ستتحمل العواقب.")
        .flags("لا نتعامل مع هذا الغباء.");
    in(Marketplace.JP)
        .passes("ご住所のご確認をお願いします。ご住所は東京都港区1-2-3で承っております。")
        .passes("遅延のお知らせを申し訳なく思います。金曜日に届くよう手配いたします。")
        .passes("当店の単純なミスでした。お客様のせいではございません。")
        .passes("ラベルが読めない場合は写真をお送りください。配送業者がご住所を確認いたします。")
        .passes("後悔なさらないよう、サイズ表をご確認ください。ご住所は把握しておりますのでご安心ください。")
        .passes("遅延でご迷惑をおかけしていることは承知しております。")
        .flags("お名前もご住所も把握しております。申告を撤回しないなら、それなりの対応をいたします。")
        .flags("常識のないお客様には販売しておりません。");
  }

  /**
   * Each mark of hostility alone is an ordinary sentence, in every language: a claim disputed
   * ("your complaint is baseless, the tracking shows delivery"), records kept for the warranty,
   * advice to remove a protective film, "people like you who love to bake"; and products whose
   * words sound alarming (knives, traps, a killer mode). Joined, the same marks are hostility:
   * an accusation with contempt, records shared with other sellers and a removal "advised".
   */
  @Test
  void eachMarkOfHostilityAloneIsOrdinary() {
    in(Marketplace.US)
        .passes("We keep records of all customers who register a warranty.")
        .passes("It would be wise to remove the protective film before first use.")
        .passes("Someone who can't read small print can use the large-print manual.")
        .passes("The boning knife is meant for cutting meat off the bone; the rat trap kills instantly. Our killer feature is the timer.")
        .flags("Your claims are false, and people like you ruin small businesses.");
    in(Marketplace.DE)
        .passes("Ihre Reklamation ist haltlos, denn die Sendungsverfolgung zeigt die Zustellung am 4. Mai.")
        .passes("Wir führen eine Liste über Kunden, die eine Garantie registriert haben.")
        .passes("Leute wie Sie, die gern backen, lieben diese Form.")
        .passes("Die Schlagfalle tötet sofort; das Jagdmesser ist sehr scharf.")
        .flags("Ihre Reklamation ist haltlos. Leute wie Sie sind einfach armselig.");
    in(Marketplace.FR)
        .passes("Nous vous conseillons vivement de retirer le film protecteur avant utilisation.")
        .passes("Des gens comme vous, qui aiment cuisiner, adorent ce modèle.")
        .flags("Votre avis est mensonger. Des gens comme vous ruinent les petits commerçants.");
    in(Marketplace.ES)
        .passes("Gente como usted, que cocina a diario, adora este modelo.")
        .passes("Sería prudente retirar el plástico protector antes del primer uso.")
        .flags("Su reclamación es falsa. Gente como usted hunde a los pequeños comercios.");
    in(Marketplace.IT)
        .passes("Gente come lei, che cucina ogni giorno, apprezza questo modello.")
        .flags("Il suo reclamo è falso. Gente come lei rovina i piccoli negozi.");
    in(Marketplace.NL)
        .passes("Mensen zoals u, die graag koken, zijn dol op deze pan.")
        .flags("Uw klacht is verzonnen. Mensen zoals u maken kleine winkels kapot.");
    in(Marketplace.PL)
        .passes("Ludzie tacy jak pan, którzy lubią gotować, kochają ten model.")
        .flags("Pana reklamacja jest fałszywa. Ludzie tacy jak pan niszczą małe sklepy.");
    in(Marketplace.SE)
        .passes("Folk som du, som gillar att laga mat, älskar den här modellen.")
        .flags("Ditt klagomål är påhittat. Folk som du förstör små butiker.");
    in(Marketplace.BR)
        .passes("Gente como você, que cozinha todo dia, adora este modelo.")
        .flags("Sua reclamação é falsa. Gente como você destrói as pequenas lojas.");
    in(Marketplace.TR)
        .passes("Sizin gibi insanlar bu modeli çok seviyor.")
        .flags("Şikayetiniz tamamen asılsız. Sizin gibi insanlar küçük esnafı batırıyor.");
    in(Marketplace.JP)
        .passes("お客様情報はすべて記録しておりますので、保証の際もご安心ください。")
        .flags("お客様情報はすべて記録しております。然るべき対応を取らせていただきます。");
    in(Marketplace.AE)
        .passes("نحتفظ بجميع بيانات طلبك لأغراض الضمان.")
        .flags("نحتفظ بجميع بيانات طلبك. لن نتهاون مع من يسيء إلى سمعتنا.");
  }

  /**
   * s21: the seller's stance towards the buyer over a sentence or two, in polite form, in every
   * language: condescension (an adult or a schoolchild could manage it, hard to miss unless one
   * never opens the manual, "we understand not everyone has the patience to read, but ..."), blame
   * and shame (you broke it and we both know it, whoever returns it as new should be ashamed, take
   * a look at yourself, your tone is ridiculous) and threats tied to leverage (a defamation suit
   * ready, it will cost you dearly, don't force us, publish your order details so everyone knows
   * who you are). Each phrase is one mark and RuleGrammars.SENSITIVE needs two, so the traps stay
   * clear: a firm refusal, damage from handling explained, "please read page 4", a claim with the
   * carrier, an apology for the seller's own slip ("we should be ashamed of the packaging"), a
   * product so easy a child can assemble it, a helpful video "for those without the patience to
   * read", order details posted by mail, "acusar recibo", a mirror to check the fit, and the
   * buyer's angry words quoted back in a reply.
   */
  @Test
  void stanceTowardsTheBuyerS21() {
    in(Marketplace.US)
        .flags("The battery simply wasn't clicked in. One would hope a grown adult could manage a battery without writing to a shop; a primary-school child would understand the diagram.")
        .flags("It is written in large letters on page 4, hard to miss unless one never opens the manual. We do understand that not everyone has the patience to read, but a one-star review for it is a bit much.")
        .flags("Let's be honest: you broke it and we both know it. Not being able to use such a simple device properly is not our problem.")
        .flags("Anyone who uses a trailer for weeks and then returns it as new should be ashamed of themselves. Before accusing people of fraud, take a good look at yourself.")
        .flags("Our lawyer already has a defamation suit ready and it will cost you dearly. Don't force us to go there.")
        .flags("If you keep lying about this, we will publish your order details so everyone knows who you are.")
        .flags("Frankly we have no patience left for this kind of crap, and your tone is frankly ridiculous.")
        .passes("We are sorry, but we cannot offer a refund for this item because the return window closed on 3 May.")
        .passes("We have examined the unit: the casing is cracked from a fall, so the damage is from handling and not covered by the warranty. We can offer a repair at cost.")
        .passes("Please read page 4 of the manual, it shows how to click the battery in.")
        .passes("We have opened a claim with the carrier and will update you within 48 hours.")
        .passes("We are sorry, this was our mistake: we sent the wrong size and should have checked it. We should be ashamed of such a slip and will fix it today.")
        .passes("So easy that even a child can assemble it in five minutes, and the manual has large pictures.")
        .passes("Not everyone has the patience to read long manuals, so we made a short video; even a child could follow it.")
        .passes("If you need a VAT invoice, our legal team is ready to help. If you win the draw, we publish the full name of the winner.")
        .passes("Before calling us, please have your order number ready. Look in the mirror to check the fit of the collar.")
        .passes("This kind of garbage bag fits 30 litre bins; nobody thought to check the label at our warehouse, and we apologise.")
        .passes("We would expect an adult to supervise; a primary school child can use it safely with help.")
        .passes("As we both know, the parcel was delayed by the storm; it was not our fault, but we will refund the shipping.")
        .passes("We both know how frustrating a late parcel is; it was not our fault, the carrier lost it, and we have opened a claim.")
        .passes("If you prefer, we can post your order details to the address on file.")
        .passes("We should be ashamed of the packaging; this kind of attitude to packing is not our standard. Sorry.");
    in(Marketplace.DE)
        .flags("Der Akku war einfach nicht eingerastet. Man sollte meinen, ein erwachsener Mensch schafft es, einen Akku einzusetzen; das versteht ja jedes Grundschulkind.")
        .flags("Das steht auf Seite 4 in großen Buchstaben, eigentlich nicht zu übersehen, außer man schlägt die Anleitung nie auf. Wir verstehen ja, dass nicht jeder die Geduld zum Lesen hat, aber gleich einen Stern dafür?")
        .flags("Seien wir ehrlich: Sie haben das Gerät kaputt gemacht, und das wissen wir beide. Dass Sie so ein einfaches Gerät nicht richtig bedienen können, ist nicht unser Problem.")
        .flags("Wer einen Anhänger wochenlang benutzt und ihn dann als neu zurückschickt, sollte sich schämen. Bevor Sie andere des Betrugs beschuldigen, fassen Sie sich an die eigene Nase.")
        .flags("Unser Anwalt hat die Klage wegen Verleumdung schon vorbereitet, und das wird Sie teuer zu stehen kommen. Zwingen Sie uns nicht dazu.")
        .flags("Wenn Sie weiter solche Lügen verbreiten, veröffentlichen wir Ihre Bestelldaten, damit jeder weiß, wer Sie sind.")
        .flags("Ehrlich gesagt haben wir keine Lust mehr auf diesen Mist, und Ihr Ton ist geradezu lächerlich.")
        .passes("Leider können wir für diesen Artikel keine Erstattung anbieten, da die Rückgabefrist am 3. Mai abgelaufen ist.")
        .passes("Wir haben das Gerät geprüft: Das Gehäuse hat einen Sturzschaden, der Schaden entstand also bei der Handhabung und fällt nicht unter die Garantie. Gern bieten wir eine Reparatur zum Selbstkostenpreis an.")
        .passes("Bitte lesen Sie Seite 4 der Anleitung, dort ist gezeigt, wie der Akku einrastet.")
        .passes("Wir haben beim Versanddienstleister einen Nachforschungsauftrag eröffnet und melden uns innerhalb von 48 Stunden.")
        .passes("Es tut uns leid, das war unser Fehler: Wir haben die falsche Größe geschickt. Wir schämen uns ein wenig dafür und schicken heute Ersatz.")
        .passes("So einfach, dass sogar ein Kind es in fünf Minuten aufbauen kann.")
        .passes("Sollte das nicht der Fall sein, melden Sie sich bitte; wir leiten den Fall dann an DHL weiter.")
        .passes("Schauen Sie in den Spiegel, um den Sitz zu prüfen. Wenn Sie zustimmen, veröffentlichen wir Ihren Namen auf der Gewinnerliste.")
        .passes("Wir schämen uns für den Fehler. Bevor Sie uns bewerten, geben Sie uns bitte eine Chance.");
    in(Marketplace.FR)
        .flags("La batterie n'était tout simplement pas enclenchée. On pourrait espérer qu'un adulte sache insérer une batterie ; un enfant de primaire comprendrait le schéma.")
        .flags("C'est écrit en gros à la page 4, difficile à rater sauf si on n'ouvre jamais la notice. Nous comprenons bien que tout le monde n'a pas la patience de lire, mais une étoile pour cela, c'est fort.")
        .flags("Soyons honnêtes : vous l'avez cassé et nous le savons tous les deux. Ne pas savoir utiliser correctement un appareil aussi simple, ce n'est pas notre problème.")
        .flags("Celui qui utilise une remorque pendant des semaines puis la renvoie comme neuve devrait avoir honte. Avant d'accuser les gens d'escroquerie, regardez-vous dans une glace.")
        .flags("Notre avocat a déjà préparé une plainte pour diffamation et cela va vous coûter très cher. Ne nous obligez pas à en arriver là.")
        .flags("Si vous continuez à mentir, nous publierons les détails de votre commande pour que tout le monde sache qui vous êtes.")
        .flags("Franchement, nous n'avons plus envie de ce genre de conneries, et votre ton est franchement ridicule.")
        .passes("Nous sommes désolés, mais nous ne pouvons pas rembourser cet article car le délai de retour a expiré le 3 mai.")
        .passes("Nous avons examiné l'appareil : le boîtier est fissuré suite à une chute, le dommage vient donc de la manipulation et n'est pas couvert par la garantie. Nous pouvons proposer une réparation à prix coûtant.")
        .passes("Merci de lire la page 4 de la notice, elle montre comment enclencher la batterie.")
        .passes("Nous avons ouvert une réclamation auprès du transporteur et reviendrons vers vous sous 48 heures.")
        .passes("Toutes nos excuses, c'est notre erreur : nous avons envoyé la mauvaise taille. Nous aurions dû vérifier et nous renvoyons le bon article aujourd'hui.")
        .passes("Tellement simple que même un enfant peut le monter en cinq minutes.")
        .passes("Regardez-vous dans le miroir pour vérifier le tombé, puis choisissez la taille.")
        .passes("Avant d'accuser réception, vérifiez le colis. Nous savons tous les deux que le transporteur a du retard, ce n'est pas notre problème mais nous relançons.");
    in(Marketplace.ES)
        .flags("La batería simplemente no estaba encajada. Uno esperaría que un adulto supiera poner una batería; un niño de primaria entendería el dibujo.")
        .flags("Está escrito en letras grandes en la página 4, difícil de no ver salvo que uno no abra nunca el manual. Entendemos que no todo el mundo tiene paciencia para leer, pero poner una estrella por eso es mucho.")
        .flags("Seamos sinceros: usted lo rompió y los dos lo sabemos. Que no sepa usar bien un aparato tan sencillo no es problema nuestro.")
        .flags("Quien usa un remolque durante semanas y luego lo devuelve como nuevo debería avergonzarse. Antes de acusar a la gente de estafa, mírese al espejo.")
        .flags("Nuestro abogado ya tiene preparada una demanda por difamación y le va a salir muy caro. No nos obligue a llegar a eso.")
        .flags("Si sigue mintiendo, publicaremos los datos de su pedido para que todo el mundo sepa quién es usted.")
        .flags("Sinceramente, no tenemos ganas de aguantar esta clase de tonterías, y su tono es francamente ridículo.")
        .passes("Lo sentimos, pero no podemos reembolsar este artículo porque el plazo de devolución terminó el 3 de mayo.")
        .passes("Hemos revisado el aparato: la carcasa está rota por una caída, así que el daño se debe a la manipulación y no lo cubre la garantía. Podemos ofrecerle una reparación a precio de coste.")
        .passes("Por favor, lea la página 4 del manual, allí se muestra cómo encajar la batería.")
        .passes("Hemos abierto una reclamación con la empresa de transporte y le informaremos en 48 horas.")
        .passes("Lo sentimos, fue un error nuestro: enviamos la talla equivocada. Deberíamos haberlo comprobado y hoy mismo le mandamos la correcta.")
        .passes("Tan fácil que hasta un niño puede montarlo en cinco minutos.")
        .passes("Antes de llamarnos, tenga a mano su número de pedido. Mírese en el espejo para comprobar el ajuste.")
        .passes("Si lo prefiere, publicaremos los datos de envío en su cuenta. Antes de acusar recibo, revise el paquete.");
    in(Marketplace.IT)
        .flags("La batteria semplicemente non era inserita. Ci si aspetterebbe che un adulto sappia inserire una batteria; un bambino delle elementari capirebbe il disegno.")
        .flags("È scritto a caratteri grandi a pagina 4, difficile non vederlo a meno che non si apra mai il manuale. Capiamo che non tutti hanno la pazienza di leggere, ma una stella per questo è troppo.")
        .flags("Siamo onesti: l'ha rotto lei e lo sappiamo entrambi. Se non sa usare correttamente un apparecchio così semplice non è un problema nostro.")
        .flags("Chi usa un rimorchio per settimane e poi lo restituisce come nuovo dovrebbe vergognarsi. Prima di accusare la gente di truffa, si guardi allo specchio.")
        .flags("Il nostro avvocato ha già pronta una querela per diffamazione e le costerà molto cara. Non ci costringa ad arrivare a tanto.")
        .flags("Se continua a mentire, pubblicheremo i dati del suo ordine così tutti sapranno chi è.")
        .flags("Sinceramente non abbiamo più voglia di questo genere di stronzate, e il suo tono è francamente ridicolo.")
        .passes("Ci dispiace, ma non possiamo rimborsare questo articolo perché il termine di reso è scaduto il 3 maggio.")
        .passes("Abbiamo esaminato l'apparecchio: la scocca è incrinata da una caduta, quindi il danno deriva dalla manipolazione e non è coperto dalla garanzia. Possiamo offrire una riparazione a prezzo di costo.")
        .passes("La preghiamo di leggere pagina 4 del manuale, mostra come inserire la batteria.")
        .passes("Abbiamo aperto un reclamo con il corriere e la aggiorneremo entro 48 ore.")
        .passes("Ci scusiamo, è stato un nostro errore: abbiamo spedito la taglia sbagliata. Avremmo dovuto controllare e oggi stesso spediamo quella giusta.")
        .passes("Così facile che anche un bambino può montarlo in cinque minuti.")
        .passes("Prima di accusare ricevuta, controlli il pacco: non è colpa sua.");
    in(Marketplace.NL)
        .flags("De accu zat gewoon niet vast. Je zou hopen dat een volwassene een accu kan plaatsen; een basisschoolkind snapt de tekening.")
        .flags("Het staat in grote letters op pagina 4, moeilijk te missen tenzij je de handleiding nooit openslaat. We begrijpen dat niet iedereen het geduld heeft om te lezen, maar daarvoor één ster geven gaat ver.")
        .flags("Laten we eerlijk zijn: u heeft het kapotgemaakt en dat weten we allebei. Dat u zo'n eenvoudig apparaat niet goed kunt gebruiken, is niet ons probleem.")
        .flags("Wie een aanhanger wekenlang gebruikt en hem dan als nieuw terugstuurt, zou zich moeten schamen. Voordat u mensen van oplichting beschuldigt, kijk eerst eens naar uzelf.")
        .flags("Onze advocaat heeft al een zaak wegens smaad klaarliggen en dat gaat u duur komen te staan. Dwing ons niet zover te gaan.")
        .flags("Als u blijft liegen, publiceren we uw bestelgegevens zodat iedereen weet wie u bent.")
        .flags("Eerlijk gezegd hebben we geen zin meer in dit soort onzin, en uw toon is ronduit belachelijk.")
        .passes("Het spijt ons, maar we kunnen dit artikel niet terugbetalen omdat de retourtermijn op 3 mei is verlopen.")
        .passes("We hebben het apparaat bekeken: de behuizing is gebarsten door een val, de schade komt dus door het gebruik en valt niet onder de garantie. We kunnen een reparatie tegen kostprijs aanbieden.")
        .passes("Lees alstublieft pagina 4 van de handleiding, daar staat hoe de accu vastklikt.")
        .passes("We hebben een claim bij de vervoerder ingediend en laten binnen 48 uur iets weten.")
        .passes("Excuses, dit was onze fout: we hebben de verkeerde maat gestuurd. We hadden het moeten controleren en sturen vandaag de juiste.")
        .passes("Zo eenvoudig dat zelfs een kind het in vijf minuten in elkaar zet.");
    in(Marketplace.PL)
        .flags("Akumulator po prostu nie był wciśnięty do końca. Można by oczekiwać, że dorosły człowiek poradzi sobie z baterią; zrozumiałoby to dziecko z podstawówki.")
        .flags("Jest to napisane dużymi literami na stronie 4, trudno to przeoczyć, chyba że ktoś w ogóle nie otwiera instrukcji. Rozumiemy, że nie każdy ma cierpliwość do czytania, ale jedna gwiazdka za to to przesada.")
        .flags("Powiedzmy sobie szczerze: to Pan go zepsuł i obaj o tym wiemy. To, że nie potrafi Pan obsłużyć tak prostego urządzenia, to nie nasz problem.")
        .flags("Kto używa przyczepki tygodniami, a potem odsyła ją jako nową, powinien się wstydzić. Zanim zacznie Pan oskarżać ludzi o oszustwo, niech Pan spojrzy na siebie.")
        .flags("Nasz prawnik ma już gotowy pozew o zniesławienie i to będzie Pana słono kosztować. Proszę nas do tego nie zmuszać.")
        .flags("Jeśli dalej będzie Pan kłamał, opublikujemy dane Pana zamówienia, żeby wszyscy wiedzieli, kim Pan jest.")
        .flags("Szczerze mówiąc, nie mamy już ochoty na tego typu bzdury, a Pana ton jest po prostu śmieszny.")
        .passes("Przykro nam, ale nie możemy zwrócić pieniędzy za ten produkt, ponieważ termin zwrotu minął 3 maja.")
        .passes("Sprawdziliśmy urządzenie: obudowa jest pęknięta po upadku, więc uszkodzenie powstało podczas użytkowania i nie jest objęte gwarancją. Możemy zaproponować naprawę po kosztach.")
        .passes("Prosimy zajrzeć na stronę 4 instrukcji, pokazano tam, jak wsunąć akumulator.")
        .passes("Złożyliśmy reklamację u przewoźnika i odezwiemy się w ciągu 48 godzin.")
        .passes("Przepraszamy, to nasz błąd: wysłaliśmy zły rozmiar. Powinniśmy byli to sprawdzić i dziś wysyłamy właściwy.")
        .passes("Tak proste, że nawet dziecko złoży to w pięć minut.");
    in(Marketplace.SE)
        .flags("Batteriet var helt enkelt inte inklickat. Man kunde hoppas att en vuxen människa klarar att sätta i ett batteri; ett lågstadiebarn skulle förstå bilden.")
        .flags("Det står med stora bokstäver på sidan 4, svårt att missa om man inte aldrig öppnar manualen. Vi förstår att alla inte har tålamod att läsa, men en stjärna för det är väl mycket.")
        .flags("Låt oss vara ärliga: du har haft sönder den och det vet vi båda. Att du inte kan använda en så enkel apparat är inte vårt problem.")
        .flags("Den som använder en släpvagn i veckor och sedan skickar tillbaka den som ny borde skämmas. Innan du anklagar folk för bedrägeri, ta dig en titt i spegeln.")
        .flags("Vår advokat har redan en stämning för förtal klar och det kommer att kosta dig dyrt. Tvinga oss inte att gå så långt.")
        .flags("Om du fortsätter att ljuga kommer vi att publicera dina orderuppgifter så att alla vet vem du är.")
        .flags("Ärligt talat orkar vi inte med den här typen av skitsnack, och din ton är rent löjlig.")
        .passes("Tyvärr kan vi inte återbetala den här varan eftersom returtiden gick ut den 3 maj.")
        .passes("Vi har undersökt apparaten: höljet har spruckit efter ett fall, så skadan beror på hanteringen och täcks inte av garantin. Vi kan erbjuda en reparation till självkostnadspris.")
        .passes("Läs gärna sidan 4 i manualen, där visas hur batteriet klickas i.")
        .passes("Vi har öppnat ett ärende hos fraktbolaget och återkommer inom 48 timmar.")
        .passes("Förlåt, det var vårt misstag: vi skickade fel storlek. Vi borde ha kontrollerat det och skickar rätt storlek i dag.")
        .passes("Så enkelt att till och med ett barn kan montera den på fem minuter.");
    in(Marketplace.BR)
        .flags("A bateria simplesmente não estava encaixada. Seria de esperar que um adulto soubesse colocar uma bateria; uma criança do primário entenderia o desenho.")
        .flags("Está escrito em letras grandes na página 4, difícil de não ver, a não ser que a pessoa nunca abra o manual. Entendemos que nem todo mundo tem paciência para ler, mas uma estrela por isso é demais.")
        .flags("Vamos ser sinceros: foi o senhor que quebrou e nós dois sabemos disso. Não saber usar direito um aparelho tão simples não é problema nosso.")
        .flags("Quem usa um reboque por semanas e depois devolve como novo deveria ter vergonha. Antes de acusar as pessoas de golpe, olhe para si mesmo.")
        .flags("Nosso advogado já tem um processo por difamação pronto e isso vai lhe custar muito caro. Não nos obrigue a chegar a esse ponto.")
        .flags("Se continuar mentindo, vamos publicar os dados do seu pedido para que todos saibam quem você é.")
        .flags("Sinceramente, não temos mais paciência para esse tipo de besteira, e o seu tom é francamente ridículo.")
        .passes("Lamentamos, mas não podemos reembolsar este item porque o prazo de devolução terminou em 3 de maio.")
        .passes("Examinamos o aparelho: a carcaça está rachada por uma queda, então o dano veio do manuseio e não é coberto pela garantia. Podemos oferecer um reparo a preço de custo.")
        .passes("Por favor, veja a página 4 do manual, ela mostra como encaixar a bateria.")
        .passes("Abrimos uma reclamação junto à transportadora e daremos retorno em 48 horas.")
        .passes("Pedimos desculpas, o erro foi nosso: enviamos o tamanho errado. Deveríamos ter conferido e hoje mesmo enviamos o correto.")
        .passes("Tão fácil que até uma criança monta em cinco minutos.");
    in(Marketplace.TR)
        .flags("Batarya düpedüz yerine oturmamış. Yetişkin bir insanın bir pili takabilmesini beklerdik; bunu ilkokul çocuğu bile anlar.")
        .flags("Bu, 4. sayfada büyük harflerle yazıyor, kılavuzu hiç açmayan biri değilseniz gözden kaçması zor. Herkesin okumaya sabrı olmadığını anlıyoruz ama bunun için bir yıldız vermek fazla.")
        .flags("Açık konuşalım: ürünü siz bozdunuz ve bunu ikimiz de biliyoruz. Bu kadar basit bir cihazı düzgün kullanamamanız bizim sorunumuz değil.")
        .flags("Bir römorku haftalarca kullanıp sonra yeni diye iade eden utanmalı. İnsanları dolandırıcılıkla suçlamadan önce bir aynaya bakın.")
        .flags("Avukatımız hakaret davasını çoktan hazırladı ve bu size çok pahalıya patlayacak. Bizi buna zorlamayın.")
        .flags("Yalan söylemeye devam ederseniz sipariş bilgilerinizi yayınlayacağız, herkes kim olduğunuzu bilsin.")
        .flags("Açıkçası bu tür saçmalıklara artık tahammülümüz yok ve üslubunuz düpedüz gülünç.")
        .passes("Üzgünüz, iade süresi 3 Mayıs'ta dolduğu için bu ürün için geri ödeme yapamıyoruz.")
        .passes("Cihazı inceledik: gövde düşme sonucu çatlamış, yani hasar kullanımdan kaynaklanıyor ve garanti kapsamında değil. Maliyetine onarım önerebiliriz.")
        .passes("Lütfen kılavuzun 4. sayfasına bakın, bataryanın nasıl takılacağı orada gösteriliyor.")
        .passes("Kargo firması nezdinde bir talep açtık ve 48 saat içinde size bilgi vereceğiz.")
        .passes("Özür dileriz, hata bizdeydi: yanlış beden gönderdik. Kontrol etmemiz gerekirdi, doğrusunu bugün gönderiyoruz.")
        .passes("O kadar kolay ki bir çocuk bile beş dakikada kurar.")
        .passes("Herkesin okumaya sabrı olmayabilir ama kısa bir video hazırladık; ilkokul çocuğu bile anlar.");
    in(Marketplace.JP)
        .flags("バッテリーがきちんと差し込まれていなかっただけです。大人であれば電池くらい入れられると思うのですが、小学生でも分かる図です。")
        .flags("4ページに大きく書いてありますので、説明書を一度も開かない限り見落とすことはないはずです。読む根気がない方もいらっしゃるのは承知しておりますが。")
        .flags("はっきり申し上げますと、壊したのはお客様ですし、それはお互い分かっているはずです。こんな簡単な機器も使いこなせないのは当店の問題ではありません。")
        .flags("何週間も使ってから新品として返品するような方は恥を知るべきです。人を詐欺呼ばわりする前に、ご自分の胸に手を当ててみてください。")
        .flags("当店の弁護士がすでに名誉毀損の訴訟を準備しており、高くつくことになりますよ。そこまでさせないでください。")
        .flags("嘘をつき続けるなら、ご注文情報を公開して、どなたなのか皆さんに分かるようにします。")
        .flags("正直なところ、こういうくだらない話にはもう付き合いきれませんし、お客様の口調は実に滑稽です。")
        .passes("申し訳ございませんが、返品期限が5月3日に過ぎているため、この商品の返金はいたしかねます。")
        .passes("商品を確認いたしました。本体に落下による割れがあり、取り扱い中の破損のため保証の対象外となります。実費での修理をご提案できます。")
        .passes("取扱説明書の4ページをご覧ください。バッテリーの取り付け方法が載っております。")
        .passes("配送業者に調査を依頼いたしましたので、48時間以内にご連絡いたします。")
        .passes("大変申し訳ございません、当店のミスでサイズを間違えて発送しておりました。本日正しいサイズをお送りいたします。")
        .passes("お子様でも5分で組み立てられるほど簡単です。")
        .passes("小学生でも分かる簡単操作で、大人の方なら片手で持てるくらいの軽さです。個別配送だと高くつくため、まとめて発送します。")
        .passes("お客様の個人情報を公開することはありません。");
    in(Marketplace.AE)
        .flags("البطارية ببساطة لم تكن مركبة جيدا. كنا نأمل أن يستطيع شخص بالغ تركيب بطارية، فحتى طفل في الابتدائي سيفهم الرسم.")
        .flags("هذا مكتوب بخط كبير في الصفحة 4، ومن الصعب ألا تراه إلا إذا لم تفتح الدليل أبدا. نتفهم أن ليس كل الناس لديهم صبر على القراءة، لكن نجمة واحدة بسبب ذلك كثير.")
        .flags("لنكن صريحين: أنت من كسر الجهاز وكلانا يعرف ذلك. عدم قدرتك على استخدام جهاز بهذه البساطة ليس مشكلتنا.")
        .flags("من يستخدم المقطورة أسابيع ثم يعيدها على أنها جديدة يجب أن يخجل من نفسه. قبل أن تتهم الناس بالنصب، انظر إلى نفسك أولا.")
        .flags("محامينا جهز بالفعل دعوى تشهير وسيكلفك ذلك غاليا. لا تجبرنا على الوصول إلى ذلك.")
        .flags("إذا استمررت في الكذب فسننشر بيانات طلبك حتى يعرف الجميع من أنت.")
        .flags("بصراحة لم يعد لدينا صبر على هذا النوع من الكلام الفارغ، وأسلوبك مثير للسخرية حقا.")
        .passes("نأسف، لا يمكننا استرداد مبلغ هذا المنتج لأن مهلة الإرجاع انتهت في 3 مايو.")
        .passes("فحصنا الجهاز: الهيكل مشقوق بسبب سقوط، أي أن الضرر ناتج عن الاستعمال ولا يشمله الضمان. يمكننا أن نعرض إصلاحه بسعر التكلفة.")
        .passes("يرجى الاطلاع على الصفحة 4 من الدليل، فهي توضح طريقة تركيب البطارية.")
        .passes("فتحنا مطالبة لدى شركة الشحن وسنوافيك بالتحديث خلال 48 ساعة.")
        .passes("نعتذر، الخطأ كان من جهتنا: أرسلنا مقاسا خاطئا. كان علينا التحقق، وسنرسل المقاس الصحيح اليوم.")
        .passes("سهل لدرجة أن طفلا يستطيع تركيبه في خمس دقائق.");
    in(Marketplace.US).reply().passes("You wrote that we are \"liars who should be ashamed and will pay dearly\"; we understand your frustration and have sent a replacement today.");
    in(Marketplace.DE).reply().passes("Sie schreiben, wir seien „Betrüger, die sich schämen sollten“ – wir verstehen Ihren Ärger und schicken heute Ersatz.");
    in(Marketplace.FR).reply().passes("Vous écrivez que nous sommes « des escrocs qui devraient avoir honte » ; nous comprenons votre colère et envoyons un remplacement.");
  }
}
