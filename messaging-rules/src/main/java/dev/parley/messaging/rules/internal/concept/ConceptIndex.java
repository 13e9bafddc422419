package dev.parley.messaging.rules.internal.concept;

import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The concept occurrences of one field's text: for each match of a concept vocabulary, the
 * concept, its token range, its span in the folded text, its sentence and clause, whether a
 * negation reaches it and whether its sentence is a question. Built once per field (cached on the
 * field's analysis) from the one matcher pass, so every rule reads the same index.
 *
 * <h2>Units</h2>
 *
 * <p>Sentences end at {@code . ! ? ;}, {@code ؟} and line breaks (a full stop only when it ends a
 * word: followed by white space or the end, or after Japanese text; not after an abbreviation such
 * as "Nr." or "Mr.", nor after a day's ordinal before a month, "den 24. Mai"); clauses end there and also at
 * {@code , : ( ) [ ]}, dashes, {@code 、} and {@code ،}. A sentence is a question when it ends in a
 * question mark, starts with a {@link Concept#QUESTION_WORD} and is not closed by a full stop or an
 * exclamation mark, or ends with one (the Japanese particle か).
 *
 * <h2>Negation</h2>
 *
 * <p>A {@link Concept#NEGATION} occurrence negates the concepts of its clause that start within
 * {@value #NEGATION_AFTER} tokens after it; in the verb-final languages (Japanese, Turkish) it
 * negates those within a bounded window before it instead ({@value #NEGATION_BEFORE_JA}
 * characters in Japanese, where each character is a token, {@value #NEGATION_BEFORE} tokens in
 * Turkish). A negation inside an invitation is none: the "not" of "don't hesitate to", "n'hésitez
 * pas à", "no dude en" lies within an {@link Concept#OFFER_HELP} occurrence and negates nothing ("n'hésitez pas à lui attribuer cinq étoiles" asks for five
 * stars); so does the "not" of a call to a sale within a {@link Concept#PROMO} occurrence ("don't
 * miss our sale", "Missa inte vår rea"), the "not" of a {@link Concept#REMINDER} ("we have not
 * yet seen your review", "nous n'avons pas encore vu votre avis") and the "not" of an {@link
 * Concept#OTHERWISE} ("Gör du inte det kommer vi inte att ta emot fler beställningar": the
 * condition's "not" denies nothing the sanction says), and the "not" of a request within an {@link
 * Concept#ASK} occurrence ("don't forget to rate us 5 stars", "n'oubliez pas de nous mettre 5
 * étoiles", "bize 5 yıldız vermeyi unutmayın": the request asks for the five stars). A phrase is not negated by a negation of
 * its own ("stokta yok", out of stock: the Turkish negation reaches back over the phrase it
 * closes). Every bound is fixed, so building the index is linear in the text.
 *
 * <h2>The imperative</h2>
 *
 * <p>A change or removal whose verb opens its sentence and whose object is "it" or the review
 * ("Delete it.", "Ta bort den") asks as "please" does: it gets an {@link Concept#ASK} occurrence
 * of its own (see {@code imperatives}), except in Japanese, Turkish and Arabic, and except after
 * words of {@link Concept#ABILITY} ("You can edit your review", "To change your rating, …"), which
 * state a possibility or a purpose.
 *
 * <h2>Function words</h2>
 *
 * <p>{@link Concept#FUNCTION_WORD} matches about every second word of a text and only the word
 * bound of {@link RuleGrammars#thanksOnly} reads it: its occurrences are not in {@link
 * #occurrences()} (no reader of the list names the concept, so none would see them) but kept as
 * a mark per token, {@link #functionWord(int)}, chosen by the same rules (the field's languages,
 * see {@link #ofMainLanguages}).
 *
 * <p>Immutable after construction; not shared between threads (it belongs to one check).
 */
public final class ConceptIndex {
  /** Tokens after a negation that it reaches. */
  public static final int NEGATION_AFTER = 5;
  /** Tokens before a Turkish negation that it reaches. */
  public static final int NEGATION_BEFORE = 3;
  /** Characters before a Japanese negation that it reaches. */
  public static final int NEGATION_BEFORE_JA = 10;

  /**
   * One occurrence of a concept. It keeps its concept, tokens, sentence and match; its offsets,
   * clause, language and origin are read from the arrays of the field they were built from
   * ({@link Field}), so an occurrence (about one per second word of a text) is a small object.
   */
  public static final class Occurrence {
    private final Concept concept;
    private final int firstToken;
    private final int lastToken;
    /** The index of the match in the field's concept matches. */
    private final int match;
    /*
     * Kept here, not read from the field's array: the grammar reads it for every occurrence of
     * every combination, and the object has room for it (40 bytes with or without).
     */
    private final int sentence;
    private final Field field;
    boolean negated;

    Occurrence(Concept concept, int firstToken, int lastToken, int match, Field field) {
      this.concept = concept;
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.match = match;
      this.sentence = field.sentenceOfClause[field.clauseOf[firstToken]];
      this.field = field;
    }

    /** {@return the concept} */
    public Concept concept() {
      return concept;
    }

    /** {@return the first token} */
    public int firstToken() {
      return firstToken;
    }

    /** {@return the last token, inclusive} */
    public int lastToken() {
      return lastToken;
    }

    /** {@return the start offset in the folded text} */
    public int start() {
      return field.tokens.start(firstToken);
    }

    /** {@return the end offset in the folded text, exclusive} */
    public int end() {
      return field.tokens.end(lastToken);
    }

    /** {@return the sentence index, from 0} */
    public int sentence() {
      return sentence;
    }

    /** {@return the clause index, from 0, counted over the whole field} */
    public int clause() {
      return field.clauseOf[firstToken];
    }

    /** {@return whether a negation reaches the occurrence} */
    public boolean negated() {
      return negated;
    }

    /** {@return the language of the vocabulary that matched} */
    public String language() {
      return field.facts.language(field.matches, match);
    }

    /** {@return the vocabulary file and line that matched, such as {@code en.txt:12}} */
    public String origin() {
      return field.matches.origin(match);
    }

    @Override
    public String toString() {
      return concept + "[" + start() + "," + end() + ")" + (negated ? "!" : "") + "@" + origin();
    }
  }

  /** What the occurrences of one field read their offsets, units, language and origin from: one per index. */
  private static final class Field {
    final Tokens tokens;
    final int[] sentenceOfClause;
    final int[] clauseOf;
    final PhraseMatcher.MatchArray matches;
    final PatternFacts facts;

    Field(Tokens tokens, int[] sentenceOfClause, int[] clauseOf, PhraseMatcher.MatchArray matches, PatternFacts facts) {
      this.tokens = tokens;
      this.sentenceOfClause = sentenceOfClause;
      this.clauseOf = clauseOf;
      this.matches = matches;
      this.facts = facts;
    }
  }

  private final Tokens tokens;
  private final List<Occurrence> occurrences;
  /*
   * Per clause, its sentence; per token, its clause. A clause never spans two sentences, so a
   * token's sentence is its clause's: one int per token instead of two.
   */
  private final int[] sentenceOfClause;
  private final int[] clauseOfToken;
  private final boolean[] question;
  /** Per occurrence, the greatest last token of it and every occurrence before it (non-decreasing). */
  private final int[] reachUpTo;

  /** Per token, whether a kept function-word occurrence covers it; null when none does. */
  private final boolean[] functionWord;

  /** The concepts of the occurrences as bits by ordinal (see {@link ConceptBits}): ordinals 0 to 63, then 64 to 127. */
  private final long presentLow;
  private final long presentHigh;

  private ConceptIndex(Tokens tokens, List<Occurrence> occurrences, int[] sentenceOfClause, int[] clauseOfToken, boolean[] question,
      boolean[] functionWord) {
    this.tokens = tokens;
    this.functionWord = functionWord;
    this.occurrences = Collections.unmodifiableList(occurrences);
    this.sentenceOfClause = sentenceOfClause;
    this.clauseOfToken = clauseOfToken;
    this.question = question;
    this.reachUpTo = new int[occurrences.size()];
    int max = -1;
    long low = 0;
    long high = 0;
    for (int i = 0; i < reachUpTo.length; i++) {
      Occurrence o = occurrences.get(i);
      max = Math.max(max, o.lastToken);
      reachUpTo[i] = max;
      int ordinal = o.concept.ordinal();
      low |= ConceptBits.low(ordinal);
      high |= ConceptBits.high(ordinal);
    }
    this.presentLow = low;
    this.presentHigh = high;
  }

  /**
   * Builds the index of a field from the concept group's matches, kept as primitive arrays by the
   * matcher pass (no object per match).
   *
   * @param tokens the field's tokens (of its folded text)
   * @param matches the matches of the concept vocabularies in those tokens, ordered by start token
   * @param written whether the field may be written (in part) in a vocabulary's language; a
   *     language it rules out contributes no occurrence, however many of its words turn up
   * @return the index
   */
  public static ConceptIndex of(Tokens tokens, PhraseMatcher.MatchArray matches, java.util.function.Predicate<String> written) {
    int n = tokens.size();
    String text = tokens.text();
    int[] sentenceOfClause = new int[16];
    int[] clauseOf = new int[n];
    List<Boolean> questions = new ArrayList<>();
    // sentences closed by a full stop or an exclamation mark: a statement, whatever word opens it
    java.util.BitSet stated = new java.util.BitSet();
    int sentence = 0;
    int clause = 0;
    questions.add(false);
    int prevEnd = 0;
    for (int t = 0; t <= n; t++) {
      int gapEnd = t < n ? tokens.start(t) : text.length();
      boolean sentenceBreak = false;
      boolean clauseBreak = false;
      boolean questionMark = false;
      boolean statementMark = false;
      for (int i = prevEnd; i < gapEnd; i++) {
        char c = text.charAt(i);
        switch (c) {
          case '?': case '\u061F': case '\uFF1F':
            questionMark = true;
            sentenceBreak = true;
            break;
          case '!': case '\uFF01':
            statementMark = true;
            sentenceBreak = true;
            break;
          case ';': case '\n': case '\u3002':
            sentenceBreak = true;
            break;
          case '.':
            if ((i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || (i > 0 && isCjk(text.charAt(i - 1)))) && !abbreviationOrOrdinal(tokens, t, i)) {
              statementMark = true;
              sentenceBreak = true;
            }
            break;
          case ',': case ':': case '(': case ')': case '[': case ']': case '\u2013': case '\u2014':
          case '\u3001': case '\u060C': case '\uFF0C':
            clauseBreak = true;
            break;
          default:
            break;
        }
      }
      if (questionMark && t > 0) {
        questions.set(sentence, true);
      } else if (statementMark && t > 0) {
        stated.set(sentence);
      }
      if (t == n) {
        break;
      }
      if (t > 0 && sentenceBreak) {
        sentence++;
        clause++;
        questions.add(false);
      } else if (t > 0 && clauseBreak) {
        clause++;
      }
      if (clause == sentenceOfClause.length) {
        sentenceOfClause = java.util.Arrays.copyOf(sentenceOfClause, clause * 2);
      }
      sentenceOfClause[clause] = sentence;
      clauseOf[t] = clause;
      prevEnd = tokens.end(t);
    }
    boolean[] question = new boolean[questions.size()];
    for (int s = 0; s < question.length; s++) {
      question[s] = questions.get(s);
    }
    // The same concept on the same tokens from several patterns of one language counts once; the
    // other languages' occurrences stay until the field's languages are chosen. Both steps run on
    // the match indices alone (concept and language are read by pattern, tokens from the matches),
    // so that only the occurrences kept become objects.
    int m = matches.size();
    PatternFacts facts = matches.foundBy(StandardLexicons.get().matcher()) ? PatternFacts.STANDARD : PatternFacts.ofMatches(matches);
    int[] kept = new int[m];
    int k = 0;
    for (int i = 0; i < m; i++) {
      Concept c = facts.concept(matches, i);
      String lang = facts.language(matches, i);
      int f = matches.firstToken(i);
      int l = matches.lastToken(i);
      boolean repeat = false;
      for (int j = k - 1; j >= 0 && matches.firstToken(kept[j]) == f; j--) {
        int q = kept[j];
        if (facts.concept(matches, q) == c && matches.lastToken(q) == l && facts.language(matches, q).equals(lang)) {
          repeat = true;
          break;
        }
      }
      if (!repeat) {
        kept[k++] = i;
      }
    }
    k = ofMainLanguages(k, kept, matches, facts, written);
    int functionWords = 0;
    for (int j = 0; j < k; j++) {
      if (facts.concept(matches, kept[j]) == Concept.FUNCTION_WORD) {
        functionWords++;
      }
    }
    Field shared = new Field(tokens, sentenceOfClause, clauseOf, matches, facts);
    List<Occurrence> occ = new ArrayList<>(k - functionWords);
    boolean[] functionWord = null;
    boolean[] ability = null;
    for (int j = 0; j < k; j++) {
      int i = kept[j];
      Concept c = facts.concept(matches, i);
      int f = matches.firstToken(i);
      int l = matches.lastToken(i);
      if (c == Concept.FUNCTION_WORD) {
        // No reader of the occurrences names the concept: a mark per token is all that is read.
        if (functionWord == null) {
          functionWord = new boolean[n];
        }
        java.util.Arrays.fill(functionWord, f, l + 1, true);
        continue;
      }
      if (c == Concept.ABILITY) {
        // Read only by the imperative's test, as a mark per token, like the function words.
        if (ability == null) {
          ability = new boolean[n];
        }
        java.util.Arrays.fill(ability, f, l + 1, true);
        continue;
      }
      if (sentenceOfClause[clauseOf[f]] != sentenceOfClause[clauseOf[l]]) {
        // A phrase runs across the end of a sentence only by accident ("… eine Bewertung.
        // Gute Fahrt!", "avaliação. Boas festas!"): punctuation is no token, so adjacency alone
        // would join the two.
        continue;
      }
      occ.add(new Occurrence(c, f, l, i, shared));
    }
    occ = specificOverGeneral(occ);
    occ = imperatives(occ, sentenceOfClause, clauseOf, functionWord, ability);
    // A question word that opens its sentence ("Which colour …" on a line of its own) or closes it
    // (Japanese "…いただけますでしょうか。", whose particle asks without a question mark) makes it a
    // question; one that opens a sentence closed by a full stop or an exclamation mark opens a
    // clause ("When you have a moment, a review would help us.", "How lovely!").
    for (Occurrence o : occ) {
      if (o.concept == Concept.QUESTION_WORD
          && ((o.firstToken == 0 || sentenceOfClause[clauseOf[o.firstToken - 1]] != o.sentence()) && !stated.get(o.sentence())
          || o.lastToken + 1 == n || sentenceOfClause[clauseOf[o.lastToken + 1]] != o.sentence())) {
        question[o.sentence()] = true;
      }
    }
    markNegated(occ, clauseOf, n);
    return new ConceptIndex(tokens, occ, sentenceOfClause, clauseOf, question, functionWord);
  }

  /** Languages whose statements may open with a verb, so that a verb first is no imperative (verb-final or verb-first order). */
  private static final Set<String> NO_IMPERATIVE_BY_PLACE = Set.of("ja", "tr", "ar");

  /** Function words that may stand before an imperative that opens its sentence ("So delete it", "Now remove it"). */
  static final int IMPERATIVE_LEAD = 2;

  /**
   * Marks the imperative as a request: a change or removal whose verb opens its sentence, after at
   * most {@value #IMPERATIVE_LEAD} function words, is told to the buyer ("Delete it.", "Ta bort den
   * nu.", "Verwijder hem.", "Löschen Sie sie."), as "please" would ask it; it gets an {@link
   * Concept#ASK} occurrence on the verb and the word after it, unless one covers the verb already,
   * when its object is "it" or the review ({@link #ofTheReview}: "Change the filter every three
   * months" is advice). Not in the
   * verb-final or verb-first languages ({@code ja}, {@code tr}, {@code ar}), where a verb's place
   * says nothing of its mood. A question keeps its own reading (the grammar's question forms).
   * Occurrences stay ordered by first token; linear.
   */
  private static List<Occurrence> imperatives(List<Occurrence> occ, int[] sentenceOfClause, int[] clauseOf, boolean[] functionWord, boolean[] ability) {
    if (functionWord == null) {
      return occ;
    }
    boolean[] rating = null;
    List<Occurrence> out = null;
    for (int i = 0; i < occ.size(); i++) {
      Occurrence o = occ.get(i);
      if ((o.concept == Concept.CHANGE || o.concept == Concept.REMOVE) && rating == null) {
        rating = new boolean[clauseOf.length];
        for (Occurrence r : occ) {
          if (RATED.contains(r.concept)) {
            java.util.Arrays.fill(rating, r.firstToken, r.lastToken + 1, true);
          }
        }
      }
      if ((o.concept != Concept.CHANGE && o.concept != Concept.REMOVE) || NO_IMPERATIVE_BY_PLACE.contains(o.language())
          || !ofTheReview(o, sentenceOfClause, clauseOf, functionWord, rating)
          || (o.lastToken == o.firstToken && endsItsSentence(o, sentenceOfClause, clauseOf))
          || !opensItsSentence(o.firstToken, sentenceOfClause, clauseOf, functionWord) || askedOn(occ, i)
          || afterAbility(o.firstToken, ability, sentenceOfClause, clauseOf)) {
        if (out != null) {
          out.add(o);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(occ.size() + 4);
        out.addAll(occ.subList(0, i));
      }
      out.add(o);
      // the request spans the verb and the word after it ("Delete it", "Ta bort den"): words of its
      // own, as "please delete" has, so that the combination reads a request and a removal
      // (a phrase that ends its sentence, "Haal die feedback weg.", asks on its verb alone)
      out.add(new Occurrence(Concept.ASK, o.firstToken, endsItsSentence(o, sentenceOfClause, clauseOf) ? o.firstToken : o.lastToken + 1, o.match, o.field));
    }
    return out == null ? occ : out;
  }

  /** What an imperative may be about: a review, feedback, a rating. */
  private static final Set<Concept> RATED = Set.of(Concept.REVIEW, Concept.FEEDBACK, Concept.NEGATIVE, Concept.POSITIVE);

  /**
   * Whether the verb's object is "it" or the review: the phrase or the word after it names a
   * review, feedback or a rating ("Haal die feedback weg", "Ta bort betyget, tack"), or the word
   * after the verb is a function word ("Delete it", "Ta bort den", "Remove your review") and the
   * next one, if any in the clause, is one too or names a review ("Remove the one-star review",
   * "Ta bort den, annars …").
   * "Change the filter every three months" is advice about something else.
   */
  private static boolean ofTheReview(Occurrence o, int[] sentenceOfClause, int[] clauseOf, boolean[] functionWord, boolean[] rating) {
    int next = o.lastToken + 1;
    boolean ends = endsItsSentence(o, sentenceOfClause, clauseOf);
    for (int t = o.firstToken; t <= (ends ? o.lastToken : next); t++) {
      if (rating[t]) {
        // the review named in the phrase or right after the verb: "Haal die feedback weg", "Ta bort betyget, tack"
        return true;
      }
    }
    if (ends || !functionWord[next]) {
      return false;
    }
    int after = next + 1;
    return after >= clauseOf.length || clauseOf[after] != clauseOf[next] || functionWord[after] || rating[after];
  }

  /** Whether no word of the occurrence's sentence follows it. */
  private static boolean endsItsSentence(Occurrence o, int[] sentenceOfClause, int[] clauseOf) {
    int next = o.lastToken + 1;
    return next >= clauseOf.length || sentenceOfClause[clauseOf[next]] != o.sentence();
  }

  private static boolean opensItsSentence(int t, int[] sentenceOfClause, int[] clauseOf, boolean[] functionWord) {
    int sentence = sentenceOfClause[clauseOf[t]];
    for (int lead = 0; lead <= IMPERATIVE_LEAD; lead++) {
      int before = t - lead;
      if (before == 0 || sentenceOfClause[clauseOf[before - 1]] != sentence) {
        return true;
      }
      if (functionWord == null || !functionWord[before - 1]) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether one of the {@value #IMPERATIVE_LEAD} tokens before a verb that opens its sentence is a
   * word of {@link Concept#ABILITY} ("You can edit", "To change"): the verb states a possibility or
   * a purpose, it orders nothing.
   */
  private static boolean afterAbility(int verb, boolean[] ability, int[] sentenceOfClause, int[] clauseOf) {
    if (ability == null) {
      return false;
    }
    int sentence = sentenceOfClause[clauseOf[verb]];
    for (int t = verb - 1; t >= 0 && t >= verb - IMPERATIVE_LEAD && sentenceOfClause[clauseOf[t]] == sentence; t--) {
      if (ability[t]) {
        return true;
      }
    }
    return false;
  }

  /** Whether an ASK occurrence near the i-th covers its tokens (the neighbours that start within its span). */
  private static boolean askedOn(List<Occurrence> occ, int i) {
    Occurrence o = occ.get(i);
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
      Occurrence p = occ.get(j);
      if (p.concept == Concept.ASK && p.firstToken <= o.firstToken && p.lastToken >= o.lastToken) {
        return true;
      }
    }
    for (int j = i + 1; j < occ.size() && occ.get(j).firstToken == o.firstToken; j++) {
      Occurrence p = occ.get(j);
      if (p.concept == Concept.ASK && p.lastToken >= o.lastToken) {
        return true;
      }
    }
    return false;
  }

  /**
   * The concept and vocabulary language of every concept pattern of the bundled matcher, by pattern
   * index, read once instead of from each match's tag and file name.
   */
  private static final class PatternFacts {
    static final PatternFacts STANDARD = new PatternFacts(StandardLexicons.get().matcher(), StandardLexicons.get().group(StandardLexicons.CONCEPTS));

    /** By pattern index, or by match index when {@link #byMatch}; null where the tag names no concept. */
    final Concept[] concept;
    final String[] language;
    /** Whether the arrays are indexed by match (matches of another matcher than the bundled one). */
    final boolean byMatch;

    private static boolean isConcept(String tag) {
      for (Concept c : Concept.values()) {
        if (c.name().equals(tag)) {
          return true;
        }
      }
      return false;
    }

    private PatternFacts(PhraseMatcher matcher, int group) {
      concept = new Concept[matcher.size()];
      language = new String[matcher.size()];
      byMatch = false;
      for (int p = 0; p < matcher.size(); p++) {
        if (matcher.groupOf(p) == group && isConcept(matcher.tagOf(p))) {
          // (a tag that names no concept is left to fail as before, when a match of it is read)
          concept[p] = Concept.valueOf(matcher.tagOf(p));
          language[p] = ConceptVocabulary.languageOfSource(matcher.sourceOf(p));
        }
      }
      List<String> names = new ArrayList<>();
      this.languageIds = numbered(language, names);
      this.languageNames = names.toArray(new String[0]);
    }

    private PatternFacts(Concept[] concept, String[] language) {
      this.concept = concept;
      this.language = language;
      this.byMatch = true;
      List<String> names = new ArrayList<>();
      this.languageIds = numbered(language, names);
      this.languageNames = names.toArray(new String[0]);
    }

    /**
     * The distinct languages of {@link #language}, numbered in order of first appearance, and each
     * entry's number (-1 where the language is null): the languages of a field's occurrences are
     * counted in arrays, without a map keyed by name.
     */
    final String[] languageNames;
    final int[] languageIds;

    /** {@return each language's number in {@code names} (-1 for null), adding the names as they first appear} */
    private static int[] numbered(String[] language, List<String> names) {
      int[] ids = new int[language.length];
      for (int i = 0; i < language.length; i++) {
        ids[i] = language[i] == null ? -1 : idOf(names, language[i]);
      }
      return ids;
    }

    /** {@return the number of a language in a list of names, added at the end if it is not there} */
    private static int idOf(List<String> names, String language) {
      int id = names.indexOf(language);
      if (id < 0) {
        id = names.size();
        names.add(language);
      }
      return id;
    }

    /** {@return the number of a match's language in {@link #languageNames}, or -1 where it is read from the match's source} */
    int languageId(PhraseMatcher.MatchArray matches, int i) {
      return languageIds[byMatch ? i : matches.pattern(i)];
    }

    /** The facts of matches found by another matcher, read from each match's tag and file name. */
    static PatternFacts ofMatches(PhraseMatcher.MatchArray matches) {
      Concept[] concept = new Concept[matches.size()];
      String[] language = new String[matches.size()];
      for (int i = 0; i < concept.length; i++) {
        concept[i] = Concept.valueOf(matches.tag(i));
        language[i] = ConceptVocabulary.languageOfSource(matches.source(i));
      }
      return new PatternFacts(concept, language);
    }

    Concept concept(PhraseMatcher.MatchArray matches, int i) {
      Concept c = concept[byMatch ? i : matches.pattern(i)];
      return c != null ? c : Concept.valueOf(matches.tag(i));
    }

    String language(PhraseMatcher.MatchArray matches, int i) {
      String l = language[byMatch ? i : matches.pattern(i)];
      return l != null ? l : ConceptVocabulary.languageOfSource(matches.source(i));
    }
  }

  /**
   * Share of the best-covered vocabulary language that another language must reach for its
   * occurrences to count: every vocabulary is matched in the one pass, so short words of one
   * language ("si", "pas", "non", "per") turn up in text written in another.
   */
  static final double LANGUAGE_SHARE = 0.3;

  /**
   * Keeps the occurrences of the languages the field is written in: each vocabulary language is
   * scored by the tokens its occurrences cover (each token once), and languages below {@link
   * #LANGUAGE_SHARE} of the best score are dropped ({@link Concept#FUNCTION_WORD function words}
   * score nothing and are kept only with a language that scores). A text in two languages keeps both when both
   * carry enough of it; a language the field is known not to be written in is dropped first.
   * Linear in the occurrences.
   *
   * @param kept the match indices of the occurrences, in order; the ones kept are written over its prefix
   * @return how many are kept
   */
  private static int ofMainLanguages(int count, int[] kept, PhraseMatcher.MatchArray matches, PatternFacts facts,
      java.util.function.Predicate<String> written) {
    if (count == 0) {
      return 0;
    }
    // Languages by number: the facts' numbers, then the few languages read from a match's source
    // (matches of patterns outside the concept group), numbered after them.
    String[] names = facts.languageNames;
    List<String> more = new ArrayList<>(0);
    for (int j = 0; j < count; j++) {
      if (facts.languageId(matches, kept[j]) < 0) {
        String l = facts.language(matches, kept[j]);
        if (java.util.Arrays.asList(names).indexOf(l) < 0) {
          PatternFacts.idOf(more, l);
        }
      }
    }
    int languages = names.length + more.size();
    // per language: tokens covered, last covered token + 1, whether it has a cover at all
    int[] covered = new int[languages];
    int[] coverEnd = new int[languages];
    boolean[] scored = new boolean[languages];
    for (int j = 0; j < count; j++) {
      int i = kept[j];
      // Function words ("de", "la", "a") are shared by many languages and say nothing of which
      // one the field is written in: they earn no cover, and are kept with their language.
      if (facts.concept(matches, i) == Concept.FUNCTION_WORD) {
        continue;
      }
      int id = languageNumber(facts, matches, i, more);
      scored[id] = true;
      int last = matches.lastToken(i);
      int from = Math.max(matches.firstToken(i), coverEnd[id]);
      if (last + 1 > from) {
        covered[id] += last + 1 - from;
        coverEnd[id] = last + 1;
      }
    }
    // A language the field is not written in counts for nothing, even in its cover.
    boolean[] allowed = new boolean[languages];
    int best = 0;
    for (int id = 0; id < languages; id++) {
      if (scored[id]) {
        allowed[id] = written.test(id < names.length ? names[id] : more.get(id - names.length));
        if (allowed[id]) {
          best = Math.max(best, covered[id]);
        }
      }
    }
    // Kept entries are written over the array's prefix: never past the one being read.
    int size = 0;
    for (int j = 0; j < count; j++) {
      int i = kept[j];
      int id = languageNumber(facts, matches, i, more);
      if (!scored[id] || !allowed[id] || covered[id] < best * LANGUAGE_SHARE) {
        continue;
      }
      // A concept on the same tokens from two kept languages counts once.
      Concept concept = facts.concept(matches, i);
      int first = matches.firstToken(i);
      int last = matches.lastToken(i);
      boolean repeat = false;
      for (int q = size - 1; q >= 0 && matches.firstToken(kept[q]) == first; q--) {
        int p = kept[q];
        if (facts.concept(matches, p) == concept && matches.lastToken(p) == last) {
          repeat = true;
          break;
        }
      }
      if (!repeat) {
        kept[size++] = i;
      }
    }
    return size;
  }

  /** {@return the number of a match's language: its facts' number, or past them, its place among the other languages} */
  private static int languageNumber(PatternFacts facts, PhraseMatcher.MatchArray matches, int i, List<String> more) {
    int id = facts.languageId(matches, i);
    if (id >= 0) {
      return id;
    }
    String l = facts.language(matches, i);
    id = java.util.Arrays.asList(facts.languageNames).indexOf(l);
    return id >= 0 ? id : facts.languageNames.length + more.indexOf(l);
  }

  /**
   * Drops an occurrence on words that a more specific concept's occurrence covers, per pair of
   * {@link #SUBSUMES}: a review on seller feedback's words ("Verkäuferbewertung" is a rating, and
   * it is seller feedback), so the grammar judges it by what Amazon allows for feedback; and the
   * seller's own joy inside a request ("we'd be happy if you left a review", "nous serions ravis si
   * vous laissiez un avis"), which asks and sets the buyer no condition of being satisfied; the
   * "if" or "when" of such a request itself ("we'd be grateful if you revisited your review", "es
   * wäre toll, wenn Sie sie löschen", "güncellerseniz minnettar oluruz"), which is the request's
   * form and no condition the buyer may meet or not (so the hedged request to change feedback is
   * not taken for the neutral conditional sentence Amazon allows); and
   * thanks or an apology said again ("thanks again", "nogmaals excuses", "重ねてお詫び申し上げます"),
   * whose "again" reminds of nothing asked before; and the "free" of an invitation ("feel free to
   * leave a review", "känn dig fri att…"), which offers nothing; and a problem settled ("now that
   * the problem is solved"), which is a request's ground, not a problem, and likewise a remedy
   * already given ("now that the refund has arrived"), which buys nothing; and the "sent" of a
   * message recalled ("the message we sent you on the 3rd"), which ships nothing, and its arrival
   * ("no sabemos si te llegó"), which delivers nothing; and the "no" of a thing given free ("ohne
   * Kosten für Sie", "at no charge"), which denies nothing; and the problem of a delay's cause
   * upstream ("un problema con el proveedor"), which is the delay's, not a problem with the buyer's
   * parcel. Linear:
   * occurrences are ordered by first token, and the covering spans are marked once per pair.
   */
  private static List<Occurrence> specificOverGeneral(List<Occurrence> occ) {
    for (Subsumption pair : SUBSUMES) {
      occ = covering(occ, pair.specific(), pair.general(), pair.severalWords());
    }
    return occ;
  }

  /** Per covering concept, the concept whose occurrences on the covering one's words are dropped. */
  /**
   * A more specific concept whose occurrences drop the general one's on their words; with {@code
   * severalWords} only an occurrence of more than one word covers (a request phrase holding its own
   * "if", not a one-word conditional request).
   */
  private record Subsumption(Concept specific, Concept general, boolean severalWords) {}

  private static final List<Subsumption> SUBSUMES = List.of(
      new Subsumption(Concept.FEEDBACK, Concept.REVIEW, false),
      new Subsumption(Concept.ASK, Concept.SATISFIED, false),
      // the "if" of "we'd be grateful if you ..." is the request's form, not a condition; only a
      // request of several words covers it: a conditional verb that is a request on its own word
      // ("yorum yazarsanız", "if you write a review") still sets a condition
      new Subsumption(Concept.ASK, Concept.CONDITION, true),
      // thanks or an apology said again ("thanks again", "tekrar özür dileriz", "重ねてお詫び") reminds of nothing asked before
      new Subsumption(Concept.THANKS, Concept.REMINDER, false),
      new Subsumption(Concept.CLOSING, Concept.REMINDER, false),
      // "feel free to leave a review" invites; its "free" is no free product
      new Subsumption(Concept.OFFER_HELP, Concept.FREE, false),
      // "ohne Kosten für Sie", "at no charge": the "no" of a free thing is its wording, no denial
      new Subsumption(Concept.FREE, Concept.NEGATION, true),
      // "un problema con el proveedor", "ett problem hos vår leverantör": a problem upstream holds
      // the order up; it is the delay's cause, no problem with the buyer's parcel
      new Subsumption(Concept.DELAY, Concept.PROBLEM, true),
      // "now that the problem is solved" is the ground of a request, no problem to settle
      new Subsumption(Concept.RESOLVED, Concept.PROBLEM, false),
      // "now that the refund has arrived, could you update your review?": the refund is given, the
      // ground of the request; it buys nothing (its "back" or "in return" words neither)
      new Subsumption(Concept.RESOLVED, Concept.VALUE, false),
      new Subsumption(Concept.RESOLVED, Concept.FREE, false),
      new Subsumption(Concept.RESOLVED, Concept.EXCHANGE, false),
      // "the message we sent you" recalls a message; its "sent" is no shipment
      new Subsumption(Concept.FOLLOW_UP, Concept.SHIPPED, false),
      // "we don't know whether it reached you" of a message recalled is no delivery of the order
      new Subsumption(Concept.FOLLOW_UP, Concept.DELIVERED, false));

  /**
   * Drops the occurrences of {@code general} whose every token an occurrence of {@code specific}
   * covers (with {@code severalWords}, only one of more than one word). The covering spans are few
   * (a concept's occurrences in a sentence or two), so they are read into a sorted union of token
   * ranges and each general occurrence is looked up there: no array as long as the text, and the
   * list itself is returned when nothing is dropped. The same answer as {@link #coveringByTokens},
   * which marks the covered tokens in two arrays as long as the text ({@code
   * ConceptCoveringProperties} compares the two).
   */
  static List<Occurrence> covering(List<Occurrence> occ, Concept specific, Concept general, boolean severalWords) {
    // The union of the specific spans as maximal runs of tokens: spans that overlap or touch are
    // joined, so a general occurrence is covered token by token exactly when one run holds it whole.
    dev.parley.messaging.rules.internal.text.CoveredRuns cover = null;
    boolean anyGeneral = false;
    for (int i = 0, size = occ.size(); i < size; i++) {
      Occurrence o = occ.get(i);
      if (o.concept == specific) {
        if (severalWords && o.lastToken <= o.firstToken) {
          continue;
        }
        if (cover == null) {
          cover = new dev.parley.messaging.rules.internal.text.CoveredRuns();
        }
        cover.add(o.firstToken, o.lastToken);
      } else if (o.concept == general) {
        if (o.lastToken < o.firstToken) {
          // not made by the index; the token arrays give such a span its own reading
          return coveringByTokens(occ, specific, general, severalWords);
        }
        anyGeneral = true;
      }
    }
    if (cover == null || !anyGeneral) {
      return occ;
    }
    cover.close();
    List<Occurrence> kept = null;
    for (int i = 0, size = occ.size(); i < size; i++) {
      Occurrence o = occ.get(i);
      boolean drop = false;
      if (o.concept == general) {
        drop = cover.holds(o.firstToken, o.lastToken);
      }
      if (drop && kept == null) {
        kept = new ArrayList<>(size);
        kept.addAll(occ.subList(0, i));
      } else if (!drop && kept != null) {
        kept.add(o);
      }
    }
    return kept == null ? occ : kept;
  }

  /** An occurrence of the concept on tokens {@code first} to {@code last} of a text of {@code n} tokens, one sentence: for the tests of {@link #covering}. */
  static Occurrence occurrenceForTest(Concept concept, int first, int last, int n) {
    return new Occurrence(concept, first, last, 0, new Field(null, new int[] {0}, new int[Math.max(n, first + 1)], null, null));
  }

  /**
   * The reference for {@link #covering}: the covered tokens marked in a difference array and
   * counted in a prefix array, both as long as the text.
   */
  static List<Occurrence> coveringByTokens(List<Occurrence> occ, Concept specific, Concept general, boolean severalWords) {
    int maxToken = -1;
    boolean anySpecific = false;
    for (Occurrence o : occ) {
      maxToken = Math.max(maxToken, o.lastToken);
      anySpecific |= o.concept == specific;
    }
    if (!anySpecific) {
      return occ;
    }
    int[] diff = new int[maxToken + 2];
    for (Occurrence o : occ) {
      if (o.concept == specific && (!severalWords || o.lastToken > o.firstToken)) {
        diff[o.firstToken]++;
        diff[o.lastToken + 1]--;
      }
    }
    int[] prefix = new int[maxToken + 2];
    int running = 0;
    for (int t = 0; t <= maxToken; t++) {
      running += diff[t];
      prefix[t + 1] = prefix[t] + (running > 0 ? 1 : 0);
    }
    List<Occurrence> kept = new ArrayList<>(occ.size());
    for (Occurrence o : occ) {
      boolean covered = prefix[o.lastToken + 1] - prefix[o.firstToken] == o.lastToken - o.firstToken + 1;
      if (o.concept != general || !covered) {
        kept.add(o);
      }
    }
    return kept;
  }

  /** Marks the occurrences a negation reaches: one difference array over tokens, bounded windows. */
  private static void markNegated(List<Occurrence> occ, int[] clauseOf, int n) {
    // The arrays as long as the text are made only when a text has what they mark (null: nothing).
    int[] invitation = null;
    boolean[] conditionStarts = null;
    for (Occurrence o : occ) {
      // (and inside a call to a sale: the "not" of "don't miss our sale", "missa inte"; and inside
      // a reminder: the "not" of "not yet", "pas encore", "noch nicht")
      // (and inside the other branch of a demand: the "not" of "if not", "gör du inte det")
      // (and inside a request: the "not" of "don't forget to", "n'oubliez pas de", "unutmayın")
      if (o.concept == Concept.OFFER_HELP || o.concept == Concept.PROMO || o.concept == Concept.REMINDER || o.concept == Concept.OTHERWISE
          || o.concept == Concept.ASK) {
        if (invitation == null) {
          invitation = new int[n + 1];
        }
        invitation[o.firstToken]++;
        invitation[o.lastToken + 1]--;
      } else if (o.concept == Concept.CONDITION) {
        // A condition starts a new scope: in "we can't refund you unless you delete your review" the
        // "can't" denies the refund, not the deletion the condition asks for.
        if (conditionStarts == null) {
          conditionStarts = new boolean[n + 1];
        }
        conditionStarts[o.firstToken] = true;
      }
    }
    if (invitation != null) {
      for (int t = 1; t <= n; t++) {
        invitation[t] += invitation[t - 1];
      }
    }
    int[] diff = null;
    // Per token, the window [from, to) of the verb-final negation that starts there (-1: none), for
    // the phrases that hold their own negation (read below); made only when a text has one (a
    // negation that reaches forward never covers the first word of a phrase it lies in).
    int[] windowFrom = null;
    int[] windowTo = null;
    for (Occurrence o : occ) {
      if (o.concept != Concept.NEGATION || (invitation != null && invitation[o.firstToken] > 0)) {
        continue;
      }
      if (diff == null) {
        diff = new int[n + 1];
      }
      int from;
      int to;
      String language = o.language();
      if (ConceptVocabulary.VERB_FINAL.contains(language)) {
        int reach = language.equals("ja") ? NEGATION_BEFORE_JA : NEGATION_BEFORE;
        from = o.firstToken;
        while (from > 0 && o.firstToken - (from - 1) <= reach && clauseOf[from - 1] == o.clause()) {
          from--;
        }
        to = o.firstToken;
      } else {
        from = o.lastToken + 1;
        to = from;
        while (to < n && to - o.lastToken <= NEGATION_AFTER && clauseOf[to] == o.clause() && !(conditionStarts != null && conditionStarts[to])) {
          to++;
        }
      }
      if (from < to) {
        diff[from]++;
        diff[to]--;
        if (to == o.firstToken) {
          // a verb-final negation, reaching back
          if (windowFrom == null) {
            windowFrom = new int[n];
            windowTo = new int[n];
            java.util.Arrays.fill(windowFrom, -1);
          }
          if (windowFrom[o.firstToken] < 0) {
            windowFrom[o.firstToken] = from;
            windowTo[o.firstToken] = to;
          }
        }
      }
    }
    if (diff == null) {
      return;
    }
    // The running sum of the difference array, in place: entry t becomes how many negations reach
    // token t (entry n, past the last token, is never read).
    int[] covered = diff;
    for (int t = 1; t < n; t++) {
      covered[t] += covered[t - 1];
    }
    for (Occurrence o : occ) {
      if (o.concept != Concept.NEGATION && covered[o.firstToken] - ownNegations(o, windowFrom, windowTo) > 0) {
        o.negated = true;
      }
    }
  }

  /**
   * How many of the negations that reach an occurrence's first token are words of the
   * occurrence's own phrase: "stokta yok" (out of stock) says what it says with its negation,
   * which denies nothing of it (in the verb-final languages a negation reaches back over the words
   * before it; elsewhere it reaches forward and never covers the phrase it opens). It may still
   * reach other words. Bounded by the phrase's length.
   */
  private static int ownNegations(Occurrence o, int[] windowFrom, int[] windowTo) {
    if (windowFrom == null) {
      return 0;
    }
    int own = 0;
    for (int t = o.firstToken; t <= o.lastToken && t < windowFrom.length; t++) {
      if (windowFrom[t] >= 0 && windowFrom[t] <= o.firstToken && o.firstToken < windowTo[t]) {
        own++;
      }
    }
    return own;
  }

  /**
   * Words after which a full stop abbreviates and ends no sentence ("Mr. Lindner", "Nr. 5",
   * "ca. 3 Tage", "z. B.", "bzw.", "Sig. Marino", "Mme Roux"), in the folded text.
   */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "nr", "hr", "hrn", "sig", "sigg", "sr", "sra", "sres", "srta", "mme", "mlle", "ca", "bzw",
      "vgl", "ggf", "evtl", "inkl", "zzgl", "bzgl", "z", "u", "sog", "dt", "ul", "tj", "np", "wg", "vs", "approx", "dhr", "mevr",
      "ing", "dott", "avv", "sp", "kap", "resp");

  /**
   * Month names a day's ordinal stands before ("den 24. Mai", "24. maja", "3. mars"): its full
   * stop marks the ordinal, not a sentence's end.
   */
  private static final java.util.Set<String> MONTHS = java.util.Set.of(
      "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
      "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
      "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
      "listopada", "grudnia", "januari", "februari", "mars", "maj", "augusti", "ocak", "şubat", "mart", "nisan",
      "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık");

  /** The hashes of {@link #ABBREVIATIONS} and {@link #MONTHS}, sorted: a quick reject before the word is cut out. */
  private static final int[] ABBREVIATION_HASHES = sortedHashes(ABBREVIATIONS);

  private static final int[] MONTH_HASHES = sortedHashes(MONTHS);

  /**
   * Whether the full stop at {@code dot}, in the gap before token {@code next}, closes an
   * abbreviation or a day's ordinal before a month rather than a sentence: the token before it
   * ends right at the stop and is one of {@link #ABBREVIATIONS}, or is a number of one or two
   * digits and the next token a month. Reads two tokens; constant time.
   */
  private static boolean abbreviationOrOrdinal(Tokens tokens, int next, int dot) {
    if (next == 0 || tokens.end(next - 1) != dot) {
      return false;
    }
    String text = tokens.text();
    int start = tokens.start(next - 1);
    int length = dot - start;
    if (length <= 2 && Character.isDigit(text.charAt(start)) && Character.isDigit(text.charAt(dot - 1))) {
      return next < tokens.size() && tokens.end(next) - tokens.start(next) <= 11
          && mayBeIn(MONTH_HASHES, text, tokens.start(next), tokens.end(next))
          && MONTHS.contains(text.substring(tokens.start(next), tokens.end(next)));
    }
    return length <= 6 && next < tokens.size() && mayBeIn(ABBREVIATION_HASHES, text, start, dot)
        && ABBREVIATIONS.contains(text.substring(start, dot));
  }

  /**
   * Whether the {@link String#hashCode} of {@code text[s, e)} is among the sorted hashes: equal
   * strings have equal hashes, so a word whose hash is not there is in no set of those words, and
   * is rejected without cutting it out of the text (a full stop after an ordinary word is the usual
   * case).
   */
  private static boolean mayBeIn(int[] sortedHashes, String text, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + text.charAt(i);
    }
    return java.util.Arrays.binarySearch(sortedHashes, h) >= 0;
  }

  private static int[] sortedHashes(java.util.Set<String> words) {
    return words.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
  }

  private static boolean isCjk(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || Character.isIdeographic(c);
  }

  /** {@return the occurrences, ordered by first token} */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  /**
   * {@return the occurrences a reader of the sentences from that of {@code firstToken} to that of
   * {@code lastToken} needs, in order}: a slice of {@link #occurrences()} from the first that reaches
   * the first sentence's start to the last that starts in the last sentence, so reading the
   * sentences of every trigger of a field costs their own occurrences, not the field's. It may open
   * with occurrences of an earlier sentence that reach into the first one: readers that want the
   * sentences' own test {@link Occurrence#sentence()}.
   *
   * @param firstToken a token of the first sentence
   * @param lastToken a token of the last sentence, not before {@code firstToken}
   */
  public List<Occurrence> occurrencesOfSentences(int firstToken, int lastToken) {
    int last = sentenceOf(lastToken);
    int from = firstReaching(sentenceStartOf(firstToken));
    int to = from;
    while (to < occurrences.size() && occurrences.get(to).sentence() <= last) {
      to++;
    }
    return occurrences.subList(from, to);
  }

  /**
   * {@return the index in {@link #occurrences()} from which an occurrence may reach the token}:
   * every occurrence before it ends before {@code token} (its last token is smaller), so a reader
   * looking for the occurrences that overlap a token range can start there instead of at the
   * first occurrence. Logarithmic: one binary search over the running maximum of last tokens.
   *
   * @param token a token index
   */
  public int firstReaching(int token) {
    return lowerBound(reachUpTo, reachUpTo.length, token);
  }

  /** {@return the first index below {@code to} whose value in the non-decreasing array is at least {@code key}, or {@code to}} */
  private static int lowerBound(int[] sorted, int to, int key) {
    int lo = 0;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] >= key) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** {@return the field's tokens} */
  public Tokens tokens() {
    return tokens;
  }

  /** {@return the number of sentences (at least one)} */
  public int sentences() {
    return question.length;
  }

  /**
   * {@return whether a sentence is a question}
   *
   * @param sentence the sentence index
   */
  public boolean isQuestion(int sentence) {
    return question[sentence];
  }

  /**
   * {@return the sentence of a token}
   *
   * @param token a token index
   */
  public int sentenceOf(int token) {
    return sentenceOfClause[clauseOfToken[token]];
  }

  /**
   * {@return the first token of the sentence that holds a token}: logarithmic, one binary search
   * over the tokens' sentences (which never decrease)
   *
   * @param token a token index
   */
  public int sentenceStartOf(int token) {
    // The sentence's first clause, then that clause's first token (clauses follow each other
    // without a gap, each holding a token).
    int clause = clauseOfToken[token];
    int firstClause = lowerBound(sentenceOfClause, clause, sentenceOfClause[clause]);
    return lowerBound(clauseOfToken, token, firstClause);
  }

  /**
   * {@return the clause of a token}
   *
   * @param token a token index
   */
  public int clauseOf(int token) {
    return clauseOfToken[token];
  }

  /**
   * {@return whether a {@link Concept#FUNCTION_WORD} occurrence of the field's languages covers the
   * token}; such occurrences are read only this way (see the class comment)
   *
   * @param token a token index
   */
  public boolean functionWord(int token) {
    return functionWord != null && functionWord[token];
  }

  /**
   * {@return whether an occurrence of one of the concepts is in {@link #occurrences()}}
   *
   * @param low the concepts with ordinals 0 to 63, bit {@code ordinal}
   * @param high those with ordinals 64 to 127, bit {@code ordinal - 64}
   */
  public boolean hasAnyOf(long low, long high) {
    return (presentLow & low) != 0 || (presentHigh & high) != 0;
  }

  /** {@link #sentenceConceptBits()}, computed on first use; per index, which is made per field and check. */
  private long[] sentenceBits;

  /**
   * {@return per sentence s, the concepts of its occurrences as bits by ordinal at {@code 4s}
   * (ordinals 0 to 63) and {@code 4s + 1} (64 to 127), and those of its not negated occurrences at
   * {@code 4s + 2} and {@code 4s + 3}}, bit {@code ordinal % 64}. Computed once per index, in one
   * pass over the occurrences, and shared by every grammar combination that reads vetoes and
   * anchors per sentence; the array is not to be written.
   */
  public long[] sentenceConceptBits() {
    long[] bits = sentenceBits;
    if (bits == null) {
      bits = new long[4 * sentences()];
      for (int i = 0, n = occurrences.size(); i < n; i++) {
        Occurrence o = occurrences.get(i);
        int ordinal = o.concept.ordinal();
        int at = 4 * o.sentence() + (ordinal >>> 6);
        long bit = 1L << (ordinal & 63);
        bits[at] |= bit;
        if (!o.negated()) {
          bits[at + 2] |= bit;
        }
      }
      sentenceBits = bits;
    }
    return bits;
  }

  /** {@return whether any occurrence expresses the concept} ({@link Concept#FUNCTION_WORD}: see {@link #functionWord(int)}) */
  public boolean has(Concept concept) {
    return ConceptBits.holds(presentLow, presentHigh, concept.ordinal());
  }

  @Override
  public String toString() {
    return "ConceptIndex" + occurrences;
  }
}
