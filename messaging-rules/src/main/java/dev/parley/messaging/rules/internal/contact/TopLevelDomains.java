package dev.parley.messaging.rules.internal.contact;

import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.HashSet;
import java.util.Set;

/**
 * The top-level domains of the IANA root zone, bundled as {@code tld/tlds.txt} (its header names the
 * source and date), and the sub-lists the link heuristics use. Loaded once; immutable and
 * thread-safe.
 */
public final class TopLevelDomains {
  /** Every TLD, folded like message text. */
  public static final Set<String> ALL = load();

  /**
   * TLDs that are also common short words in a marketplace language ("it", "is", "in", "be", "to",
   * "me", "no", "es"...) or business abbreviations ("kg" in "GmbH &amp; Co.KG"): a bare name ending
   * in one needs other evidence (scheme, www, path, disguise, digit or hyphen in the name, three
   * labels) unless it is the marketplace's own country TLD.
   */
  public static final Set<String> WORD_LIKE = Set.of(
      "it", "is", "in", "at", "be", "to", "me", "no", "do", "so", "us", "am", "as", "my", "by", "la", "si", "se", "es",
      "et", "al", "il", "ne", "na", "nu", "om", "je", "ma", "pa", "re", "ci", "im", "id", "mu", "pe", "sv", "kg", "ag",
      "ad", "an", "ca", "er", "ge", "gr", "hr", "lt", "mr", "ms", "mt", "nr", "ok", "st", "tel", "ltd");

  /**
   * Generic TLDs that are clear on their own in a bare name ({@code shop.com}, {@code laden.shop}).
   * Other generic TLDs are common words ("best", "today", "now", "life") and need evidence.
   */
  public static final Set<String> STRONG_GENERIC = Set.of(
      "com", "net", "org", "edu", "gov", "int", "mil", "info", "biz", "eu", "shop", "store", "online", "site", "website", "web", "app", "io", "co",
      "xyz", "top", "club", "tech", "email", "link", "click", "page", "blog", "asia", "mobi", "pro", "digital", "services",
      "support", "deals", "sale", "market", "berlin", "koeln", "hamburg", "bayern", "paris", "london", "nyc", "tokyo",
      "amazon", "ly", "gl", "gd", "cc", "ws", "tk", "ml", "ga", "cf", "gq", "tv", "fm", "ai", "bz");

  /**
   * Endings that are TLDs but far more often file-name extensions; a name ending in one is a file
   * name unless a scheme, {@code www.} or a path says otherwise.
   */
  public static final Set<String> FILE_EXTENSIONS = Set.of(
      "zip", "mov", "py", "sh", "md", "rs", "ps", "pm", "cs", "ai", "rar", "psd", "csv", "txt", "pdf", "docx");

  /** Link shorteners and messenger links, flagged however short their name is. */
  public static final Set<String> SHORTENERS = Set.of(
      "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "rb.gy", "cutt.ly", "shorturl.at",
      "tiny.cc", "s.id", "t.ly", "bl.ink", "rebrand.ly", "short.io", "x.co", "g.co", "j.mp", "u.to", "t.me", "wa.me",
      "fb.me", "m.me", "lnkd.in", "youtu.be", "x.com", "qr.io", "linktr.ee", "bitly.com", "tr.im", "cli.re", "shorturl.com");

  private TopLevelDomains() {}

  private static Set<String> load() {
    Set<String> set = new HashSet<>();
    for (String line : PhraseMatcher.readLines(TopLevelDomains.class, "/dev/parley/messaging/rules/tld/tlds.txt")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      set.add(NormalizedText.fold(t));
    }
    if (set.size() < 1000) {
      throw new IllegalStateException("tld/tlds.txt is invalid: got " + set.size() + " top-level domains, expected more than 1000");
    }
    return Set.copyOf(set);
  }

  public static boolean isTld(String label) {
    return ALL.contains(label);
  }

  /** {@link #ALL} in {@link String#compareTo} order, for lookups that make no string. */
  private static final String[] SORTED = ALL.stream().sorted().toArray(String[]::new);

  /**
   * {@return whether the view's characters from {@code s} to {@code e} are a TLD}: the same answer
   * as {@link #isTld(String)} on that substring, found by binary search compared in place (a
   * scanner asks this for the last label of every dotted name, most of which are not links)
   */
  static boolean isTld(ContactText v, int s, int e) {
    int lo = 0;
    int hi = SORTED.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(SORTED[mid], v, s, e);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** {@link String#compareTo} of a string and the view's characters from s to e. */
  private static int compare(String t, ContactText v, int s, int e) {
    int n = Math.min(t.length(), e - s);
    for (int i = 0; i < n; i++) {
      char a = t.charAt(i);
      char b = v.charAt(s + i);
      if (a != b) {
        return a - b;
      }
    }
    return t.length() - (e - s);
  }
}
