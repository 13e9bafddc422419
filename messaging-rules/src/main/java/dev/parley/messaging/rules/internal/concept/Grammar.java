package dev.parley.messaging.rules.internal.concept;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small language for writing a rule as constraints over concepts, evaluated on a field's {@link
 * ConceptIndex}:
 *
 * <pre>
 * all(anyOf(REVIEW, FEEDBACK), anyOf(VALUE, FREE).notNegated(), anyOf(EXCHANGE, CONDITION))
 *     .withinSentence()
 *     .notInQuestion()
 *     .unless(anyOf(NEGATIVE))
 * </pre>
 *
 * <p>A {@link Term} is satisfied by an occurrence of any of its concepts; a {@link Combination}
 * by one occurrence per term inside one unit: a sentence ({@link Combination#withinSentence}), a
 * clause ({@link Combination#inClause}) or a window of tokens in any order ({@link
 * Combination#near}). {@link Combination#unless} vetoes a unit that holds another concept; {@link
 * Combination#notNegated} and {@link Combination#notInQuestion} drop occurrences that a negation
 * reaches or that sit in a question; {@link Combination#onlyInQuestion} keeps only those in a question. A {@link Definition} is a named list of combinations; its
 * hits are the union of theirs.
 *
 * <p>Evaluation is one walk over the occurrences (sorted by token), keeping the latest occurrence
 * of each term: linear in the number of occurrences times the number of terms; windows are
 * bounded. Every value here is immutable and thread-safe.
 */
public final class Grammar {
  private Grammar() {}

  /** The largest window {@link Combination#near} accepts, in tokens. */
  public static final int MAX_WINDOW = 40;

  /**
   * The most sentences back {@link Combination#anchoredWithin} may look: each hit then reads at
   * most this many sentences' anchor marks, so the check stays linear in the text.
   */
  public static final int MAX_ANCHOR_REACH = 8;

  /** The concepts a verb's ending may carry beside its stem's concept ({@code Combination#inflected}). */
  private static final java.util.Set<Concept> MOODS = java.util.Set.copyOf(java.util.EnumSet.of(Concept.CONDITION, Concept.ASK));

  /**
   * {@return a term satisfied by an occurrence of any of the concepts}
   *
   * @param concepts one or more concepts
   */
  public static Term anyOf(Concept... concepts) {
    if (concepts.length == 0) {
      throw new IllegalArgumentException("a term needs at least one concept");
    }
    return new Term(EnumSet.of(concepts[0], concepts), false);
  }

  /**
   * {@return a combination: one occurrence of every term in one sentence (change the unit with
   * {@link Combination#inClause} or {@link Combination#near})}
   *
   * @param terms the terms, each satisfied by a different occurrence
   */
  public static Combination all(Term... terms) {
    if (terms.length == 0) {
      throw new IllegalArgumentException("a combination needs at least one term");
    }
    return new Combination(List.of(terms), Unit.SENTENCE, 0, false, Mood.ANY, List.of());
  }

  /**
   * {@return two terms in any order within a window of tokens}
   *
   * @param a one term
   * @param b the other
   * @param window the most tokens from the first occurrence's start to the last one's end
   */
  public static Combination near(Term a, Term b, int window) {
    return all(a, b).near(window);
  }

  /**
   * {@return a named rule definition: the union of the hits of its combinations}
   *
   * @param name what the definition is called in evidence, such as the rule id
   * @param alternatives the combinations
   */
  public static Definition define(String name, Combination... alternatives) {
    return new Definition(name, List.of(alternatives));
  }

  /** Where the occurrences of a combination must lie together. */
  enum Unit {
    SENTENCE,
    CLAUSE,
    WINDOW
  }

  /** A set of concepts, one of which an occurrence must express. */
  public static final class Term {
    private final Set<Concept> concepts;
    /** The concepts as bits by ordinal ({@link ConceptBits}): membership without a set look-up per occurrence. */
    private final long low;
    private final long high;
    private final boolean notNegated;

    Term(Set<Concept> concepts, boolean notNegated) {
      this.concepts = Collections.unmodifiableSet(EnumSet.copyOf(concepts));
      long l = 0;
      long h = 0;
      for (Concept c : this.concepts) {
        l |= ConceptBits.low(c.ordinal());
        h |= ConceptBits.high(c.ordinal());
      }
      this.low = l;
      this.high = h;
      this.notNegated = notNegated;
    }

    /** {@return this term, satisfied only by occurrences that no negation reaches} */
    public Term notNegated() {
      return new Term(concepts, true);
    }

    boolean accepts(ConceptIndex.Occurrence o, boolean combinationNotNegated) {
      boolean in = ConceptBits.holds(low, high, o.concept().ordinal());
      return in && !((notNegated || combinationNotNegated) && o.negated());
    }

    /** {@return the concepts} */
    public Set<Concept> concepts() {
      return concepts;
    }

    @Override
    public String toString() {
      String s = concepts.stream().map(Enum::name).collect(Collectors.joining("|"));
      return notNegated ? "!neg(" + s + ")" : s;
    }
  }

  /** Which sentences a combination's occurrences may sit in: any, statements only, questions only. */
  enum Mood {
    ANY,
    STATEMENT,
    QUESTION
  }

  /** One occurrence per term within one unit, with its vetoes. */
  public static final class Combination {
    private final List<Term> terms;
    /** Every term's concepts as bits by ordinal ({@link ConceptBits}): an occurrence outside them is taken by no term. */
    private final long termLow;
    private final long termHigh;
    private final Unit unit;
    private final int window;
    private final boolean notNegated;
    private final Mood mood;
    private final List<Term> unless;
    private final List<Term> anchor;
    /** Terms that keep a sentence from anchoring (see {@link #anchoredUnless}). */
    private final List<Term> anchorUnless;
    /** How many sentences before a hit's own may anchor it (see {@link #anchoredWithin}). */
    private final int anchorReach;
    /** Whether the occurrences must come in the order of the terms (see {@link #inOrder}). */
    private final boolean ordered;
    /**
     * {@link #terms}, {@link #unless}, {@link #anchor} and {@link #anchorUnless} as arrays, read per
     * occurrence and per hit without an iterator (an iterator of an immutable list is an object per
     * loop).
     */
    private final Term[] termArray;
    private final Term[] unlessArray;
    private final Term[] anchorArray;
    private final Term[] anchorUnlessArray;

    Combination(List<Term> terms, Unit unit, int window, boolean notNegated, Mood mood, List<Term> unless) {
      this(terms, unit, window, notNegated, mood, unless, List.of(), List.of(), 1, false);
    }

    private Combination(List<Term> terms, Unit unit, int window, boolean notNegated, Mood mood, List<Term> unless, List<Term> anchor,
        List<Term> anchorUnless, int anchorReach, boolean ordered) {
      this.terms = List.copyOf(terms);
      this.termArray = this.terms.toArray(new Term[0]);
      long anyLow = 0;
      long anyHigh = 0;
      for (Term t : termArray) {
        anyLow |= t.low;
        anyHigh |= t.high;
      }
      this.termLow = anyLow;
      this.termHigh = anyHigh;
      this.unlessArray = List.copyOf(unless).toArray(new Term[0]);
      this.unit = unit;
      this.window = window;
      this.notNegated = notNegated;
      this.mood = mood;
      this.unless = List.copyOf(unless);
      this.anchor = List.copyOf(anchor);
      this.anchorUnless = List.copyOf(anchorUnless);
      this.anchorArray = this.anchor.toArray(new Term[0]);
      this.anchorUnlessArray = this.anchorUnless.toArray(new Term[0]);
      this.anchorReach = anchorReach;
      this.ordered = ordered;
    }

    /** {@return this combination, its occurrences in one sentence} */
    public Combination withinSentence() {
      return new Combination(terms, Unit.SENTENCE, 0, notNegated, mood, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /** {@return this combination, its occurrences in one clause} */
    public Combination inClause() {
      return new Combination(terms, Unit.CLAUSE, 0, notNegated, mood, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, its occurrences in any order within a window of tokens, across sentences}
     *
     * @param tokens the most tokens from the first occurrence's first token to the last one's last
     * @throws IllegalArgumentException if the window is not between 1 and {@value Grammar#MAX_WINDOW}
     */
    public Combination near(int tokens) {
      if (tokens < 1 || tokens > MAX_WINDOW) {
        throw new IllegalArgumentException("window must be between 1 and " + MAX_WINDOW + " tokens, got " + tokens);
      }
      return new Combination(terms, Unit.WINDOW, tokens, notNegated, mood, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, its occurrences in the order of its terms}: each term's occurrence
     * begins no later than the next term's. Across sentences, what comes first says what the other
     * is about: "Just a reminder. Could you leave a review?" reminds of the review; "… before you
     * review, so that we can fix it. Reminding you that the mattress takes 30 days to adapt" recalls
     * a fact after the review was named.
     */
    public Combination inOrder() {
      return new Combination(terms, unit, window, notNegated, mood, unless, anchor, anchorUnless, anchorReach, true);
    }

    /** {@return this combination, satisfied only by occurrences that no negation reaches} */
    public Combination notNegated() {
      return new Combination(terms, unit, window, true, mood, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /** {@return this combination, never satisfied by occurrences in a question} */
    public Combination notInQuestion() {
      return new Combination(terms, unit, window, notNegated, Mood.STATEMENT, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, satisfied only by occurrences in a question}: a seller's
     * question puts to the buyer what it names ("Would you consider revisiting your review?",
     * "Vielleicht möchten Sie Ihre Rezension noch einmal überdenken?") whatever request marker
     * the language uses or leaves out.
     */
    public Combination onlyInQuestion() {
      return new Combination(terms, unit, window, notNegated, Mood.QUESTION, unless, anchor, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, vetoed when a sentence of its hit holds an occurrence of a term}
     *
     * @param vetoes the terms that veto
     */
    public Combination unless(Term... vetoes) {
      List<Term> all = new ArrayList<>(unless);
      all.addAll(List.of(vetoes));
      return new Combination(terms, unit, window, notNegated, mood, all, anchor, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, satisfied only where its subject was named just before}: every
     * sentence of a hit must hold, itself or in the sentence before it, one occurrence of each
     * anchor term that no negation reaches. "We saw your two-star review. If you delete it, we
     * refund you in full": the second sentence makes the deal, the first names what "it" is.
     *
     * @param terms the terms the sentence or the one before it must name
     */
    public Combination anchoredBy(Term... terms) {
      List<Term> all = new ArrayList<>(anchor);
      all.addAll(List.of(terms));
      if (all.isEmpty() || all.size() > Long.SIZE - 1) {
        throw new IllegalArgumentException("anchor terms must number from 1 to " + (Long.SIZE - 1) + ", got " + all.size());
      }
      return new Combination(this.terms, unit, window, notNegated, mood, unless, all, anchorUnless, anchorReach, ordered);
    }

    /**
     * {@return this combination, its anchor only in a sentence that holds no occurrence of these
     * terms}: "As a thank you, a gift card is enclosed. We'd love a review" is a gift tied to the
     * review; "Thanks for your patience, we have refunded the broken item" is a remedy, not a gift.
     *
     * @param vetoes the terms a sentence must not hold to anchor
     * @throws IllegalStateException if the combination has no anchor
     */
    public Combination anchoredUnless(Term... vetoes) {
      if (anchor.isEmpty()) {
        throw new IllegalStateException("anchoredUnless needs an anchor: call anchoredBy first");
      }
      List<Term> all = new ArrayList<>(anchorUnless);
      all.addAll(List.of(vetoes));
      return new Combination(terms, unit, window, notNegated, mood, unless, anchor, all, anchorReach, ordered);
    }

    /**
     * {@return this combination, anchored by its own sentence or any of the {@code sentences}
     * before it} (one, the sentence just before, unless told): "We've added a $10 gift card to
     * your account as a thank-you. No strings attached! We'd love a review" ties the review to the
     * gift across the sentence between.
     *
     * @param sentences how many sentences before a hit's own may anchor it, 1 to {@value
     *     Grammar#MAX_ANCHOR_REACH}
     * @throws IllegalStateException if the combination has no anchor
     * @throws IllegalArgumentException if {@code sentences} is out of range
     */
    public Combination anchoredWithin(int sentences) {
      if (anchor.isEmpty()) {
        throw new IllegalStateException("anchoredWithin needs an anchor: call anchoredBy first");
      }
      if (sentences < 1 || sentences > MAX_ANCHOR_REACH) {
        throw new IllegalArgumentException("anchoredWithin sentences must be from 1 to " + MAX_ANCHOR_REACH + ", got " + sentences);
      }
      return new Combination(terms, unit, window, notNegated, mood, unless, anchor, anchorUnless, sentences, ordered);
    }

    private boolean qualifies(ConceptIndex index, ConceptIndex.Occurrence o, int term) {
      return termArray[term].accepts(o, notNegated) && (mood == Mood.ANY || index.isQuestion(o.sentence()) == (mood == Mood.QUESTION));
    }

    /**
     * {@return the hits in a field, in text order: at most one per sentence or clause (its first
   * complete set of occurrences), and in a window each occurrence used once}
     *
     * @param index the field's concept index
     */
    public List<Hit> find(ConceptIndex index) {
      return find(index, true);
    }

    /**
     * {@link #find(ConceptIndex)} with the vetoes and anchors read from per-combination passes over
     * the occurrences ({@link #vetoedSentences}, {@link #anchoredSentences}) instead of the index's
     * per-sentence concept bits: the reference the properties compare it with.
     */
    List<Hit> findWithSentenceArrays(ConceptIndex index) {
      return find(index, false);
    }

    private List<Hit> find(ConceptIndex index, boolean sentenceBitsAllowed) {
      List<ConceptIndex.Occurrence> occ = index.occurrences();
      if (occ.isEmpty()) {
        return List.of();
      }
      // A hit takes one occurrence per term: a term none of whose concepts occurs in the field
      // leaves nothing to walk for (most combinations, on most messages).
      for (Term t : termArray) {
        if (!index.hasAnyOf(t.low, t.high)) {
          return List.of();
        }
      }
      // Which sentences are vetoed or anchored is read only once a set of occurrences is complete:
      // computed then, so a combination that completes nowhere costs no per-sentence arrays; null
      // stands for "none vetoed" and "all anchored".
      boolean[] vetoed = null;
      boolean[] anchored = null;
      // Or, where the terms allow, the concepts of each sentence (every occurrence's and the not
      // negated ones'), shared by every combination that reads the index: no pass per combination.
      long[] sentenceBits = null;
      boolean sentencesRead = false;
      List<Hit> out = new ArrayList<>();
      int k = terms.size();
      ConceptIndex.Occurrence[] latest = new ConceptIndex.Occurrence[k];
      // The occurrence each term held before its latest, on other words: the stand-in when the
      // latest shares its words with another term's.
      ConceptIndex.Occurrence[] before = new ConceptIndex.Occurrence[k];
      int currentUnit = -1;
      int doneUnit = -1;
      // Whether latest or before holds an occurrence: most units hold none of the terms, and need
      // no clearing.
      boolean held = false;
      for (int i = 0, n = occ.size(); i < n; i++) {
        ConceptIndex.Occurrence o = occ.get(i);
        int u = unit == Unit.SENTENCE ? o.sentence() : unit == Unit.CLAUSE ? o.clause() : 0;
        if (u != currentUnit) {
          if (held) {
            java.util.Arrays.fill(latest, null);
            java.util.Arrays.fill(before, null);
            held = false;
          }
          currentUnit = u;
        }
        if (unit != Unit.WINDOW && u == doneUnit) {
          // One hit per sentence or clause: its first complete set of occurrences is the evidence.
          continue;
        }
        if (!ConceptBits.holds(termLow, termHigh, o.concept().ordinal())) {
          // No term names the occurrence's concept: no term takes it.
          continue;
        }
        boolean updated = false;
        for (int t = 0; t < k; t++) {
          if (qualifies(index, o, t)) {
            if (latest[t] != null && !sameWords(latest[t], o)) {
              before[t] = latest[t];
            }
            latest[t] = o;
            updated = true;
          }
        }
        if (!updated) {
          continue;
        }
        held = true;
        int first = Integer.MAX_VALUE;
        boolean complete = true;
        for (ConceptIndex.Occurrence l : latest) {
          if (l == null) {
            complete = false;
            break;
          }
          first = Math.min(first, l.firstToken());
        }
        if (!complete || (unit == Unit.WINDOW && o.lastToken() - first + 1 > window) || !ownWords(latest, before) || (ordered && !inTermOrder(latest))) {
          continue;
        }
        if (!sentencesRead) {
          sentenceBits = sentenceBitsAllowed && (!unless.isEmpty() || !anchor.isEmpty()) ? index.sentenceConceptBits() : null;
          if (sentenceBits == null) {
            vetoed = vetoedSentences(index);
            anchored = anchoredSentences(index);
          }
          sentencesRead = true;
        }
        boolean veto = false;
        for (ConceptIndex.Occurrence l : latest) {
          int ls = l.sentence();
          if (sentenceBits != null) {
            veto |= vetoedAt(sentenceBits, ls) || !(anchor.isEmpty() || anchoredAt(sentenceBits, ls));
          } else {
            veto |= (vetoed != null && vetoed[ls]) || !(anchored == null || anchoredAt(anchored, ls));
          }
        }
        if (!veto) {
          out.add(new Hit(latest));
          doneUnit = u;
        }
        java.util.Arrays.fill(latest, null);
        java.util.Arrays.fill(before, null);
        held = false;
      }
      return out;
    }

    /**
     * {@return whether two terms are met by the very same words}: a combination needs words of its
     * own for each term, so "korting" (a discount, and a promotion) alone is no combination. A
     * phrase that holds another concept's word ("merci de modifier": a request, and "modifier" a
     * change) still combines; two occurrences of one concept that share a word do not.
     */
    private static boolean ownWords(ConceptIndex.Occurrence[] set, ConceptIndex.Occurrence[] before) {
      for (int i = 0; i < set.length; i++) {
        for (int j = i + 1; j < set.length; j++) {
          if (sameWords(set[i], set[j])) {
            // Let one of the two terms fall back on its earlier words ("hediye çeki kazanın":
            // "kazanın" is the exchange, "hediye" the value).
            if (before[i] != null && clashesWithNone(before[i], set, i)) {
              set[i] = before[i];
            } else if (before[j] != null && clashesWithNone(before[j], set, j)) {
              set[j] = before[j];
            } else {
              return false;
            }
          }
        }
      }
      return true;
    }

    private static boolean clashesWithNone(ConceptIndex.Occurrence o, ConceptIndex.Occurrence[] set, int except) {
      for (int k = 0; k < set.length; k++) {
        if (k != except && sameWords(o, set[k])) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameWords(ConceptIndex.Occurrence a, ConceptIndex.Occurrence b) {
      // two occurrences of one concept on overlapping words are one mark, not two ("zelfs een kind
      // kan" and "een kind kan" are one sneer)
      return a.firstToken() == b.firstToken() && a.lastToken() == b.lastToken() && !inflected(a, b)
          || a.concept() == b.concept() && a.firstToken() <= b.lastToken() && b.firstToken() <= a.lastToken();
    }

    /**
     * Whether one word carries two concepts by its stem and its ending: a condition or a request
     * written as a suffix of the verb it conditions or asks for ("değerlendirirseniz", if you
     * review; "değerlendirin", please review). Then the word meets both terms.
     */
    private static boolean inflected(ConceptIndex.Occurrence a, ConceptIndex.Occurrence b) {
      return a.concept() != b.concept() && (MOODS.contains(a.concept()) != MOODS.contains(b.concept()));
    }

    /** Whether each term's occurrence begins no later than the next term's. */
    private static boolean inTermOrder(ConceptIndex.Occurrence[] set) {
      for (int i = 1; i < set.length; i++) {
        if (set[i - 1].firstToken() > set[i].firstToken()) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@link #vetoedSentences}'s answer for one sentence, read from the sentence's concepts ({@link
     * ConceptIndex#sentenceConceptBits()}): a veto term accepts an occurrence of the sentence when
     * one of its concepts occurs there, not negated if the term says so.
     */
    private boolean vetoedAt(long[] sentenceBits, int sentence) {
      return anyTermAt(unlessArray, sentenceBits, sentence);
    }

    /** Whether one of the terms accepts an occurrence of the sentence, read from its concept bits. */
    private static boolean anyTermAt(Term[] terms, long[] sentenceBits, int sentence) {
      for (Term t : terms) {
        int at = 4 * sentence + (t.notNegated ? 2 : 0);
        if ((sentenceBits[at] & t.low | sentenceBits[at + 1] & t.high) != 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * {@link #anchoredAt(boolean[], int)} read from the sentences' concepts: a sentence is anchored
     * when every anchor term has a concept among its not negated occurrences (an anchor term is
     * read as not negated, as in {@link #anchoredSentences}) and no anchor-veto term accepts one of
     * its occurrences.
     */
    private boolean anchoredAt(long[] sentenceBits, int sentence) {
      for (int s = sentence; s >= 0 && s >= sentence - anchorReach; s--) {
        if (anchoredHere(sentenceBits, s)) {
          return true;
        }
      }
      return false;
    }

    private boolean anchoredHere(long[] sentenceBits, int s) {
      long plainLow = sentenceBits[4 * s + 2];
      long plainHigh = sentenceBits[4 * s + 3];
      for (Term t : anchorArray) {
        if ((plainLow & t.low | plainHigh & t.high) == 0) {
          return false;
        }
      }
      return !anyTermAt(anchorUnlessArray, sentenceBits, s);
    }

    /** Whether the sentence or one of the {@link #anchorReach} sentences before it is anchored. */
    private boolean anchoredAt(boolean[] anchored, int sentence) {
      for (int s = sentence; s >= 0 && s >= sentence - anchorReach; s--) {
        if (anchored[s]) {
          return true;
        }
      }
      return false;
    }

    /**
     * Sentences that hold a not negated occurrence of every anchor term (every sentence when there
     * is no anchor); one pass.
     */
    private boolean[] anchoredSentences(ConceptIndex index) {
      if (anchor.isEmpty()) {
        return null;
      }
      boolean[] anchored = new boolean[index.sentences()];
      long[] seen = new long[index.sentences()];
      long all = (1L << anchor.size()) - 1;
      // a sentence holding an anchorUnless term gets the top bit, which no anchor term uses (at most
      // 63 of them), so it never equals all: one pass for both
      for (ConceptIndex.Occurrence o : index.occurrences()) {
        for (int t = 0; t < anchor.size(); t++) {
          if (anchor.get(t).accepts(o, true)) {
            seen[o.sentence()] |= 1L << t;
          }
        }
        for (Term t : anchorUnless) {
          if (t.accepts(o, false)) {
            seen[o.sentence()] |= Long.MIN_VALUE;
          }
        }
      }
      for (int i = 0; i < seen.length; i++) {
        anchored[i] = seen[i] == all;
      }
      return anchored;
    }

    /** Sentences that hold an occurrence of a veto term; one pass. */
    private boolean[] vetoedSentences(ConceptIndex index) {
      if (unless.isEmpty()) {
        return null;
      }
      boolean[] vetoed = new boolean[index.sentences()];
      List<ConceptIndex.Occurrence> occ = index.occurrences();
      for (int i = 0, n = occ.size(); i < n; i++) {
        ConceptIndex.Occurrence o = occ.get(i);
        for (Term t : unlessArray) {
          if (t.accepts(o, false)) {
            vetoed[o.sentence()] = true;
          }
        }
      }
      return vetoed;
    }

    @Override
    public String toString() {
      return "all(" + terms.stream().map(Term::toString).collect(Collectors.joining(", ")) + ")."
          + (unit == Unit.WINDOW ? "near(" + window + ")" : unit.name().toLowerCase(Locale.ROOT))
          + (notNegated ? ".notNegated()" : "") + (mood == Mood.STATEMENT ? ".notInQuestion()" : mood == Mood.QUESTION ? ".onlyInQuestion()" : "")
          + (unless.isEmpty() ? "" : ".unless(" + unless.stream().map(Term::toString).collect(Collectors.joining(", ")) + ")")
          + (anchor.isEmpty() ? "" : ".anchoredBy(" + anchor.stream().map(Term::toString).collect(Collectors.joining(", ")) + ")")
          + (anchorUnless.isEmpty() ? "" : ".anchoredUnless(" + anchorUnless.stream().map(Term::toString).collect(Collectors.joining(", ")) + ")")
          + (anchorReach == 1 ? "" : ".anchoredWithin(" + anchorReach + ")") + (ordered ? ".inOrder()" : "");
    }
  }

  /** A named rule definition: the union of its combinations' hits. */
  public static final class Definition {
    private final String name;
    private final List<Combination> alternatives;

    Definition(String name, List<Combination> alternatives) {
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("definition " + name + " needs at least one combination");
      }
      this.name = name;
      this.alternatives = List.copyOf(alternatives);
    }

    /** {@return the name} */
    public String name() {
      return name;
    }

    /** {@return the combinations} */
    public List<Combination> alternatives() {
      return alternatives;
    }

    /**
     * {@return the hits of every combination in a field, in text order, without a hit that
     * overlaps an earlier one}: of hits that start on one word the widest is kept, so the finding
     * shows the whole request and redaction masks all of it
     *
     * @param index the field's concept index
     */
    public List<Hit> find(ConceptIndex index) {
      // Most combinations have no hit in a field: nothing is gathered, sorted or copied for them.
      List<Hit> all = null;
      for (int i = 0, n = alternatives.size(); i < n; i++) {
        List<Hit> hits = alternatives.get(i).find(index);
        if (!hits.isEmpty()) {
          if (all == null) {
            all = new ArrayList<>();
          }
          all.addAll(hits);
        }
      }
      if (all == null) {
        return List.of();
      }
      all.sort((a, b) -> a.firstToken() != b.firstToken() ? Integer.compare(a.firstToken(), b.firstToken()) : Integer.compare(b.lastToken(), a.lastToken()));
      List<Hit> out = new ArrayList<>();
      int lastToken = -1;
      for (Hit h : all) {
        if (h.firstToken() > lastToken) {
          out.add(h);
          lastToken = h.lastToken();
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return name + " = " + alternatives;
    }
  }

  /** The occurrences that satisfied a combination, one per term. */
  public static final class Hit {
    private final List<ConceptIndex.Occurrence> occurrences;
    /** First and last token over the occurrences, computed once: hits are sorted by them. */
    private final int firstToken;
    private final int lastToken;

    Hit(List<ConceptIndex.Occurrence> occurrences) {
      List<ConceptIndex.Occurrence> sorted = new ArrayList<>(occurrences);
      sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
      this.occurrences = List.copyOf(sorted);
      this.firstToken = firstToken(this.occurrences);
      this.lastToken = lastToken(this.occurrences);
    }

    /**
     * A hit of the combination's set of occurrences (one per term, none null), as {@link
     * #Hit(List)} makes it from {@code List.of(set)}, with fewer copies: the set is copied once,
     * ordered by start by a stable insertion sort (as the list's stable sort orders it: occurrences
     * with equal starts keep the terms' order) and read as an immutable list.
     */
    Hit(ConceptIndex.Occurrence[] set) {
      ConceptIndex.Occurrence[] sorted = set.clone();
      for (int i = 1; i < sorted.length; i++) {
        ConceptIndex.Occurrence o = sorted[i];
        int j = i - 1;
        for (; j >= 0 && sorted[j].start() > o.start(); j--) {
          sorted[j + 1] = sorted[j];
        }
        sorted[j + 1] = o;
      }
      this.occurrences = List.of(sorted);
      this.firstToken = firstToken(this.occurrences);
      this.lastToken = lastToken(this.occurrences);
    }

    private static int firstToken(List<ConceptIndex.Occurrence> occurrences) {
      int f = Integer.MAX_VALUE;
      for (int i = 0, n = occurrences.size(); i < n; i++) {
        f = Math.min(f, occurrences.get(i).firstToken());
      }
      return f;
    }

    private static int lastToken(List<ConceptIndex.Occurrence> occurrences) {
      int l = -1;
      for (int i = 0, n = occurrences.size(); i < n; i++) {
        l = Math.max(l, occurrences.get(i).lastToken());
      }
      return l;
    }

    /** {@return the occurrences, ordered by start} */
    public List<ConceptIndex.Occurrence> occurrences() {
      return occurrences;
    }

    /** {@return the first token of the first occurrence} */
    public int firstToken() {
      return firstToken;
    }

    /** {@return the last token of the last occurrence} */
    public int lastToken() {
      return lastToken;
    }

    /** {@return the start of the hit in the folded text} */
    public int start() {
      return occurrences.get(0).start();
    }

    /** {@return the end of the hit in the folded text, exclusive} */
    public int end() {
      int e = 0;
      for (ConceptIndex.Occurrence o : occurrences) {
        e = Math.max(e, o.end());
      }
      return e;
    }

    @Override
    public String toString() {
      return "Hit" + occurrences;
    }
  }
}
