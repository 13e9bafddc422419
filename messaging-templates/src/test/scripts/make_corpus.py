#!/usr/bin/env python3
"""Writes src/test/resources/templates/corpus.jsonl: the labelled template corpus.

Every sentence below is hand-written for this corpus. The script only combines them (scenario x
violation x placeholder syntax x text/HTML) and writes the labels that follow from what it put in,
so the corpus can be regenerated and extended without retyping. Run from messaging-templates/:
    python3 src/test/scripts/make_corpus.py
"""
import json, os

SYNTAXES = [  # open, close, name style
    ("{{", "}}", "snake"), ("[[", "]]", "kebab"), ("%", "%", "upper"), ("${", "}", "camel"), ("<<", ">>", "snake2")]
NAMES = {  # role -> five spellings, one per syntax
    "O": ["order_id", "order-id", "ORDER_ID", "orderId", "order_number"],
    "N": ["buyer_name", "buyer-name", "BUYER_NAME", "buyerName", "customer_name"],
    "P": ["product_name", "product-name", "PRODUCT_NAME", "productName", "item_name"],
    "S": ["seller_name", "shop-name", "SHOP_NAME", "storeName", "seller"],
    "W": ["website", "shop-link", "SHOP_URL", "contactLink", "contact_link"],
    "R": ["review_link", "review-link", "REVIEW_LINK", "reviewLink", "feedback_link"],
    "L": ["order_link", "order-link", "ORDER_LINK", "orderLink", "order_url"],
    "T": ["tracking_number", "tracking-number", "TRACKING_NUMBER", "trackingNumber", "tracking"],
    "C": ["carrier", "carrier-name", "CARRIER", "carrierName", "shipping_carrier"],
    "D": ["delivery_date", "delivery-date", "DELIVERY_DATE", "deliveryDate", "estimated_delivery"],
    "X": ["gift_wrap_color", "engraving-font", "COLOR_CHOICE", "giftNote", "warehouse_code"],
}

LANGS = {
 "en": dict(market="US", locale="en-US",
   greet="Hello {N},", sign="Kind regards,\n{S}", sign_lit="Kind regards,\nBrightGear Support",
   product_lit="travel kettle",
   scen={
    "custom": ("Engraving text for order {O}", ["Thank you for ordering the {P}. To engrave it we need the text you would like on the lid, at most 20 letters.", "Please reply to this message with the text within two days; otherwise we will leave the lid blank."]),
    "delay": ("Order {O}: a short delay", ["Your {P} from order {O} will leave our warehouse two days later than planned, because the supplier delivered a damaged batch.", "The new estimated delivery date is {D}. We are sorry for the wait."]),
    "review": ("Your order {O}", ["Your {P} from order {O} should have arrived by now.", "If you have a moment, we would appreciate an honest review on Amazon: {R}"]),
    "schedule": ("Delivery appointment for order {O}", ["The {P} from order {O} is a bulky item, so {C} will call you a day ahead to agree on a delivery slot.", "Please make sure someone can help carry it inside."]),
    "guide": ("Before first use: order {O}", ["Before you first use the {P} from order {O}, please charge it fully for six hours.", "The quick-start sheet in the box shows how to pair it with the app."]),
    "reply": ("Re: does it fit?", ["Thanks for your question. The {P} also fits the 2020 model; the mounting screws are in the small bag under the tray."]),
   },
   html_review='If you have a moment, we would appreciate an <a href="{R}">honest review on Amazon</a>.',
   html_guide='Your order details are on <a href="{L}">your order page on Amazon</a>.',
   v={
    "link_ph": "You will find the full manual at {W}.",
    "link_lit": "The full manual is on www.brightgear-shop.com/manual.",
    "link_href": 'The full manual is <a href="{W}">in our help centre</a>.',
    "link_href_lit": 'The full manual is <a href="https://brightgear-shop.com/manual">in our help centre</a>.',
    "phone": "If anything is unclear, call us on +1 212-736-3100.",
    "email": "If anything is unclear, write to help@brightgear-shop.com.",
    "promo": "As a thank-you, use code SAVE15 for 15% off your next order in our store.",
    "positive": "If you are happy with it, please leave us a 5-star review.",
    "incentive": "Leave a review and we will send you a $10 gift card as a thank-you.",
    "emoji": "We hope you enjoy it \U0001F60A",
    "unknown": "The gift wrap colour you chose is {X}.",
   },
   thanks=("Your order {O}", "{greet}\n\nThank you so much for shopping with us! If you have any questions, we are always here to help.\n\n{sign}"),
   confirm=("Your order {O} has shipped", "{greet}\n\nGood news: your order {O} has shipped today with {C}. Your tracking number is {T}.\n\n{sign}")),
 "de": dict(market="DE", locale="de-DE",
   greet="Hallo {N},", sign="Viele Grüße\n{S}", sign_lit="Viele Grüße\nIhr Holzwerk-Team",
   product_lit="Wasserkocher",
   scen={
    "custom": ("Gravurtext für Bestellung {O}", ["Für die Gravur Ihres {P} benötigen wir noch den gewünschten Text für den Deckel, höchstens 20 Zeichen.", "Bitte antworten Sie innerhalb von zwei Tagen auf diese Nachricht, sonst bleibt der Deckel ohne Gravur."]),
    "delay": ("Bestellung {O}: kurze Verzögerung", ["Ihr {P} aus Bestellung {O} verlässt unser Lager zwei Tage später als geplant, weil unser Lieferant eine beschädigte Charge geliefert hat.", "Das neue voraussichtliche Lieferdatum ist der {D}. Bitte entschuldigen Sie die Wartezeit."]),
    "review": ("Ihre Bestellung {O}", ["Ihr {P} aus Bestellung {O} sollte inzwischen angekommen sein.", "Wenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Bewertung auf Amazon: {R}"]),
    "schedule": ("Liefertermin für Bestellung {O}", ["Der {P} aus Bestellung {O} ist ein Sperrgut-Artikel, deshalb ruft {C} Sie einen Tag vorher an, um einen Liefertermin zu vereinbaren.", "Bitte sorgen Sie dafür, dass jemand beim Hineintragen helfen kann."]),
    "guide": ("Vor der ersten Nutzung: Bestellung {O}", ["Bitte laden Sie den {P} aus Bestellung {O} vor der ersten Nutzung sechs Stunden lang vollständig auf.", "Die Kurzanleitung im Karton zeigt, wie Sie ihn mit der App verbinden."]),
    "reply": ("Re: Passt das?", ["Danke für Ihre Frage. Der {P} passt auch auf das Modell von 2020; die Befestigungsschrauben liegen im kleinen Beutel unter der Schale."]),
   },
   html_review='Wenn Sie einen Moment Zeit haben, freuen wir uns über eine <a href="{R}">ehrliche Bewertung auf Amazon</a>.',
   html_guide='Die Details finden Sie auf <a href="{L}">Ihrer Bestellseite bei Amazon</a>.',
   v={
    "link_ph": "Die vollständige Anleitung finden Sie unter {W}.",
    "link_lit": "Die vollständige Anleitung finden Sie auf www.holzwerk-laden.de/anleitung.",
    "link_href": 'Die vollständige Anleitung finden Sie <a href="{W}">in unserem Hilfebereich</a>.',
    "link_href_lit": 'Die vollständige Anleitung finden Sie <a href="https://holzwerk-laden.de/anleitung">in unserem Hilfebereich</a>.',
    "phone": "Bei Fragen erreichen Sie uns unter 030 26484590.",
    "email": "Bei Fragen schreiben Sie uns an service@holzwerk-laden.de.",
    "promo": "Als Dankeschön erhalten Sie mit dem Gutscheincode DANKE15 15 % Rabatt auf Ihre nächste Bestellung in unserem Shop.",
    "positive": "Wenn Sie zufrieden sind, freuen wir uns über eine 5-Sterne-Bewertung.",
    "incentive": "Für Ihre Bewertung schenken wir Ihnen einen Amazon-Gutschein über 10 Euro.",
    "emoji": "Viel Freude damit \U0001F60A",
    "unknown": "Die gewählte Geschenkpapierfarbe ist {X}.",
   },
   thanks=("Ihre Bestellung {O}", "{greet}\n\nvielen herzlichen Dank für Ihren Einkauf bei uns! Wenn Sie Fragen haben, sind wir jederzeit gerne für Sie da.\n\n{sign}"),
   confirm=("Bestellung {O} versandt", "{greet}\n\ngute Nachrichten: Ihre Bestellung {O} wurde heute mit {C} versandt. Ihre Sendungsnummer lautet {T}.\n\n{sign}")),
 "fr": dict(market="FR", locale="fr-FR",
   greet="Bonjour {N},", sign="Cordialement,\n{S}", sign_lit="Cordialement,\nL'équipe Atelier Lune",
   product_lit="bouilloire de voyage",
   scen={
    "custom": ("Texte de gravure pour la commande {O}", ["Pour graver votre {P}, il nous faut le texte souhaité pour le couvercle, 20 caractères au maximum.", "Merci de répondre à ce message sous deux jours ; sinon, le couvercle restera sans gravure."]),
    "delay": ("Commande {O} : un léger retard", ["Votre {P} de la commande {O} quittera notre entrepôt deux jours plus tard que prévu, car notre fournisseur a livré un lot endommagé.", "La nouvelle date de livraison estimée est le {D}. Nous sommes désolés pour l'attente."]),
    "review": ("Votre commande {O}", ["Votre {P} de la commande {O} devrait être arrivé.", "Si vous avez un moment, un avis honnête sur Amazon nous serait précieux : {R}"]),
    "schedule": ("Rendez-vous de livraison pour la commande {O}", ["Le {P} de la commande {O} est un article volumineux : {C} vous appellera la veille pour convenir d'un créneau de livraison.", "Veillez à ce que quelqu'un puisse aider à le porter à l'intérieur."]),
    "guide": ("Avant la première utilisation : commande {O}", ["Avant la première utilisation du {P} de la commande {O}, chargez-le complètement pendant six heures.", "La notice rapide dans le carton explique comment l'associer à l'application."]),
    "reply": ("Re: est-ce compatible ?", ["Merci pour votre question. Le {P} convient aussi au modèle 2020 ; les vis de fixation sont dans le petit sachet sous le plateau."]),
   },
   html_review='Si vous avez un moment, <a href="{R}">un avis honnête sur Amazon</a> nous serait précieux.',
   html_guide='Le détail de votre commande est sur <a href="{L}">votre page de commande Amazon</a>.',
   v={
    "link_ph": "Le manuel complet se trouve sur {W}.",
    "link_lit": "Le manuel complet se trouve sur www.atelier-lune.fr/manuel.",
    "link_href": 'Le manuel complet se trouve <a href="{W}">dans notre centre d\'aide</a>.',
    "link_href_lit": 'Le manuel complet se trouve <a href="https://atelier-lune.fr/manuel">dans notre centre d\'aide</a>.',
    "phone": "Pour toute question, appelez-nous au 01 42 68 53 00.",
    "email": "Pour toute question, écrivez-nous à contact@atelier-lune.fr.",
    "promo": "Pour vous remercier, profitez de 15 % de réduction sur votre prochaine commande avec le code MERCI15.",
    "positive": "Si vous êtes satisfait, laissez-nous un avis 5 étoiles.",
    "incentive": "En échange de votre avis, nous vous offrons un bon d'achat de 10 euros.",
    "emoji": "Nous espérons qu'il vous plaira \U0001F60A",
    "unknown": "La couleur de papier cadeau choisie est {X}.",
   },
   thanks=("Votre commande {O}", "{greet}\n\nmerci beaucoup pour votre achat ! Si vous avez la moindre question, nous sommes toujours là pour vous aider.\n\n{sign}"),
   confirm=("Commande {O} expédiée", "{greet}\n\nbonne nouvelle : votre commande {O} a été expédiée aujourd'hui avec {C}. Votre numéro de suivi est {T}.\n\n{sign}")),
 "es": dict(market="ES", locale="es-ES",
   greet="Hola, {N}:", sign="Un saludo,\n{S}", sign_lit="Un saludo,\nEquipo Casa Olivo",
   product_lit="hervidor de viaje",
   scen={
    "custom": ("Texto del grabado del pedido {O}", ["Para grabar su {P} necesitamos el texto que desea en la tapa, como máximo 20 caracteres.", "Responda a este mensaje en un plazo de dos días; si no, la tapa quedará sin grabar."]),
    "delay": ("Pedido {O}: un pequeño retraso", ["Su {P} del pedido {O} saldrá de nuestro almacén dos días más tarde de lo previsto, porque el proveedor entregó un lote dañado.", "La nueva fecha estimada de entrega es el {D}. Sentimos la espera."]),
    "review": ("Su pedido {O}", ["Su {P} del pedido {O} ya debería haber llegado.", "Si tiene un momento, le agradeceríamos una opinión sincera en Amazon: {R}"]),
    "schedule": ("Cita de entrega del pedido {O}", ["El {P} del pedido {O} es un artículo voluminoso, así que {C} le llamará un día antes para acordar la franja de entrega.", "Procure que alguien pueda ayudar a meterlo en casa."]),
    "guide": ("Antes del primer uso: pedido {O}", ["Antes de usar por primera vez el {P} del pedido {O}, cárguelo por completo durante seis horas.", "La guía rápida de la caja explica cómo vincularlo con la aplicación."]),
    "reply": ("Re: ¿es compatible?", ["Gracias por su pregunta. El {P} también sirve para el modelo de 2020; los tornillos de montaje están en la bolsita bajo la bandeja."]),
   },
   html_review='Si tiene un momento, le agradeceríamos <a href="{R}">una opinión sincera en Amazon</a>.',
   html_guide='Los detalles están en <a href="{L}">la página de su pedido en Amazon</a>.',
   v={
    "link_ph": "Encontrará el manual completo en {W}.",
    "link_lit": "Encontrará el manual completo en www.casa-olivo.es/manual.",
    "link_href": 'Encontrará el manual completo <a href="{W}">en nuestro centro de ayuda</a>.',
    "link_href_lit": 'Encontrará el manual completo <a href="https://casa-olivo.es/manual">en nuestro centro de ayuda</a>.',
    "phone": "Si tiene dudas, llámenos al 912 345 678.",
    "email": "Si tiene dudas, escríbanos a ayuda@casa-olivo.es.",
    "promo": "Como agradecimiento, use el código GRACIAS15 para obtener un 15 % de descuento en su próximo pedido en nuestra tienda.",
    "positive": "Si está satisfecho, déjenos una valoración de 5 estrellas.",
    "incentive": "A cambio de su opinión le enviaremos una tarjeta regalo de 10 euros.",
    "emoji": "Esperamos que lo disfrute \U0001F60A",
    "unknown": "El color de papel de regalo elegido es {X}.",
   },
   thanks=("Su pedido {O}", "{greet}\n\n¡muchas gracias por su compra! Si tiene cualquier pregunta, estamos siempre a su disposición para ayudarle.\n\n{sign}"),
   confirm=("Pedido {O} enviado", "{greet}\n\nbuenas noticias: su pedido {O} ha sido enviado hoy con {C}. Su número de seguimiento es {T}.\n\n{sign}")),
 "it": dict(market="IT", locale="it-IT",
   greet="Buongiorno {N},", sign="Cordiali saluti,\n{S}", sign_lit="Cordiali saluti,\nBottega Aurelia",
   product_lit="bollitore da viaggio",
   scen={
    "custom": ("Testo dell'incisione per l'ordine {O}", ["Per incidere il suo {P} ci serve il testo desiderato per il coperchio, al massimo 20 caratteri.", "La preghiamo di rispondere a questo messaggio entro due giorni; altrimenti il coperchio resterà senza incisione."]),
    "delay": ("Ordine {O}: un breve ritardo", ["Il suo {P} dell'ordine {O} lascerà il nostro magazzino due giorni più tardi del previsto, perché il fornitore ha consegnato un lotto danneggiato.", "La nuova data di consegna stimata è il {D}. Ci scusiamo per l'attesa."]),
    "review": ("Il suo ordine {O}", ["Il suo {P} dell'ordine {O} dovrebbe essere arrivato.", "Se ha un momento, apprezzeremmo una recensione sincera su Amazon: {R}"]),
    "schedule": ("Appuntamento di consegna per l'ordine {O}", ["Il {P} dell'ordine {O} è un articolo voluminoso, quindi {C} la chiamerà il giorno prima per concordare una fascia di consegna.", "Si assicuri che qualcuno possa aiutare a portarlo dentro."]),
    "guide": ("Prima del primo utilizzo: ordine {O}", ["Prima di usare per la prima volta il {P} dell'ordine {O}, lo carichi completamente per sei ore.", "La guida rapida nella scatola spiega come abbinarlo all'app."]),
    "reply": ("Re: è compatibile?", ["Grazie per la domanda. Il {P} va bene anche per il modello 2020; le viti di montaggio sono nel sacchetto sotto il vassoio."]),
   },
   html_review='Se ha un momento, apprezzeremmo <a href="{R}">una recensione sincera su Amazon</a>.',
   html_guide='I dettagli sono nella <a href="{L}">pagina del suo ordine su Amazon</a>.',
   v={
    "link_ph": "Il manuale completo è disponibile su {W}.",
    "link_lit": "Il manuale completo è disponibile su www.bottega-aurelia.it/manuale.",
    "link_href": 'Il manuale completo è <a href="{W}">nel nostro centro assistenza</a>.',
    "link_href_lit": 'Il manuale completo è <a href="https://bottega-aurelia.it/manuale">nel nostro centro assistenza</a>.',
    "phone": "Per qualsiasi domanda ci chiami al 02 8736 4410.",
    "email": "Per qualsiasi domanda ci scriva a assistenza@bottega-aurelia.it.",
    "promo": "Per ringraziarla, usi il codice GRAZIE15 per avere il 15% di sconto sul prossimo ordine nel nostro negozio.",
    "positive": "Se è soddisfatto, ci lasci una recensione a 5 stelle.",
    "incentive": "In cambio della sua recensione le invieremo un buono regalo da 10 euro.",
    "emoji": "Speriamo che le piaccia \U0001F60A",
    "unknown": "Il colore della carta regalo scelto è {X}.",
   },
   thanks=("Il suo ordine {O}", "{greet}\n\ngrazie mille per il suo acquisto! Per qualsiasi domanda siamo sempre a sua disposizione.\n\n{sign}"),
   confirm=("Ordine {O} spedito", "{greet}\n\nbuone notizie: il suo ordine {O} è stato spedito oggi con {C}. Il numero di tracciamento è {T}.\n\n{sign}")),
 "ja": dict(market="JP", locale="ja-JP",
   greet="{N} 様", sign="{S} カスタマーサポート", sign_lit="木の家工房 カスタマーサポート",
   product_lit="トラベルケトル",
   scen={
    "custom": ("ご注文 {O} の刻印文字について", ["{P} への刻印のため、ふたに入れる文字（20文字以内）をお知らせください。", "2日以内にこのメッセージへご返信がない場合は、刻印なしで製作いたします。"]),
    "delay": ("ご注文 {O} の出荷遅延について", ["ご注文 {O} の {P} は、仕入先から届いた商品に破損があったため、予定より2日遅れて出荷いたします。", "新しいお届け予定日は {D} です。お待たせして申し訳ございません。"]),
    "review": ("ご注文 {O} について", ["ご注文 {O} の {P} はお手元に届きましたでしょうか。", "お時間があれば、Amazon で率直なレビューをいただけますと幸いです：{R}"]),
    "schedule": ("ご注文 {O} のお届け日時について", ["ご注文 {O} の {P} は大型商品のため、前日に {C} からお電話でお届け時間帯のご相談をいたします。", "搬入の際にお手伝いいただける方のご在宅をお願いいたします。"]),
    "guide": ("ご使用前のお願い（ご注文 {O}）", ["ご注文 {O} の {P} は、初めてお使いになる前に6時間充電してください。", "アプリとの接続方法は箱の中のクイックガイドに記載しています。"]),
    "reply": ("Re: 対応機種について", ["お問い合わせありがとうございます。{P} は2020年モデルにも対応しております。取り付けネジはトレイ下の小袋に入っています。"]),
   },
   html_review='お時間があれば、<a href="{R}">Amazon で率直なレビュー</a>をいただけますと幸いです。',
   html_guide='ご注文の詳細は<a href="{L}">Amazon の注文ページ</a>でご確認いただけます。',
   v={
    "link_ph": "詳しい取扱説明書は {W} でご覧いただけます。",
    "link_lit": "詳しい取扱説明書は www.kinoie-koubou.jp/manual でご覧いただけます。",
    "link_href": '詳しい取扱説明書は<a href="{W}">ヘルプページ</a>でご覧いただけます。',
    "link_href_lit": '詳しい取扱説明書は<a href="https://kinoie-koubou.jp/manual">ヘルプページ</a>でご覧いただけます。',
    "phone": "ご不明な点は 03-5412-7788 までお電話ください。",
    "email": "ご不明な点は support@kinoie-koubou.jp までメールでお問い合わせください。",
    "promo": "感謝の気持ちとして、次回のご注文で使える15%割引クーポンコード THANKS15 をお送りします。",
    "positive": "ご満足いただけましたら、ぜひ星5つのレビューをお願いいたします。",
    "incentive": "レビューをご投稿いただいた方には、1000円分のギフト券をお送りします。",
    "emoji": "末永くご愛用ください\U0001F60A",
    "unknown": "お選びいただいたラッピングの色は {X} です。",
   },
   thanks=("ご注文 {O}", "{greet}\n\nこの度はご購入いただき誠にありがとうございました。ご不明な点がございましたら、いつでもお気軽にお問い合わせください。\n\n{sign}"),
   confirm=("ご注文 {O} 発送のお知らせ", "{greet}\n\nご注文 {O} の商品を本日 {C} にて発送いたしました。お問い合わせ番号は {T} です。\n\n{sign}")),
}

MORE_THANKS = {'en': ['Thank you for your purchase! We hope you enjoy it. Have a wonderful day!', 'Just a quick note to say thanks for choosing us. Our team is here if you need anything.'], 'de': ['Danke für Ihre Bestellung! Wir wünschen Ihnen viel Freude damit und einen schönen Tag.', 'Wir möchten uns herzlich für Ihren Einkauf bedanken. Unser Team ist jederzeit für Sie da.'], 'fr': ['Merci pour votre commande ! Nous vous souhaitons une excellente journée.', "Toute l'équipe vous remercie pour votre confiance. Nous restons à votre disposition."], 'es': ['¡Gracias por su pedido! Le deseamos que tenga un buen día.', 'Todo el equipo le agradece su confianza. Quedamos a su disposición.'], 'it': ['Grazie per il suo ordine! Le auguriamo una buona giornata.', 'Tutto il team la ringrazia per la fiducia. Restiamo a sua disposizione.'], 'ja': ['この度はご購入いただき誠にありがとうございました。今後ともよろしくお願いいたします。', '数ある店舗の中から当店をお選びいただき、心より御礼申し上げます。']}

VIOLATION_RULE = {"link_ph": "content.link", "link_lit": "content.link", "link_href": "content.link", "link_href_lit": "content.link",
    "phone": "content.phone", "email": "content.email", "promo": "content.promotion", "positive": "review.positive-only",
    "incentive": "review.incentive", "emoji": "style.emoji", "unknown": "template.unknown-placeholder"}
SCEN_ORDER = ["custom", "delay", "review", "schedule", "guide", "reply"]
VIOLATIONS = ["link_ph", "link_lit", "phone", "email", "promo", "positive", "incentive", "emoji", "unknown"]


def ph(role, syn):
    o, c, _ = SYNTAXES[syn]
    return o + NAMES[role][syn] + c


def fill(text, syn, product_literal, lang):
    out = text
    for role in NAMES:
        token = "{" + role + "}"
        if role == "P" and product_literal:
            out = out.replace(token, LANGS[lang]["product_lit"])
        else:
            out = out.replace(token, ph(role, syn))
    return out


def html(paragraphs):
    return "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs)


def build():
    rows = []
    for lang, L in LANGS.items():
        n = 0
        def add(kind, subject, paragraphs, rules, syn, product_literal, seller_placeholder, reply=False, fmt="text", note="", mtype="FREE_FORM"):
            nonlocal n
            n += 1
            sign = L["sign"] if seller_placeholder else L["sign_lit"]
            paras = [L["greet"]] + paragraphs + [sign]
            body = html(paras) if fmt == "html" else "\n\n".join(paras)
            subj = fill(subject, syn, product_literal, lang)
            body = fill(body, syn, product_literal, lang)
            labels = set(rules)
            uses = subj + body
            if (not product_literal and ph("P", syn) in uses) or (seller_placeholder and ph("S", syn) in uses):
                labels.add("template.unsafe-value")
            row = {"id": f"{lang}-{kind}-{n:03d}", "lang": lang, "marketplace": L["market"], "buyerLocale": L["locale"],
                   "type": mtype, "replyToBuyer": reply, "subject": subj, "body": body, "syntax": SYNTAXES[syn][0] + "name" + SYNTAXES[syn][1],
                   "expect": {"rules": sorted(labels)}, "note": note}
            if fmt == "html":
                row["format"] = "html"
            rows.append(row)
        k = 0
        # Compliant, plain text: every scenario, rotating syntax; product and shop named literally every third time.
        for i, s in enumerate(SCEN_ORDER):
            subject, paras = L["scen"][s]
            add("ok-" + s, subject, paras, [], (i + len(rows)) % 5, i % 3 == 2, i % 3 != 1, reply=(s == "reply"), note="compliant " + s)
        # Compliant, HTML: link placeholders in href attributes (Amazon review and order links are allowed).
        for i, s in enumerate(SCEN_ORDER):
            subject, paras = L["scen"][s]
            paras = list(paras)
            if s == "review":
                paras = [paras[0], L["html_review"]]
            if s == "guide":
                paras = paras + [L["html_guide"]]
            add("okhtml-" + s, subject, paras, [], (i + 2 + len(rows)) % 5, i % 3 == 0, i % 2 == 0, reply=(s == "reply"), fmt="html", note="compliant HTML " + s)
        # One violation each, on rotating scenarios (never the reply, so the order-id rule stays meaningful).
        for j, v in enumerate(VIOLATIONS):
            s = SCEN_ORDER[j % 5]
            subject, paras = L["scen"][s]
            add("v-" + v, subject, list(paras) + [L["v"][v]], [VIOLATION_RULE[v]], (j + len(rows)) % 5, j % 4 == 3, j % 2 == 0, note=v + " in " + s)
        # The same link violations in HTML attributes.
        for j, v in enumerate(["link_href", "link_href_lit"]):
            s = SCEN_ORDER[(j + 1) % 5]
            subject, paras = L["scen"][s]
            add("vhtml-" + v, subject, list(paras) + [L["v"][v]], [VIOLATION_RULE[v]], (j + 3) % 5, False, True, fmt="html", note=v + " in an href")
        # A link placeholder in the subject.
        s = SCEN_ORDER[len(lang) % 5]
        subject, paras = L["scen"][s]
        add("v-subject-link", subject + " – {W}", list(paras), ["content.link"], len(rows) % 5, True, False, note="link placeholder in the subject")
        # An unknown placeholder in the subject.
        add("v-subject-unknown", subject + " ({X})", list(paras), ["template.unknown-placeholder"], (len(rows) + 1) % 5, True, False, note="unknown placeholder in the subject")
        # No order id: the order-id placeholder left out of a proactive template.
        for j, s in enumerate(["custom", "schedule"]):
            subject, paras = L["scen"][s]
            strip = lambda t: t.replace(" {O}", "").replace("{O} ", "").replace("（ご注文 {O}）", "").replace("ご注文 {O} の", "").replace("{O}", "")
            add("v-noorder", strip(subject), [strip(p) for p in paras], ["message.order-id-missing"], (j + len(rows)) % 5, j == 1, j == 0, note="no order id")
        # Thanks only, and a proactive shipping confirmation.
        subject, body = L["thanks"]
        add("v-thanks", subject, [body.split("\n\n")[1]], ["message.thank-you-only"], len(rows) % 5, True, len(rows) % 2 == 0, note="thanks only")
        for j, sentence in enumerate(MORE_THANKS[lang]):
            add("v-thanks", L["thanks"][0], [sentence], ["message.thank-you-only"], (len(rows) + j) % 5, True, j == 0, note="thanks only, other wording")
        subject, body = L["confirm"]
        add("v-confirm", subject, [body.split("\n\n")[1]], ["message.order-confirmation"], (len(rows) + 2) % 5, True, True, note="proactive shipping confirmation")
    return rows


if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "resources", "templates", "corpus.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "templates written to", os.path.normpath(out))
