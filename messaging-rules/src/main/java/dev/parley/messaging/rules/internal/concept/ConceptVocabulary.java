package dev.parley.messaging.rules.internal.concept;

import dev.parley.messaging.rules.internal.text.Languages;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The concept vocabularies: for each language, which words and phrases express each {@link
 * Concept}, read from {@code concepts/<lang>.txt} ({@link LexiconFile#CONCEPTS_DIR}) in Parley's
 * one lexicon format. Every line ends in {@code => CONCEPT}, the name of one {@link Concept}.
 *
 * <p>The files are loaded with {@link LexiconFile}'s loader and failure modes: a file that exists
 * must hold patterns and parse; a line without a tag, or whose tag is not a concept name, fails
 * loading with the file and line. Per-language files are optional one by one, but {@code en} must
 * exist. The vocabularies are compiled into the one matcher of every bundled lexicon ({@code
 * StandardLexicons}, group {@code concepts}), so a field's tokens are still walked once for every
 * lexicon and concept.
 *
 * <p>Immutable and thread-safe (static methods only).
 */
public final class ConceptVocabulary {
  /** Every language a concept vocabulary may exist for, in load order. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "nl", "sv", "pl", "pt", "tr", "ja", "ar");

  /** The languages whose vocabulary must exist and cover every concept the grammar uses: all of {@link #LANGUAGES}. */
  public static final List<String> REQUIRED = LANGUAGES;

  /** Languages that put the verb last: a negation there reaches back over the words before it. */
  static final List<String> VERB_FINAL = List.of("ja", "tr");

  private ConceptVocabulary() {}

  /** Holds the bundled files; read once, on first use. */
  private static final class Holder {
    static final List<LexiconFile> FILES = load();
  }

  /**
   * {@return the bundled vocabulary files that exist, in {@link #LANGUAGES} order, validated}
   *
   * @throws IllegalStateException if {@code concepts/en.txt} is missing or a file holds no pattern
   * @throws IllegalArgumentException if a line is malformed or its tag is not a concept; the
   *     message names the file and line
   */
  public static List<LexiconFile> files() {
    return Holder.FILES;
  }

  private static List<LexiconFile> load() {
    List<LexiconFile> out = new ArrayList<>();
    for (String lang : LANGUAGES) {
      Optional<LexiconFile> file = LexiconFile.bundledIfPresent(LexiconFile.CONCEPTS_DIR, lang + ".txt");
      if (file.isEmpty() && lang.equals("en")) {
        throw new IllegalStateException("concept vocabulary " + LexiconFile.CONCEPTS_DIR + "en.txt is missing");
      }
      file.ifPresent(f -> {
        validate(f);
        out.add(f);
      });
    }
    return List.copyOf(out);
  }

  /**
   * Checks that every pattern of a vocabulary file is tagged with exactly one concept name.
   *
   * @param file a parsed vocabulary file
   * @throws IllegalArgumentException naming the file and line of the first bad tag
   */
  public static void validate(LexiconFile file) {
    for (LexiconFile.Line line : file.lines()) {
      for (String pattern : line.patterns()) {
        int arrow = pattern.indexOf("=>");
        String tag = arrow < 0 ? "" : pattern.substring(arrow + 2).strip();
        if (conceptNamed(tag).isEmpty()) {
          throw new IllegalArgumentException(line.source() + ": a concept vocabulary line must end in \"=> CONCEPT\" with one of "
              + java.util.Arrays.toString(Concept.values()) + ", got " + (tag.isEmpty() ? "no tag" : "\"" + tag + "\"") + " in: " + pattern);
        }
      }
    }
  }

  /** {@return the concept of a name, or empty} */
  static Optional<Concept> conceptNamed(String tag) {
    for (Concept c : Concept.values()) {
      if (c.name().equals(tag)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the concept a match of a vocabulary pattern expresses}
   *
   * @param m a match of a pattern from {@link #files()}
   * @throws IllegalArgumentException if the match's tag is not a concept name
   */
  public static Concept conceptOf(PhraseMatcher.Match m) {
    return Concept.valueOf(m.tag());
  }

  /** {@return the language of a match of a vocabulary pattern, from its file name ({@code de.txt:12} is de)} */
  public static String languageOf(PhraseMatcher.Match m) {
    return languageOfSource(m.source());
  }

  /**
   * {@return the language of a vocabulary file or pattern source ({@code de.txt:12} is de)}
   *
   * @param s the file name or source
   */
  public static String languageOfSource(String s) {
    int dot = s.indexOf('.');
    if (dot < 0) {
      return s;
    }
    // One of the bundled languages (every vocabulary file is one): their shared constant, so that
    // each match does not cut its own copy of the code out of the file name.
    for (int i = 0; i < Languages.ALL.size(); i++) {
      String lang = Languages.ALL.get(i);
      if (lang.length() == dot && s.startsWith(lang)) {
        return lang;
      }
    }
    return s.substring(0, dot);
  }
}
