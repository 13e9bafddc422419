package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words around a digit run that say what the number is, in the twelve languages: a label that
 * makes it a number to call or message (a phone label or a chat app), a label that makes it
 * something else (order, tracking, invoice ...), and the carriers, freight agencies and
 * manufacturers whose numbers are service numbers. All words are in folded form ({@link
 * NormalizedText#fold}).
 *
 * <p>Latin and Arabic words are compared whole or by prefix; Japanese is written without spaces,
 * so a Japanese run is searched for its labels and the label nearest the number decides. Arabic
 * words are also compared without the article and the prepositions glued to it ("الهاتف",
 * "بالهاتف" → "هاتف"). Stateless and thread-safe.
 */
final class PhoneLabels {
  private PhoneLabels() {}

  /** What a label says about the number it introduces. */
  enum Kind {
    /** A number to call or message: any country's plausible number is a phone number. */
    PHONE,
    /** A word that often introduces a phone number ("contact", "area code"): the marketplace's numbering plan decides. */
    WEAK_PHONE,
    /** Something else: an order, parcel, invoice, customer or model number. */
    NOT_PHONE,
    /** Neither. */
    NONE
  }

  /**
   * Words (prefixes when longer than three letters) that introduce a number which is not a phone
   * number. Not "pan" (an Indian tax id, whose ids hold letters): in Polish it is "you", right
   * before the number in "zadzwoni Pan do nas pod 512 604 118" (s21).
   */
  static final List<String> NOT_PHONE = folded(
      "order", "bestell", "auftrag", "commande", "ordine", "pedido", "bestelling", "zamowien", "zamówien", "bestallning",
      "siparis", "track", "sendung", "paket", "suivi", "colis", "spedizion", "traccia", "seguimiento", "envio", "rastreio",
      "zending", "przesyl", "kolli", "invoice", "rechnung", "facture", "fattura", "factura", "factuur", "faktur", "fatura",
      "sku", "asin", "isbn", "ean", "upc", "gtin", "iban", "bic", "swift", "konto", "account", "serial", "serie", "seriennummer",
      "matricola", "artikel", "article", "articolo", "articulo", "item", "model", "modell", "modele", "modello", "ref",
      "referenz", "reference", "riferimento", "referencia", "kundennummer", "kundennr", "postcode",
      "zip", "plz", "postleitzahl", "cap", "lot", "batch", "charge", "los", "ticket", "case", "fall", "vorgang", "rma",
      "retour", "return", "reso", "devolucion", "id", "nr", "part", "teil",
      "waybill", "awb", "barcode", "code", "codice", "codigo", "pin", "password", "passwort", "key", "lizenz", "license",
      "licence", "voucher", "gutschein", "coupon", "mwst", "vat", "ust", "steuer", "tax", "siret", "kvk", "nip", "regon",
      "cpf", "cnpj", "gst", "abn", "punk", "paczkomat", "handelsregister", "hrb", "registro", "amount", "betrag", "total", "summe", "preis",
      "price", "prix", "prezzo", "precio", "qty", "menge", "stuck", "pcs", "transaction", "transaktion", "payment", "zahlung",
      "versand", "shipment", "parcel", "consignment", "label", "etikett", "dpd", "gls",
      // quantities
      "quantit", "piece", "pieces", "unit", "units", "stuk", "pezzi", "unidades", "sztuk", "adet",
      // company and tax registration numbers (VAT ids are phone-length digit runs)
      "iva", "tva", "btw", "moms", "nif", "cif", "nie", "siren", "partita", "fiscal", "steuernummer", "ustid", "kdnr", "ruc", "rfc",
      "rcs", "matricul", "registo", "registre", "registry", "register", "nipc", "krs", "vergi", "mersis", "sicil",
      // tracking words in the other marketplace languages (ł does not fold to l)
      "przesył", "śledz", "takip", "kargo", "sporing", "forsendelse", "sändning", "rastreamento", "seguimento",
      "zendingnummer", "ordernummer", "fakturanummer", "kolinummer", "numer zamówienia",
      // catalogue and spare-part numbers ("numer katalogowy", "Katalognummer", "codice ricambio", "número de repuesto")
      "katalog", "catalog", "catálog", "ersatzteil", "onderdeel", "reservdel", "ricambi", "repuesto", "recambio", "części", "czesci",
      // waybills and consignment notes of freight carriers ("numer listu przewozowego", "Frachtbrief")
      "przewozow", "frachtbrief", "fraktsedel", "vrachtbrief", "albaran", "albarán", "irsaliye",
      // a carrier's booking reference ("bokningsreferens SCH-SE 44819072", "Buchungsnummer"), s14
      "referens", "referentie", "referans", "bokning", "booking", "buchung", "reservation", "réservation", "prenotazion",
      "boeking", "rezerwac", "rezervasyon",
      // a carrier's pickup or collection number ("número de coleta na Braspress", "Abholnummer"), s15
      "coleta", "recolha", "recogida", "ritiro", "abholung", "abholnummer", "pickup", "enlevement", "ophaal", "odbioru",
      "upphamtning",
      // a waste-register number ("numer rejestrowy BDO"), s15
      "rejestr", "bdo",
      // a carrier's shipment locator ("localizador 0123456789"), s17
      "localizador", "locator",
      // Arabic: order, tracking, shipment, invoice, reference, serial, model, postcode, account, amount, price
      "طلب", "طلبك", "طلبيه", "تتبع", "شحنه", "بوليصه", "فاتوره", "مرجع", "تسلسلي", "موديل", "طراز", "بريدي", "حساب",
      "مبلغ", "سعر", "كود", "رمز", "ايبان",
      // --- s20: reference, serial, shipment, spare-part and tax-office numbers where the twelve languages lacked them
      // ("numer referencyjny", "numer seryjny", "gönderi numarası", "yedek parça numarası", "VKN", "رقم قطعة الغيار")
      "referenc", "seryjn", "gonderi", "expedition", "expedicion", "remessa", "verzending", "wysylk", "wysyłk", "försändelse",
      "forsandelse", "spare", "yedek", "parca", "peca", "reposicao", "vkn", "tckn", "finanzamt", "skarbow", "tributari",
      "belasting", "skatteverket", "قطعه", "غيار", "ضريب");

  /** Endings of Germanic compounds that name a number ("…nummer", "…numret"). */
  private static final String[] NUMBER_COMPOUND_ENDINGS = {"nummer", "nummern", "numret", "nummeret"};

  /**
   * Japanese labels that make the number something else; searched inside a run. An inquiry
   * (問い合わせ) is such a label only as the carriers' inquiry number ("お問い合わせ番号", the
   * tracking number): the inquiry line itself ("お電話でのお問い合わせは03-1234-5678まで",
   * "お問い合わせ窓口（0570-…）") is a phone number (s22).
   */
  static final List<String> NOT_PHONE_JA = folded(
      "問い合わせ番号", "問合せ番号", "問い合せ番号", "問い合わせ伝票", "問合せ伝票", "追跡", "伝票", "注文", "荷物", "郵便番号", "〒", "型番", "品番", "請求", "口座", "会員番号",
      "製造番号", "シリアル", "受付番号", "管理番号", "送り状",
      // --- s20: parts, customer, reference, shipment and tax numbers
      "部品", "パーツ", "顧客番号", "お客様番号", "会員", "参照番号", "照会番号", "出荷", "発送番号", "配送番号", "税務署", "法人番号",
      "登録番号");

  /** Words that say the number near them is a number to call or message (they win over {@link #NOT_PHONE}). */
  static final Set<String> CUE = Set.copyOf(folded(
      "tel", "telefon", "telephone", "telefono", "telefone", "telefoon", "phone", "call", "anrufen", "ruf", "rufen", "appel",
      "appelez", "appeler", "chiamare", "chiami", "chiamaci", "llame", "llamar", "llamenos", "ligue", "ligar", "bel", "bellen",
      "zadzwon", "ring", "handy", "mobil", "mobile", "cell", "cellulare", "movil", "portable", "whatsapp", "fax", "hotline",
      "telefonnummer", "rufnummer", "numer", "sms", "text", "dial", "contact", "kontakt", "reach", "erreichen", "joindre",
      "tlf", "tfn", "telefonu", "telefonico", "telefonische", "telefonisch", "durchwahl", "zentrale", "wa", "area", "vorwahl",
      "indicatif", "prefisso", "prefijo",
      // the twelve languages' call and message words
      "cellphone", "mob", "tel.", "texting", "ruft", "anruf", "erreichbar", "handynummer", "mobilnummer", "festnetz",
      "appelle", "appelle-moi", "appelez-moi", "telephonez", "portable", "textez", "chiamami", "chiamateci", "cell", "scrivimi",
      "llamame", "llamanos", "celular", "movil", "escribeme", "bel me", "gsm", "mobiel", "mobielnummer", "belt", "zadzwoń",
      "zadzwon", "komorka", "komorkowy", "komorki", "dzwon", "ringa", "ring", "mobilnummer", "telefonnummer", "sms:a",
      "ligue-me", "liga", "telemovel", "celular", "zap", "ara", "arayin", "arayiniz", "arayabilirsiniz", "ulasin",
      "numaram", "numaramiz", "numaramdan", "numaramizdan", "gsm",
      // customer-service lines by name ("Kundenservice 0800 …", "müşteri hizmetleri 0850 …", "SAC 0800 …", "الخط الساخن")
      "kundenservice", "kundendienst", "kundenhotline", "servicenummer", "servicehotline", "helpline", "freephone", "infoline",
      "klantenservice", "kundtjänst", "kundservice", "hizmetleri", "atendimento", "sac", "assistenza", "atencion", "sav", "الساخن",
      // Arabic: call, phone, mobile, my number, our number, contact, message
      "اتصل", "اتصلوا", "اتصال", "هاتف", "هاتفي", "جوال", "جوالي", "موبايل", "موبايلي", "محمول", "تلفون", "تليفون", "رقمي", "رقمنا",
      "كلمني", "كلمنا", "كلمنى", "راسلني", "راسلنا", "تواصل", "تواصلوا", "واتساب", "واتس"));

  /** Cue words too general to make any digit run a phone number ("contact us regarding 12345678"). */
  private static final Set<String> WEAK_CUES = Set.copyOf(folded(
      "contact", "kontakt", "reach", "erreichen", "joindre", "area", "vorwahl", "indicatif", "prefisso", "prefijo", "numer",
      "text", "dial", "ulasin", "تواصل", "تواصلوا", "zentrale"));

  /** Prefixes of call words, for their inflections. */
  private static final List<String> CUE_PREFIXES = folded(
      "telef", "phone", "hotline", "whatsapp", "handy", "anruf", "appel", "chiam", "llam", "zadzw", "komork", "aray", "numaram",
      "اتصل", "هاتف", "جوال", "موبايل", "تلفون", "تليفون", "تواصل", "واتس", "راسل", "كلم");

  /** Chat apps: a number handed off to one of them is a number to message. */
  static final Set<String> CHAT_APPS = Set.copyOf(folded(
      "whatsapp", "whats", "watsapp", "wasap", "guasap", "zap", "zapzap", "telegram", "viber", "wechat", "imo", "skype", "threema",
      "تيليجرام", "تلغرام", "تليجرام", "فايبر", "واتساب", "واتس", "ライン"));

  /** App names that are ordinary words too: a cue only right before the number or after a preposition. */
  private static final Set<String> WEAK_APPS = Set.of("line", "signal");

  /** Prepositions and verbs that hand a number off to an app: "on LINE", "via Signal", "add me on". */
  private static final Set<String> HAND_OFF = Set.copyOf(folded(
      "on", "via", "per", "uber", "auf", "sur", "su", "por", "pelo", "no", "op", "na", "pa", "på", "uzerinden", "add", "app"));

  /** Words for "number": a label when a possessive of the writer goes with them ("my number", "meine Nummer"). */
  private static final Set<String> NUMBER_WORDS = Set.copyOf(folded(
      "number", "nummer", "numero", "número", "numer", "numara", "numarasi", "nr", "رقم"));

  /**
   * Words that make a number word next to them a label of something else, though alone they
   * often introduce a phone line ("customer service", "obsługa klienta", "müşteri hizmetleri"):
   * the customer's own number ("customer number", "numer klienta", "número de cliente", "müşteri
   * numaranız", "رقم العميل"). s20.
   */
  private static final Set<String> NUMBER_QUALIFIERS = Set.copyOf(folded(
      "customer", "customers", "client", "clients", "cliente", "clienti", "klient", "klienta", "klienci", "kunde", "kunden",
      "klant", "kund", "kunds", "müşteri", "müşterı", "member", "mitglied", "membre", "socio", "lid", "medlem", "uye", "üye",
      "عميل", "زبون", "عضويه"));

  /** Words that stand between a number word and its qualifier in the Romance languages ("número de cliente"). */
  private static final Set<String> OF_WORDS = Set.of("de", "do", "da", "du", "di", "del", "van");

  /** Whether a word is a word for "number", with Turkish and Polish case endings ("numaranız", "numeru"). */
  static boolean isNumberWord(String w) {
    String stem = arabicStem(w);
    return NUMBER_WORDS.contains(w) || NUMBER_WORDS.contains(stem) || w.equals("no") || w.equals("nº")
        || (w.startsWith("numara") && !w.startsWith("numaram")) || (w.startsWith("numer") && w.length() <= 7);
  }

  /**
   * Whether the word at {@code i} (nearest first) is a qualifier that names the number word next to
   * it ("numer klienta", "número de cliente"), or a number word that such a qualifier names
   * ("customer number", "müşteri numaranız").
   */
  static boolean namesQualifiedNumber(List<String> words, int i) {
    String w = words.get(i);
    String next = i + 1 < words.size() ? words.get(i + 1) : "";
    if (isQualifier(w)) {
      return isNumberWord(next) || OF_WORDS.contains(next) && i + 2 < words.size() && isNumberWord(words.get(i + 2));
    }
    return isNumberWord(w) && isQualifier(next);
  }

  private static boolean isQualifier(String w) {
    return NUMBER_QUALIFIERS.contains(w) || NUMBER_QUALIFIERS.contains(arabicStem(w));
  }

  /**
   * Whether a number word stands right before a not-phone label within the words read ("رقم قطعة
   * الغيار لدى الشركة المصنعة هو …", "the serial number printed on the label is …"): a number named
   * further back than the four words a label is read from. s20.
   */
  static boolean namesOtherNumber(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (isNumberWord(words.get(i)) && isNotPhoneWord(words.get(i - 1)) && !isCueWord(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Possessives and object pronouns of the writer. */
  static final Set<String> FIRST_PERSON = Set.copyOf(folded(
      "me", "us", "my", "our", "mich", "uns", "mir", "mein", "meine", "meiner", "unser", "unsere", "unserer", "moi", "nous",
      "mon", "notre", "mio", "mia", "nostro", "nostra", "mi", "ci", "nuestro", "nuestra", "mij", "ons", "mijn", "onze",
      "mnie", "moj", "moje", "mojego", "nasz", "nasze", "naszego", "mig", "oss", "min", "mitt", "vart", "meu", "minha", "nosso",
      "nossa", "beni", "bizi", "benim", "bizim", "بي", "بنا", "لي", "لنا"));

  /** Japanese call and message labels; searched inside a run. */
  static final List<String> CUE_JA = folded("電話", "携帯", "ケータイ", "連絡先", "ショートメール", "ライン", "フリーダイヤル", "コールセンター",
      "サポートセンター", "カスタマーセンター",
      // a dial and a direct line ("サポート専用ダイヤル：0120-…", "担当直通：090-…"), s17
      "ダイヤル", "直通");

  /** Carriers, freight agencies and manufacturers, by role word and by brand, in the twelve languages. */
  static final List<String> SERVICE = folded(
      // role words
      "carrier", "courier", "freight", "forwarder", "haulier", "haulage", "transport company", "shipping company",
      "delivery company", "delivery service", "logistics", "kurier", "corriere", "transporteur", "zusteller", "paketdienst",
      "lieferdienst", "versanddienstleister", "spediteur", "spedition", "frachtfuhrer", "transportunternehmen", "logistik",
      "livreur", "messagerie", "coursier", "societe de transport", "spedizioniere", "trasportatore", "vettore",
      "mensajeria", "mensajero", "transportista", "agencia de transporte", "empresa de transporte", "paqueteria",
      "vervoerder", "bezorger", "bezorgdienst", "pakketdienst", "koerier", "expediteur", "przewoznik", "firma kurierska",
      "spedytor", "transportor", "budfirma", "speditor", "fraktbolag", "transportadora", "entregador", "kurye", "nakliye",
      "tasiyici", "kargo firmasi", "kargo sirketi",
      "manufacturer", "hersteller", "fabricant", "constructeur", "produttore", "fabbricante", "fabricante", "fabrikant",
      "producent", "tillverkare", "uretici", "imalatci",
      "warranty", "garantie", "guarantee", "garanzia", "garantia", "gwarancj", "garanti", "repair service", "service center",
      "service centre", "servicecenter", "kundendienst des herstellers", "service apres-vente", "sav", "assistenza tecnica",
      "centro assistenza", "servicio tecnico", "asistencia tecnica", "technischer dienst", "herstellerservice",
      "assistencia tecnica", "yetkili servis", "serwis producenta",
      // brands
      "dhl", "ups", "fedex", "usps", "hermes", "dpd", "gls", "royal mail", "royalmail", "parcelforce", "evri", "yodel", "tnt",
      "colissimo", "chronopost", "la poste", "mondial relay", "relais colis", "colis prive", "geodis", "poste italiane", "brt",
      "bartolini", "sda", "nexive", "correos", "seur", "mrw", "nacex", "ctt", "postnl", "bpost", "postnord", "budbee",
      "instabox", "schenker", "dachser", "kuehne", "raben", "inpost", "poczta", "pocztex", "yurtici", "aras", "mng kargo",
      "surat kargo", "ptt", "hepsijet", "yamato", "kuroneko", "sagawa", "japan post", "seino", "aramex", "smsa", "naqel",
      "zajil", "emirates post", "australia post", "auspost", "canada post", "purolator", "blue dart", "delhivery",
      "bosch", "siemens", "philips", "samsung", "apple", "sony", "miele", "dyson", "canon", "lenovo", "xiaomi", "huawei",
      "panasonic", "whirlpool", "electrolux",
      // Arabic: shipping company, delivery company, courier, manufacturer, warranty, maintenance centre, agent; brands
      "شركه الشحن", "شركه شحن", "شركه التوصيل", "شركه توصيل", "مندوب", "الشركه المصنعه", "المصنع", "الضمان", "ضمان",
      "مركز الصيانه", "مركز صيانه", "الوكيل", "ارامكس", "سمسا", "ناقل", "زاجل", "البريد السعودي", "البريد المصري",
      "بوسطه", "دي اتش ال", "فيدكس", "يو بي اس",
      // Japanese: delivery company, carrier, manufacturer, warranty, repair; brands
      "配送業者", "運送会社", "宅配業者", "配達員", "メーカー", "製造元", "保証", "修理", "日本郵便", "郵便局", "ヤマト", "クロネコ", "佐川",
      "西濃", "福山通運");

  private static List<String> folded(String... words) {
    List<String> out = new ArrayList<>(words.length);
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      String f = NormalizedText.fold(w);
      if (seen.add(f)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** Whether a character is Japanese (kana or Han), where words are not separated by spaces. */
  static boolean isJapanese(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HAN
        || c == 'ー' || c == '〒';
  }

  private static boolean isArabic(String w) {
    return !w.isEmpty() && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.ARABIC;
  }

  /** An Arabic word without the article and the prepositions glued to its front; other words as they are. */
  static String arabicStem(String w) {
    if (!isArabic(w)) {
      return w;
    }
    for (String p : new String[] {"وبال", "وال", "بال", "فال", "كال", "لل", "ال"}) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) {
        return w.substring(p.length());
      }
    }
    return w;
  }

  /**
   * Call verbs and chat apps that make a number a phone number from further back than the four
   * words a label is read from (see {@code PhoneScanner}): the words that ask the buyer to call or
   * message, not the general ones ("contact", "mobile", "service").
   */
  private static final Set<String> FAR_CUES = Set.copyOf(folded(
      "call", "ring", "phone", "telephone", "anrufen", "rufen", "appelez", "appeler", "telephonez", "chiami", "chiamare", "chiamaci",
      "chiamateci", "llame", "llamar", "llamenos", "llamanos", "ligue", "ligar", "bellen", "zadzwon", "zadzwoń", "ringa",
      "arayin", "arayiniz", "arayabilirsiniz", "sms", "اتصل", "اتصلوا", "راسلنا", "راسلني"));

  /**
   * Stems of call verbs whose every inflection asks to call ("zadzwoni Pan do nas pod …", "llámenos
   * cuando quiera al …", "chiamateci pure al …"): far cues as {@link #FAR_CUES} are, by their stem.
   */
  private static final List<String> FAR_CUE_STEMS = folded("zadzw", "dzwon", "llam", "chiam", "appel", "anruf");

  /** Whether a word is a call verb or a chat app that labels a number from up to six words back ({@link #FAR_CUES}). */
  static boolean isFarCue(String w) {
    String stem = arabicStem(w);
    if (FAR_CUES.contains(w) || CHAT_APPS.contains(w) || FAR_CUES.contains(stem) || CHAT_APPS.contains(stem)) {
      return true;
    }
    for (String p : FAR_CUE_STEMS) {
      if (w.startsWith(p) && w.length() - p.length() <= 6) {
        return true;
      }
    }
    return false;
  }

  /** Whether a single word is a call or message word. */
  static boolean isCueWord(String w) {
    if (CUE.contains(w) || CHAT_APPS.contains(w)) {
      return true;
    }
    String stem = arabicStem(w);
    if (!stem.equals(w) && (CUE.contains(stem) || CHAT_APPS.contains(stem))) {
      return true;
    }
    for (String p : CUE_PREFIXES) {
      if (w.startsWith(p) || stem.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is a compound that names what its number is ("Reservdelsnummer",
   * "Ersatzteilnummer", "onderdeelnummer", "kundnumret"); the call words among them
   * ("Telefonnummer", "Servicenummer") are cues and are read before this.
   */
  private static boolean isNumberCompound(String w) {
    for (String suffix : NUMBER_COMPOUND_ENDINGS) {
      if (w.length() >= suffix.length() + 3 && w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  static boolean isNotPhoneWord(String w) {
    if (w.startsWith("kontor")) {
      // "kontoret", "Kontor": the office (Swedish, German), not "konto" (an account)
      return false;
    }
    if (isNumberCompound(w)) {
      return true;
    }
    String stem = arabicStem(w);
    return startsNotPhone(w) || (stem != w && startsNotPhone(stem));
  }

  /**
   * {@link #NOT_PHONE} by the low byte of its first character: a word can only equal or start with
   * an entry of its own first character, so a word is compared with the few entries of its bucket
   * instead of all of them (this test runs for every word read around every digit run).
   */
  private static final String[][] NOT_PHONE_BY_FIRST = byFirstChar(NOT_PHONE);

  private static String[][] byFirstChar(List<String> words) {
    List<List<String>> buckets = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      buckets.add(new ArrayList<>());
    }
    for (String p : words) {
      if (p.isEmpty()) {
        throw new IllegalStateException("an empty word in a label list");
      }
      buckets.get(p.charAt(0) & 0xFF).add(p);
    }
    String[][] out = new String[256][];
    for (int b = 0; b < 256; b++) {
      out[b] = buckets.get(b).toArray(new String[0]);
    }
    return out;
  }

  /** Whether the word is a {@link #NOT_PHONE} entry of up to three letters, or starts with a longer one. */
  private static boolean startsNotPhone(String x) {
    if (x.isEmpty()) {
      return false;
    }
    for (String p : NOT_PHONE_BY_FIRST[x.charAt(0) & 0xFF]) {
      if (p.length() <= 3 ? x.equals(p) : x.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the words around a number say it is. Words are read nearest first and the first label
   * decides: "numer przesyłki 0123…" is a parcel number even though "numer" alone can introduce a
   * phone number, and "Bestellung, Hotline 0800…" is a phone.
   *
   * @param words up to four words, nearest to the number first
   * @param before whether the words come before the number (after it, only strong labels count:
   *     "0176 12345678 is my mobile", "… auf WhatsApp")
   */
  static Kind classify(List<String> words, boolean before) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.isEmpty() && isJapanese(w.charAt(0)) || !w.isEmpty() && isJapanese(w.charAt(w.length() - 1))) {
        Kind k = japanese(w, before);
        if (k != Kind.NONE) {
          return k;
        }
        continue;
      }
      if (WEAK_APPS.contains(w)) {
        if (i == 0 || (i + 1 < words.size() && HAND_OFF.contains(words.get(i + 1)))) {
          return Kind.PHONE;
        }
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      String prev = i > 0 ? words.get(i - 1) : "";
      if (before && namesQualifiedNumber(words, i)) {
        // "customer number", "numer klienta", "müşteri numaranız": the customer's own number (s20)
        return Kind.NOT_PHONE;
      }
      // "my number", "meine Nummer", "mon numéro"; after the number "is my number", "ist meine Nummer"
      if (NUMBER_WORDS.contains(w) && FIRST_PERSON.contains(before ? next : prev)) {
        return Kind.PHONE;
      }
      if (before ? isCueWord(w) : isAfterCue(w)) {
        // a general word ("contact", "text") with the writer as its object is a label: "text me", "contact me on"
        boolean personal = FIRST_PERSON.contains(prev) || FIRST_PERSON.contains(next);
        return WEAK_CUES.contains(w) && !personal ? Kind.WEAK_PHONE : Kind.PHONE;
      }
      if (before && isNumberCompound(w)) {
        // the compound names its number itself: a call word further back ("Kontakt (Reservdelsnummer 5811-204-03)") qualifies nothing
        return Kind.NOT_PHONE;
      }
      if (before && isNotPhoneWord(w)) {
        // a label that a cue qualifies ("area code", "Telefon-Nr") still introduces a phone number
        // ("numer", Polish for any number, qualifies nothing: "numer przesyłki" is a parcel number)
        return i + 1 >= words.size() || !isCueWord(next) || next.equals("numer") ? Kind.NOT_PHONE : Kind.PHONE;
      }
      if (!before && isNotPhoneWord(w) && !NUMBER_WORDS.contains(w)) {
        return Kind.NONE;
      }
    }
    return Kind.NONE;
  }

  /** Cue words that also label a number written before them: not the ones that often start the next topic. */
  private static boolean isAfterCue(String w) {
    if (w.equals("contact") || w.equals("kontakt") || w.equals("text") || w.equals("reach") || w.equals("area") || w.equals("ara")
        || w.equals("tel") || w.equals("wa") || w.equals("numer") || w.equals("zap") || w.equals("تواصل")) {
      return false;
    }
    return isCueWord(w);
  }

  /** A Japanese run: the label nearest the number (the run's end before it, the run's start after it) decides. */
  private static Kind japanese(String run, boolean before) {
    int cue = before ? lastIndex(run, CUE_JA) : firstIndex(run, CUE_JA);
    int not = before ? lastIndex(run, NOT_PHONE_JA) : firstIndex(run, NOT_PHONE_JA);
    if (cue < 0 && not < 0) {
      return Kind.NONE;
    }
    if (cue < 0) {
      return before ? Kind.NOT_PHONE : Kind.NONE;
    }
    if (not < 0) {
      return Kind.PHONE;
    }
    boolean cueNearer = before ? cue > not : cue < not;
    return cueNearer ? Kind.PHONE : before ? Kind.NOT_PHONE : Kind.NONE;
  }

  private static int lastIndex(String run, List<String> labels) {
    int best = -1;
    for (String l : labels) {
      best = Math.max(best, run.lastIndexOf(l));
    }
    return best;
  }

  private static int firstIndex(String run, List<String> labels) {
    int best = -1;
    for (String l : labels) {
      int k = run.indexOf(l);
      if (k >= 0 && (best < 0 || k < best)) {
        best = k;
      }
    }
    return best;
  }

  /** Whether a word glued to a number by {@code : = .} is a phone label ("Tel:+1…", "WhatsApp:+49…"). */
  static boolean isGluedLabel(String word) {
    return isCueWord(word) || word.equals("callto") || WEAK_APPS.contains(word) || classify(List.of(word), true) == Kind.PHONE;
  }

  /**
   * Where the last carrier, agency or manufacturer named in a stretch of text ends, or -1. Latin
   * names must stand as words (short ones on both sides); Arabic names may carry glued
   * prepositions; Japanese names are found anywhere in a run.
   */
  static int lastServiceEnd(String text) {
    // The end of a valid occurrence grows with its start, so the best end over every word is the
    // best end over every valid occurrence: one walk over the text, trying at each position only
    // the words that begin with its first two characters (and those of one character).
    int best = -1;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      int g = c < SERVICE_GROUP_LATIN1.length ? SERVICE_GROUP_LATIN1[c] - 1 : java.util.Arrays.binarySearch(SERVICE_FIRSTS, c);
      if (g < 0) {
        continue;
      }
      best = bestServiceEnd(text, k, SERVICE_ONE_CHAR[g], best);
      if (k + 1 < n) {
        int h = java.util.Arrays.binarySearch(SERVICE_SECONDS[g], text.charAt(k + 1));
        if (h >= 0) {
          best = bestServiceEnd(text, k, SERVICE_BY_SECOND[g][h], best);
        }
      }
    }
    return best;
  }

  /** {@return the larger of best and the end of the longest of the words that stands as a service name at k} */
  private static int bestServiceEnd(String text, int k, String[] words, int best) {
    int n = text.length();
    for (String w : words) {
      if (!text.startsWith(w, k)) {
        continue;
      }
      char first = w.charAt(0);
      boolean latin = first < 0x0250;
      boolean startOk = !latin || k == 0 || !Character.isLetter(text.charAt(k - 1));
      int e = k + w.length();
      boolean endOk = isJapanese(first) || (latin && w.length() >= 6) || e >= n || !Character.isLetter(text.charAt(e));
      if (startOk && endOk) {
        best = Math.max(best, e);
      }
    }
    return best;
  }

  /*
   * The SERVICE words by their first two characters: the sorted first characters (group g), the
   * group of each Latin-1 character plus one (0 for none), and per group its words of one character,
   * the sorted second characters of the others and the words with each.
   */
  private static final char[] SERVICE_FIRSTS;

  private static final int[] SERVICE_GROUP_LATIN1 = new int[0x100];

  private static final String[][] SERVICE_ONE_CHAR;

  private static final char[][] SERVICE_SECONDS;

  private static final String[][][] SERVICE_BY_SECOND;

  static {
    java.util.TreeMap<Character, java.util.TreeMap<Character, java.util.List<String>>> byFirst = new java.util.TreeMap<>();
    java.util.Map<Character, java.util.List<String>> oneChar = new java.util.HashMap<>();
    for (String w : SERVICE) {
      if (!w.isEmpty()) {
        var bySecond = byFirst.computeIfAbsent(w.charAt(0), c -> new java.util.TreeMap<>());
        if (w.length() == 1) {
          oneChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        } else {
          bySecond.computeIfAbsent(w.charAt(1), c -> new ArrayList<>()).add(w);
        }
      }
    }
    int groups = byFirst.size();
    SERVICE_FIRSTS = new char[groups];
    SERVICE_ONE_CHAR = new String[groups][];
    SERVICE_SECONDS = new char[groups][];
    SERVICE_BY_SECOND = new String[groups][][];
    int g = 0;
    for (var e : byFirst.entrySet()) {
      char first = e.getKey();
      SERVICE_FIRSTS[g] = first;
      if (first < SERVICE_GROUP_LATIN1.length) {
        SERVICE_GROUP_LATIN1[first] = g + 1;
      }
      SERVICE_ONE_CHAR[g] = oneChar.getOrDefault(first, List.of()).toArray(new String[0]);
      SERVICE_SECONDS[g] = new char[e.getValue().size()];
      SERVICE_BY_SECOND[g] = new String[e.getValue().size()][];
      int h = 0;
      for (var second : e.getValue().entrySet()) {
        SERVICE_SECONDS[g][h] = second.getKey();
        SERVICE_BY_SECOND[g][h] = second.getValue().toArray(new String[0]);
        h++;
      }
      g++;
    }
  }

  /**
   * Whether a stretch of text gives the writer's own number: a word of the writer ("me", "my",
   * "unsere", "بي") together with a call word or a word for "number" ("call me", "my number",
   * "ruf mich an").
   */
  static boolean namesWritersNumber(List<String> words) {
    boolean self = false;
    boolean cue = false;
    for (String w : words) {
      self |= FIRST_PERSON.contains(w) || w.equals("رقمي") || w.equals("رقمنا") || w.equals("numaram") || w.equals("numaramiz")
          || w.contains("私") || w.contains("弊社") || w.contains("当店");
      cue |= isCueWord(w) || NUMBER_WORDS.contains(w);
    }
    return self && cue;
  }
}
