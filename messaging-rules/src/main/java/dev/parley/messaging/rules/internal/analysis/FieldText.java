package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.internal.contact.ContactText;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.attachment.AttachmentScan;
import dev.parley.messaging.rules.content.LanguageGuess;
import dev.parley.messaging.rules.content.LanguageIdentifier;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.html.HtmlBody;
import dev.parley.messaging.rules.internal.language.LanguageReading;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;

/**
 * One field of a message as the text rules see it: the field's source (what the seller wrote: the
 * subject, the body, an HTML source, a file name, an attachment's extracted text), the text the
 * rules scan (the source itself, or the text extracted from HTML), that text folded, and a map
 * from scanned offsets back to source offsets.
 *
 * <p>Created per check; not shared between threads.
 */
public final class FieldText {
  /** Maps a span of the scanned text to a span of the source. */
  public interface SourceMap {
    /** The identity map, for fields whose scanned text is their source. */
    SourceMap IDENTITY = new SourceMap() {
      @Override
      public int sourceStart(int scanStart) {
        return scanStart;
      }

      @Override
      public int sourceEnd(int scanEnd) {
        return scanEnd;
      }
    };

    int sourceStart(int scanStart);

    int sourceEnd(int scanEnd);
  }

  private final MessageField field;
  private final String source;
  private final String scanText;
  private final SourceMap map;
  private NormalizedText normalized;
  private Tokens tokens;
  private ContactText contactText;
  private PhraseMatcher.Matches lexiconMatches;
  private ConceptIndex concepts;
  private java.util.Map<Grammar.Definition, java.util.List<Grammar.Hit>> grammarHits;

  public FieldText(MessageField field, String source, String scanText, SourceMap map) {
    this.field = field;
    this.source = source;
    this.scanText = scanText;
    this.map = map;
  }

  public static FieldText plain(MessageField field, String text) {
    return new FieldText(field, text, text, SourceMap.IDENTITY);
  }

  /**
   * {@return a plain field whose text is a changed version of an earlier field's (the redaction of
   * a checked subject or body)}: computed like {@link #plain}, except that its lexicon matches take
   * over the earlier field's where the tokens are unchanged ({@link
   * PhraseMatcher#findByGroupReusing}), which gives exactly the matches a fresh scan gives
   *
   * @param field the field
   * @param text its text
   * @param earlier the earlier version of the field
   */
  public static FieldText plainAfter(MessageField field, String text, FieldText earlier) {
    FieldText f = plain(field, text);
    f.earlier = earlier;
    return f;
  }

  /** The earlier version of this field, whose matches may be taken over; dropped once they are. */
  private FieldText earlier;

  /** {@return the analysis of an HTML body (markup, CSS, what the markup checks observed), if this field is one} */
  public java.util.Optional<HtmlBody> html() {
    return map instanceof HtmlBody ? java.util.Optional.of((HtmlBody) map) : java.util.Optional.empty();
  }

  /** {@return the inspection of an attachment's bytes (type, structure, text, links), if this field is one} */
  public java.util.Optional<AttachmentScan> attachmentScan() {
    return map instanceof AttachmentScan ? java.util.Optional.of((AttachmentScan) map) : java.util.Optional.empty();
  }

  /** The map from scanned offsets to source offsets; HTML and attachment fields carry their analysis in it. */
  public SourceMap sourceMap() {
    return map;
  }

  public MessageField field() {
    return field;
  }

  /** The field's source text; finding spans point into it. */
  public String source() {
    return source;
  }

  /** The text rules scan: the source, or the visible text extracted from it. */
  public String scanText() {
    return scanText;
  }

  public NormalizedText normalized() {
    if (normalized == null) {
      normalized = NormalizedText.of(scanText);
    }
    return normalized;
  }

  /** The folded text with link and e-mail disguises undone; built once, shared by the contact rules. */
  public ContactText contactText() {
    if (contactText == null) {
      contactText = ContactText.of(normalized().text());
    }
    return contactText;
  }

  /**
   * Lets go of the contact text (the largest of a field's structures after its text) once no rule
   * will read it again: only the link and e-mail rules read it, in the rule loop. A later call of
   * {@link #contactText()} builds it again, equal to the one dropped, so this changes no answer.
   */
  public void dropContactText() {
    contactText = null;
  }

  public Tokens tokens() {
    if (tokens == null) {
      tokens = Tokens.of(normalized().text());
    }
    return tokens;
  }

  /**
   * The matches of one group of the bundled lexicons in this field's tokens. The first call walks
   * the tokens once with the one matcher of every bundled lexicon ({@link StandardLexicons}); every
   * consumer (wording rules, opt-out, the classifier, important-misuse) then reads its group.
   *
   * @param group the group's index ({@link StandardLexicons#group})
   * @return the group's matches, ordered by start token, then pattern order
   */
  public java.util.List<PhraseMatcher.Match> lexiconMatches(int group) {
    if (lexiconMatches == null) {
      PhraseMatcher matcher = StandardLexicons.get().matcher();
      // Where masking took away more than a quarter of the words, the unchanged runs between masks
      // are mostly shorter than a pattern's reach: comparing them would cost more than it saves.
      boolean reuse = earlier != null && earlier.lexiconMatches != null && 4L * tokens().size() >= 3L * earlier.tokens().size();
      lexiconMatches = reuse
          ? matcher.findByGroupReusing(tokens(), earlier.tokens(), earlier.lexiconMatches, alignedWith(earlier))
          : matcher.findByGroup(tokens());
      earlier = null;
    }
    return lexiconMatches.of(group);
  }

  /**
   * {@return for each token, the index of the earlier field's token that starts at the same source
   * offset, or -1}: where masking left a word alone, it stands at the same place in both sources
   */
  private int[] alignedWith(FieldText other) {
    Tokens mine = tokens();
    Tokens theirs = other.tokens();
    int[] aligned = new int[mine.size()];
    int j = 0;
    int theirStart = theirs.size() > 0 ? other.sourceStartOfFolded(theirs.start(0)) : Integer.MAX_VALUE;
    for (int t = 0; t < mine.size(); t++) {
      int s = sourceStartOfFolded(mine.start(t));
      while (theirStart < s) {
        j++;
        theirStart = j < theirs.size() ? other.sourceStartOfFolded(theirs.start(j)) : Integer.MAX_VALUE;
      }
      aligned[t] = theirStart == s ? j : -1;
    }
    return aligned;
  }

  /**
   * The concept occurrences of this field (with sentences, clauses, negation and questions), built
   * once from the one matcher pass and shared by every rule that reads the grammar.
   *
   * @return the field's concept index
   */
  public ConceptIndex concepts() {
    if (concepts == null) {
      lexiconMatches(0);
      concepts = ConceptIndex.of(tokens(), lexiconMatches.array(StandardLexicons.get().group(StandardLexicons.CONCEPTS)), writtenIn());
    }
    return concepts;
  }

  /**
   * The hits of a grammar definition in this field, found once and shared by every reader (the
   * wording rules and the classifier evaluate the same definitions).
   *
   * @param definition the definition
   * @return its hits, in text order
   */
  public java.util.List<Grammar.Hit> grammarHits(Grammar.Definition definition) {
    if (grammarHits == null) {
      grammarHits = new java.util.IdentityHashMap<>();
    }
    // (no computeIfAbsent: its function would capture this field, an object per call)
    java.util.List<Grammar.Hit> hits = grammarHits.get(definition);
    if (hits == null) {
      hits = java.util.List.copyOf(definition.find(concepts()));
      grammarHits.put(definition, hits);
    }
    return hits;
  }

  /**
   * A reader's own reading of a field (a rule's facts about the whole field, such as whether it
   * names a problem with the order anywhere), computed once per field by {@link #derived} and kept
   * with the field, so that a rule judging many hits does not walk the field again for each.
   *
   * <p>Immutable and thread-safe; keep one instance per kind of reading (a constant): the field
   * keeps the values by the key's identity.
   *
   * @param <T> the type of the reading
   */
  public static final class Derived<T> {
    private final java.util.function.Function<FieldText, ? extends T> compute;

    /**
     * A kind of reading.
     *
     * @param compute computes the reading of a field; must not return null, and must depend on
     *     nothing but the field
     */
    public Derived(java.util.function.Function<FieldText, ? extends T> compute) {
      this.compute = java.util.Objects.requireNonNull(compute, "compute");
    }
  }

  private java.util.Map<Derived<?>, Object> derived;

  /**
   * {@return a reading of this field, computed on the first call and kept with the field}
   *
   * @param <T> the type of the reading
   * @param key the kind of reading
   * @throws NullPointerException if the reading computes to null
   */
  public <T> T derived(Derived<T> key) {
    if (derived == null) {
      derived = new java.util.IdentityHashMap<>(4);
    }
    Object value = derived.get(key);
    if (value == null) {
      value = java.util.Objects.requireNonNull(key.compute.apply(this), "reading");
      derived.put(key, value);
    }
    @SuppressWarnings("unchecked") // put above under the same key, whose function returns a T
    T reading = (T) value;
    return reading;
  }

  /** Characters of a field read to tell its languages (its first paragraphs show them). */
  public static final int LANGUAGE_CHARS = 20_000;
  /** Letters from which a language guess rules the other vocabularies out. */
  static final int LANGUAGE_MIN_LETTERS = 30;
  /** Confidence from which a language guess rules the other vocabularies out. */
  static final double LANGUAGE_MIN_CONFIDENCE = 0.5;
  /** Share of the evidence a second language needs to count beside the guessed one (a mixed text). */
  static final double LANGUAGE_MIN_SHARE = 0.2;

  /**
   * Which vocabularies' languages the field may be written in: when the language identifier is
   * sure of the field's language, that one and any other that carries a fair share of the text
   * (so a German message quoting an English sentence keeps both); otherwise every language.
   */
  private java.util.function.Predicate<String> writtenIn() {
    if (writtenIn == null) {
      writtenIn = guessWrittenIn();
    }
    return writtenIn;
  }

  private java.util.function.Predicate<String> writtenIn;

  /**
   * {@return whether the field may be written (in part) in a language}: false only when the
   * language identifier is sure the field is in another language and the language carries too
   * little of it; true for a code the identifier does not know
   *
   * @param language an ISO 639-1 code
   */
  public boolean mayBeWrittenIn(String language) {
    return !LanguageIdentifier.standard().languages().contains(language) || writtenIn().test(language);
  }

  private java.util.function.Predicate<String> guessWrittenIn() {
    LanguageGuess guess = languageGuess();
    if (!guess.determined() || guess.letters() < LANGUAGE_MIN_LETTERS || guess.confidence() < LANGUAGE_MIN_CONFIDENCE) {
      return language -> true;
    }
    return language -> language.equals(guess.language()) || languageShare(language) >= LANGUAGE_MIN_SHARE;
  }

  private String languageText;
  private LanguageReading languageReading;

  /** {@return the text the language is told from: the scanned text's first {@link #LANGUAGE_CHARS} characters (a surrogate pair is never cut)} */
  public String languageText() {
    if (languageText == null) {
      String text = scanText();
      if (text.length() > LANGUAGE_CHARS) {
        text = text.substring(0, Character.isHighSurrogate(text.charAt(LANGUAGE_CHARS - 1)) ? LANGUAGE_CHARS - 1 : LANGUAGE_CHARS);
      }
      languageText = text;
    }
    return languageText;
  }

  /** The standard identifier's one pass over {@link #languageText()}: its guess and every language's share. */
  private LanguageReading languageReading() {
    if (languageReading == null) {
      languageReading = LanguageReading.of(languageText());
    }
    return languageReading;
  }

  /** {@return the standard language identifier's guess for {@link #languageText()}; computed once per field} */
  public LanguageGuess languageGuess() {
    return languageReading().guess();
  }

  /**
   * {@return the share of {@link #languageText()}'s evidence that points to the language rather than
   * to the guess} (see {@link LanguageIdentifier#share(CharSequence, String, LanguageGuess)}); read
   * from the one pass that made the guess
   *
   * @param language an ISO 639-1 code
   */
  public double languageShare(String language) {
    return languageReading().share(language);
  }

  /** Source offset of a span that starts at the folded offset. */
  public int sourceStartOfFolded(int foldedStart) {
    return map.sourceStart(normalized().originalStart(foldedStart));
  }

  /** Source offset just past a span that ends at the folded offset. */
  public int sourceEndOfFolded(int foldedEnd) {
    return map.sourceEnd(normalized().originalEnd(foldedEnd));
  }

  /** Source offset of a scanned-text offset (for rules that work on the unfolded text). */
  public int sourceStartOfScan(int scanStart) {
    return map.sourceStart(scanStart);
  }

  /** Source offset just past a scanned-text end offset. */
  public int sourceEndOfScan(int scanEnd) {
    return map.sourceEnd(scanEnd);
  }
}
