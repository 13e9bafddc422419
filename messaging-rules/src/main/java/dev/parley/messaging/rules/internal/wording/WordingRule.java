package dev.parley.messaging.rules.internal.wording;


import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a wording rule judged by phrases ({@code content.promotion}, {@code
 * review.positive-only}, {@code review.incentive}, {@code review.change-request}, {@code
 * content.sensitive}): each trigger phrase of the rule's lexicon that no exception of the same rule
 * suppresses (see {@link Lexicon}) becomes one finding whose span is the phrase in the original
 * text. The explanation tells the seller what the phrase does; the evidence names the pattern and
 * the lexicon line.
 *
 * <p>Every language's lexicon runs on every field: a seller may write to a buyer in any language.
 * Subclasses carry the {@link Rule} description; immutable and thread-safe.
 */
public abstract class WordingRule implements TextRule {
  private final String ruleId;
  private final String explanation;
  private final Lexicon lexicon;
  private final Grammar.Definition grammar;

  /**
   * A wording rule whose id is the one on the subclass's {@link Rule} annotation.
   *
   * @param explanation what a matched phrase does, completing "“phrase” …"
   */
  protected WordingRule(String explanation) {
    this(explanation, null);
  }

  /**
   * A wording rule judged by its phrase lexicons and by a definition of the rule grammar: its
   * findings are the lexicon's surviving triggers and the grammar's hits that no trigger covers;
   * the rule's exceptions veto both.
   *
   * @param explanation what a matched phrase does, completing "“phrase” …"
   * @param grammar the rule's grammar definition, or null for phrases only
   */
  protected WordingRule(String explanation, Grammar.Definition grammar) {
    this.ruleId = getClass().getAnnotation(Rule.class).id();
    this.explanation = explanation;
    this.lexicon = Lexicon.standard(ruleId);
    this.grammar = grammar;
  }

  /** {@return the rule id} */
  public final String id() {
    return ruleId;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ruleId) || field.scanText().isEmpty() || input.quotesTheBuyer(field)) {
      return;
    }
    Lexicon.Scan scan = lexicon.scan(field);
    List<PhraseMatcher.Match> surviving = scan.surviving();
    if (!surviving.isEmpty()) {
      surviving = kept(field, input, surviving);
    }
    // Past the per-rule cap a finding's explanation and evidence are not read: not built (see Reporter.lists).
    for (PhraseMatcher.Match m : surviving) {
      boolean listed = sink.lists(ruleId);
      sink.addFolded(ruleId, field, m.start(), m.end(), listed ? explanation(explanation, field, m) : "", listed ? m.evidence() : "");
    }
    if (grammar != null) {
      for (Grammar.Hit hit : grammarHits(grammar, field, scan, surviving, this::sparedByTopic)) {
        if (vetoes(field, input, hit.firstToken(), hit.lastToken()) || restatesTheBuyer(field, input, hit.firstToken())
            || refused(field, hit.firstToken(), hit.lastToken())) {
          continue;
        }
        boolean listed = sink.lists(ruleId);
        sink.addFolded(ruleId, field, hit.start(), hit.end(), listed ? explanation(explanation, field, hit.start(), hit.end()) : "",
            listed ? evidence(grammar, field, hit) : "");
      }
    }
  }

  /**
   * {@return whether, in a reply, the finding lies in the buyer's own question restated and
   * refused} ({@link RuleGrammars#restatesTheBuyer}): "Vous nous demandez si nous pourrions vous
   * rembourser les frais de port en échange d'un avis : … nous ne le pouvons pas" offers nothing.
   */
  private static boolean restatesTheBuyer(FieldText field, RuleInput input, int firstToken) {
    return !input.context().proactive() && RuleGrammars.restatesTheBuyer(field.concepts(), firstToken);
  }

  /**
   * {@return whether the finding lies in a sentence that refuses what it names} ({@link
   * RuleGrammars#refuses}, at its first or last token), for a rule that {@link #refusable()}:
   * "we are not permitted to give you a discount for a 5-star review" offers nothing and asks
   * for nothing.
   */
  private boolean refused(FieldText field, int firstToken, int lastToken) {
    if (!refusable()) {
      return false;
    }
    ConceptIndex index = field.concepts();
    return RuleGrammars.refuses(index, firstToken) || RuleGrammars.refuses(index, lastToken);
  }

  /**
   * {@return whether a refusal in the finding's sentence overrules it} ({@link
   * RuleGrammars#refuses}); false by default, true for the rules whose finding names what a seller
   * may decline by name (an incentive, a favourable rating, a change of the review)
   */
  protected boolean refusable() {
    return false;
  }

  /** The triggers the rule's sentence-level judgement keeps ({@link #vetoes}). */
  private List<PhraseMatcher.Match> kept(FieldText field, RuleInput input, List<PhraseMatcher.Match> triggers) {
    List<PhraseMatcher.Match> out = new ArrayList<>(triggers.size());
    for (PhraseMatcher.Match m : triggers) {
      if (!vetoes(field, m) && !vetoes(field, input, m.firstToken(), m.lastToken()) && !restatesTheBuyer(field, input, m.firstToken())
          && !refused(field, m.firstToken(), m.lastToken())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {@return whether the message's situation overrules a finding on these tokens, a trigger's or
   * the grammar's}; none by default
   *
   * @param field the field
   * @param input the message and its context
   * @param firstToken the finding's first token
   * @param lastToken the finding's last token, inclusive
   */
  protected boolean vetoes(FieldText field, RuleInput input, int firstToken, int lastToken) {
    return false;
  }

  /**
   * {@return whether the rule's reading of the sentence overrules a trigger phrase}; by default
   * the phrase is vetoed when the concepts it expresses that {@link #negatable()} names are all
   * negated ("we do not send newsletters", "no gift or discount is offered for reviews")
   *
   * @param field the field
   * @param m a surviving trigger
   */
  protected boolean vetoes(FieldText field, PhraseMatcher.Match m) {
    java.util.Set<Concept> negatable = negatable();
    if (negatable.isEmpty()) {
      return false;
    }
    boolean any = false;
    ConceptIndex index = field.concepts();
    List<ConceptIndex.Occurrence> occurrences = index.occurrences();
    // Occurrences before firstReaching end before the trigger: they cannot overlap it.
    for (int i = index.firstReaching(m.firstToken()), n = occurrences.size(); i < n; i++) {
      ConceptIndex.Occurrence o = occurrences.get(i);
      if (o.firstToken() > m.lastToken()) {
        break;
      }
      if (o.lastToken() >= m.firstToken() && negatable.contains(o.concept())) {
        if (!o.negated()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * {@return whether the seller denies, in the trigger's own sentence, what the trigger says}
   * ({@link RuleGrammars#deniedInSentence})
   *
   * @param field the field
   * @param firstToken the trigger's first token
   * @param lastToken the trigger's last token
   */
  protected static boolean deniedInSentence(FieldText field, int firstToken, int lastToken) {
    return RuleGrammars.deniedInSentence(field.concepts(), firstToken, lastToken);
  }

  /**
   * {@return whether a grammar hit is spared by the exceptions of topic scope}, as a trigger
   * tagged {@value Lexicon#SPARED_BY_TOPIC} is; none by default
   *
   * @param hit a hit of the rule's grammar
   */
  protected boolean sparedByTopic(Grammar.Hit hit) {
    return false;
  }

  /** {@return the concepts whose negation takes back a trigger phrase that expresses them; none by default} */
  protected java.util.Set<Concept> negatable() {
    return java.util.Set.of();
  }

  /**
   * {@return the hits of a grammar definition in a field that no lexicon trigger covers and no
   * exception of the rule suppresses}; a hit never spans a paragraph break (a blank line): one
   * sentence per line is how many sellers write a paragraph, and a threat on the line after the
   * leverage it leans on is one thought ("… and your address we have.\nThink carefully before …")
   *
   * @param grammar the definition
   * @param field the field
   * @param scan the rule's lexicon scan of the field
   * @param triggers the triggers already reported
   */
  static List<Grammar.Hit> grammarHits(Grammar.Definition grammar, FieldText field, Lexicon.Scan scan, List<PhraseMatcher.Match> triggers) {
    return grammarHits(grammar, field, scan, triggers, hit -> false);
  }

  /**
   * {@link #grammarHits(Grammar.Definition, FieldText, Lexicon.Scan, List)}, the hits that {@code
   * spared} names left to the exceptions of overlap, sentence and message scope only (as the
   * triggers tagged {@value Lexicon#SPARED_BY_TOPIC} are).
   */
  static List<Grammar.Hit> grammarHits(Grammar.Definition grammar, FieldText field, Lexicon.Scan scan, List<PhraseMatcher.Match> triggers,
      java.util.function.Predicate<Grammar.Hit> spared) {
    List<Grammar.Hit> out = new ArrayList<>();
    String text = field.tokens().text();
    Coverage coverage = null;
    for (Grammar.Hit hit : field.grammarHits(grammar)) {
      if (coverage == null) {
        coverage = new Coverage(triggers);
      }
      int first = hit.firstToken();
      int last = hit.lastToken();
      int start = hit.start();
      int end = hit.end();
      if (coverage.covers(first, last) || scan.suppresses(first, last, start, end, spared.test(hit)) || hasParagraphBreak(text, start, end)) {
        continue;
      }
      out.add(hit);
    }
    return out;
  }

  /**
   * {@return true if the folded text has a blank line in [start, end)}: two line breaks with only
   * white space between; bounded by the span, not the text.
   */
  private static boolean hasParagraphBreak(String text, int start, int end) {
    boolean lineBreak = false;
    for (int i = Math.max(0, start), e = Math.min(end, text.length()); i < e; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (lineBreak) {
          return true;
        }
        lineBreak = true;
      } else if (!Character.isWhitespace(c)) {
        lineBreak = false;
      }
    }
    return false;
  }

  /**
   * The token ranges of the reported triggers, for "does a trigger share a token with this span?"
   * in logarithmic time: triggers come in text order, so their first tokens never decrease, and a
   * running maximum of their last tokens answers the question with one binary search.
   */
  private static final class Coverage {
    private final int[] firsts;
    private final int[] maxLasts;
    private final int[] lasts;
    /** False if the triggers were not in text order: then every trigger is compared (never the case today). */
    private final boolean sorted;

    Coverage(List<PhraseMatcher.Match> triggers) {
      int n = triggers.size();
      firsts = new int[n];
      maxLasts = new int[n];
      lasts = new int[n];
      int max = -1;
      int prev = Integer.MIN_VALUE;
      boolean sorted = true;
      for (int i = 0; i < n; i++) {
        PhraseMatcher.Match m = triggers.get(i);
        firsts[i] = m.firstToken();
        sorted &= firsts[i] >= prev;
        prev = firsts[i];
        lasts[i] = m.lastToken();
        max = Math.max(max, lasts[i]);
        maxLasts[i] = max;
      }
      this.sorted = sorted;
    }

    /** {@return true if a trigger shares a token with [first, last]} */
    boolean covers(int first, int last) {
      if (!sorted) {
        for (int i = 0; i < firsts.length; i++) {
          if (firsts[i] <= last && first <= lasts[i]) {
            return true;
          }
        }
        return false;
      }
      // The last trigger whose first token is at most the span's last token.
      int lo = 0;
      int hi = firsts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (firsts[mid] <= last) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && maxLasts[found] >= first;
    }
  }

  /** {@return the evidence of a grammar hit: the definition, and each concept occurrence with its exact span in the source} */
  static String evidence(Grammar.Definition grammar, FieldText field, Grammar.Hit hit) {
    StringBuilder sb = new StringBuilder("grammar ").append(grammar.name()).append(':');
    for (ConceptIndex.Occurrence o : hit.occurrences()) {
      int s = field.sourceStartOfFolded(o.start());
      int e = Math.max(s, field.sourceEndOfFolded(o.end()));
      sb.append(' ').append(o.concept()).append(o.negated() ? "(negated)" : "").append(" [").append(s).append(',').append(e).append(") at ").append(o.origin()).append(';');
    }
    return sb.substring(0, sb.length() - 1);
  }

  /** The seller-facing explanation: the phrase as written and what it does. */
  static String explanation(String explanation, FieldText field, PhraseMatcher.Match m) {
    return explanation(explanation, field, m.start(), m.end());
  }

  /** The seller-facing explanation of a span of the folded text. */
  static String explanation(String explanation, FieldText field, int foldedStart, int foldedEnd) {
    int s = field.sourceStartOfFolded(foldedStart);
    int e = Math.max(s, field.sourceEndOfFolded(foldedEnd));
    String phrase = Reporter.excerpt(field.source(), s, Math.min(e, field.source().length()));
    return "\u201C" + phrase.strip() + "\u201D " + explanation + (explanation.endsWith(".") ? "" : ".");
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + ruleId + "}";
  }
}
