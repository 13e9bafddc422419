package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.language.LanguageReading;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.Languages;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells which language a short text is written in: a small model of Parley's own, not a general
 * purpose detector.
 *
 * <p>Scripts decide first: kana means Japanese, Hangul Korean, Han without kana Chinese, Cyrillic
 * Russian. Arabic-script text is Arabic unless the letters only Persian or Urdu writes (Persian
 * yeh and keheh, peh, tcheh, jeh, gaf; Urdu's tteh, ddal, rreh, noon ghunna, yeh barree, heh goal
 * and do-chashmee heh) outnumber the letters only Arabic writes (yeh, kaf, alef maksura, teh
 * marbuta): then it is Urdu ({@code ur}) or Persian ({@code fa}). Latin text is scored against word profiles (the function words
 * and everyday words of buyer messages in en, de, fr, it, es, nl, pl, sv, pt and tr, bundled in
 * {@code lang/<code>.txt}) and each language's own letters (ß, ñ, å, ł, ş ...): a word found in k
 * profiles adds 1/k to each, so words shared by several languages count little. The confidence is
 * the best language's share of all evidence, damped while there is little evidence.
 *
 * <p>Immutable and thread-safe; linear in the text.
 */
public final class LanguageIdentifier {
  private static final String DIR = "/dev/parley/messaging/rules/lang/";
  private static final List<String> LATIN = Languages.LATIN;
  /** Evidence (in word units) at which the confidence is no longer damped. */
  private static final double FULL_EVIDENCE = 5.0;

  private final List<String> languages;
  private final Set<String> known;
  private final Map<String, double[]> wordWeights;
  private final Map<Integer, double[]> letterWeights;
  /** {@link #letterWeights} below {@link #DIRECT_LETTERS} as an array: no boxing, no probing per letter. */
  private final double[][] directLetterWeights;

  private static final int DIRECT_LETTERS = 0x250;

  private LanguageIdentifier() {
    this.languages = LATIN;
    Set<String> all = new TreeSet<>(LATIN);
    all.addAll(List.of("ja", "ko", "zh", "ar", "fa", "ur", "ru"));
    this.known = java.util.Collections.unmodifiableSet(all);
    Map<String, List<Integer>> words = new HashMap<>();
    Map<Integer, List<Integer>> letters = new HashMap<>();
    for (int l = 0; l < LATIN.size(); l++) {
      String code = LATIN.get(l);
      List<String> lines = LexiconFile.readRequired(LanguageIdentifier.class, DIR + code + ".txt");
      if (lines.stream().allMatch(x -> x.isBlank() || x.strip().startsWith("#"))) {
        throw new IllegalStateException("language profile " + DIR + code + ".txt is empty");
      }
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("letters:")) {
          String ls = line.substring("letters:".length()).strip();
          for (int i = 0; i < ls.length(); ) {
            int cp = ls.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
              addIndex(letters.computeIfAbsent(cp, k -> new ArrayList<>()), l);
            }
          }
          continue;
        }
        for (String w : line.split("\\s+")) {
          addIndex(words.computeIfAbsent(normalize(w), k -> new ArrayList<>()), l);
        }
      }
    }
    this.wordWeights = weights(words, LATIN.size());
    this.letterWeights = weights(letters, LATIN.size());
    int size = Integer.highestOneBit(Math.max(16, wordWeights.size() * 2)) * 2;
    this.wordTableKeys = new int[size][];
    this.wordTableValues = new double[size][];
    wordWeights.forEach((w, weights) -> {
      int[] cps = w.codePoints().toArray();
      int slot = wordHash(cps, cps.length) & (size - 1);
      while (wordTableKeys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      wordTableKeys[slot] = cps;
      wordTableValues[slot] = weights;
    });
    this.directLetterWeights = new double[DIRECT_LETTERS][];
    letterWeights.forEach((cp, w) -> {
      if (cp >= 0 && cp < DIRECT_LETTERS) {
        directLetterWeights[cp] = w;
      }
    });
  }

  private static void addIndex(List<Integer> list, int l) {
    if (!list.contains(l)) {
      list.add(l);
    }
  }

  private static <K> Map<K, double[]> weights(Map<K, List<Integer>> index, int n) {
    Map<K, double[]> out = new HashMap<>();
    index.forEach((k, ls) -> {
      double[] w = new double[n];
      for (int l : ls) {
        w[l] = 1.0 / ls.size();
      }
      out.put(k, w);
    });
    return Map.copyOf(out);
  }

  /** {@return the identifier with Parley's bundled profiles; built on first use and then shared} */
  public static LanguageIdentifier standard() {
    return Holder.INSTANCE;
  }

  /** Holds the standard identifier, built once on first use. */
  private static final class Holder {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
  }

  /** {@return the language codes this identifier can answer, sorted} */
  public Set<String> languages() {
    return known;
  }

  /**
   * Identifies the language of a text.
   *
   * @param text any text (HTML should be reduced to its visible text first)
   * @return the guess; {@value LanguageGuess#UNDETERMINED} with confidence 0 when the text has no
   *     evidence
   */
  public LanguageGuess identify(CharSequence text) {
    return read(text).guess();
  }

  static {
    LanguageReading.register(LanguageIdentifier::read);
  }

  /**
   * One pass over the text: the guess of {@link #identify}, and for every pair of profiled
   * languages the evidence that tells them apart, from which {@link #share} is read. Each word is
   * scored once, into the text's running score and into a score of its own: the first decides the
   * guess, the second, whether the word tells two languages apart.
   */
  private LanguageReading read(CharSequence text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    int[] scripts = new int[SCRIPTS];
    int n = languages.size();
    double[] score = new double[n];
    double[] wordScore = new double[n];
    // apart[a * n + b]: the words scoring for a and not for b, summed by their score for a, in
    // text order (as a pass over the text for the pair a, b alone would sum them).
    double[] apart = new double[n * n];
    int[] notScored = new int[n];
    int[] word = new int[32];
    int len = 0;
    int length = s.length();
    for (int i = 0; i <= length; ) {
      int cp = i < length ? s.codePointAt(i) : ' ';
      i += i < length ? Character.charCount(cp) : 1;
      if (Character.isLetter(cp) || (cp == 0x30FC && len > 0)) {
        if (len == word.length) {
          word = java.util.Arrays.copyOf(word, len * 2);
        }
        word[len++] = cp;
        continue;
      }
      if (len > 0) {
        // Elisions (l'ordine, we're) and every other non-letter end a word.
        if (scoreWord(word, len, scripts, score, wordScore)) {
          // The languages the word does not score for, listed once: each pair's sum gets the same
          // one addition per word, in text order, as a walk over every pair would give it.
          int unscored = 0;
          for (int b = 0; b < n; b++) {
            if (!(wordScore[b] > 0)) {
              notScored[unscored++] = b;
            }
          }
          if (unscored > 0) {
            for (int a = 0; a < n; a++) {
              if (wordScore[a] > 0) {
                for (int k = 0; k < unscored; k++) {
                  apart[a * n + notScored[k]] += wordScore[a];
                }
              }
            }
          }
          java.util.Arrays.fill(wordScore, 0);
        }
        len = 0;
      }
    }
    return new LanguageReading(guess(scripts, score, apart), languages, apart);
  }

  /** The guess from a text's letters by script, its running score and its evidence by pair. */
  private LanguageGuess guess(int[] scripts, double[] score, double[] apart) {
    int letters = 0;
    for (int k = 0; k < OTHER + 1; k++) {
      letters += scripts[k];
    }
    if (letters == 0) {
      return LanguageGuess.of(LanguageGuess.UNDETERMINED, 0, 0);
    }
    int latin = scripts[LATIN_SCRIPT];
    int kana = scripts[KANA];
    int han = scripts[HAN];
    int hangul = scripts[HANGUL];
    int arabic = scripts[ARABIC];
    int cyrillic = scripts[CYRILLIC];
    int other = letters - latin;
    if (other * 2 > letters) {
      String lang;
      int count;
      if (kana > 0 && kana + han >= Math.max(hangul, Math.max(arabic, cyrillic))) {
        lang = "ja";
        count = kana + han;
      } else if (hangul >= Math.max(han, Math.max(arabic, cyrillic))) {
        lang = "ko";
        count = hangul;
      } else if (han >= Math.max(arabic, cyrillic)) {
        lang = "zh";
        count = han;
      } else if (arabic >= cyrillic) {
        lang = arabicLanguage(scripts);
        count = arabic;
      } else {
        lang = "ru";
        count = cyrillic;
      }
      return LanguageGuess.of(lang, Math.min(1.0, (double) count / letters), letters);
    }
    int best = -1;
    int second = -1;
    for (int l = 0; l < score.length; l++) {
      if (best < 0 || score[l] > score[best]) {
        second = best;
        best = l;
      } else if (second < 0 || score[l] > score[second]) {
        second = l;
      }
    }
    if (score[best] <= 0) {
      return LanguageGuess.of(LanguageGuess.UNDETERMINED, 0, letters);
    }
    // How sure the best is rather than the runner-up, from the evidence that tells them apart.
    double margin = score[second] <= 0 ? 1.0 : pairShare(apart, best, second);
    double evidence = Math.min(1.0, score[best] / FULL_EVIDENCE);
    double latinShare = (double) latin / letters;
    double confidence = margin * evidence * latinShare;
    return LanguageGuess.of(languages.get(best), Math.max(0, Math.min(1, confidence)), letters);
  }

  private static final int LATIN_SCRIPT = 0;
  private static final int KANA = 1;
  private static final int HAN = 2;
  private static final int HANGUL = 3;
  private static final int ARABIC = 4;
  private static final int CYRILLIC = 5;
  private static final int OTHER = 6;
  /** Letters only Arabic writes, only Persian (and Urdu) writes, only Urdu writes: counted besides the scripts. */
  private static final int ARABIC_ONLY = 7;
  private static final int PERSIAN_ONLY = 8;
  private static final int URDU_ONLY = 9;
  private static final int SCRIPTS = 10;

  /** Arabic, Persian or Urdu, from the letters each writes and the others do not. */
  private static String arabicLanguage(int[] scripts) {
    int arabicOnly = scripts[ARABIC_ONLY];
    int urdu = scripts[URDU_ONLY];
    int persian = scripts[PERSIAN_ONLY];
    if (urdu > 0 && urdu >= arabicOnly) {
      return "ur";
    }
    return persian > arabicOnly ? "fa" : "ar";
  }

  private static void countArabicForm(int cp, int[] scripts) {
    switch (cp) {
      case 0x064A: // yeh
      case 0x0643: // kaf
      case 0x0649: // alef maksura
      case 0x0629: // teh marbuta
        scripts[ARABIC_ONLY]++;
        break;
      case 0x06CC: // Persian yeh
      case 0x06A9: // keheh
      case 0x067E: // peh
      case 0x0686: // tcheh
      case 0x0698: // jeh
      case 0x06AF: // gaf
        scripts[PERSIAN_ONLY]++;
        break;
      case 0x0679: // tteh
      case 0x0688: // ddal
      case 0x0691: // rreh
      case 0x06BA: // noon ghunna
      case 0x06D2: // yeh barree
      case 0x06C1: // heh goal
      case 0x06BE: // heh doachashmee
        scripts[URDU_ONLY]++;
        break;
      default:
        break;
    }
  }

  /**
   * Counts a word's letters by script and scores a Latin word. A word mixing Latin letters with
   * Cyrillic or Greek look-alikes ("pоsitive" with a Cyrillic o) is a disguised Latin word: its
   * look-alikes are read as the Latin letters they imitate. The weights are added both to the
   * text's score and to the word's own (zero before the call); returns whether any was added.
   */
  private boolean scoreWord(int[] word, int len, int[] scripts, double[] score, double[] wordScore) {
    boolean scored = false;
    // A word whose letters are all Latin or Cyrillic/Greek look-alikes of Latin letters, with at
    // least one look-alike, is a disguised Latin word ("pоsitive" with a Cyrillic o).
    boolean disguised = false;
    boolean onlyLatinLike = true;
    for (int k = 0; k < len && onlyLatinLike; k++) {
      Character.UnicodeScript script = scriptOf(word[k]);
      if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
        disguised = true;
        onlyLatinLike = lookAlike(word[k]) >= 0;
      } else {
        onlyLatinLike = script == Character.UnicodeScript.LATIN;
      }
    }
    disguised &= onlyLatinLike;
    // The word's Latin letters, lower-cased, are written over the front of word itself (never
    // ahead of the letter being read), then looked up without building a string.
    int latinLength = 0;
    for (int k = 0; k < len; k++) {
      int cp = word[k];
      if (disguised && scriptOf(cp) != Character.UnicodeScript.LATIN) {
        cp = lookAlike(cp);
      }
      switch (scriptOf(cp)) {
        case LATIN:
          scripts[LATIN_SCRIPT]++;
          int lower = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
          word[latinLength++] = lower;
          double[] lw = lower >= 0 && lower < DIRECT_LETTERS ? directLetterWeights[lower] : letterWeights.get(lower);
          if (lw != null) {
            add(score, wordScore, lw, 0.5);
            scored = true;
          }
          break;
        case HIRAGANA:
        case KATAKANA:
          scripts[KANA]++;
          break;
        case HAN:
          scripts[HAN]++;
          break;
        case HANGUL:
          scripts[HANGUL]++;
          break;
        case ARABIC:
          scripts[ARABIC]++;
          countArabicForm(cp, scripts);
          break;
        case CYRILLIC:
          scripts[CYRILLIC]++;
          break;
        default:
          scripts[cp == 0x30FC ? KANA : OTHER]++;
          break;
      }
    }
    if (latinLength > 0) {
      double[] w = wordWeight(word, latinLength);
      if (w != null) {
        add(score, wordScore, w, 1.0);
        scored = true;
      }
    }
    return scored;
  }

  /**
   * {@return how much of the evidence that tells the language apart from the text's best guess
   * points to the language, in [0, 1]}: only words and letters in one of the two profiles count,
   * so words two languages share ("de", "en") decide nothing. 1 when the language is the best
   * guess; 0 for a language without a profile that is not the guess. Lets callers accept mixed
   * texts that are largely in one language.
   *
   * @param text any text
   * @param language an ISO 639-1 code
   */
  public double share(CharSequence text, String language) {
    return read(text).share(language);
  }

  /** {@link #share(CharSequence, String)} for a text whose guess is already known. */
  public double share(CharSequence text, String language, LanguageGuess guess) {
    String lang = language.toLowerCase(Locale.ROOT);
    if (guess.language().equals(lang)) {
      return 1.0;
    }
    if (languages.indexOf(lang) < 0 || languages.indexOf(guess.language()) < 0) {
      return 0.0;
    }
    return read(text).share(lang, guess);
  }

  /** The share of the evidence telling languages a and b apart that points to a, in [0, 1]. */
  private double pairShare(double[] apart, int a, int b) {
    int n = languages.size();
    double forA = apart[a * n + b];
    double total = forA + apart[b * n + a];
    return total <= 0 ? 0 : forA / total;
  }

  /** The script of a letter, without the table lookup for the Latin letters below U+0250. */
  private static Character.UnicodeScript scriptOf(int cp) {
    if (cp < 0x0250 && cp != 0x00AA && cp != 0x00BA && cp != 0x00B5) {
      return cp < 0x80 || cp >= 0xC0 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp);
    }
    return Character.UnicodeScript.of(cp);
  }

  /** The ASCII letter a Cyrillic or Greek letter imitates (as the rules fold it), or -1. */
  private static int lookAlike(int cp) {
    String folded = NormalizedText.fold(new String(Character.toChars(cp)));
    return folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z' ? folded.charAt(0) : -1;
  }

  /** {@link #wordWeights} as an open-addressing table over code points: a word is looked up without a string. */
  private final int[][] wordTableKeys;

  private final double[][] wordTableValues;

  /** {@return the weights of the word made of the first len code points, or null} */
  private double[] wordWeight(int[] cps, int len) {
    int mask = wordTableKeys.length - 1;
    for (int slot = wordHash(cps, len) & mask; ; slot = (slot + 1) & mask) {
      int[] key = wordTableKeys[slot];
      if (key == null) {
        return null;
      }
      if (key.length == len && java.util.Arrays.equals(key, 0, len, cps, 0, len)) {
        return wordTableValues[slot];
      }
    }
  }

  private static int wordHash(int[] cps, int len) {
    int h = 1;
    for (int i = 0; i < len; i++) {
      h = 31 * h + cps[i];
    }
    return h ^ (h >>> 16);
  }

  private static void add(double[] score, double[] wordScore, double[] w, double factor) {
    for (int i = 0; i < score.length; i++) {
      double v = w[i] * factor;
      score[i] += v;
      wordScore[i] += v;
    }
  }

  private static String normalize(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "LanguageIdentifier" + languages();
  }
}
