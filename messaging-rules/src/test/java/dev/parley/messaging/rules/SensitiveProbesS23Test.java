package dev.parley.messaging.rules;

import dev.parley.messaging.core.Marketplace;
import org.junit.jupiter.api.Test;

/**
 * {@code content.sensitive} in each language's everyday idiom (session s23, written fresh, not
 * translated): fraud stated as fact or sarcasm about it (the "never arrived" trick, nice try, some
 * nerve, not the first to try, did you really think we wouldn't notice, hoped nobody would check),
 * the buyer's habit of breaking things and blaming others, shaming for no reply, and yardsticks
 * with sarcasm; and the compliant near-misses beside them (a firm refusal that names the damage
 * and the evidence, the buyer's own rude words quoted, a carrier's investigation, a page of the
 * manual, most customers' set-up time, a warning on children's age, any adult assembling it).
 */
class SensitiveProbesS23Test {

  @Test
  void enIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.US).reply()
        .flags("You swapped the unit for an old one and hoped nobody would check. That's how scams work, not returns.")
        .flags("You're not the first clever clogs to try the \"it never arrived\" trick on us.")
        .flags("Did you honestly think we wouldn't notice? Some nerve.")
        .flags("It seems you're used to breaking things and blaming everyone else.")
        .flags("Any adult could manage to read a care label before throwing a jumper in the wash.")
        .flags("Reading instructions is clearly a struggle for some people, but a ten-year-old would manage it.")
        .flags("Maybe think twice next time before buying gadgets you can't handle.")
        .flags("Strange how someone gets excellent service and can't spare one minute to reply.")
        .flags("Nice try, but we've seen this scam a hundred times.");
  }

  @Test
  void enNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.US).reply()
        .passes("We cannot accept the return: the screen shows an impact crack, and our photos from dispatch show it intact.")
        .passes("You wrote that we are \"useless crooks\"; we would still like to solve this with you.")
        .passes("The carrier has opened an investigation into the missing parcel.")
        .passes("Please read page 4 of the manual before the first use.")
        .passes("Most customers set it up in about ten minutes.")
        .passes("Children under 8 must not use this heater.")
        .passes("If you did not receive the parcel, please let us know and we will open a claim with the carrier.")
        .passes("We noticed the return contained a different model, so we have asked Amazon to review the case.")
        .passes("Any adult can assemble it in about ten minutes with the included key.")
        .passes("Even my grandmother uses this kettle every morning, it is that simple.")
        .passes("We are not the first shop to offer this model, but we test every unit before dispatch.")
        .passes("Strange that the tracking stopped updating; we have asked the carrier to check.")
        .passes("Please don't blame yourself, these things happen with fragile glass.")
        .passes("We understand it is a challenge for some customers to fit the filter, so here is a short video.")
        .passes("Any adult can manage the setup in ten minutes with the included key.");
  }

  @Test
  void deIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .flags("Sie haben das Gerät ausgetauscht und gehofft, dass es keiner merkt – so funktioniert Betrug, nicht eine Rücksendung.")
        .flags("Sie sind nicht der Erste, der es mit der Masche „nie angekommen\" versucht.")
        .flags("Dachten Sie wirklich, das fällt uns nicht auf? Ganz schön dreist.")
        .flags("Offenbar sind Sie es gewohnt, Ihre Sachen kaputt zu machen und die Schuld anderen zu geben.")
        .flags("Jeder Erwachsene sollte in der Lage sein, ein Pflegeetikett zu lesen, bevor er den Pullover in die Maschine wirft.")
        .flags("Anleitungen lesen ist für manche wohl zu viel verlangt, aber ein Grundschulkind würde das schaffen.")
        .flags("Vielleicht überlegen Sie es sich nächstes Mal zweimal, bevor Sie Technik kaufen.")
        .flags("Komisch, dass man hervorragenden Service bekommt und nicht mal eine Minute für eine Antwort übrig hat.")
        .flags("Netter Versuch, aber diese Nummer kennen wir schon.");
  }

  @Test
  void deNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.DE).reply()
        .passes("Wir können die Rücksendung nicht annehmen: Das Display hat einen Sprung durch Stoßeinwirkung, unsere Fotos vom Versand zeigen es unbeschädigt.")
        .passes("Sie haben uns als „Betrüger\" bezeichnet; wir möchten die Sache trotzdem mit Ihnen klären.")
        .passes("Der Paketdienst hat einen Nachforschungsauftrag eröffnet.")
        .passes("Bitte lesen Sie Seite 4 der Anleitung vor der ersten Benutzung.")
        .passes("Die meisten Kunden haben es in zehn Minuten aufgebaut.")
        .passes("Kinder unter 8 Jahren dürfen das Gerät nicht benutzen.")
        .passes("Jeder Erwachsene kann das Regal mit dem beiliegenden Werkzeug in zehn Minuten aufbauen.")
        .passes("Komisch, dass die Sendungsverfolgung nicht aktualisiert wird; wir haben beim Paketdienst nachgefragt.")
        .passes("Wir sind nicht die Ersten, die dieses Modell anbieten, aber wir prüfen jedes Gerät vor dem Versand.");
  }

  @Test
  void frIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .flags("Vous avez échangé l'appareil en espérant que personne ne vérifierait : c'est comme ça que fonctionnent les arnaques, pas les retours.")
        .flags("Vous n'êtes pas le premier petit malin à nous faire le coup du colis jamais arrivé.")
        .flags("On dirait que vous avez l'habitude de casser vos affaires et d'accuser les autres.")
        .flags("N'importe quel adulte sait lire une étiquette d'entretien avant de jeter un pull dans la machine.")
        .flags("Lire une notice semble être un défi pour certains, mais un enfant de primaire y arriverait.")
        .flags("La prochaine fois, réfléchissez à deux fois avant d'acheter de l'électronique.")
        .flags("Curieux qu'on reçoive un service excellent et qu'on ne trouve pas une minute pour répondre.")
        .flags("Bien essayé, mais on connaît ce genre d'arnaque.");
  }

  @Test
  void frNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.FR).reply()
        .passes("Nous ne pouvons pas accepter le retour : l'écran présente une fissure due à un choc, nos photos d'expédition le montrent intact.")
        .passes("Vous nous avez traités d'« escrocs » ; nous souhaitons tout de même régler la situation.")
        .passes("Le transporteur a ouvert une enquête sur le colis.")
        .passes("Merci de lire la page 4 de la notice avant la première utilisation.")
        .passes("La plupart des clients l'installent en dix minutes.")
        .passes("Ne convient pas aux enfants de moins de 8 ans.")
        .passes("Tout adulte peut monter l'étagère en dix minutes avec la clé fournie.")
        .passes("Étrange que le suivi ne bouge plus ; nous avons contacté le transporteur.")
        .passes("Même ma grand-mère utilise cette bouilloire tous les matins.");
  }

  @Test
  void esIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .flags("Cambió el aparato por uno viejo esperando que nadie lo revisara: así funcionan las estafas, no las devoluciones.")
        .flags("No es usted el primer listillo que intenta el truco de \"nunca llegó\".")
        .flags("¿De verdad pensaba que no nos daríamos cuenta? Qué cara.")
        .flags("Parece que está acostumbrado a romper sus cosas y echar la culpa a los demás.")
        .flags("Leer instrucciones es un reto para algunos, pero un niño de primaria lo haría.")
        .flags("La próxima vez piénselo dos veces antes de comprar tecnología.")
        .flags("Qué curioso que alguien reciba un servicio excelente y no tenga ni un minuto para responder.")
        .flags("Buen intento, pero ya conocemos este tipo de timo.");
  }

  @Test
  void esNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.ES).reply()
        .passes("No podemos aceptar la devolución: la pantalla tiene una grieta por golpe y nuestras fotos del envío la muestran intacta.")
        .passes("Usted nos llamó \"estafadores\"; aun así queremos resolverlo.")
        .passes("La empresa de transporte ha abierto una investigación sobre el paquete.")
        .passes("Por favor, lea la página 4 del manual antes del primer uso.")
        .passes("La mayoría de los clientes lo montan en diez minutos.")
        .passes("No apto para niños menores de 8 años.")
        .passes("Cualquier adulto puede montarlo en diez minutos con la llave incluida.")
        .passes("Qué raro que el seguimiento no se actualice; ya hemos preguntado a la empresa de transporte.")
        .passes("No es el primer pedido que enviamos a Canarias, así que sabemos que puede tardar un poco más.")
        .passes("Cualquier adulto puede hacerlo sin ayuda en diez minutos.");
  }

  @Test
  void itIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .flags("Ha sostituito il dispositivo sperando che nessuno controllasse: così funzionano le truffe, non i resi.")
        .flags("Non è il primo furbetto che ci prova con il trucco del \"mai arrivato\".")
        .flags("Pensava davvero che non ce ne saremmo accorti? Che faccia tosta.")
        .flags("Sembra che lei sia abituato a rompere le sue cose e dare la colpa agli altri.")
        .flags("Leggere le istruzioni è una sfida per alcuni, ma un bambino delle elementari ci riuscirebbe.")
        .flags("La prossima volta ci pensi due volte prima di comprare tecnologia.")
        .flags("Strano che si riceva un servizio eccellente e non si trovi un minuto per rispondere.")
        .flags("Bel tentativo, ma conosciamo bene questo tipo di truffa.");
  }

  @Test
  void itNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.IT).reply()
        .passes("Non possiamo accettare il reso: lo schermo presenta una crepa da urto e le nostre foto alla spedizione lo mostrano integro.")
        .passes("Ci ha definiti \"truffatori\"; vogliamo comunque risolvere la questione.")
        .passes("Il corriere ha aperto un'indagine sul pacco.")
        .passes("La preghiamo di leggere pagina 4 del manuale prima del primo utilizzo.")
        .passes("La maggior parte dei clienti lo monta in dieci minuti.")
        .passes("Non adatto a bambini di età inferiore a 8 anni.")
        .passes("Qualsiasi adulto può montarlo in dieci minuti con la chiave inclusa.")
        .passes("Strano che il tracciamento non si aggiorni; abbiamo già contattato il corriere.")
        .passes("Non è il primo ordine che spediamo in Sardegna, quindi sappiamo che può servire un giorno in più.");
  }

  @Test
  void nlIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .flags("U heeft het apparaat omgewisseld en gehoopt dat niemand het zou controleren; zo werkt oplichting, niet een retour.")
        .flags("U bent niet de eerste slimmerik die het trucje \"nooit aangekomen\" probeert.")
        .flags("Dacht u echt dat we het niet zouden merken? Wat een lef.")
        .flags("Blijkbaar bent u gewend uw spullen kapot te maken en anderen de schuld te geven.")
        .flags("Elke volwassene kan een wasvoorschrift lezen voordat hij een trui in de machine gooit.")
        .flags("Een handleiding lezen is voor sommigen een uitdaging, maar een kind van de basisschool zou het kunnen.")
        .flags("Denk volgende keer twee keer na voordat u elektronica koopt.")
        .flags("Vreemd dat iemand uitstekende service krijgt en geen minuutje kan vrijmaken om te antwoorden.")
        .flags("Leuk geprobeerd, maar dit soort oplichting kennen we.");
  }

  @Test
  void nlNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.NL).reply()
        .passes("We kunnen de retour niet accepteren: het scherm heeft een barst door een stoot en onze verzendfoto's tonen het intact.")
        .passes("U noemde ons \"oplichters\"; we willen het toch graag met u oplossen.")
        .passes("De vervoerder heeft een onderzoek naar het pakket geopend.")
        .passes("Lees alstublieft pagina 4 van de handleiding voor het eerste gebruik.")
        .passes("De meeste klanten hebben het in tien minuten opgebouwd.")
        .passes("Niet geschikt voor kinderen onder 8 jaar.")
        .passes("Elke volwassene kan de kast in tien minuten in elkaar zetten met het meegeleverde gereedschap.")
        .passes("Vreemd dat de track-and-trace niet bijwerkt; we hebben de vervoerder gevraagd het te controleren.")
        .passes("U kunt de handleiding ook online lezen op onze website.");
  }

  @Test
  void plIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .flags("Podmienił Pan urządzenie, licząc, że nikt tego nie sprawdzi – tak działają oszustwa, a nie zwroty.")
        .flags("Nie jest Pan pierwszym cwaniakiem, który próbuje sztuczki „paczka nie dotarła\".")
        .flags("Naprawdę myślał Pan, że się nie zorientujemy? Co za tupet.")
        .flags("Widać jest Pan przyzwyczajony do psucia swoich rzeczy i zrzucania winy na innych.")
        .flags("Czytanie instrukcji to dla niektórych wyzwanie, ale dziecko z podstawówki by sobie poradziło.")
        .flags("Dziwne, że ktoś dostaje świetną obsługę i nie może znaleźć minuty na odpowiedź.")
        .flags("Niezła próba, ale znamy takie numery.");
  }

  @Test
  void plNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.PL).reply()
        .passes("Nie możemy przyjąć zwrotu: ekran ma pęknięcie od uderzenia, a nasze zdjęcia z wysyłki pokazują go w całości.")
        .passes("Nazwał nas Pan „oszustami\"; mimo to chcemy rozwiązać sprawę.")
        .passes("Przewoźnik wszczął postępowanie reklamacyjne w sprawie paczki.")
        .passes("Prosimy przeczytać stronę 4 instrukcji przed pierwszym użyciem.")
        .passes("Większość klientów składa to w dziesięć minut.")
        .passes("Nie dla dzieci poniżej 8 lat.")
        .passes("Każdy dorosły złoży regał w dziesięć minut dołączonym kluczem.")
        .passes("Dziwne, że śledzenie przesyłki się nie aktualizuje; zapytaliśmy już przewoźnika.")
        .passes("Nawet moja babcia korzysta z tego czajnika codziennie.");
  }

  @Test
  void svIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .flags("Ni bytte ut enheten och hoppades att ingen skulle kontrollera – det är så bedrägerier fungerar, inte returer.")
        .flags("Ni är inte den första som försöker med tricket att paketet aldrig kom fram.")
        .flags("Trodde ni verkligen att vi inte skulle märka det? Vilken fräckhet.")
        .flags("Ni verkar vara van vid att ha sönder era saker och skylla på andra.")
        .flags("Att läsa en bruksanvisning är tydligen svårt för vissa, men ett lågstadiebarn hade klarat det.")
        .flags("Konstigt att man får utmärkt service och inte kan avvara en minut för att svara.")
        .flags("Snyggt försök, men vi känner till det här tricket.");
  }

  @Test
  void svNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.SE).reply()
        .passes("Vi kan inte godta returen: skärmen har en spricka efter ett slag och våra foton vid avsändning visar den hel.")
        .passes("Ni kallade oss \"bedragare\"; vi vill ändå lösa det med er.")
        .passes("Transportören har öppnat en utredning om paketet.")
        .passes("Läs gärna sidan 4 i manualen före första användningen.")
        .passes("De flesta kunder monterar den på tio minuter.")
        .passes("Får inte användas av barn under 8 år.")
        .passes("Vilken vuxen som helst kan montera hyllan på tio minuter med den medföljande nyckeln.")
        .passes("Konstigt att spårningen inte uppdateras; vi har redan frågat transportören.")
        .passes("Till och med min mormor använder vattenkokaren varje morgon.");
  }

  @Test
  void ptIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .flags("O senhor trocou o aparelho esperando que ninguém fosse conferir: é assim que funcionam os golpes, não as devoluções.")
        .flags("O senhor não é o primeiro espertinho a tentar o truque do \"nunca chegou\".")
        .flags("Achou mesmo que a gente não ia perceber? Que cara de pau.")
        .flags("Parece que o senhor está acostumado a quebrar suas coisas e pôr a culpa nos outros.")
        .flags("Qualquer adulto consegue ler uma etiqueta antes de jogar a blusa na máquina.")
        .flags("Ler instruções é um desafio para alguns, mas uma criança do primário conseguiria.")
        .flags("Da próxima vez pense duas vezes antes de comprar eletrônicos.")
        .flags("Estranho alguém receber um atendimento excelente e não ter um minuto para responder.")
        .flags("Bela tentativa, mas já conhecemos esse tipo de golpe.");
  }

  @Test
  void ptNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.BR).reply()
        .passes("Não podemos aceitar a devolução: a tela tem uma rachadura de impacto e nossas fotos do envio a mostram intacta.")
        .passes("O senhor nos chamou de \"golpistas\"; mesmo assim queremos resolver.")
        .passes("A transportadora abriu uma investigação sobre o pacote.")
        .passes("Por favor, leia a página 4 do manual antes do primeiro uso.")
        .passes("A maioria dos clientes monta em dez minutos.")
        .passes("Não indicado para crianças menores de 8 anos.")
        .passes("Estranho que o rastreamento não atualize; já contatamos a transportadora.")
        .passes("Não é o primeiro pedido que enviamos para o Norte, então sabemos que pode demorar mais.");
  }

  @Test
  void trIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .flags("Cihazı değiştirip kimsenin kontrol etmeyeceğini umdunuz; dolandırıcılık böyle yapılır, iade değil.")
        .flags("\"Hiç gelmedi\" numarasını deneyen ilk uyanık siz değilsiniz.")
        .flags("Gerçekten fark etmeyeceğimizi mi sandınız? Ne yüzsüzlük.")
        .flags("Anlaşılan eşyalarınızı kırıp suçu başkalarına atmaya alışkınsınız.")
        .flags("Kullanım kılavuzu okumak bazıları için zor ama bir ilkokul çocuğu bile yapardı.")
        .flags("Güzel deneme ama bu numaraları biliyoruz.");
  }

  @Test
  void trNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.TR).reply()
        .passes("İadeyi kabul edemiyoruz: ekranda darbe kaynaklı bir çatlak var ve gönderim fotoğraflarımız sağlam olduğunu gösteriyor.")
        .passes("Bize \"dolandırıcı\" dediniz; yine de sorunu çözmek istiyoruz.")
        .passes("Kargo firması paket için bir soruşturma başlattı.")
        .passes("Lütfen ilk kullanımdan önce kılavuzun 4. sayfasını okuyun.")
        .passes("Müşterilerin çoğu on dakikada kuruyor.")
        .passes("8 yaşından küçük çocuklar kullanmamalıdır.")
        .passes("Her yetişkin rafı birlikte gelen anahtarla on dakikada kurabilir.")
        .passes("Kargo takibinin güncellenmemesi garip; kargo firmasına sorduk.")
        .passes("Annem bile bu su ısıtıcısını her sabah kullanıyor.")
        .passes("Herkesin okumaya sabrı olmayabilir ama kısa bir video hazırladık; ilkokul çocuğu bile anlar.");
  }

  @Test
  void jaIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .flags("本体をすり替えて誰も確認しないと思ったのでしょうが、それは返品ではなく詐欺の手口です。")
        .flags("「届いていない」という手口を使うのはあなたが初めてではありません。")
        .flags("本当に気づかれないと思いましたか？図々しいにもほどがあります。")
        .flags("ご自分で壊して他人のせいにすることに慣れていらっしゃるようですね。")
        .flags("洗濯表示を読むくらい大人なら誰でもできることです。")
        .flags("説明書を読むのが苦手な方もいるようですが、小学生でもできます。")
        .flags("次回からは機械を買う前によく考えてください。");
  }

  @Test
  void jaNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.JP).reply()
        .passes("返品はお受けできません。画面に衝撃による割れがあり、発送時の写真では傷はありませんでした。")
        .passes("お客様から「詐欺師」と言われましたが、それでも解決したいと考えております。")
        .passes("配送業者が荷物の調査を開始しました。")
        .passes("初めてご使用になる前に取扱説明書の4ページをお読みください。")
        .passes("ほとんどのお客様は10分ほどで組み立てられます。")
        .passes("8歳未満のお子様は使用しないでください。")
        .passes("大人の方なら付属の工具で10分ほどで組み立てられます。")
        .passes("追跡情報が更新されないのは不思議ですので、配送業者に確認しております。")
        .passes("祖母でも毎朝使っている簡単なケトルです。");
  }

  @Test
  void arIdiomsOfContempt() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .flags("لقد استبدلت الجهاز وظننت أن لا أحد سيتحقق، هكذا يكون الاحتيال وليس الإرجاع.")
        .flags("لست أول شخص ذكي يجرب حيلة \"لم يصل الطرد\".")
        .flags("هل ظننت حقاً أننا لن نلاحظ؟ يا لها من وقاحة.")
        .flags("يبدو أنك معتاد على كسر أغراضك ولوم الآخرين.")
        .flags("قراءة التعليمات صعبة على البعض، لكن طفلاً في المرحلة الابتدائية يستطيع ذلك.")
        .flags("في المرة القادمة فكر مرتين قبل شراء الأجهزة.")
        .flags("غريب أن يحصل أحدهم على خدمة ممتازة ولا يجد دقيقة للرد.");
  }

  @Test
  void arNearMissesPass() {
    RuleTester.of(RuleIds.CONTENT_SENSITIVE).in(Marketplace.AE).reply()
        .passes("لا يمكننا قبول الإرجاع: الشاشة بها كسر ناتج عن صدمة، وصورنا عند الشحن تظهرها سليمة.")
        .passes("لقد وصفتنا بـ\"المحتالين\"، ومع ذلك نريد حل المشكلة.")
        .passes("فتحت شركة الشحن تحقيقاً بشأن الطرد.")
        .passes("يرجى قراءة الصفحة 4 من الدليل قبل الاستخدام الأول.")
        .passes("معظم العملاء يركبونه في عشر دقائق.")
        .passes("لا يستخدمه الأطفال دون 8 سنوات.")
        .passes("أي شخص بالغ يستطيع تركيب الرف في عشر دقائق باستخدام المفتاح المرفق.")
        .passes("من الغريب أن التتبع لا يتحدث، وقد تواصلنا مع شركة الشحن.")
        .passes("حتى جدتي تستخدم هذه الغلاية كل صباح.");
  }
}
