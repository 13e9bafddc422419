package dev.parley.messaging.rules.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attached prefixes of Arabic words, added to every Arabic word of a lexicon pattern when the
 * lexicon is loaded ({@link LexiconFile#parse}), so that a vocabulary names a word once and still
 * finds it written with a conjunction or a preposition glued to its front: تقييم also finds
 * وتقييم (and a review), بتقييم (with a review), لتقييم (for a review), فتقييم; التقييم also
 * finds والتقييم, بالتقييم, فالتقييم, كالتقييم and, with the article's alef dropped after lam,
 * للتقييم.
 *
 * <p>The proclitics added: the conjunctions و and ف and the prepositions ب and ل; before the
 * article ك instead of ل, which takes the article without its alef. Pairs of them (وب, ول, فل) are
 * not added: each prefix copies the whole Arabic part of the matcher's trie, and the pairs, a small
 * share of the prefixed words in the development sets, would add about 20 MB of heap; a vocabulary
 * writes such a word out where it matters. A word of fewer than {@value #MIN_LETTERS} letters gets
 * none (ما, من, لا: a letter glued to a particle makes another word, لما, فمن, بلا). The future
 * prefix س and the attached pronouns at the end are not added: a trailing {@code *} in the
 * vocabulary takes the endings, and verbs are written in the persons sellers use.
 *
 * <p>Written variants stay as they are (a vocabulary that already lists وتقييم loses nothing); a
 * variant that equals another alternative of the same group is kept once. Only tokens in Arabic
 * script are touched, so every other language's patterns are unchanged. Pure and thread-safe.
 */
final class ArabicClitics {
  /** The fewest letters a word must have to get the prefixes. */
  static final int MIN_LETTERS = 3;

  private static final String ARTICLE = "ال";

  /** Prefixes before a word without the article. */
  private static final List<String> BEFORE_WORD = List.of("و", "ف", "ب", "ل");

  /** Prefixes before a word with the article (ل and its compounds take the article without its alef). */
  private static final List<String> BEFORE_ARTICLE = List.of("و", "ف", "ب", "ك");

  /** Prefixes that take the article without its alef: ل + الكتاب is للكتاب. */
  private static final List<String> LAM_BEFORE_ARTICLE = List.of("ل");

  private ArabicClitics() {}

  /**
   * {@return the pattern with the proclitic variants of each of its Arabic words added as
   * alternatives}: a bare word becomes a group, a group of single words gains the variants of each
   * of its words. The tag, gaps, numbers and words of other scripts are left as written.
   *
   * @param pattern one pattern as {@link LexiconFile#expandLine} gives it
   */
  static String expand(String pattern) {
    if (!hasArabic(pattern)) {
      return pattern;
    }
    String[] cut = LexiconFile.bodyAndTag(pattern);
    String body = cut[0];
    String tag = cut[1];
    StringBuilder out = new StringBuilder();
    for (String part : body.split(" +")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(expandElement(part));
    }
    return out + tag;
  }

  private static String expandElement(String part) {
    if (part.isEmpty() || part.startsWith("~") || part.equals("<num>") || !hasArabic(part)) {
      return part;
    }
    boolean group = part.startsWith("(") && part.endsWith(")");
    String inner = group ? part.substring(1, part.length() - 1) : part;
    Set<String> alternatives = new LinkedHashSet<>();
    for (String alt : inner.split("\\|", -1)) {
      alternatives.add(alt);
    }
    List<String> written = new ArrayList<>(alternatives);
    for (String alt : written) {
      for (String variant : variants(alt)) {
        alternatives.add(variant);
      }
    }
    if (!group && alternatives.size() == 1) {
      return part;
    }
    return "(" + String.join("|", alternatives) + ")";
  }

  /** The proclitic variants of one written alternative (none for a suffix word, a short word or one not all Arabic letters). */
  static List<String> variants(String alternative) {
    if (alternative.startsWith("*")) {
      return List.of();
    }
    String word = alternative.endsWith("*") ? alternative.substring(0, alternative.length() - 1) : alternative;
    String star = alternative.substring(word.length());
    if (word.codePointCount(0, word.length()) < MIN_LETTERS || !allArabicLetters(word)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (word.startsWith(ARTICLE) && word.length() > ARTICLE.length() + 1) {
      for (String p : BEFORE_ARTICLE) {
        out.add(p + word + star);
      }
      for (String p : LAM_BEFORE_ARTICLE) {
        out.add(p + word.substring(1) + star);
      }
    } else {
      for (String p : BEFORE_WORD) {
        out.add(p + word + star);
      }
    }
    return out;
  }

  private static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isArabicLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allArabicLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isArabicLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Arabic letters of the basic block (hamza to yeh, and the alef wasla and Persian letters sellers type by mistake are left out). */
  private static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A');
  }
}
