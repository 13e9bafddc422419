package dev.parley.messaging.rules.internal.contact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Finds links and e-mail addresses in a {@link ContactText}, in one linear pass (every look-back
 * and look-ahead is bounded or skips what it read).
 *
 * <h2>What is a link</h2>
 *
 * <ul>
 *   <li>Anything after a scheme ({@code http://}, {@code https://}, {@code ftp://}, disguised ones
 *       included) with a non-empty host; anything starting {@code www.}; IPv4 and IPv6 literals
 *       that cannot be a version number or a time.
 *   <li>A bare name {@code label(.label)+} whose last label is a real top-level domain (IANA list,
 *       {@link TopLevelDomains}), if there is <em>evidence</em> (a path or port, a disguised dot,
 *       {@code www}) or the TLD is clear on its own (a country TLD that is not a common word, or a
 *       strong generic TLD such as {@code com}, {@code shop}), or the name has a digit or hyphen, or
 *       three labels. Link shorteners ({@code bit.ly}, {@code t.co} ...) always count.
 * </ul>
 *
 * <h2>What is deliberately not a link</h2>
 *
 * <ul>
 *   <li><b>File names</b>: a name whose ending is a common file extension ({@code .pdf}, {@code
 *       .exe}, {@code .jpg} are not TLDs at all; {@code .zip}, {@code .mov}, {@code .py}, {@code
 *       .md} are TLDs but count as file extensions) is a file name unless a scheme, {@code www.} or
 *       a path says otherwise; a name with an underscore ({@code invoice_2024.docx}) is never a
 *       host without a scheme.
 *   <li><b>Abbreviations</b>: a one-letter label before the TLD ({@code e.g.}, {@code z.B.},
 *       {@code i.e.}), or a common abbreviation ({@code Co.KG}, {@code Nr.}, {@code Mr.}).
 *   <li><b>Numbers</b>: all-digit names (decimals, prices, version numbers), and IPv4-like
 *       quadruples whose parts are all single digits (version numbers such as {@code 1.2.3.4}).
 *   <li><b>Sentences without a space after the period</b> ("thanks.see you", "done.it works"):
 *       the word after the period is rarely a TLD; when it is one that is also a common word
 *       ({@code it}, {@code is}, {@code in}, {@code be}, {@code best}, {@code today} ...), the name
 *       needs evidence unless the TLD is the marketplace's own country TLD.
 *   <li><b>Social-media handles</b>: a name right after an {@code @} that has no local part before
 *       it ({@code @flowyoga.berlin}) is an account name, not a host.
 *   <li>"point de", "punto es", "collection point at": a Romance separator word followed by a
 *       preposition-like TLD ({@code de}, {@code es}, {@code it}, {@code at}, {@code to} ...) is
 *       ordinary prose unless there are two disguised dots or {@code www}.
 * </ul>
 *
 * <h2>What is an e-mail address</h2>
 *
 * <p>A local part of letters, digits and {@code ._%+-} (at most 64) before an {@code @} and a name
 * with a real TLD after it; the {@code @} and the dots may be disguised. The plain word "at" counts
 * as {@code @} only if a dot after it is disguised too, or the local part holds a digit or one of
 * {@code ._+-} (so "see you at 6.30", "fitness at 10.15", "we are at shop.com" are not addresses).
 *
 * <p>Stateless; thread-safe.
 */
public final class AddressScanner {
  public enum Kind {
    LINK,
    EMAIL
  }

  /** A link or address found, as a span of the {@link ContactText}. */
  public static final class Hit {
    final Kind kind;
    final int start;
    final int end;
    final String host;
    final String what;

    Hit(Kind kind, int start, int end, String host, String what) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.host = host;
      this.what = what;
    }

    @Override
    public String toString() {
      return kind + "[" + start + "," + end + ") " + host + " " + what;
    }
  }

  /** Top-level domains that are also the abbreviation of "number" ("nr", "no"). */
  private static final Set<String> NUMBER_WORDS = Set.of("nr", "no");

  /**
   * {@return whether a number follows a host's end}: after at most two spaces (and an optional
   * colon), a token with a digit within its first twelve characters. Bounded look-ahead.
   */
  static boolean numberFollows(ContactText v, int end, int limit) {
    int i = end;
    if (i < limit && v.charAt(i) == ':') {
      i++;
    }
    int spaces = 0;
    while (i < limit && v.charAt(i) == ' ' && spaces < 2) {
      i++;
      spaces++;
    }
    if (spaces == 0) {
      return false;
    }
    for (int k = i; k < limit && k < i + 12 && !Character.isWhitespace(v.charAt(k)); k++) {
      if (Character.isDigit(v.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "ne", "or", "gob", "edu", "nic");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "co", "nr", "no", "mr", "mrs", "ms", "dr", "st", "ca", "bzw", "usw", "etc", "vs", "inc", "ltd", "gmbh", "approx", "ref",
      "tel", "fax", "str", "art", "bsp", "ggf", "evtl", "inkl", "zzgl", "max", "min", "pcs", "qty", "vol", "nb", "ps", "pp",
      "abs", "vgl", "sig", "sr", "jr", "prof", "ing", "dipl", "mme", "mlle", "sra", "ud", "tlf");
  /**
   * Prepositions, articles and verbs that follow "point"/"punto"/"ponto"/"punt" in prose ("point de
   * vue", "punto es", and the English "collection point at a supermarket", "a point to note") and
   * are also top-level domains.
   */
  private static final Set<String> ROMANCE_FUNCTION_WORDS = Set.of(
      "de", "da", "di", "do", "es", "e", "a", "la", "le", "el", "il", "lo", "en", "in", "et", "y", "se", "si", "no", "na",
      "al", "du", "des", "del", "que", "che", "ma", "per", "por", "para", "pour", "sur", "su", "ou", "o", "mais", "pero",
      // English prose ("a point to note"); not "it" or "be", the TLDs of "negozio punto it" and "winkel punt be"
      "at", "to", "by", "me", "is", "as", "am", "us", "so", "my", "im");
  private static final Set<String> MAIL_PROVIDERS = Set.of(
      "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "gmx", "web", "t-online", "icloud", "me", "aol",
      "orange", "free", "wanadoo", "libero", "virgilio", "tiscali", "alice", "proton", "protonmail", "wp", "onet", "o2",
      "interia", "mail", "yandex", "laposte", "sfr", "ziggo", "kpnmail", "telia", "bluewin", "freenet", "posteo", "mailbox");
  private static final Set<String> NOT_LOCAL_WORDS = Set.of(
      "me", "us", "you", "him", "her", "them", "we", "it", "is", "are", "be", "here", "there", "look", "find", "visit", "online",
      "available", "shop", "store", "site", "website", "page", "arrive", "arrives", "arrived", "home", "work", "office",
      "found", "located", "based", "see", "meet", "or", "and", "to", "out", "up", "sale", "sold", "stock", "listed", "one", "i");

  /** How far back {@link #mailContext} looks for a word about writing or mailing. */
  private static final int MAIL_CONTEXT_CHARS = 64;

  /** Local parts that are mailboxes, so that "info at shop dot de" is an address. */
  private static final Set<String> MAILBOX_NAMES = Set.of(
      "info", "support", "service", "kontakt", "contact", "sales", "office", "mail", "hello", "help", "shop", "team", "kundenservice",
      "kundendienst", "admin", "orders", "order", "returns", "retouren", "servizio", "assistenza", "atencion", "ventas", "vendas",
      "contato", "kundtjanst", "destek", "accounts", "billing", "buchhaltung", "hallo", "bonjour", "ciao", "hola", "verkauf",
      "vertrieb", "care", "customercare", "cs", "enquiries", "inquiries", "post", "mailbox", "hej", "biuro", "sklep", "klantenservice",
      "contacto", "ordini", "commandes", "sav", "retour", "rma", "bestellung", "bestellungen",
      // mailboxes named for claims, warranty, repairs or complaints, in the marketplace languages (not the English singulars:
      // "leave your feedback at", "register your warranty at" name a site, not a mailbox)
      "claims", "garantie", "garanzia", "garantia", "gwarancja", "garanti", "repairs", "reparatur", "reparation", "riparazioni",
      "reparaciones", "reklamation", "reklamationen", "reklamacje", "reklamacja", "reclamaciones", "reclamacoes", "reclami",
      "reclamations", "complaints", "klachten", "sikayet", "helpdesk", "servicedesk", "kundeservice");

  private AddressScanner() {}

  /** Whether a word about writing or mail comes shortly before the local part. */
  private static boolean mailContext(ContactText v, int ls) {
    int from = Math.max(0, ls - MAIL_CONTEXT_CHARS);
    String before = v.substring(from, ls);
    return before.contains("mail") || before.contains("write") || before.contains("schreib") || before.contains("ecri")
        || before.contains("scriv") || before.contains("escrib") || before.contains("mejla") || before.contains("napisz")
        || before.contains("yaz") || before.contains("send") || before.contains("courriel") || before.contains("correo");
  }

  /**
   * Finds the links and e-mail addresses of a contact text.
   *
   * @param v the contact text
   * @param ownCountryTld the marketplace's country domain (a link to it is judged apart), or empty
   * @return the hits, in text order
   */
  public static List<Hit> scan(ContactText v, String ownCountryTld) {
    return scan(v, ownCountryTld, true);
  }

  /**
   * As {@link #scan(ContactText, String)}; {@code skipPlainWords} passes over a word that nothing
   * follows which could make it a scheme, an IPv6 address or a host of several labels, without
   * reading it for each of those ({@link #mayGoOnFromWord}). The tests compare both ways.
   */
  static List<Hit> scan(ContactText v, String ownCountryTld, boolean skipPlainWords) {
    List<Hit> emails = emails(v);
    List<Hit> out = new ArrayList<>();
    Host scratch = new Host();
    int n = v.length();
    int p = 0;
    int ei = 0;
    while (p < n) {
      if (ei < emails.size() && p >= emails.get(ei).start) {
        Hit e = emails.get(ei++);
        out.add(e);
        p = Math.max(p, e.end);
        continue;
      }
      char c = v.charAt(p);
      if (c == '[' && p + 1 < n && (isHex(v.charAt(p + 1)) || v.charAt(p + 1) == ':')) {
        int end = ipv6End(v, p + 1);
        if (end > 0 && end < n && v.charAt(end) == ']') {
          out.add(new Hit(Kind.LINK, p, end + 1, v.substring(p, end + 1), "IPv6 address"));
          p = end + 1;
          continue;
        }
      }
      if (!isHostChar(c) || (p > 0 && isHostChar(v.charAt(p - 1)))) {
        p++;
        continue;
      }
      int limit = ei < emails.size() ? emails.get(ei).start : n;
      if (skipPlainWords) {
        int q = p + 1;
        while (q < limit && isHostChar(v.charAt(q))) {
          q++;
        }
        if (q < limit && !mayGoOnFromWord(v.charAt(q))) {
          // link() would find no scheme, no IPv6 address and a host of one label, and return q
          p = q;
          continue;
        }
      }
      int next = link(v, p, limit, ownCountryTld, out, scratch);
      p = Math.max(next, p + 1);
    }
    return out;
  }

  /**
   * {@return whether a character that ends a word of host characters may make the word more than
   * a one-label host}: a dot (a further label, or a scheme such as {@code svn.x:}), a plus (a
   * scheme such as {@code svn+ssh:}), a colon (a scheme, an IPv6 address, {@code localhost:8080})
   * or a slash (a web scheme's {@code //}). After any other character, {@link #link} reads no
   * scheme (the scheme's characters end before it, and it is neither a colon nor a slash), no IPv6
   * address (its first colon would be that character) and a host of the word alone, and returns
   * the word's end without a hit.
   */
  private static boolean mayGoOnFromWord(char c) {
    return c == '.' || c == '+' || c == ':' || c == '/';
  }

  /**
   * {@return whether the character may be part of a host name}: ASCII letters, digits, hyphen and
   * underscore, and letters and digits of other scripts except Chinese, Japanese and Korean.
   *
   * @param c a UTF-16 unit
   */
  public static boolean isHostChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || (c >= 'A' && c <= 'Z');
    }
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HIRAGANA && s != Character.UnicodeScript.KATAKANA
        && s != Character.UnicodeScript.HANGUL;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  private static boolean isLocalChar(char c) {
    return (Character.isLetterOrDigit(c) && isHostChar(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /** The labels of a host run: a list of [start, end) pairs, and where the run ends. */
  private static final class Host {
    final int[] bounds = new int[16];
    int labels;
    int end;
    boolean overflow;

    /** Empties this run so that one instance serves every host read of a scan. */
    Host reset() {
      labels = 0;
      end = 0;
      overflow = false;
      return this;
    }

    void add(int s, int e) {
      if (labels * 2 + 1 < bounds.length) {
        bounds[labels * 2] = s;
        bounds[labels * 2 + 1] = e;
        labels++;
      } else {
        overflow = true;
      }
    }

    int s(int i) {
      return bounds[i * 2];
    }

    int e(int i) {
      return bounds[i * 2 + 1];
    }
  }

  /** Reads {@code label(.label)*} from {@code p} up to {@code limit}. */
  private static Host readHost(ContactText v, int p, int limit, Host into) {
    return readHost(v, p, limit, false, into);
  }

  /**
   * As {@link #readHost(ContactText, int, int, Host)}; after a scheme, CJK letters belong to the
   * host too. The run is read into {@code into}, which is reset first: a scan reads a host at every
   * word start, and one reused run keeps that from allocating per word.
   */
  private static Host readHost(ContactText v, int p, int limit, boolean cjk, Host into) {
    Host h = into.reset();
    int i = p;
    while (i < limit) {
      int s = i;
      while (i < limit && (isHostChar(v.charAt(i)) || (cjk && Character.isLetterOrDigit(v.charAt(i))))) {
        i++;
      }
      if (i == s) {
        break;
      }
      h.add(s, i);
      if (i + 1 < limit && v.charAt(i) == '.' && (isHostChar(v.charAt(i + 1)) || (cjk && Character.isLetterOrDigit(v.charAt(i + 1))))) {
        i++;
      } else {
        break;
      }
    }
    h.end = i;
    return h;
  }

  private static String label(ContactText v, Host h, int i) {
    return v.substring(h.s(i), h.e(i));
  }

  /** {@return whether the view's characters from s to e read {@code www} or {@code www} and a digit}: compared in place. */
  private static boolean isWww(ContactText v, int s, int e) {
    int len = e - s;
    return len >= 3 && len <= 4 && v.charAt(s) == 'w' && v.charAt(s + 1) == 'w' && v.charAt(s + 2) == 'w'
        && (len == 3 || Character.isDigit(v.charAt(s + 3)));
  }

  /** {@return whether the view's characters from s to e hold c}: compared in place. */
  private static boolean holds(ContactText v, int s, int e, char c) {
    for (int i = s; i < e; i++) {
      if (v.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** {@link #allDigits(String)} of the view's characters from s to e, compared in place. */
  private static boolean allDigits(ContactText v, int s, int e) {
    for (int i = s; i < e; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return e > s;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean hasDigitOrHyphen(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * End of a scheme at {@code p}: a web scheme ({@code http}, {@code https}, {@code ftp} ...) with
   * one to three slashes (or backslashes), or any scheme ({@code irc://}, {@code myapp://}) with two
   * slashes; -1 if there is none.
   */
  private static int schemeEnd(ContactText v, int p, int limit) {
    char first = v.charAt(p);
    if (first < 'a' || first > 'z') {
      return -1;
    }
    int i = p;
    while (i < limit && i - p < 32) {
      char c = v.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    boolean web = isWebScheme(v, p, i);
    if (i < limit && v.charAt(i) == ':') {
      int j = i + 1;
      int slashes = 0;
      while (j < limit && (v.charAt(j) == '/' || v.charAt(j) == '\\') && slashes < 3) {
        j++;
        slashes++;
      }
      if (web ? slashes >= 1 : slashes == 2) {
        return j;
      }
      return -1;
    }
    if (web && i + 1 < limit && v.charAt(i) == '/' && v.charAt(i + 1) == '/') {
      return i + 2;
    }
    return -1;
  }

  private static final String[] WEB_SCHEMES = {"http", "https", "ftp", "sftp", "ftps"};

  /** Whether {@code [p, e)} is a web scheme, compared in place (this runs at every word start). */
  private static boolean isWebScheme(ContactText v, int p, int e) {
    for (String w : WEB_SCHEMES) {
      if (w.length() == e - p && v.regionMatches(p, w)) {
        return true;
      }
    }
    return false;
  }

  /** End of the rest of a URL (path, query) starting at {@code i}, trailing punctuation trimmed. */
  private static int urlRestEnd(ContactText v, int i, int limit) {
    int j = i;
    int parens = 0;
    while (j < limit) {
      char c = v.charAt(j);
      if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '`' || c == '|' || c == '\u2026' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D') {
        break;
      }
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        if (parens == 0) {
          break;
        }
        parens--;
      }
      j++;
    }
    while (j > i && ".,;:!?'*]}".indexOf(v.charAt(j - 1)) >= 0) {
      j--;
    }
    return j;
  }

  /** Looks for a link starting at token start {@code p}; returns where scanning continues. */
  private static int link(ContactText v, int p, int limit, String ownCc, List<Hit> out, Host scratch) {
    int hostStart = p;
    int scheme = schemeEnd(v, p, limit);
    if (scheme > 0) {
      hostStart = scheme;
      if (hostStart < limit && v.charAt(hostStart) == '[') {
        int e6 = ipv6End(v, hostStart + 1);
        if (e6 > 0 && e6 < limit && v.charAt(e6) == ']') {
          int end = urlRestEnd(v, e6 + 1, limit);
          out.add(new Hit(Kind.LINK, p, end, v.substring(hostStart, e6 + 1), "URL"));
          return end;
        }
      }
      Host h = readHost(v, hostStart, limit, true, scratch);
      if (h.labels == 0) {
        // a host of symbols (http://☃.net/) is still a link once something follows the scheme
        int end = urlRestEnd(v, scheme, limit);
        boolean substance = false;
        for (int i = scheme; i < end && !substance; i++) {
          char c = v.charAt(i);
          substance = c != '.' && c != '/' && c != '\\' && c != ':' && c != ',' && c != '-';
        }
        if (substance) {
          out.add(new Hit(Kind.LINK, p, end, v.substring(scheme, end), "URL"));
          return end;
        }
        return scheme;
      }
      int end = urlRestEnd(v, h.end, limit);
      out.add(new Hit(Kind.LINK, p, Math.max(end, h.end), v.substring(hostStart, h.end), "URL"));
      return Math.max(end, h.end);
    }
    int e6 = ipv6End(v, p);
    if (e6 > 0 && (e6 >= limit || !isHostChar(v.charAt(e6)))) {
      out.add(new Hit(Kind.LINK, p, e6, v.substring(p, e6), "IPv6 address"));
      return e6;
    }
    Host h = readHost(v, p, limit, scratch);
    if (h.labels == 1 && h.end + 1 < limit && v.charAt(h.end) == ':' && Character.isDigit(v.charAt(h.end + 1))
        && label(v, h, 0).equals("localhost")) {
      int end = urlRestEnd(v, h.end, limit);
      out.add(new Hit(Kind.LINK, p, end, v.substring(p, h.end), "local address"));
      return end;
    }
    if (h.labels < 2 || h.overflow) {
      return h.end;
    }
    int k = h.labels;
    boolean www = isWww(v, h.s(0), h.e(0));
    // IPv4
    if (k == 4) {
      int ip = ipv4(v, h);
      if (ip != 0) {
        boolean path = h.end < limit && (v.charAt(h.end) == '/' || v.charAt(h.end) == ':');
        if (ip == 2 || path) {
          int end = path ? urlRestEnd(v, h.end, limit) : h.end;
          out.add(new Hit(Kind.LINK, p, end, v.substring(p, h.end), "IP address"));
          return end;
        }
        return h.end;
      }
    }
    int m = k;
    while (m >= 2 && k - m < 2 && !TopLevelDomains.isTld(v, h.s(m - 1), h.e(m - 1))) {
      m--;
    }
    if (m < 2 || !TopLevelDomains.isTld(v, h.s(m - 1), h.e(m - 1))) {
      if (www && k >= 3) {
        int end = afterHost(v, h.end, limit);
        out.add(new Hit(Kind.LINK, p, end, v.substring(p, h.end), "www address"));
        return end;
      }
      return h.end;
    }
    int hostEnd = h.e(m - 1);
    boolean cut = m < k;
    boolean path = !cut && hostEnd + 1 < limit && v.charAt(hostEnd) == '/' && !Character.isWhitespace(v.charAt(hostEnd + 1));
    boolean port = !cut && hostEnd + 1 < limit && v.charAt(hostEnd) == ':' && Character.isDigit(v.charAt(hostEnd + 1))
        && portLength(v, hostEnd + 1, limit) <= 5;
    boolean slashEnd = !cut && hostEnd < limit && v.charAt(hostEnd) == '/' && (hostEnd + 1 >= limit || Character.isWhitespace(v.charAt(hostEnd + 1)));
    String tld = label(v, h, m - 1);
    String host = v.substring(p, hostEnd);
    int end = path || port ? urlRestEnd(v, hostEnd, limit) : hostEnd;
    Hit hit = new Hit(Kind.LINK, p, Math.max(end, hostEnd), host, "web address");
    String last2 = label(v, h, m - 2) + "." + tld;
    if (TopLevelDomains.SHORTENERS.contains(last2)) {
      out.add(new Hit(Kind.LINK, p, hit.end, host, "short link"));
      return hit.end;
    }
    int disguisedDots = 0;
    boolean romanceBeforeTld = false;
    boolean underscore = false;
    for (int i = 0; i < m; i++) {
      if (i > 0 && v.disguised(h.e(i - 1))) {
        disguisedDots++;
        if (i == m - 1 && v.flag(h.e(i - 1), ContactText.ROMANCE_DOT)) {
          romanceBeforeTld = true;
        }
      }
      if (holds(v, h.s(i), h.e(i), '_')) {
        underscore = true;
      }
    }
    if (underscore && !www) {
      return h.end;
    }
    boolean sldIsSecondLevel = m >= 3 && tld.length() == 2 && SECOND_LEVEL.contains(label(v, h, m - 2));
    String sld = sldIsSecondLevel ? label(v, h, m - 3) : label(v, h, m - 2);
    int nameLabels = sldIsSecondLevel ? m - 1 : m;
    if (allDigits(sld) || allDigits(v, h.s(0), h.e(0))) {
      return h.end;
    }
    if (TopLevelDomains.FILE_EXTENSIONS.contains(tld) && !www && !path) {
      return h.end;
    }
    // "@flowyoga.berlin" with no local part before the @: a social-media handle (content.promotion
    // judges the follow), not a web address
    boolean handle = p > 0 && v.charAt(p - 1) == '@' && (p < 2 || !isLocalChar(v.charAt(p - 2)));
    if (handle && !www && !path && !port && disguisedDots == 0) {
      return h.end;
    }
    boolean evidence = www || path || port || slashEnd || disguisedDots > 0;
    if (disguisedDots > 0 && !www && !path && disguisedDots < 2 && romanceBeforeTld && ROMANCE_FUNCTION_WORDS.contains(tld)) {
      return h.end;
    }
    if (sld.length() == 1 && !www && !(disguisedDots > 0 && nameLabels >= 3)) {
      return h.end;
    }
    if (nameLabels == 2 && ABBREVIATIONS.contains(sld) && !www && !path) {
      return h.end;
    }
    if (NUMBER_WORDS.contains(tld) && !www && !path && numberFollows(v, h.end, limit)) {
      // "Org.nr 559218-4471", "Momsreg.nr SE559218447101", "Tel.no 020 7946": the abbreviation of
      // "number" before the number, in a signature where a spaced "·" joined it to the word before
      return h.end;
    }
    if (evidence) {
      out.add(hit);
      return hit.end;
    }
    boolean strong = tld.length() == 2 ? (!TopLevelDomains.WORD_LIKE.contains(tld) || tld.equals(ownCc)) : TopLevelDomains.STRONG_GENERIC.contains(tld);
    boolean wordLikeTld = tld.length() == 2 ? TopLevelDomains.WORD_LIKE.contains(tld) : !strong;
    if (strong || (wordLikeTld && (hasDigitOrHyphen(sld) || nameLabels >= 3) && sld.length() >= 2)) {
      if (sld.length() >= 2) {
        out.add(hit);
        return hit.end;
      }
    }
    return h.end;
  }

  private static int portLength(ContactText v, int i, int limit) {
    int j = i;
    while (j < limit && Character.isDigit(v.charAt(j))) {
      j++;
    }
    return j - i;
  }

  private static int afterHost(ContactText v, int hostEnd, int limit) {
    if (hostEnd < limit && (v.charAt(hostEnd) == '/' || v.charAt(hostEnd) == ':')) {
      return Math.max(hostEnd, urlRestEnd(v, hostEnd, limit));
    }
    return hostEnd;
  }

  /** 0: not IPv4; 1: IPv4-like but may be a version number; 2: an IP address. */
  private static int ipv4(ContactText v, Host h) {
    int multiDigit = 0;
    for (int i = 0; i < 4; i++) {
      String l = label(v, h, i);
      if (!allDigits(l) || l.length() > 3 || Integer.parseInt(l) > 255 || (l.length() > 1 && l.charAt(0) == '0')) {
        return 0;
      }
      if (l.length() > 1) {
        multiDigit++;
      }
    }
    return multiDigit >= 2 && !label(v, h, 0).equals("0") ? 2 : 1;
  }

  /** End of an IPv6 literal starting at {@code p}, or -1. */
  private static int ipv6End(ContactText v, int p) {
    int n = v.length();
    int i = p;
    int colons = 0;
    boolean doubleColon = false;
    boolean letter = false;
    boolean longGroup = false;
    int group = 0;
    while (i < n && i - p <= 45) {
      char c = v.charAt(i);
      if (c == ':') {
        colons++;
        if (i > p && v.charAt(i - 1) == ':') {
          if (doubleColon) {
            return -1;
          }
          doubleColon = true;
        }
        group = 0;
      } else if (isHex(c)) {
        group++;
        if (group > 4) {
          return -1;
        }
        if (group >= 3) {
          longGroup = true;
        }
        letter |= c >= 'a';
      } else {
        break;
      }
      i++;
    }
    if (i - p > 45 || (i < n && (Character.isLetterOrDigit(v.charAt(i)) || v.charAt(i) == '.'))) {
      return -1;
    }
    if (colons < 2 || colons > 7 || !(doubleColon || colons == 7) || !(letter || longGroup)) {
      return -1;
    }
    return i;
  }

  /**
   * {@return every e-mail address, in order, not overlapping}: the {@link Kind#EMAIL} hits of
   * {@link #scan} (whatever the country), which takes them from here and reads links only between
   * them, without reading the links. They are found once per view and kept on it (unmodifiable):
   * the link rule's scan and the e-mail rule read the same view one after the other, and both get
   * the one list. The view is made per field and not shared between threads, and its characters
   * never change after it is built, so the list is what a second search would find.
   *
   * @param v the contact text
   */
  static List<Hit> emails(ContactText v) {
    List<Hit> found = v.emailHits;
    if (found == null) {
      found = Collections.unmodifiableList(findEmails(v));
      v.emailHits = found;
    }
    return found;
  }

  /** Reads the e-mail addresses of the view: what {@link #emails} returns, found anew. */
  private static List<Hit> findEmails(ContactText v) {
    List<Hit> out = new ArrayList<>();
    Host scratch = new Host();
    int n = v.length();
    int lastEnd = 0;
    for (int at = 0; at < n; at++) {
      if (v.charAt(at) != '@' || at < lastEnd) {
        continue;
      }
      int ls = at;
      while (ls > lastEnd && at - ls < 64 && isLocalChar(v.charAt(ls - 1))) {
        ls--;
      }
      while (ls < at && (v.charAt(ls) == '.' || v.charAt(ls) == '-')) {
        ls++;
      }
      if (ls == at || (ls > 0 && isLocalChar(v.charAt(ls - 1)) && at - ls >= 64)) {
        continue;
      }
      Host h = readHost(v, at + 1, n, scratch);
      if (h.labels < 2 || h.overflow) {
        continue;
      }
      int m = h.labels;
      while (m >= 2 && h.labels - m < 2 && !TopLevelDomains.isTld(v, h.s(m - 1), h.e(m - 1))) {
        m--;
      }
      boolean mailto = ls >= 7 && v.substring(ls - 7, ls).equals("mailto:");
      if (mailto && !TopLevelDomains.isTld(v, h.s(h.labels - 1), h.e(h.labels - 1))) {
        m = h.labels; // an explicit mailto: makes any dotted name an address
      } else if (m < 2 || !TopLevelDomains.isTld(v, h.s(m - 1), h.e(m - 1)) || allDigits(label(v, h, m - 2))) {
        continue;
      }
      String local = v.substring(ls, at);
      if (v.flag(at, ContactText.WEAK_AT)) {
        boolean disguisedDot = false;
        for (int i = 1; i < m; i++) {
          disguisedDot |= v.disguised(h.e(i - 1));
        }
        boolean marked = false;
        for (int i = 0; i < local.length(); i++) {
          char c = local.charAt(i);
          marked |= (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '+' || c == '-';
        }
        boolean provider = MAIL_PROVIDERS.contains(label(v, h, 0));
        boolean mailbox = MAILBOX_NAMES.contains(local) || mailContext(v, ls);
        boolean path = h.end < n && v.charAt(h.end) == '/';
        if (NOT_LOCAL_WORDS.contains(local) || path || !(marked || provider || (disguisedDot && mailbox))) {
          continue;
        }
      }
      int end = h.e(m - 1);
      out.add(new Hit(Kind.EMAIL, ls, end, v.substring(at + 1, end), "e-mail address"));
      lastEnd = end;
      at = end - 1;
    }
    return out;
  }
}
