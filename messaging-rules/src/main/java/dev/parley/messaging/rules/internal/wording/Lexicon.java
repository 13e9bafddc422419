package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.text.CoveredRuns;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.Languages;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The phrase knowledge of one wording rule in every language: trigger patterns from {@code
 * phrases/<rule>.<lang>.txt} and exception patterns from {@code phrases/<rule>.except.<lang>.txt},
 * read in the one lexicon format ({@link LexiconFile}) and matched in the one pass of every bundled
 * lexicon ({@link StandardLexicons}, {@link FieldText#lexiconMatches}).
 *
 * <p>An exception (a negation or neutral form such as "honest review" or "we do not offer
 * incentives") suppresses the triggers in its scope, named by the exception's tag: {@code
 * overlap} (triggers sharing a token with it), {@code sentence} (triggers touching a sentence it
 * touches), {@code topic} (like {@code sentence}, except for the triggers tagged {@value
 * #SPARED_BY_TOPIC}: a topic such as a review explains a gift or a draw, but a discount code stays
 * a discount code whatever it is offered for) or {@code message} (every trigger of the field).
 * Untagged exceptions get the lexicon's default scope. Neither a trigger nor an exception spans a line break: lines of a
 * message are separate thoughts ("… on Amazon.&lt;br&gt;Bonne dégustation" is no "Amazon bon" voucher). A trigger never
 * starts inside a parenthesis and ends outside it (or the reverse), which would join words
 * of two clauses.
 *
 * <p>Immutable and thread-safe; {@link #scan} runs in time linear in the text.
 */
public final class Lexicon {
  /** Where an exception's suppression reaches. */
  public enum Scope {
    OVERLAP,
    SENTENCE,
    /** A sentence-wide exception that spares the triggers tagged {@value Lexicon#SPARED_BY_TOPIC}. */
    TOPIC,
    MESSAGE
  }

  /** The trigger tag that exceptions of {@link Scope#TOPIC} do not suppress. */
  public static final String SPARED_BY_TOPIC = "code";

  private final String name;
  private final int group;
  private final Set<String> exceptionSources;
  private final Scope defaultScope;

  private Lexicon(String name, int group, Set<String> exceptionSources, Scope defaultScope) {
    this.name = name;
    this.group = group;
    this.exceptionSources = exceptionSources;
    this.defaultScope = defaultScope;
  }

  /** The default scope of each bundled lexicon's exceptions. */
  private static final Map<String, Scope> SCOPES = scopes();

  private static Map<String, Scope> scopes() {
    Map<String, Scope> m = new LinkedHashMap<>();
    m.put("content.promotion", Scope.SENTENCE);
    m.put("review.positive-only", Scope.SENTENCE);
    m.put("review.incentive", Scope.SENTENCE);
    m.put("review.change-request", Scope.SENTENCE);
    m.put("content.sensitive", Scope.SENTENCE);
    m.put("message.thank-you-only", Scope.SENTENCE);
    m.put("message.order-confirmation", Scope.MESSAGE);
    if (!m.keySet().equals(Set.copyOf(StandardLexicons.WORDING))) {
      throw new IllegalStateException("wording lexicon scopes " + m.keySet() + " do not match the bundled lexicons " + StandardLexicons.WORDING);
    }
    return m;
  }

  /** The bundled lexicons, loaded once on first use (immutable, so sharing them is safe). */
  private static final class Standard {
    static final Map<String, Lexicon> ALL = loadAll();

    private static Map<String, Lexicon> loadAll() {
      StandardLexicons lexicons = StandardLexicons.get();
      Map<String, Lexicon> m = new LinkedHashMap<>();
      SCOPES.forEach((name, scope) -> {
        Set<String> exceptions = new HashSet<>();
        for (LexiconFile file : lexicons.files(name)) {
          if (file.name().startsWith(name + ".except.")) {
            for (LexiconFile.Line line : file.lines()) {
              exceptions.add(line.source());
            }
          }
        }
        m.put(name, new Lexicon(name, lexicons.group(name), Set.copyOf(exceptions), scope));
      });
      return Map.copyOf(m);
    }
  }

  /**
   * {@return the bundled lexicon of a rule}
   *
   * @throws IllegalArgumentException if Parley bundles no lexicon for the rule
   */
  public static Lexicon standard(String ruleId) {
    Lexicon l = Standard.ALL.get(ruleId);
    if (l == null) {
      throw new IllegalArgumentException("rule has no lexicon: got " + ruleId + ", expected one of " + SCOPES.keySet());
    }
    return l;
  }

  public String name() {
    return name;
  }

  /** Finds the triggers and exceptions in a field's folded text. */
  public Scan scan(FieldText field) {
    Tokens tokens = field.tokens();
    String text = tokens.text();
    List<PhraseMatcher.Match> matches = field.lexiconMatches(group);
    if (matches.isEmpty()) {
      // (most rules' lexicons match nothing in most fields: no lists to fill)
      return new Scan(field, text, tokens.size(), List.of(), List.of());
    }
    List<PhraseMatcher.Match> triggers = new ArrayList<>();
    List<PhraseMatcher.Match> exceptions = new ArrayList<>();
    for (PhraseMatcher.Match m : matches) {
      if (spansLineBreak(text, m.start(), m.end())) {
        continue;
      }
      if (exceptionSources.contains(m.source())) {
        exceptions.add(m);
      } else if (!crossesBracket(text, m.start(), m.end())) {
        triggers.add(m);
      }
    }
    return new Scan(field, text, tokens.size(), triggers, withoutCallsToASale(field, exceptions));
  }

  /**
   * The exceptions that do not start inside a call to a sale ({@link Concept#PROMO}: "Verpassen Sie
   * nicht", "don't miss"): the "not" there denies nothing, so a denial exception starting with it
   * ("nicht ~4 Rabatt") suppresses nothing, as the concept grammar does not read it as a negation.
   * The calls are read once per field ({@link #CALLS_TO_A_SALE}); the exceptions are walked once
   * by their start.
   */
  private static List<PhraseMatcher.Match> withoutCallsToASale(FieldText field, List<PhraseMatcher.Match> exceptions) {
    if (exceptions.isEmpty() || !field.concepts().has(Concept.PROMO)) {
      return exceptions;
    }
    int[] calls = field.derived(CALLS_TO_A_SALE);
    if (calls.length == 0) {
      return exceptions;
    }
    List<PhraseMatcher.Match> sorted = new ArrayList<>(exceptions);
    sorted.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
    List<PhraseMatcher.Match> kept = new ArrayList<>(sorted.size());
    int next = 0;
    int reach = -1;
    for (PhraseMatcher.Match m : sorted) {
      while (next < calls.length && calls[next] <= m.start()) {
        reach = Math.max(reach, calls[next + 1]);
        next += 2;
      }
      if (reach <= m.start()) {
        kept.add(m);
      }
    }
    return kept.size() == exceptions.size() ? exceptions : kept;
  }

  /**
   * The calls to a sale of a field, as start and end offsets in its folded text, ordered by start:
   * the {@link Concept#PROMO} occurrences with a negation inside ("nicht" of "Verpassen Sie
   * nicht"), not every sale word ("30 dagen gratis" is no call, and "gratis terugsturen" stays an
   * exception). Read once per field, for every lexicon that scans it.
   */
  static final FieldText.Derived<int[]> CALLS_TO_A_SALE = new FieldText.Derived<>(field -> {
    List<ConceptIndex.Occurrence> promos = new ArrayList<>();
    List<ConceptIndex.Occurrence> negations = new ArrayList<>();
    for (ConceptIndex.Occurrence o : field.concepts().occurrences()) {
      if (o.concept() == Concept.PROMO) {
        promos.add(o);
      } else if (o.concept() == Concept.NEGATION) {
        negations.add(o);
      }
    }
    java.util.Comparator<ConceptIndex.Occurrence> byStart = java.util.Comparator.comparingInt(ConceptIndex.Occurrence::start);
    promos.sort(byStart);
    negations.sort(byStart);
    int[] calls = new int[2 * promos.size()];
    int size = 0;
    int n = 0;
    for (ConceptIndex.Occurrence o : promos) {
      while (n < negations.size() && negations.get(n).start() < o.start()) {
        n++;
      }
      if (n < negations.size() && negations.get(n).start() < o.end()) {
        calls[size++] = o.start();
        calls[size++] = o.end();
      }
    }
    return java.util.Arrays.copyOf(calls, size);
  });

  private static boolean spansLineBreak(String text, int start, int end) {
    // Matches are bounded (a pattern spans at most 63 tokens), so this scan is bounded per match.
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return true if the span leaves or enters a parenthesis or bracket}: a phrase that starts
   * inside "(order 123)" and ends outside it joins words of two different clauses ("your
   * appointment (order 123) is confirmed"). A balanced aside inside the span ("your order (123)
   * has shipped") is fine. Bounded like {@link #spansLineBreak}.
   */
  private static boolean crossesBracket(String text, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) {
          return true;
        }
      }
    }
    return depth != 0;
  }

  /** {@return the scope of an exception match} */
  public Scope scopeOf(PhraseMatcher.Match exception) {
    switch (exception.tag().toLowerCase(Locale.ROOT)) {
      case "overlap":
        return Scope.OVERLAP;
      case "sentence":
        return Scope.SENTENCE;
      case "topic":
        return Scope.TOPIC;
      case "message":
        return Scope.MESSAGE;
      default:
        return defaultScope;
    }
  }

  /** {@return the language of a match, from its lexicon's file name} */
  public static String languageOf(PhraseMatcher.Match m) {
    return languageOfSource(m.source());
  }

  /** {@return the language of a pattern source such as {@code marketing.de.txt:12}} */
  static String languageOfSource(String source) {
    int end = source.lastIndexOf(':') - ".txt".length();
    int start = source.lastIndexOf('.', end - 1) + 1;
    // The bundled languages are found in place (this runs for every trigger of every wording rule);
    // any other name is cut out as before.
    for (int i = 0; i < Languages.ALL.size(); i++) {
      String language = Languages.ALL.get(i);
      if (language.length() == end - start && source.startsWith(language, start)) {
        return language;
      }
    }
    return source.substring(start, end);
  }

  /** The matches of one lexicon in one field, with the field's sentences. */
  public final class Scan {
    final FieldText field;
    final String text;
    final List<PhraseMatcher.Match> triggers;
    final List<PhraseMatcher.Match> exceptions;
    private Sentences sentences;
    private final int tokenCount;

    Scan(FieldText field, String text, int tokenCount, List<PhraseMatcher.Match> triggers, List<PhraseMatcher.Match> exceptions) {
      this.field = field;
      this.text = text;
      this.tokenCount = tokenCount;
      this.triggers = triggers;
      this.exceptions = exceptions;
    }

    /**
     * {@return the field's sentences}, cut on first use: most scans find nothing and never need
     * them. Every scan of one field reads the same text (the field's tokens' text), so the wording
     * rules' scans of a field share one cut, kept with the field ({@link #SENTENCES}): the same
     * starts every scan would cut for itself.
     */
    Sentences sentences() {
      if (sentences == null) {
        sentences = field.derived(SENTENCES);
      }
      return sentences;
    }

    /** The scope of each exception, read once (null until read). */
    private Scope[] scopes;
    /** Whether an exception of message scope matched: -1 not yet known, 0 no, 1 yes. */
    private int messageException = -1;

    /** {@return the scope of the exception at an index of {@link #exceptions}}, worked out once per scan. */
    private Scope scope(int index) {
      if (scopes == null) {
        scopes = new Scope[exceptions.size()];
      }
      Scope s = scopes[index];
      if (s == null) {
        s = scopeOf(exceptions.get(index));
        scopes[index] = s;
      }
      return s;
    }

    /** {@return true if an exception of message scope matched}; worked out once per scan. */
    boolean messageException() {
      if (messageException < 0) {
        messageException = 0;
        for (int i = 0; i < exceptions.size(); i++) {
          if (scope(i) == Scope.MESSAGE) {
            messageException = 1;
            break;
          }
        }
      }
      return messageException == 1;
    }

    /**
     * {@return the triggers no exception suppresses, without overlapping repeats, in text order};
     * linear: exception coverage is marked once per token and once per sentence.
     */
    List<PhraseMatcher.Match> surviving() {
      if (triggers.isEmpty()) {
        return List.of();
      }
      if (messageException()) {
        return List.of();
      }
      cover();
      List<PhraseMatcher.Match> out = new ArrayList<>();
      int lastEnd = -1;
      for (PhraseMatcher.Match t : triggers) {
        // A phrase of a language the field is not written in is a look-alike word ("vale" is a
        // Spanish voucher and a Portuguese "is worth"), not the phrase.
        if (t.start() < lastEnd || !field.mayBeWrittenIn(languageOf(t))) {
          continue;
        }
        if (!suppresses(t.firstToken(), t.lastToken(), t.start(), t.end(), SPARED_BY_TOPIC.equalsIgnoreCase(t.tag()))) {
          out.add(t);
          lastEnd = t.end();
        }
      }
      return out;
    }

    /** The tokens and the sentences (of sentence and of topic scope) the exceptions cover; made on first use. */
    private CoveredRuns tokenCover;
    private CoveredRuns sentenceCover;
    private CoveredRuns topicCover;

    /**
     * {@return whether an exception of this scan suppresses a span}: an exception of message scope
     * anywhere, of sentence or topic scope in a sentence the span touches, of overlap scope sharing a
     * token. Used for the triggers and for the rule grammar's hits alike.
     *
     * @param firstToken the span's first token
     * @param lastToken the span's last token
     * @param start the span's start in the folded text
     * @param end the span's end in the folded text
     */
    public boolean suppresses(int firstToken, int lastToken, int start, int end) {
      return suppresses(firstToken, lastToken, start, end, false);
    }

    /** {@link #suppresses(int, int, int, int)}, leaving out the exceptions of topic scope when {@code sparedByTopic}. */
    boolean suppresses(int firstToken, int lastToken, int start, int end, boolean sparedByTopic) {
      if (exceptions.isEmpty()) {
        return false;
      }
      if (messageException()) {
        return true;
      }
      cover();
      boolean overlap = tokenCover.meets(firstToken, lastToken);
      int s0 = sentences().indexOf(start);
      int s1 = sentences().indexOf(Math.max(start, end - 1));
      boolean sentence = sentenceCover.meets(s0, s1);
      boolean topic = !sparedByTopic && topicCover.meets(s0, s1);
      return overlap || sentence || topic;
    }

    /**
     * Marks exception coverage once per exception: the tokens of each exception of overlap scope,
     * the sentences of each of sentence or topic scope, as sorted runs (linear in the exceptions,
     * with a sort when they come out of order; no array as long as the text or its sentences).
     */
    private void cover() {
      if (tokenCover != null) {
        return;
      }
      CoveredRuns tokens = new CoveredRuns();
      CoveredRuns sentence = new CoveredRuns();
      CoveredRuns topic = new CoveredRuns();
      for (int i = 0; i < exceptions.size(); i++) {
        PhraseMatcher.Match e = exceptions.get(i);
        if (scope(i) == Scope.OVERLAP) {
          tokens.add(e.firstToken(), e.lastToken());
        } else {
          (scope(i) == Scope.TOPIC ? topic : sentence).add(sentences().indexOf(e.start()), sentences().indexOf(Math.max(e.start(), e.end() - 1)));
        }
      }
      tokenCover = tokens.close();
      sentenceCover = sentence.close();
      topicCover = topic.close();
    }
  }

  /**
   * The sentences of a field's folded text ({@link FieldText#tokens()}' text, which every {@link
   * Scan} of the field reads), cut once per field: a pure function of that text, which never changes.
   */
  static final FieldText.Derived<Sentences> SENTENCES = new FieldText.Derived<>(f -> Sentences.of(f.tokens().text()));

  /**
   * Sentence boundaries of a folded text: after {@code ! ? ;} and line breaks, and after a full
   * stop that ends a word (followed by a space or the end, or written after Japanese text, whose
   * full stop {@code 。} folds to {@code .}). Decimal points and dotted ids are not boundaries.
   */
  public static final class Sentences {
    private final int[] starts;

    private Sentences(int[] starts) {
      this.starts = starts;
    }

    static Sentences of(String text) {
      int[] starts = new int[8];
      int count = 1;
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        boolean boundary;
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
          boundary = true;
        } else if (c == '.') {
          boundary = i + 1 >= n || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n'
              || (i > 0 && Character.isIdeographic(text.charAt(i - 1))) || (i > 0 && isKana(text.charAt(i - 1)));
        } else {
          boundary = false;
        }
        if (boundary) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      return new Sentences(Arrays.copyOf(starts, count));
    }

    private static boolean isKana(char c) {
      return (c >= 0x3040 && c <= 0x30FF);
    }

    int count() {
      return starts.length;
    }

    /** {@return the index of the sentence holding the folded offset} */
    int indexOf(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return i >= 0 ? i : -i - 2;
    }

    /** {@return the folded offset where the sentence starts} */
    int start(int index) {
      return starts[index];
    }
  }
}
