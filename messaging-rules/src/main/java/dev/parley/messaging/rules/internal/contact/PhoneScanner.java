package dev.parley.messaging.rules.internal.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds telephone numbers in folded text: a hand-written linear pre-filter finds short
 * digit-bearing candidate runs, a few cheap shape tests and the words around a run ({@link
 * PhoneLabels}) throw out what is not a phone number, and libphonenumber decides for unlabelled
 * runs whether they are valid numbers of the marketplace's country (or of the country a {@code +}
 * or {@code 00} prefix names).
 *
 * <h2>Candidates</h2>
 *
 * <p>A run starts at a digit, {@code +} or {@code (} that is not glued to a letter or digit before
 * it, and goes on over digits (any script; fullwidth and Arabic-Indic digits are folded already),
 * single separators ({@code space - . / ( )}), the letter {@code o} next to a digit (for zero) and
 * {@code l}/{@code i} between digits (for one); at most 40 characters. Runs of spelled-out digit
 * words ("null eins sieben sechs ...", "zero one seven ...", en/de/fr/it/es/nl/tr/pt/pl/sv/ar, with
 * teens, tens and one-word hundreds: "zero onze, três dois dois oito", "pięćset sześć, dwieście
 * trzydzieści") of seven digits or more are candidates too. libphonenumber only ever sees these short candidates, never the message.
 *
 * <h2>Phone numbers by meaning</h2>
 *
 * <p>A run of 7 to 15 digits that a call or message label introduces ("call me on", "ruf mich an
 * unter", "appelez-moi au", "my number", "WhatsApp", "Telegram", "on LINE", "اتصل على", "電話") or
 * that one follows in the same sentence ("0176 12345678 is my mobile") is a phone number in any
 * country's format, whatever the marketplace. Unlabelled runs must be valid numbers of the
 * marketplace's country, or possible numbers after an international prefix. A single block of 5
 * or 6 digits (not a year) is a phone number only right after a word that names a hotline ("Hotline 11880",
 * "الخط الساخن لخدمة الضمان هو 19847").
 *
 * <h2>Never a phone number</h2>
 *
 * <ul>
 *   <li>A run glued to letters ({@code 1Z999AA1...}, {@code TBA123...}, {@code DE89 3704...},
 *       {@code AB123456789GB}, ASINs, SKUs), fewer than 7 (short hotlines aside) or more than 15 digits (order ids 3-7-7,
 *       USPS, DHL and Hermes tracking numbers), 11+ digits in one block with no leading 0 or +
 *       (EAN, ISBN, invoice numbers).
 *   <li>Dates ({@code 12.03.2025}, {@code 2025-03-12}, {@code 20250312}), a date or number followed
 *       by a time (a time in brackets after a number, "07700 914 382 (9am–5pm)", is cut off the run and
 *       leaves the number), prices (a currency sign or code next to the run), Japanese postcodes after
 *       {@code 〒}, and runs that a labelling word introduces: order, tracking, invoice, SKU, ISBN,
 *       EAN, IBAN, serial, customer, postcode ... in the twelve languages (the nearest label wins).
 * </ul>
 *
 * <p>A number that a carrier, freight agency, manufacturer or warranty service introduces by role
 * word or brand ("DHL unter 0228 …", "Aramex على …", "ヤマト運輸 0120-…"), or names right after it,
 * is reported as a service number (the policy gives it a lower severity), unless the words between
 * give it as the writer's own ("we ship with DHL, call me on …"). Stateless and thread-safe.
 */
public final class PhoneScanner {
  /** A number found: span in the folded text, and whether it is a service number. */
  public static final class Hit {
    final int start;
    final int end;
    final boolean service;
    final String number;

    Hit(int start, int end, boolean service, String number) {
      this.start = start;
      this.end = end;
      this.service = service;
      this.number = number;
    }

    @Override
    public String toString() {
      return "[" + start + "," + end + ") " + number + (service ? " service" : "");
    }
  }

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** The longest number word, folded ("dziewiecdziesiat"). */
  private static final int MAX_NUMBER_WORD = 16;
  private static final int MAX_RUN = 40;
  private static final int CONTEXT_CHARS = 48;

  private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("null", 0), Map.entry("eins", 1), Map.entry("zwei", 2), Map.entry("zwo", 2), Map.entry("drei", 3),
      Map.entry("vier", 4), Map.entry("funf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8),
      Map.entry("neun", 9), Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3),
      Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
      Map.entry("uno", 1), Map.entry("due", 2), Map.entry("tre", 3), Map.entry("quattro", 4), Map.entry("cinque", 5),
      Map.entry("sei", 6), Map.entry("sette", 7), Map.entry("otto", 8), Map.entry("nove", 9), Map.entry("cero", 0),
      Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
      Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("sifir", 0), Map.entry("bir", 1),
      Map.entry("iki", 2), Map.entry("uc", 3), Map.entry("dort", 4), Map.entry("bes", 5), Map.entry("alti", 6),
      Map.entry("yedi", 7), Map.entry("sekiz", 8), Map.entry("dokuz", 9), Map.entry("zes", 6), Map.entry("nul", 0),
      Map.entry("een", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("negen", 9), Map.entry("zeven", 7),
      // Portuguese, Polish, Swedish (folded: "três" is "tres", "pięć" is "piec", "åtta" is "atta")
      Map.entry("um", 1), Map.entry("uma", 1), Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("quatro", 4), Map.entry("sete", 7),
      Map.entry("oito", 8), Map.entry("jeden", 1), Map.entry("dwa", 2), Map.entry("trzy", 3), Map.entry("cztery", 4), Map.entry("piec", 5),
      Map.entry("szesc", 6), Map.entry("siedem", 7), Map.entry("osiem", 8), Map.entry("dziewiec", 9), Map.entry("noll", 0), Map.entry("ett", 1),
      Map.entry("tva", 2), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("atta", 8),
      Map.entry("nio", 9));

  private PhoneScanner() {}

  public static String region(Marketplace m) {
    return m == Marketplace.UK ? "GB" : m.name();
  }

  public static List<Hit> scan(String f, Tokens tokens, Marketplace marketplace) {
    String region = region(marketplace);
    List<Hit> out = new ArrayList<>();
    Map<String, Boolean> validity = new java.util.HashMap<>();
    // One pair of buffers for every run of the text (each candidate starts them empty).
    StringBuilder digits = new StringBuilder(20);
    StringBuilder raw = new StringBuilder(MAX_RUN);
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      boolean startChar = isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && (isDigit(f.charAt(i + 1)) || f.charAt(i + 1) == '+'))
          || (c == 'o' && i + 2 < n && isDigit(f.charAt(i + 1)) && (isDigit(f.charAt(i + 2)) || f.charAt(i + 2) == 'o'));
      if (!startChar) {
        i++;
        continue;
      }
      if (i > 0 && (glues(f.charAt(i - 1)) || "/:=@?&#_.\\%".indexOf(f.charAt(i - 1)) >= 0) && !gluedToLabel(f, i) && !afterJapaneseStop(f, i)) {
        // glued to a word or identifier: skip the whole alphanumeric token
        i++;
        while (i < n && Character.isLetterOrDigit(f.charAt(i))) {
          i++;
        }
        continue;
      }
      i = candidate(f, i, region, out, validity, digits, raw);
    }
    spelled(f, tokens, region, out);
    return out;
  }

  /**
   * Whether the number at {@code i} is glued to a phone label ("Tel:+1…", "Phone:+49…", "Tel.:030…",
   * "tel:", "sms:", "phone=…"): a cue word followed by at most three of {@code . : =}.
   */
  static boolean gluedToLabel(String f, int i) {
    int k = i;
    while (k > 0 && i - k < 3 && ".:=".indexOf(f.charAt(k - 1)) >= 0) {
      k--;
    }
    if (k == i) {
      return false;
    }
    int w = k;
    while (w > 0 && k - w < 16 && isWordChar(f.charAt(w - 1))) {
      w--;
    }
    if (w == k || w > 0 && Character.isLetterOrDigit(f.charAt(w - 1))) {
      return false;
    }
    return PhoneLabels.isGluedLabel(f.substring(w, k));
  }

  /**
   * Whether the run at {@code i} starts right after the end of a Japanese sentence ("お電話ください。090-…"):
   * {@code 。} folds to a dot, but a dot after Japanese text ends a sentence and glues nothing.
   */
  static boolean afterJapaneseStop(String f, int i) {
    return i >= 2 && f.charAt(i - 1) == '.' && PhoneLabels.isJapanese(f.charAt(i - 2));
  }

  /**
   * Whether a character next to a digit run makes it part of an identifier: letters and digits, but
   * not Japanese, which writes numbers between words without spaces ("お電話は090-1234-5678まで").
   */
  private static boolean glues(char c) {
    return Character.isLetterOrDigit(c) && !PhoneLabels.isJapanese(c);
  }

  /**
   * Whether a character belongs to a word: a letter, or a combining mark after one. Folding keeps
   * the voiced-sound marks of kana apart from their letter ("ダイヤル" folds to タ, U+3099, イヤル), so
   * a walk over letters alone cut "サポートダイヤル：0120-…" in two and missed its label. s20.
   */
  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  /** Separators inside a number; the katakana prolonged sound mark (ー) is the dash of Japanese typing ("090ー1234ー5678"). */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\u30fc';
  }

  /** Reads a run from {@code s} (into the scan's buffers digits and raw), evaluates it and returns where scanning continues. */
  private static int candidate(String f, int s, String region, List<Hit> out, Map<String, Boolean> validity, StringBuilder digits,
      StringBuilder raw) {
    int n = f.length();
    digits.setLength(0);
    raw.setLength(0);
    int j = s;
    int lastDigitEnd = s;
    int seps = 0;
    int groups = 0;
    boolean plus = false;
    boolean inGroup = false;
    while (j < n && j - s < MAX_RUN) {
      char c = f.charAt(j);
      if (isDigit(c)) {
        digits.append((char) ('0' + Character.digit(c, 10)));
        raw.append((char) ('0' + Character.digit(c, 10)));
        seps = 0;
        if (!inGroup) {
          groups++;
          inGroup = true;
        }
        j++;
        lastDigitEnd = j;
        continue;
      }
      boolean prevDigit = j > s && isDigit(f.charAt(j - 1));
      boolean nextDigit = j + 1 < n && isDigit(f.charAt(j + 1));
      boolean prevZeroLetter = j > s && f.charAt(j - 1) == 'o' && lastDigitEnd == j;
      if (c == 'o' && (prevDigit || nextDigit || prevZeroLetter) && (j + 1 >= n || !Character.isLetter(f.charAt(j + 1)) || f.charAt(j + 1) == 'o')
          && (j == s || !Character.isLetter(f.charAt(j - 1)) || f.charAt(j - 1) == 'o')) {
        digits.append('0');
        raw.append('0');
        seps = 0;
        if (!inGroup) {
          groups++;
          inGroup = true;
        }
        j++;
        lastDigitEnd = j;
        continue;
      }
      if ((c == 'l' || c == 'i') && prevDigit && nextDigit) {
        digits.append('1');
        raw.append('1');
        j++;
        lastDigitEnd = j;
        continue;
      }
      if (c == '+' && j == s) {
        plus = true;
        raw.append('+');
        j++;
        continue;
      }
      if (isSeparator(c) && seps < 3 && j + 1 < n) {
        char next = f.charAt(j + 1);
        if (isDigit(next) || isSeparator(next) || next == 'o') {
          raw.append(c == '\u30fc' ? '-' : c);
          seps++;
          inGroup = false;
          j++;
          continue;
        }
      }
      break;
    }
    int end = lastDigitEnd;
    if (j - s >= MAX_RUN) {
      // too long for a phone number: skip the whole digit-bearing run
      int k = j;
      while (k < n && (isDigit(f.charAt(k)) || isSeparator(f.charAt(k)) && k + 1 < n && isDigit(f.charAt(k + 1)))) {
        k++;
      }
      return Math.max(k, s + 1);
    }
    if (digits.length() < Math.min(SHORT_HOTLINE_MIN, 7)) {
      // Too few digits for any number evaluate() accepts (cutting a time off only removes digits):
      // the run's strings are never made.
      return Math.max(end, s + 1);
    }
    String rawRun = raw.toString().strip();
    // a time after the run (08:00): the last group is an hour, not part of a number
    if (end + 1 < n && f.charAt(end) == ':' && isDigit(f.charAt(end + 1))) {
      int cut = Math.max(rawRun.lastIndexOf(' '), Math.max(rawRun.lastIndexOf('-'), rawRun.lastIndexOf('.')));
      if (cut <= 0) {
        return end;
      }
      int dropDigits = countDigits(rawRun.substring(cut));
      rawRun = rawRun.substring(0, cut).strip();
      digits.setLength(Math.max(0, digits.length() - dropDigits));
    }
    // a bracket after the number that opens an hour or a note ("07700 914 382 (9am–5pm)", "(9h-17h)"):
    // the bracket's digits glued to letters are no part of the number, s17
    // (only the run itself is searched for the bracket: a walk over the text would be quadratic)
    int open = end;
    while (open > s && f.charAt(open - 1) != '(' && f.charAt(open - 1) != ')') {
      open--;
    }
    open--;
    if (open > s && f.charAt(open) == '(' && end < n && Character.isLetter(f.charAt(end)) && rawRun.lastIndexOf('(') > 0) {
      int dropDigits = countDigits(f.substring(open, end));
      rawRun = rawRun.substring(0, rawRun.lastIndexOf('(')).strip();
      digits.setLength(Math.max(0, digits.length() - dropDigits));
      groups = Math.max(1, groups - 1);
      end = open;
      while (end > s && f.charAt(end - 1) == ' ') {
        end--;
      }
    }
    if (evaluate(f, s, end, rawRun, digits.toString(), plus, groups, region, validity)) {
      out.add(new Hit(s, end, isService(f, s, end), digits.toString()));
    }
    return Math.max(end, s + 1);
  }

  private static int countDigits(String s) {
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        c++;
      }
    }
    return c;
  }

  private static boolean evaluate(String f, int s, int end, String raw, String digits, boolean plus, int groups, String region,
      Map<String, Boolean> validity) {
    int nd = digits.length();
    if (nd >= SHORT_HOTLINE_MIN && nd < 7 && groups == 1 && !plus && hotlineBefore(f, s)) {
      // a short hotline named as such ("الخط الساخن … 19847", "Hotline 11880")
      return !currencyNear(f, s, end) && (end >= f.length() || !glues(f.charAt(end)));
    }
    if (nd < 7 || nd > 15) {
      return false;
    }
    // glued to a letter or digit after the run: an identifier (123456789GB, 30x20); or inside a URL
    if (end < f.length() && (glues(f.charAt(end)) || f.charAt(end) == '@'
        || (f.charAt(end) == '/' && end + 1 < f.length() && Character.isLetter(f.charAt(end + 1))))) {
      return false;
    }
    if (!plus && groups == 1 && nd >= 11 && digits.charAt(0) != '0') {
      return false;
    }
    // the tail of an identifier joined by a hyphen or slash (CAM4-1187-33210, S/N RG-4411-78203)
    if (!plus && s >= 2 && (f.charAt(s - 1) == '-' || f.charAt(s - 1) == '/') && Character.isLetterOrDigit(f.charAt(s - 2))) {
      return false;
    }
    if (isDate(raw, digits)) {
      return false;
    }
    if (currencyNear(f, s, end)) {
      return false;
    }
    PhoneLabels.Kind label = label(f, s, end);
    if (label == PhoneLabels.Kind.NOT_PHONE || postcodeMark(f, s)) {
      return false;
    }
    // decimals such as 1.234.567 (thousands) with no leading zero and no plus: not a phone
    if (!plus && digits.charAt(0) != '0' && isThousands(raw)) {
      return false;
    }
    // A number the text says is one to call or message is a phone number whatever its country:
    // the marketplace's numbering plan is the gate only for unlabelled numbers.
    if (label == PhoneLabels.Kind.PHONE) {
      return true;
    }
    // An international prefix (+ or 00) is itself a cue: "+44 7700 900123" is a phone number even in
    // a range libphonenumber does not list as assigned.
    boolean idd = !plus && digits.length() >= 9 && digits.startsWith("00") && digits.charAt(2) != '0';
    String international = idd ? "+" + digits.substring(2) : raw;
    return isValid(raw, region, validity) || isValid(international, region, validity)
        || ((plus || idd || label == PhoneLabels.Kind.WEAK_PHONE) && isPossible(international, region));
  }

  /** The fewest digits of a short hotline. */
  private static final int SHORT_HOTLINE_MIN = 5;

  /** Words that name a hotline: a short number right after one is a number to call. */
  private static final Set<String> HOTLINE_WORDS = Set.of("hotline", "helpline", "kurzwahl", "kurznummer", "\u0627\u0644\u0633\u0627\u062e\u0646");

  /** "is": the one word that may stand between a hotline's name and its number when others intervene. */
  private static final Set<String> COPULAS = Set.of("is", "ist", "est", "es", "ar", "jest", "e", "\u0647\u0648", "\u0647\u064a");

  /**
   * Whether the word right before the run names a hotline ("Hotline 11880"), or the run follows
   * "is" and a hotline is named within the four words before ("الخط الساخن لخدمة الضمان هو 19847"),
   * with no not-phone label between ("Our hotline handled 12345 calls" is a count).
   */
  private static boolean hotlineBefore(String f, int s) {
    List<String> words = wordsBefore(f, s);
    for (int i = 0; i < words.size(); i++) {
      if (HOTLINE_WORDS.contains(words.get(i))) {
        return (i == 0 || COPULAS.contains(words.get(0))) && PhoneLabels.classify(words.subList(0, i), true) != PhoneLabels.Kind.NOT_PHONE;
      }
    }
    return false;
  }

  /**
   * What the words before the number, else the words after it, say it is. Japanese names the
   * number's purpose after it ("03-1234-5678までお電話ください"): there a call label right after the
   * number wins over a not-phone label further back ("注文番号 …の配送のため、03-…までお電話ください").
   */
  private static PhoneLabels.Kind label(String f, int s, int end) {
    PhoneLabels.Kind before = PhoneLabels.classify(wordsBefore(f, s), true);
    if (before == PhoneLabels.Kind.NOT_PHONE && japaneseAfter(f, end)
        && PhoneLabels.classify(wordsAfter(f, end), false) == PhoneLabels.Kind.PHONE) {
      return PhoneLabels.Kind.PHONE;
    }
    if (before != PhoneLabels.Kind.NONE) {
      return before;
    }
    PhoneLabels.Kind after = PhoneLabels.classify(wordsAfter(f, end), false);
    if (after == PhoneLabels.Kind.NONE && farCueBefore(f, s)) {
      return PhoneLabels.Kind.PHONE;
    }
    if (after == PhoneLabels.Kind.NONE && PhoneLabels.namesOtherNumber(sentenceWordsBefore(f, s))) {
      return PhoneLabels.Kind.NOT_PHONE;
    }
    return after;
  }

  /** How many words before a number {@link #sentenceWordsBefore} reads. */
  private static final int NAMED_WORDS = 8;

  /**
   * The up to {@value #NAMED_WORDS} words before the run in its own sentence (not past {@code . ! ? ;}),
   * nearest first: where a number named further back ("رقم قطعة الغيار لدى الشركة المصنعة هو …")
   * is read from when the four nearest words hold no label. s20.
   */
  private static List<String> sentenceWordsBefore(String f, int s) {
    int from = s;
    int stop = Math.max(0, s - CONTEXT_CHARS);
    while (from > stop) {
      char c = f.charAt(from - 1);
      if (c == '\n' || c == '!' || c == '?' || c == ';' || c == '.' && (from == s || !isDigit(f.charAt(from)))) {
        // a dot between digits ("1.5") ends no sentence
        break;
      }
      from--;
    }
    return wordsBefore(f.substring(from, s), s - from, NAMED_WORDS);
  }

  /** How many words before a number {@link #farCueBefore} reads. */
  private static final int FAR_WORDS = 6;

  /**
   * Whether a call verb or a chat app stands beyond the four words a label is read from, within
   * {@value #FAR_WORDS} words of the number ("WhatsApp our tech team on 07700 914 382", "call
   * our customer care desk at …"). Read only when the four nearest words hold no label at all:
   * a nearer not-phone label ("call us about order 302-…") still decides. s17.
   */
  private static boolean farCueBefore(String f, int s) {
    List<String> words = wordsBefore(f, s, FAR_WORDS);
    for (int i = 4; i < words.size(); i++) {
      if (PhoneLabels.isFarCue(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether Japanese text follows the run (after at most one space). */
  private static boolean japaneseAfter(String f, int end) {
    int i = end < f.length() && f.charAt(end) == ' ' ? end + 1 : end;
    return i < f.length() && PhoneLabels.isJapanese(f.charAt(i));
  }

  /** Whether a Japanese postcode mark (〒) stands right before the run. */
  private static boolean postcodeMark(String f, int s) {
    int b = s - 1;
    while (b >= 0 && f.charAt(b) == ' ' && s - b < 3) {
      b--;
    }
    return b >= 0 && f.charAt(b) == '〒';
  }

  public static boolean isPossible(String raw, String region) {
    try {
      return UTIL.isPossibleNumber(UTIL.parse(raw, region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /**
   * {@link #isValid(String, String)} remembered per scan: a message repeats its numbers, and the
   * numbering-plan check is the costliest step of a candidate.
   */
  private static boolean isValid(String raw, String region, Map<String, Boolean> validity) {
    Boolean known = validity.get(raw);
    if (known == null) {
      known = isValid(raw, region);
      validity.put(raw, known);
    }
    return known;
  }

  public static boolean isValid(String raw, String region) {
    try {
      PhoneNumber pn = UTIL.parse(raw, region);
      return UTIL.isValidNumber(pn);
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static boolean isThousands(String raw) {
    String[] parts = raw.split("\\.", -1);
    if (parts.length < 2 || raw.indexOf(' ') >= 0 || raw.indexOf('-') >= 0) {
      return false;
    }
    if (parts[0].isEmpty() || parts[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the character separates the parts of a date} */
  private static boolean isDateSeparator(char c) {
    return c == '.' || c == '/' || c == '-' || c == ' ';
  }

  /** Dates: d.m.y, y-m-d, m/d/y, and eight-digit yyyymmdd. */
  public static boolean isDate(String raw, String digits) {
    // Brackets and other marks around the run are not part of the date: "(2026-11-28", "01/12/2028)".
    int from = 0;
    int to = raw.length();
    while (from < to && !Character.isDigit(raw.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isDigit(raw.charAt(to - 1))) {
      to--;
    }
    // The run is cut to digits at both ends, so it splits into one part more than it has runs of
    // separators: only one part (no separator) and three parts (two runs) can make a date. The
    // parts are read in place: [from, end0), [start1, end1), [start2, to).
    int end0 = 0;
    int start1 = 0;
    int end1 = 0;
    int start2 = 0;
    int separatorRuns = 0;
    for (int i = from; i < to; i++) {
      boolean sep = isDateSeparator(raw.charAt(i));
      if (sep && !isDateSeparator(raw.charAt(i - 1))) {
        separatorRuns++;
        if (separatorRuns == 1) {
          end0 = i;
        } else if (separatorRuns == 2) {
          end1 = i;
        }
      } else if (!sep && i > from && isDateSeparator(raw.charAt(i - 1))) {
        if (separatorRuns == 1) {
          start1 = i;
        } else if (separatorRuns == 2) {
          start2 = i;
        }
      }
    }
    if (separatorRuns == 0) {
      if (digits.length() == 8 && (digits.startsWith("19") || digits.startsWith("20"))) {
        int m = parseOr(digits, 4, 6);
        int d = parseOr(digits, 6, 8);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
      }
      return false;
    }
    if (separatorRuns != 2) {
      return false;
    }
    int len0 = end0 - from;
    int len1 = end1 - start1;
    int len2 = to - start2;
    int a = parseOr(raw, from, end0);
    int b = parseOr(raw, start1, end1);
    int c = parseOr(raw, start2, to);
    boolean dmy = len0 <= 2 && len1 <= 2 && (len2 == 4 || len2 == 2) && a >= 1 && a <= 31 && b >= 1 && b <= 31;
    boolean ymd = len0 == 4 && len1 <= 2 && len2 <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
    return dmy || ymd;
  }

  /** {@return the number the ASCII digits from s to e write, or -1 if they are none, more than four or not all digits} */
  private static int parseOr(String text, int s, int e) {
    if (e <= s || e - s > 4) {
      return -1;
    }
    int v = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₺' || c == '₽' || c == '₩' || c == '¢';
  }

  private static final Set<String> CURRENCY_WORDS = Set.of(
      "eur", "euro", "euros", "usd", "dollar", "dollars", "gbp", "pounds", "chf", "pln", "zl", "zł", "sek", "kr", "jpy", "yen",
      "inr", "rs", "aud", "cad", "mxn", "brl", "r", "try", "tl", "aed", "sar", "egp", "zar", "sgd");

  private static boolean currencyNear(String f, int s, int end) {
    int b = s - 1;
    while (b >= 0 && f.charAt(b) == ' ' && s - b < 3) {
      b--;
    }
    if (b >= 0 && isCurrency(f.charAt(b))) {
      return true;
    }
    int a = end;
    while (a < f.length() && f.charAt(a) == ' ' && a - end < 2) {
      a++;
    }
    if (a < f.length() && isCurrency(f.charAt(a))) {
      return true;
    }
    String after = wordAt(f, a);
    String before = wordBefore(f, s);
    return CURRENCY_WORDS.contains(after) || CURRENCY_WORDS.contains(before);
  }

  private static String wordAt(String f, int a) {
    int e = a;
    while (e < f.length() && Character.isLetter(f.charAt(e)) && e - a < 12) {
      e++;
    }
    return f.substring(a, e);
  }

  private static String wordBefore(String f, int s) {
    int e = s;
    while (e > 0 && f.charAt(e - 1) == ' ' && s - e < 2) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(f.charAt(b - 1)) && e - b < 12) {
      b--;
    }
    return f.substring(b, e);
  }

  /** The up to four words before the run (same line, within {@value #CONTEXT_CHARS} characters), nearest first. */
  private static List<String> wordsBefore(String f, int s) {
    return wordsBefore(f, s, 4);
  }

  /** The up to {@code limit} words before the run (same line, within {@value #CONTEXT_CHARS} characters), nearest first. */
  private static List<String> wordsBefore(String f, int s, int limit) {
    List<String> words = new ArrayList<>(limit);
    int i = s;
    int stop = Math.max(0, s - CONTEXT_CHARS);
    while (i > stop && words.size() < limit) {
      char c = f.charAt(i - 1);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i < s && PhoneLabels.isJapanese(f.charAt(i))) {
        // a line break, or the end of a Japanese sentence (。 folds to a dot): labels belong to their sentence
        break;
      }
      if (isWordChar(c)) {
        int e = i;
        while (i > stop && isWordChar(f.charAt(i - 1))) {
          i--;
        }
        words.add(f.substring(i, e));
      } else if (isDigit(c) && words.isEmpty()) {
        // another number directly before: keep looking past it
        i--;
      } else {
        i--;
      }
    }
    return words;
  }

  /** The up to four words after the run (same line, within {@value #CONTEXT_CHARS} characters), nearest first. */
  private static List<String> wordsAfter(String f, int end) {
    List<String> words = new ArrayList<>(4);
    int i = end;
    int stop = Math.min(f.length(), end + CONTEXT_CHARS);
    while (i < stop && words.size() < 4) {
      char c = f.charAt(i);
      if (c == '\n' || isDigit(c) && words.isEmpty() && i > end + 1) {
        break;
      }
      if (isWordChar(c)) {
        int b = i;
        while (i < stop && isWordChar(f.charAt(i))) {
          i++;
        }
        words.add(f.substring(b, i));
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ',') {
          // a label after the number belongs to its clause ("1234567 pieces, call me" is no phone)
          break;
        }
        i++;
      }
    }
    return words;
  }

  /**
   * Whether the number is a carrier's, freight agency's or manufacturer's: one is named shortly
   * before it (same line) with nothing in between that gives the number as the writer's own ("We
   * ship with DHL; call me on …"), or named right after it ("0228 4333112 (DHL hotline)").
   */
  private static boolean isService(String f, int s, int end) {
    int from = Math.max(0, s - 80);
    String before = f.substring(from, s);
    int nl = before.lastIndexOf('\n');
    if (nl >= 0) {
      before = before.substring(nl + 1);
    }
    int named = PhoneLabels.lastServiceEnd(before);
    if (named >= 0) {
      return !PhoneLabels.namesWritersNumber(words(before.substring(named)));
    }
    List<String> after = wordsAfter(f, end);
    String near = String.join(" ", after.subList(0, Math.min(3, after.size())));
    return PhoneLabels.lastServiceEnd(near) >= 0 && !PhoneLabels.namesWritersNumber(after);
  }

  /** The letter words of a short stretch of text. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isLetter(text.charAt(i))) {
        int b = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        out.add(text.substring(b, i));
      } else {
        i++;
      }
    }
    return out;
  }

  private static final Map<String, Integer> TEEN_WORDS = words(10,
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "", "", "",
      "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove",
      "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
      "zehn", "elf", "zwolf", "dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
      "dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove",
      "", "", "", "", "catorze", "", "dezasseis", "dezassete", "", "dezanove",
      "dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście",
      "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton");
  private static final Map<String, Integer> TENS_WORDS = words(20,
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "vingt", "trente", "quarante", "cinquante", "soixante", "", "", "",
      "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta",
      "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
      "zwanzig", "dreißig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig",
      "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa",
      "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
      "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio");
  /**
   * Digits in Arabic words (standard and Egyptian), folded like the text. Japanese kanji numerals
   * stay out: "一二三四五六七八の順番で" numbers assembly steps.
   */
  private static final Map<String, Integer> SCRIPT_DIGIT_WORDS = scriptDigits(
      "\u0635\u0641\u0631", "0", "\u0648\u0627\u062d\u062f", "1", "\u0627\u062b\u0646\u0627\u0646", "2", "\u0627\u062b\u0646\u064a\u0646", "2",
      "\u0627\u062a\u0646\u064a\u0646", "2", "\u062b\u0644\u0627\u062b\u0629", "3", "\u062a\u0644\u0627\u062a\u0629", "3",
      "\u0623\u0631\u0628\u0639\u0629", "4", "\u062e\u0645\u0633\u0629", "5", "\u0633\u062a\u0629", "6", "\u0633\u0628\u0639\u0629", "7",
      "\u062b\u0645\u0627\u0646\u064a\u0629", "8", "\u062a\u0645\u0627\u0646\u064a\u0629", "8", "\u062a\u0633\u0639\u0629", "9");

  private static Map<String, Integer> scriptDigits(String... wordsAndDigits) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < wordsAndDigits.length; i += 2) {
      m.put(dev.parley.messaging.rules.internal.text.NormalizedText.fold(wordsAndDigits[i]), Integer.parseInt(wordsAndDigits[i + 1]));
    }
    return Map.copyOf(m);
  }

  /** Hundreds written as one word (Polish, Portuguese, Spanish, Italian): "pięćset sześć" is 506. */
  private static final Map<String, Integer> HUNDRED_WORDS = hundreds(
      "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset",
      "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos",
      "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
      "cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento", "ottocento", "novecento",
      "cem", "duzentas", "trezentas", "", "", "", "", "", "",
      "cien", "doscientas", "trescientas", "cuatrocientas", "quinientas", "seiscientas", "setecientas", "ochocientas", "novecientas");
  private static final Set<String> CONNECTORS = Set.of("et", "y", "and", "e", "und");
  private static final String[] CONNECTOR_ARRAY = CONNECTORS.toArray(new String[0]);

  /** {@return whether token k is one of the {@link #CONNECTORS}}: compared in place. */
  private static boolean isConnector(Tokens t, int k) {
    int s = t.start(k);
    int len = t.end(k) - s;
    for (String c : CONNECTOR_ARRAY) {
      if (c.length() == len && t.text().startsWith(c, s)) {
        return true;
      }
    }
    return false;
  }
  /** Every number word, sorted: a token that is none of them (nor a short number) cannot start a spelled run. */
  private static final String[] NUMBER_WORDS = numberWords();
  /**
   * The number words' first two characters (one for a word of one), hashed to a bit of 4,096 by
   * {@link #pairBit}: a token whose bit is clear is no number word, without the binary search.
   */
  private static final long[] NUMBER_WORD_PAIRS = numberWordPairs();

  private static long[] numberWordPairs() {
    long[] bits = new long[64];
    for (String w : NUMBER_WORDS) {
      int b = pairBit(w.charAt(0), w.length() > 1 ? w.charAt(1) : 0);
      bits[b >>> 6] |= 1L << b;
    }
    return bits;
  }

  private static int pairBit(char first, char second) {
    return (first * 31 + second) & 4095;
  }

  private static String[] numberWords() {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    all.addAll(DIGIT_WORDS.keySet());
    all.addAll(SCRIPT_DIGIT_WORDS.keySet());
    all.addAll(TEEN_WORDS.keySet());
    all.addAll(TENS_WORDS.keySet());
    all.addAll(HUNDRED_WORDS.keySet());
    return all.toArray(new String[0]);
  }

  /** Maps words in rows of nine to 100, 200 ... 900; empty strings are skipped. */
  private static Map<String, Integer> hundreds(String... words) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty()) {
        m.put(dev.parley.messaging.rules.internal.text.NormalizedText.fold(words[i]), 100 * (i % 9 + 1));
      }
    }
    return Map.copyOf(m);
  }

  /** {@return whether token k can start a run of spelled numbers}: compared in place, no substring. */
  private static boolean mayStartSpelled(Tokens t, int k) {
    String f = t.text();
    int s = t.start(k);
    int e = t.end(k);
    int len = e - s;
    if (len > MAX_NUMBER_WORD || len == 0) {
      return false;
    }
    if (len <= 4) {
      boolean digits = true;
      for (int i = s; i < e && digits; i++) {
        digits = f.charAt(i) >= '0' && f.charAt(i) <= '9';
      }
      if (digits) {
        return true;
      }
    }
    int pair = pairBit(f.charAt(s), len > 1 ? f.charAt(s + 1) : 0);
    if ((NUMBER_WORD_PAIRS[pair >>> 6] & 1L << pair) == 0) {
      return false;
    }
    int lo = 0;
    int hi = NUMBER_WORDS.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compareRegion(f, s, e, NUMBER_WORDS[mid]);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return false;
  }

  /** {@link String#compareTo} of the region [s, e) of f with a word, without cutting the region out. */
  private static int compareRegion(String f, int s, int e, String word) {
    int len = e - s;
    int lim = Math.min(len, word.length());
    for (int i = 0; i < lim; i++) {
      char a = f.charAt(s + i);
      char b = word.charAt(i);
      if (a != b) {
        return a - b;
      }
    }
    return len - word.length();
  }

  /** Maps words in rows of equal length to values base, base + step ...; empty strings are skipped. */
  private static Map<String, Integer> words(int base, String... words) {
    Map<String, Integer> m = new java.util.HashMap<>();
    int row = base == 10 ? 10 : 8;
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty()) {
        int k = i % row;
        m.put(dev.parley.messaging.rules.internal.text.NormalizedText.fold(words[i]), base == 10 ? 10 + k : 20 + 10 * k);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * Runs of spelled-out numbers (digits, teens, tens and one-word hundreds, "trente-quatre", "soixante-dix-huit", "pięćset sześć",
   * "veinte y dos") that add up to seven or more digits with at least two number words.
   */
  private static void spelled(String f, Tokens t, String region, List<Hit> out) {
    int n = t.size();
    int i = 0;
    // One buffer for every run (each starts it empty); a run never reads past 15 digits and a few more.
    StringBuilder digits = new StringBuilder(24);
    while (i < n) {
      if (!mayStartSpelled(t, i)) {
        i++;
        continue;
      }
      int k = i;
      digits.setLength(0);
      int words = 0;
      int pending = -1;
      while (k < n && digits.length() <= 15) {
        if (k > i && !gapOk(f, t.end(k - 1), t.start(k))) {
          break;
        }
        if (k > i && t.end(k) > t.start(k) && !mayStartSpelled(t, k) && !isConnector(t, k)) {
          // No number word, short number or connector: the run ends here (as below), without cutting the token out.
          break;
        }
        String tok = t.token(k);
        if (tok.length() > MAX_NUMBER_WORD) {
          break;
        }
        Integer unit = DIGIT_WORDS.containsKey(tok) ? DIGIT_WORDS.get(tok) : SCRIPT_DIGIT_WORDS.get(tok);
        Integer teen = TEEN_WORDS.get(tok);
        Integer tens = TENS_WORDS.get(tok);
        Integer hundred = HUNDRED_WORDS.get(tok);
        if (hundred != null) {
          flush(digits, pending);
          pending = hundred;
          words++;
        } else if (tens != null) {
          if (pending >= 100 && pending % 100 == 0) {
            // "dwieście trzydzieści": the tens of the open hundred
            pending += tens;
          } else {
            flush(digits, pending);
            pending = tens;
          }
          words++;
        } else if (teen != null) {
          if (pending % 100 == 60 || pending % 100 == 80) {
            pending += teen;
            if (teen != 10) {
              flush(digits, pending);
              pending = -1;
            }
          } else if (pending >= 100 && pending % 100 == 0) {
            // "czterysta jedenaście": 411
            flush(digits, pending + teen);
            pending = -1;
          } else {
            flush(digits, pending);
            pending = teen == 10 ? 10 : -1;
            if (teen != 10) {
              digits.append(teen);
            }
          }
          words++;
        } else if (unit != null) {
          if (pending >= 10 && pending % 10 == 0 && unit > 0) {
            // "trente-quatre" 34, "pięćset sześć" 506, "dwieście trzydzieści dwa" 232
            flush(digits, pending + unit);
            pending = -1;
          } else if (unit == 4 && k + 1 < n && t.token(k + 1).startsWith("vingt") && gapOk(f, t.end(k), t.start(k + 1))) {
            flush(digits, pending);
            pending = 80;
            k++;
          } else {
            flush(digits, pending);
            pending = -1;
            digits.append((char) ('0' + unit));
          }
          words++;
        } else if (CONNECTORS.contains(tok) && pending >= 20) {
          // "trente et un", "veinte y dos"
        } else if (tok.length() <= 4 && allAsciiDigits(tok)) {
          flush(digits, pending);
          pending = -1;
          digits.append(tok);
        } else {
          break;
        }
        k++;
      }
      flush(digits, pending);
      if (k > i && words >= 2 && digits.length() >= 7 && digits.length() <= 15) {
        int s = t.start(i);
        int e = t.end(k - 1);
        String num = digits.toString();
        if (PhoneLabels.classify(wordsBefore(f, s), true) != PhoneLabels.Kind.NOT_PHONE && (isValid(num, region) || words >= 5 || isPossible(num, region))) {
          out.add(new Hit(s, e, isService(f, s, e), num));
        }
      }
      i = Math.max(k, i + 1);
    }
  }

  private static void flush(StringBuilder digits, int pending) {
    if (pending >= 0) {
      digits.append(pending);
    }
  }

  private static boolean gapOk(String f, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = f.charAt(i);
      if (c != ' ' && c != '-' && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean allAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
