package dev.parley.messaging.rules.classify;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.Analysis;
import dev.parley.messaging.rules.internal.analysis.Engines;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a message into one {@link Category} and says whether it is critical.
 *
 * <h2>How it decides</h2>
 *
 * <ol>
 *   <li>A declared SP-API type decides deterministically ({@link Category#ofType}); the text is not
 *       read and the confidence is 1.
 *   <li>A {@link MessageType#FREE_FORM} message is read: the subject, the body (for HTML, the text
 *       between tags) and the attachment file names are matched against one lexicon per category
 *       and language (resources {@code phrases/classify/<category>.<lang>.txt} in the lexicon
 *       format, all languages at once, so no language detection is needed), in the one matcher
 *       pass every bundled lexicon shares. Each pattern carries a weight ({@code => 3}; no
 *       tag means 1).
 *   <li>A category's score is the sum of its phrases' weights times the field's factor (subject
 *       {@link ClassifierSettings#subjectFactor()}, attachment names {@link
 *       ClassifierSettings#attachmentNameFactor()}, body 1). Overlapping phrases of one category
 *       count once, with the highest weight among them, and a pattern counts once per field, so
 *       repeating a word does not pile up score.
 *   <li>The same fields are read for concepts, the ones the wording rules combine (a problem, a
 *       delay, an address, a delivery to schedule, a personalisation, an invoice, a warranty, a
 *       return, instructions, a review, shipping, tracking, thanks, marketing), from each
 *       language's vocabulary. A concept that is a purpose of the field (not negated, not inside an
 *       offer of help or a sign-off, not on a courtesy line) adds its category's weight once per
 *       sentence, up to {@value #CONCEPT_CAP} per category and field, times {@link
 *       ClassifierSettings#conceptFactor()} (0.5) in a language with phrase lexicons or {@link
 *       ClassifierSettings#conceptOnlyFactor()} (1) in one without (Arabic); a concept on words a
 *       phrase of the same category already counted adds nothing. The evidence names the concept
 *       and the vocabulary line.
 *   <li>A negative weight marks counter-evidence, such as "we don't have a newsletter" against
 *       "newsletter": when it overlaps phrases of its category, it counts instead of them, and a
 *       concept of its category on its words counts for nothing and is no purpose ("delivered to
 *       your address" names no address to settle). A category's score never drops below 0.
 *   <li>Phrases on a courtesy line (at most {@value #COURTESY_LINE_TOKENS} words: "Hello Emily,",
 *       "Many thanks,") count with {@link ClassifierSettings#courtesyLineFactor()} (default 0),
 *       unless every line of the field is that short: greetings and sign-offs never decide.
 *   <li>{@link Category#THANK_YOU} means thanks and nothing else, so its score is multiplied by
 *       {@link ClassifierSettings#thanksWithContentFactor()} when another category reaches the
 *       minimum score.
 *   <li>Only the first {@link ClassifierSettings#maxCharactersPerField()} characters of each field
 *       are read, so the cost per message is bounded.
 *   <li>A critical purpose wins over a mention: when the best category is {@link
 *       Category#ORDER_UPDATE} or {@link Category#THANK_YOU} and a critical category whose purpose
 *       concepts the text expresses (a problem such as damage or a wrong item, an address, a
 *       delivery to schedule, a personalisation) reaches the minimum score, that category wins: a
 *       damage notice that names the tracking number is about the damage. A delay is no such
 *       purpose: RULES.md §3 lists delay and out-of-stock notices as officially non-critical, so a
 *       delay notice that asks the buyer nothing is an {@link Category#ORDER_UPDATE} (at least
 *       the minimum score, however few of its words the lexicons know) even when the new delivery
 *       date it gives reads as {@link Category#DELIVERY_SCHEDULING}.
 *   <li>The highest score wins; ties go to the category declared first in {@link Category}, except
 *       that a critical category must lead the best non-critical one by more than {@link
 *       ClassifierSettings#criticalLead()}, else the non-critical one wins if it reaches the minimum
 *       score: a message wrongly read
 *       as critical hides a real delivery risk, so ties lean to the non-critical reading. If the
 *       best score is below {@link ClassifierSettings#minimumScore()}, the message is {@link
 *       Category#OTHER} with low confidence: 0.2 when nothing matched, 0.1 when weak evidence
 *       pointed at some category (the message may well be about it).
 * </ol>
 *
 * <p>Confidence for text: {@code best / (best + second) * (0.5 + 0.5 * min(1, best / strong))}, so a
 * clear winner with strong evidence approaches 1 and a tie with weak evidence stays near 0.3.
 *
 * <p>Immutable and thread-safe; lexicons are loaded once at construction. Linear in the length of
 * the message up to the per-field bound, constant beyond it. Never throws on any message.
 */
public final class Classifier {
  private static final int MAX_EVIDENCE = 32;
  /** Lines of at most this many word tokens are greetings or sign-offs. */
  static final int COURTESY_LINE_TOKENS = 3;
  private static final double NO_EVIDENCE_CONFIDENCE = 0.2;
  private static final double WEAK_EVIDENCE_CONFIDENCE = 0.1;

  static {
    Engines.registerClassifier((classifier, analysis, context) -> classifier.classify(analysis, true, Direction.of(context)));
  }

  private final ClassifierSettings settings;
  private final int group;
  private final Map<String, Tag> tags;

  private Classifier(ClassifierSettings settings) {
    this.settings = settings;
    this.group = StandardLexicons.get().group(StandardLexicons.CLASSIFIER);
    this.tags = Tags.ALL;
  }

  /** The classifier's lexicons alone, for a classification outside a shared analysis; built on first use. */
  private static final class Alone {
    static final PhraseMatcher MATCHER = PhraseMatcher.compileGroups(List.of(StandardLexicons.get().files(StandardLexicons.CLASSIFIER)));
  }

  /** What each classifier lexicon line stands for, read once. */
  private static final class Tags {
    static final Map<String, Tag> ALL = loadTags();
  }

  /** {@return the classifier with default settings; built on first use and then shared} */
  public static Classifier standard() {
    return Standard.INSTANCE;
  }

  /** Holds the standard classifier, built once on first use. */
  private static final class Standard {
    static final Classifier INSTANCE = new Classifier(ClassifierSettings.defaults());
  }

  /**
   * {@return a classifier with the given settings}
   *
   * @param settings the parameters
   */
  public static Classifier of(ClassifierSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(ClassifierSettings.defaults()) ? standard() : new Classifier(settings);
  }

  /** {@return the settings} */
  public ClassifierSettings settings() {
    return settings;
  }

  /** The languages the classifier has phrase lexicons for, read once. */
  private static final class LexiconLanguages {
    static final Set<String> ALL = loadLanguages();
  }

  private static Set<String> loadLanguages() {
    Set<String> out = new HashSet<>();
    for (LexiconFile file : StandardLexicons.get().files(StandardLexicons.CLASSIFIER)) {
      String[] parts = file.name().split("\\.");
      out.add(parts[parts.length - 2]);
    }
    return Set.copyOf(out);
  }

  /** The category and weight of every line of the classifier's lexicons, by source ({@code file:line}). */
  private static Map<String, Tag> loadTags() {
    Map<String, Tag> tags = new HashMap<>();
    for (LexiconFile file : StandardLexicons.get().files(StandardLexicons.CLASSIFIER)) {
      Category category = categoryOf(file.name());
      for (LexiconFile.Line line : file.lines()) {
        // The weight is the line's tag; every pattern a line expands into carries the same tag.
        String pattern = line.patterns().get(0);
        int arrow = pattern.indexOf("=>");
        double weight = arrow < 0 ? 1.0 : parseWeight(pattern.substring(arrow + 2).strip(), file.name(), line.number());
        tags.put(line.source(), new Tag(category, weight, line.source()));
      }
    }
    return Map.copyOf(tags);
  }

  private static Category categoryOf(String fileName) {
    String stem = fileName.substring(0, fileName.indexOf('.'));
    for (Category c : Category.values()) {
      if (c != Category.OTHER && c.fileStem().equals(stem)) {
        return c;
      }
    }
    throw new IllegalStateException("classifier lexicon " + fileName + " names no category");
  }

  private static double parseWeight(String tag, String file, int lineNo) {
    try {
      double w = Double.parseDouble(tag);
      if (w != 0 && w >= -100 && w <= 100) {
        return w;
      }
    } catch (NumberFormatException e) {
      // reported below with the file and line
    }
    throw new IllegalArgumentException(file + ":" + lineNo + ": weight is invalid: got \"" + tag + "\", expected a non-zero number from -100 to 100");
  }

  /**
   * Classifies a message.
   *
   * @param message the message
   * @return the classification; never null
   */
  public Classification classify(Message message) {
    Objects.requireNonNull(message, "message");
    return classify(Analysis.of(message), false, Direction.UNKNOWN);
  }

  /**
   * Classifies a message sent in a known context. The context says whether the message replies
   * in a thread the buyer started, which settles readings the text alone leaves open:
   *
   * <ul>
   *   <li>a reply that resolves a problem the buyer reported (it names a refund, a replacement, a
   *       return, a new access key or a warranty repair at all, even below the minimum score) is
   *       about that resolution, {@link Category#RETURN} for instance, not an {@link
   *       Category#UNEXPECTED_PROBLEM} notice;
   *   <li>in a proactive message it is the other way round: a problem the seller reports (a wrong
   *       item, damage, a defect it found; {@link Category#UNEXPECTED_PROBLEM} is a purpose and
   *       scores at least {@link ClassifierSettings#problemOverRemedyScore()}) is the purpose of
   *       the notice, and the refund, replacement or return label it offers is the remedy, so the
   *       message is critical even when {@link Category#RETURN} scores higher; with a question to
   *       the buyer ("the shade is cracked: wait for a new one, or a refund?") a problem that merely
   *       reaches the minimum score is enough, for the order then needs the buyer's decision;
   *   <li>a reply that asks the buyer nothing and gives guidance is {@link
   *       Category#PRODUCT_GUIDANCE} rather than {@link Category#ORDER_DETAILS} (which size fits is
   *       an answer, not a detail the order needs), and a reply whose only evidence is a word of
   *       guidance is guidance rather than {@link Category#OTHER};
   *   <li>likewise, a notice the seller starts that a law requires (a recall, a safety warning,
   *       the take-back of electrical waste; {@link Category#LEGAL_DISCLOSURE} scores at least
   *       {@link ClassifierSettings#legalOverRemedyScore()}) is a legal disclosure, critical, even
   *       when the return, repair or safe-use advice it gives scores higher;
   *   <li>a proactive message whose only evidence is thanks is {@link Category#THANK_YOU} even
   *       below the minimum score;
   *   <li>in a proactive message with a question to the buyer, a detail the order needs ({@link
   *       Category#ORDER_DETAILS} at least the minimum score: "the courier needs your ID number for
   *       customs clearance; could you reply with it?") wins over the shipment the message names
   *       ({@link Category#ORDER_UPDATE}) unless the update leads by more than {@link
   *       ClassifierSettings#criticalLead()}: the shipment waits for the answer.
   * </ul>
   *
   * @param message the message
   * @param context the context it is sent in
   * @return the classification; never null
   */
  public Classification classify(Message message, CheckContext context) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(context, "context");
    return classify(Analysis.of(message), false, Direction.of(context));
  }

  /** Whether the message replies to the buyer, when the caller says. */
  private enum Direction {
    UNKNOWN,
    PROACTIVE,
    REPLY;

    static Direction of(CheckContext context) {
      return context.replyToBuyer() ? REPLY : PROACTIVE;
    }
  }

  /**
   * Classifies an analysed message. Shared (the entry point of {@code SendCheck}): the fields'
   * matches come from the one pass of every bundled lexicon, which the other engines read too.
   * Alone: only the classifier's lexicons are matched, which is all a classification needs.
   */
  private Classification classify(Analysis analysis, boolean shared, Direction direction) {
    Message message = analysis.message();
    if (message.type() != MessageType.FREE_FORM) {
      Category c = Category.ofType(message.type());
      if ((c == Category.ORDER_DETAILS || c == Category.DELIVERY_SCHEDULING) && asksForTheAddress(analysis, shared, c)) {
        // the order detail or delivery detail asked for is where the order goes: the shipping
        // address (all three critical)
        c = Category.SHIPPING_ADDRESS;
      }
      return Classification.builder()
          .category(c)
          .critical(settings.isCritical(c))
          .confidence(1.0)
          .basis(Classification.Basis.DECLARED_TYPE)
          .build();
    }
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    Map<Category, List<Evidence>> evidence = new EnumMap<>(Category.class);
    Set<Category> purposes = EnumSet.noneOf(Category.class);
    if (!message.subject().isEmpty()) {
      score(analysis.subject(), settings.subjectFactor(), shared, direction, scores, evidence, purposes);
      if (direction == Direction.REPLY && RuleInput.hasReplyPrefix(message.subject())) {
        // "Re: product defective" repeats the buyer's complaint: the reply answers it, and only the
        // seller's own text makes it a problem the order still has to settle. Likewise "Re: which
        // size?" repeats the buyer's question: only the seller's own text asks for a detail or a
        // personalisation the order needs.
        for (Category buyers : BUYERS_SUBJECT) {
          scores.remove(buyers);
          evidence.remove(buyers);
          purposes.remove(buyers);
        }
      }
    }
    String body = message.body();
    FieldText bodyField = message.bodyFormat() == BodyFormat.HTML
        ? new FieldText(MessageField.body(), body, blankTags(body), FieldText.SourceMap.IDENTITY)
        : analysis.plainBody();
    // A body read with its tags blanked is a field of the classifier's own: nothing to share.
    score(bodyField, 1.0, shared && message.bodyFormat() != BodyFormat.HTML, direction, scores, evidence, purposes);
    for (int i = 0; i < message.attachments().size(); i++) {
      score(analysis.attachmentName(i), settings.attachmentNameFactor(), shared, direction, scores, evidence, purposes);
    }
    FieldText subject = message.subject().isEmpty() ? null : analysis.subject();
    return decide(scores, evidence, purposes, direction, bodyField, subject);
  }

  /**
   * Whether the text of an order-details or delivery-details confirmation is about the shipping
   * address: {@link Category#SHIPPING_ADDRESS} reaches the minimum score and outscores the declared
   * type's own category ("the flat number is missing from your delivery address"; not "which
   * colour? we ship to your address tomorrow", nor "which day suits you? the driver has your
   * address").
   *
   * @param declared the category of the declared type: {@link Category#ORDER_DETAILS} or {@link Category#DELIVERY_SCHEDULING}
   */
  private boolean asksForTheAddress(Analysis analysis, boolean shared, Category declared) {
    Message message = analysis.message();
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    Map<Category, List<Evidence>> evidence = new EnumMap<>(Category.class);
    Set<Category> purposes = EnumSet.noneOf(Category.class);
    if (!message.subject().isEmpty()) {
      score(analysis.subject(), settings.subjectFactor(), shared, Direction.UNKNOWN, scores, evidence, purposes);
    }
    if (message.bodyFormat() != BodyFormat.HTML) {
      score(analysis.plainBody(), 1.0, shared, Direction.UNKNOWN, scores, evidence, purposes);
    }
    double address = scores.getOrDefault(Category.SHIPPING_ADDRESS, 0.0);
    return address >= settings.minimumScore() && address > scores.getOrDefault(declared, 0.0);
  }

  /**
   * {@return whether a field asks the buyer something}: a question that is not an offer of help
   * ("Any questions?"), or a request ({@link Concept#ASK}) outside one.
   */
  static boolean asksTheBuyer(ConceptIndex index) {
    for (ConceptIndex.Occurrence o : RuleGrammars.purposes(index)) {
      if (o.concept() == Concept.ASK) {
        return true;
      }
    }
    return asksAQuestion(index);
  }

  /** {@return whether a field holds a question that is not an offer of help ("Any questions?")} */
  static boolean asksAQuestion(ConceptIndex index) {
    boolean[] helps = new boolean[index.sentences()];
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.concept() == Concept.OFFER_HELP) {
        helps[o.sentence()] = true;
      }
    }
    for (int sentence = 0; sentence < index.sentences(); sentence++) {
      if (index.isQuestion(sentence) && !helps[sentence]) {
        return true;
      }
    }
    return false;
  }

  /** What kind of news a body is, if any (see {@link #news}). */
  enum News {
    /** Not news: it asks the buyer something, names a problem, or names neither a delay nor an unavailable item. */
    NONE,
    /** News of a delay that names no problem. */
    DELAY,
    /** News that the ordered item cannot be supplied (out of stock, discontinued, cancelled by the seller). */
    UNAVAILABLE,
    /**
     * A delay or an unavailable item with a question to the buyer ("wait, or cancel and refund?"):
     * not news but a decision the order needs, a problem to settle.
     */
    CHOICE
  }

  /**
   * {@return what news a body gives}: a delay or an item that cannot be supplied (out of stock,
   * discontinued, cancelled by the seller), not negated, in a body that asks the buyer nothing (no
   * question, no request outside an offer of help or a closing apology). With a question that
   * offers no help ("wait, or cancel and refund?") it is a {@link News#CHOICE}. A delay is news only
   * when no other problem (damage, a loss, a parcel held) is named; an unavailable item is news
   * whatever caused it ("the last sets were damaged, so we had to cancel"). RULES.md §3 lists
   * out-of-stock and delay notices as officially non-critical: the new date such a notice gives
   * is the update's content, not a delivery to schedule, and its "sorry" no problem the buyer
   * must settle.
   */
  static News news(ConceptIndex index) {
    boolean delay = false;
    boolean unavailable = false;
    boolean problem = false;
    boolean ask = false;
    for (ConceptIndex.Occurrence o : RuleGrammars.purposes(index)) {
      switch (o.concept()) {
        case ASK:
          ask = true;
          break;
        case PROBLEM:
          problem = true;
          break;
        case DELAY: case SPLIT:
          // an order in several parcels is news like a delay: with a question, a choice
          delay = true;
          break;
        case UNAVAILABLE:
          unavailable = true;
          break;
        default:
          break;
      }
    }
    if (!unavailable && !delay) {
      return News.NONE;
    }
    // "Any questions?" offers help; any other question, wherever it stands, asks the buyer to decide
    if (asksAQuestion(index)) {
      return News.CHOICE;
    }
    boolean question = false;
    for (int sentence = 0; sentence < index.sentences(); sentence++) {
      question |= index.isQuestion(sentence);
    }
    if (question || ask || !unavailable && problem) {
      return News.NONE;
    }
    return unavailable ? News.UNAVAILABLE : News.DELAY;
  }

  /**
   * Classifies plain text as the subject and body of a free-form message.
   *
   * @param subject the subject, possibly empty
   * @param body the body
   * @return the classification
   */
  public Classification classifyText(String subject, String body) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    Map<Category, List<Evidence>> evidence = new EnumMap<>(Category.class);
    Set<Category> purposes = EnumSet.noneOf(Category.class);
    if (!subject.isEmpty()) {
      score(FieldText.plain(MessageField.subject(), subject), settings.subjectFactor(), false, Direction.UNKNOWN, scores, evidence, purposes);
    }
    FieldText bodyField = FieldText.plain(MessageField.body(), body);
    score(bodyField, 1.0, false, Direction.UNKNOWN, scores, evidence, purposes);
    return decide(scores, evidence, purposes, Direction.UNKNOWN, bodyField, null);
  }

  /**
   * {@return the best category of a reply besides one it turned out not to be about}: the
   * highest-scoring other category that reaches the minimum score; failing that {@link
   * Category#PRODUCT_GUIDANCE} when any guidance scored (a reply that thanks the buyer and answers
   * the question is about the answer, however weakly worded); else OTHER. A reply settles
   * nothing critical by what it merely mentions, so a critical runner-up (a "sorry" read as a
   * problem) gives OTHER too.
   */
  private Category nextPlain(Map<Category, Double> scores, Category not) {
    Category next = Category.OTHER;
    double nextScore = 0;
    for (Map.Entry<Category, Double> e : scores.entrySet()) {
      if (e.getKey() != not && e.getValue() >= settings.minimumScore() && e.getValue() > nextScore) {
        next = e.getKey();
        nextScore = e.getValue();
      }
    }
    if (next == Category.OTHER && not != Category.PRODUCT_GUIDANCE && scores.getOrDefault(Category.PRODUCT_GUIDANCE, 0.0) > 0) {
      // Below the minimum, a word of guidance is still the reply's lead: "thank you for your
      // kind words; yes, the kettle holds 1.7 l" answers a question about the product.
      return Category.PRODUCT_GUIDANCE;
    }
    return settings.isCritical(next) ? Category.OTHER : next;
  }

  /**
   * Categories a reply is about only when its text does what they name, in this order: a review
   * request when it asks for a review, a promotion when the promotion grammar holds, a thank-you
   * when thanks are all it says (a reply that thanks the buyer and answers the question is about
   * the answer).
   */
  private static final Map<Category, java.util.function.Predicate<ConceptIndex>> REPLY_SAYS = replySays();

  private static Map<Category, java.util.function.Predicate<ConceptIndex>> replySays() {
    Map<Category, java.util.function.Predicate<ConceptIndex>> m = new java.util.LinkedHashMap<>();
    m.put(Category.REVIEW_REQUEST, RuleGrammars::asksForReviewInReply);
    m.put(Category.PROMOTION, index -> !RuleGrammars.PROMOTION.find(index).isEmpty());
    m.put(Category.THANK_YOU, index -> RuleGrammars.thanksOnly(index, THANKS_ONLY_WORDS) != null);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The words of content a sentence of thanks may hold, as {@code message.thank-you-only} counts
   * them by default ({@link dev.parley.messaging.rules.content.ContentSettings#thankYouOnlyMaxOtherWords()}).
   */
  private static final int THANKS_ONLY_WORDS = dev.parley.messaging.rules.content.ContentSettings.defaults().thankYouOnlyMaxOtherWords();

  /**
   * Categories a reply's subject with a reply prefix ("Re:", "AW:", "Ynt:") says nothing of: it
   * repeats the buyer's complaint ("Re: product defective") or question ("Re: which size?", "Re:
   * other colours?"), which the reply answers; a detail or a personalisation the order needs is
   * asked for in the seller's own text.
   */
  private static final List<Category> BUYERS_SUBJECT = List.of(Category.UNEXPECTED_PROBLEM, Category.ORDER_DETAILS, Category.PRODUCT_CUSTOMIZATION);

  /** {@return whether a set of tokens (null: none) holds one of {@code first} to {@code last}} */
  private static boolean overlaps(java.util.BitSet tokens, int first, int last) {
    if (tokens == null) {
      return false;
    }
    int next = tokens.nextSetBit(first);
    return next >= 0 && next <= last;
  }

  /** What a reply to a buyer's problem gives: its category when it resolves the problem. */
  private static final List<Category> REMEDIES = List.of(Category.RETURN, Category.DIGITAL_ACCESS_KEY, Category.WARRANTY);

  /** What a notice a law requires tells the buyer to do: return it, have it repaired, use it safely. */
  private static final Set<Category> LEGAL_REMEDIES = Set.copyOf(EnumSet.of(Category.RETURN, Category.WARRANTY, Category.PRODUCT_GUIDANCE));

  /** Categories a critical purpose wins over: mentions most messages make. */
  private static final Set<Category> MENTIONS = Set.copyOf(EnumSet.of(Category.ORDER_UPDATE, Category.THANK_YOU));

  /**
   * Categories a review request wins over: a review asked for next to a gift card, a discount, the
   * delivery or thanks is a review request (with an incentive, judged by its rule), not marketing.
   */
  private static final Set<Category> REVIEW_OUTRANKS = Set.copyOf(EnumSet.of(Category.PROMOTION, Category.ORDER_UPDATE, Category.THANK_YOU));

  /**
   * Categories a review request that the review rules judge wins over as well, in a message the
   * seller starts: a change asked for after a refund, a longer warranty traded for a review, is
   * about the review, however much of the message is the refund or the warranty it trades on. (A
   * reply that settles the buyer's return keeps its remedy category, as {@link #decide} has it for
   * problems.)
   */
  private static final Set<Category> REVIEW_DEAL_OUTRANKS = Set.copyOf(EnumSet.of(Category.RETURN, Category.WARRANTY));

  /** The review rules whose grammar makes a deal of the review: something of value for it, or its change. */
  private static final List<Grammar.Definition> REVIEW_DEALS = List.of(RuleGrammars.INCENTIVE, RuleGrammars.CHANGE_REQUEST);

  /**
   * {@return whether the grammar of an incentive or of a change request has a hit in the field
   * that the seller does not deny in its sentence} ("we do not offer gifts or refunds in exchange
   * for reviews" is a policy; "if you are satisfied with the refund, you can update your feedback"
   * the neutral sentence, whichever rule reads it)
   */
  private static boolean asksForAReviewDeal(FieldText field) {
    for (Grammar.Definition deal : REVIEW_DEALS) {
      for (Grammar.Hit hit : field.grammarHits(deal)) {
        if (!RuleGrammars.deniedInSentence(field.concepts(), hit.firstToken(), hit.lastToken())) {
          return true;
        }
      }
    }
    return false;
  }

  private Classification decide(Map<Category, Double> raw, Map<Category, List<Evidence>> evidence, Set<Category> purposes, Direction direction,
      FieldText body, FieldText subject) {
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    boolean content = false;
    boolean other = false;
    for (Map.Entry<Category, Double> e : raw.entrySet()) {
      if (e.getValue() > 0) {
        scores.put(e.getKey(), e.getValue());
        content |= e.getKey() != Category.THANK_YOU && e.getValue() >= settings.minimumScore();
        other |= e.getKey() != Category.THANK_YOU;
      }
    }
    if (content) {
      scores.computeIfPresent(Category.THANK_YOU, (k, v) -> v * settings.thanksWithContentFactor());
    }
    if (direction == Direction.PROACTIVE && !other && scores.containsKey(Category.THANK_YOU)) {
      // A proactive message whose only evidence is thanks is a thank-you, however little it says.
      scores.put(Category.THANK_YOU, Math.max(scores.get(Category.THANK_YOU), settings.minimumScore()));
    }
    Category best = null;
    double bestScore = 0;
    Category bestPlain = null;
    double bestPlainScore = 0;
    for (Category c : Category.values()) {
      double s = scores.getOrDefault(c, 0.0);
      if (best == null || s > bestScore) {
        best = c;
        bestScore = s;
      }
      if (!settings.isCritical(c) && c != Category.OTHER && (bestPlain == null || s > bestPlainScore)) {
        bestPlain = c;
        bestPlainScore = s;
      }
    }
    // A critical purpose the text expresses wins over a mention of shipping or thanks: a delay
    // notice that names the tracking number is about the delay.
    if (REVIEW_OUTRANKS.contains(best) && purposes.contains(Category.REVIEW_REQUEST)
        && scores.getOrDefault(Category.REVIEW_REQUEST, 0.0) >= settings.minimumScore()) {
      best = Category.REVIEW_REQUEST;
      bestScore = scores.get(Category.REVIEW_REQUEST);
    }
    if (direction == Direction.PROACTIVE && REVIEW_DEAL_OUTRANKS.contains(best) && asksForAReviewDeal(body)) {
      best = Category.REVIEW_REQUEST;
      bestScore = Math.max(scores.getOrDefault(Category.REVIEW_REQUEST, 0.0), settings.minimumScore());
      scores.put(Category.REVIEW_REQUEST, bestScore);
      purposes.add(Category.REVIEW_REQUEST);
    }
    // News that asks nothing is no critical purpose (RULES.md §3: out-of-stock and delay notices
    // are non-critical). A delay kept as an update stays one: its new date schedules nothing. An
    // item the seller cannot supply is the update, or the refund the notice confirms, however
    // much its apology weighs as a problem.
    News news = best == Category.ORDER_UPDATE || best == Category.UNEXPECTED_PROBLEM || best == Category.DELIVERY_SCHEDULING
        || direction != Direction.REPLY && best == Category.RETURN
        ? news(body.concepts()) : News.NONE;
    if (news == News.DELAY && best == Category.DELIVERY_SCHEDULING) {
      // "ships a few days later than planned; the new delivery date is 14 March": the date is the
      // delay's news, no delivery the buyer has to arrange (a question would make it a choice)
      best = Category.ORDER_UPDATE;
      bestScore = Math.max(scores.getOrDefault(Category.ORDER_UPDATE, 0.0), settings.minimumScore());
      scores.put(Category.ORDER_UPDATE, bestScore);
    }
    if ((news == News.DELAY || news == News.UNAVAILABLE) && best == Category.ORDER_UPDATE && bestScore < settings.minimumScore()) {
      // news that asks nothing is an update however few of its words the lexicons know: "ships a
      // few days later than planned; estimated delivery 14 March" (its date is no delivery to schedule)
      bestScore = settings.minimumScore();
      scores.put(Category.ORDER_UPDATE, bestScore);
    }
    if (news == News.UNAVAILABLE && best == Category.UNEXPECTED_PROBLEM) {
      double update = Math.max(scores.getOrDefault(Category.ORDER_UPDATE, 0.0), settings.minimumScore());
      if (bestPlain != null && bestPlain != Category.ORDER_UPDATE && bestPlainScore > update) {
        best = bestPlain;
        bestScore = bestPlainScore;
      } else {
        best = Category.ORDER_UPDATE;
        bestScore = update;
        scores.put(Category.ORDER_UPDATE, update);
      }
    }
    boolean decision = false;
    if (news == News.CHOICE && (best == Category.ORDER_UPDATE || best == Category.RETURN)) {
      decision = true;
      // a delay or an unavailable item with a question to the buyer: the order needs a decision,
      // and the refund it offers ("wait, or cancel and refund?") is one of the answers
      best = Category.UNEXPECTED_PROBLEM;
      bestScore = Math.max(scores.getOrDefault(Category.UNEXPECTED_PROBLEM, 0.0), settings.minimumScore());
      scores.put(Category.UNEXPECTED_PROBLEM, bestScore);
      purposes.add(Category.UNEXPECTED_PROBLEM);
    }
    if (MENTIONS.contains(best) && (news == News.NONE || news == News.CHOICE || best != Category.ORDER_UPDATE)) {
      Category purpose = null;
      for (Category c : purposes) {
        double s = scores.getOrDefault(c, 0.0);
        if (settings.isCritical(c) && s >= settings.minimumScore() && (purpose == null || s > scores.get(purpose))) {
          purpose = c;
        }
      }
      if (purpose != null) {
        best = purpose;
        bestScore = scores.get(purpose);
      }
    }
    // (a decision the order needs keeps its critical reading: the refund it offers is one of the answers)
    if (!decision && settings.isCritical(best) && !(purposes.contains(best) && MENTIONS.contains(bestPlain)) && bestPlainScore >= settings.minimumScore()
        && bestScore - bestPlainScore <= settings.criticalLead()) {
      best = bestPlain;
      bestScore = bestPlainScore;
    }
    if (direction == Direction.PROACTIVE && best == Category.RETURN && purposes.contains(Category.UNEXPECTED_PROBLEM)
        && scores.getOrDefault(Category.UNEXPECTED_PROBLEM, 0.0) >= settings.problemOverRemedyScore()) {
      // A problem the seller reports is the purpose of its notice; the refund or replacement is the remedy.
      best = Category.UNEXPECTED_PROBLEM;
      bestScore = scores.get(Category.UNEXPECTED_PROBLEM);
    }
    if (direction == Direction.PROACTIVE && best == Category.RETURN && purposes.contains(Category.UNEXPECTED_PROBLEM)
        && scores.getOrDefault(Category.UNEXPECTED_PROBLEM, 0.0) >= settings.minimumScore() && asksAQuestion(body.concepts())) {
      // A problem the seller found, with a question to the buyer ("the shade is cracked: wait for
      // a new one, or a refund?"), is a decision the order needs; the refund is one of the answers.
      best = Category.UNEXPECTED_PROBLEM;
      bestScore = scores.get(Category.UNEXPECTED_PROBLEM);
    }
    if (direction == Direction.PROACTIVE && best == Category.ORDER_UPDATE && bestScore - scores.getOrDefault(Category.ORDER_DETAILS, 0.0) <= settings.criticalLead()
        && scores.getOrDefault(Category.ORDER_DETAILS, 0.0) >= settings.minimumScore() && asksAQuestion(body.concepts())) {
      // A detail the order needs, asked with a question ("the courier needs your ID number for
      // customs clearance; could you reply with it?"), is the message's purpose; the shipment it
      // names ("is being shipped to Norway") is a mention, which only a clear lead keeps (s23).
      best = Category.ORDER_DETAILS;
      bestScore = scores.get(Category.ORDER_DETAILS);
    }
    if (direction == Direction.PROACTIVE && best == Category.INVOICE
        && scores.getOrDefault(Category.ORDER_DETAILS, 0.0) >= settings.minimumScore() && asksTheBuyer(body.concepts())) {
      // The buyer's tax number that the invoice needs, asked for ("a Sefaz recusa a emissão:
      // precisamos do CPF do destinatário, você pode responder com o número?"), is data the order
      // needs before it ships; the invoice is what the data is for, not what the message sends (s21).
      best = Category.ORDER_DETAILS;
      bestScore = scores.get(Category.ORDER_DETAILS);
    }
    if (direction == Direction.PROACTIVE && LEGAL_REMEDIES.contains(best)
        && scores.getOrDefault(Category.LEGAL_DISCLOSURE, 0.0) >= settings.legalOverRemedyScore()) {
      // A recall, safety warning or disposal duty the seller notifies is the purpose of its
      // notice; the return, repair or safe-use advice it gives is how the buyer acts on it.
      best = Category.LEGAL_DISCLOSURE;
      bestScore = scores.get(Category.LEGAL_DISCLOSURE);
    }
    if (direction == Direction.REPLY && best == Category.UNEXPECTED_PROBLEM) {
      // A reply that resolves the problem the buyer reported is about the remedy: a return or
      // refund, a new access key, a warranty repair.
      Category remedy = null;
      for (Category c : REMEDIES) {
        double s = scores.getOrDefault(c, 0.0);
        if (s > 0 && (remedy == null || s > scores.get(remedy))) {
          remedy = c;
        }
      }
      if (remedy != null) {
        // the problem the reply answers is evidence of its remedy too: a remedy named once is enough
        best = remedy;
        bestScore = Math.max(scores.get(remedy), settings.minimumScore());
        scores.put(remedy, bestScore);
      }
    }
    if (direction == Direction.REPLY && (best == Category.ORDER_DETAILS || best == Category.PRODUCT_CUSTOMIZATION)
        && scores.getOrDefault(Category.PRODUCT_GUIDANCE, 0.0) > 0 && !asksTheBuyer(body.concepts())) {
      // A reply that asks the buyer nothing answers a question about the product (which size
      // fits, how to measure, what the dimensions are): guidance, not a detail or a
      // personalisation the order still needs.
      best = Category.PRODUCT_GUIDANCE;
      bestScore = Math.max(scores.get(Category.PRODUCT_GUIDANCE), settings.minimumScore());
      scores.put(Category.PRODUCT_GUIDANCE, bestScore);
    }
    // A reply that names reviews or a sale without asking for a review or promoting anything ("we
    // cannot edit or remove reviews", "the lower price was Amazon's own Prime Day deal"), or that
    // thanks the buyer and answers, is about whatever else it says (a return, a warranty), or
    // nothing the categories name.
    for (Map.Entry<Category, java.util.function.Predicate<ConceptIndex>> said : REPLY_SAYS.entrySet()) {
      java.util.function.Predicate<ConceptIndex> says = said.getValue();
      if (direction == Direction.REPLY && best == said.getKey() && !says.test(body.concepts()) && (subject == null || !says.test(subject.concepts()))) {
        Category next = nextPlain(scores, best);
        bestScore = scores.getOrDefault(next == Category.OTHER ? best : next, 0.0);
        best = next;
      }
    }
    double second = 0;
    for (Map.Entry<Category, Double> e : scores.entrySet()) {
      if (e.getKey() != best) {
        second = Math.max(second, e.getValue());
      }
    }
    Classification.Builder b = Classification.builder().scores(scores);
    if (bestScore < settings.minimumScore() && direction == Direction.REPLY && scores.getOrDefault(Category.PRODUCT_GUIDANCE, 0.0) > 0
        && scores.getOrDefault(Category.PRODUCT_GUIDANCE, 0.0) >= bestScore) {
      // A reply whose only lead is a word of how to use or fit the product answers a question about it.
      return b.category(Category.PRODUCT_GUIDANCE)
          .critical(settings.isCritical(Category.PRODUCT_GUIDANCE))
          .confidence(WEAK_EVIDENCE_CONFIDENCE)
          .basis(Classification.Basis.TEXT)
          .evidence(evidence.getOrDefault(Category.PRODUCT_GUIDANCE, List.of()))
          .build();
    }
    if (bestScore < settings.minimumScore()) {
      return b.category(Category.OTHER)
          .critical(settings.isCritical(Category.OTHER))
          .confidence(scores.isEmpty() ? NO_EVIDENCE_CONFIDENCE : WEAK_EVIDENCE_CONFIDENCE)
          .basis(Classification.Basis.TOO_LITTLE_EVIDENCE)
          .build();
    }
    double margin = bestScore / (bestScore + second);
    double strength = Math.min(1.0, bestScore / settings.strongScore());
    double confidence = Math.round(margin * (0.5 + 0.5 * strength) * 1000) / 1000.0;
    List<Evidence> chosen = new ArrayList<>(evidence.getOrDefault(best, List.of()));
    return b.category(best)
        .critical(settings.isCritical(best))
        .confidence(confidence)
        .basis(Classification.Basis.TEXT)
        .evidence(chosen.size() > MAX_EVIDENCE ? chosen.subList(0, MAX_EVIDENCE) : chosen)
        .build();
  }

  /**
   * Scores one field. The field's folded text, tokens and lexicon matches are shared with the other
   * engines; a field longer than the per-field bound is read as a new field of its first
   * characters, which is matched on its own.
   */
  private void score(FieldText given, double factor, boolean shared, Direction direction, Map<Category, Double> scores,
      Map<Category, List<Evidence>> evidence, Set<Category> purposes) {
    MessageField field = given.field();
    String source = given.source();
    String scanText = given.scanText();
    FieldText read = given;
    int limit = settings.maxCharactersPerField();
    if (scanText.length() > limit) {
      int cut = Character.isHighSurrogate(scanText.charAt(limit - 1)) ? limit - 1 : limit;
      read = new FieldText(field, source, scanText.substring(0, cut), FieldText.SourceMap.IDENTITY);
    }
    NormalizedText norm = read.normalized();
    Tokens tokens = read.tokens();
    // A field cut to the bound is the classifier's own too: only its lexicons are matched there.
    List<PhraseMatcher.Match> matches = shared && read == given ? read.lexiconMatches(group) : Alone.MATCHER.find(tokens);
    boolean[] courtesy = courtesyTokens(norm.text(), tokens);
    // Words of a threat or of contempt ("we have your address, so ...") say nothing of the category:
    // the address held over the buyer is no address to settle.
    markHostile(read.concepts(), courtesy);
    // Tokens each category's phrases cover: a concept on them is the same evidence, counted once.
    Map<Category, java.util.BitSet> phraseTokens = new EnumMap<>(Category.class);
    // Tokens each category's counter-evidence covers: a concept on them is no sign of the category.
    Map<Category, java.util.BitSet> counterTokens = new EnumMap<>(Category.class);
    List<Hit> hits = new ArrayList<>(matches.size());
    for (PhraseMatcher.Match m : matches) {
      double lineFactor = courtesy[m.firstToken()] ? settings.courtesyLineFactor() : 1.0;
      Hit hit = new Hit(m, tags.get(m.source()), lineFactor);
      hits.add(hit);
      phraseTokens.computeIfAbsent(hit.category, k -> new java.util.BitSet()).set(m.firstToken(), m.lastToken() + 1);
      if (hit.weight < 0) {
        counterTokens.computeIfAbsent(hit.category, k -> new java.util.BitSet()).set(m.firstToken(), m.lastToken() + 1);
      }
    }
    if (settings.conceptFactor() > 0 || settings.conceptOnlyFactor() > 0) {
      scoreConcepts(read, source, factor, direction, courtesy, phraseTokens, counterTokens, scores, evidence, purposes);
    }
    // Cluster overlapping hits per category; each cluster counts with its heaviest unused pattern.
    hits.sort(Comparator.comparing((Hit h) -> h.category).thenComparingInt(h -> h.match.start()).thenComparingInt(h -> h.match.end()));
    Set<String> used = new HashSet<>();
    int i = 0;
    while (i < hits.size()) {
      Hit first = hits.get(i);
      int clusterEnd = first.match.end();
      Hit heaviest = null;
      Hit counter = null;
      int j = i;
      while (j < hits.size() && hits.get(j).category == first.category && hits.get(j).match.start() < clusterEnd) {
        Hit h = hits.get(j);
        clusterEnd = Math.max(clusterEnd, h.match.end());
        if (h.weight < 0) {
          if (counter == null || h.weight < counter.weight) {
            counter = h;
          }
        } else if (!used.contains(h.origin) && (heaviest == null || h.weight > heaviest.weight)) {
          heaviest = h;
        }
        j++;
      }
      // Counter-evidence ("no newsletter") replaces the phrases it overlaps ("newsletter").
      if (counter != null) {
        heaviest = counter;
      }
      if (heaviest != null && heaviest.lineFactor > 0) {
        used.add(heaviest.origin);
        double w = heaviest.weight * factor * heaviest.lineFactor;
        scores.merge(heaviest.category, w, Double::sum);
        List<Evidence> list = evidence.computeIfAbsent(heaviest.category, k -> new ArrayList<>());
        if (list.size() < MAX_EVIDENCE) {
          int s = Math.min(norm.originalStart(heaviest.match.start()), source.length());
          int e = Math.max(s, Math.min(norm.originalEnd(heaviest.match.end()), source.length()));
          list.add(Evidence.builder()
              .category(heaviest.category)
              .field(field)
              .start(s)
              .end(e)
              .phrase(source.substring(s, e))
              .pattern(heaviest.match.pattern())
              .origin(heaviest.origin)
              .weight(w)
              .build());
        }
      }
      i = j;
    }
  }

  /**
   * Scores one field by the concepts it expresses, the same concepts the wording rules read, so
   * every language with a vocabulary is classified at the same depth. Each concept that is a
   * purpose of the field (not negated, not inside an offer of help or a sign-off, not on a
   * courtesy line) adds its category's weight ({@link #CONCEPT_WEIGHTS}) once per sentence, times
   * {@link ClassifierSettings#conceptFactor()}; a category gains at most {@link #CONCEPT_CAP} per
   * field. Categories whose purpose concepts are present are recorded in {@code purposes}: a
   * critical purpose then wins over a mention of shipping or thanks. A concept on words that
   * counter-evidence of its category covers ("your order was delivered to your address", "the
   * estimated delivery date is Friday") adds nothing and is no purpose: the lexicon says those
   * words are not the category's sign. In a message the seller
   * starts, a product fact ({@link #ANSWERS}) adds nothing: only a reply answers with it; nor does
   * one in a question ("could you send us the model number of your barbecue?" asks for a detail)
   * or one that an offer of help is about ("we're happy to help if you have questions about the
   * dimensions").
   */
  private void scoreConcepts(FieldText field, String source, double factor, Direction direction, boolean[] courtesy,
      Map<Category, java.util.BitSet> phraseTokens, Map<Category, java.util.BitSet> counterTokens, Map<Category, Double> scores, Map<Category, List<Evidence>> evidence, Set<Category> purposes) {
    ConceptIndex index = field.concepts();
    NormalizedText norm = field.normalized();
    scoreGrammars(field, index, norm, source, factor, courtesy, scores, evidence, purposes);
    Map<Category, Double> gained = new EnumMap<>(Category.class);
    Map<Category, Integer> lastSentence = new EnumMap<>(Category.class);
    for (ConceptIndex.Occurrence o : RuleGrammars.purposes(index)) {
      ConceptWeight cw = CONCEPT_WEIGHTS.get(o.concept());
      if (cw == null || courtesy[o.firstToken()] || ANSWERS.contains(o.concept()) && (direction == Direction.PROACTIVE
          || index.isQuestion(o.sentence()) || RuleGrammars.inHelpScope(index, o.firstToken(), o.lastToken(), o.language()))) {
        continue;
      }
      if (overlaps(counterTokens.get(cw.category()), o.firstToken(), o.lastToken())) {
        // Counter-evidence of the category covers these words ("delivered to your address", "the
        // estimated delivery date"): the concept there is neither evidence nor a purpose.
        continue;
      }
      if (overlaps(phraseTokens.get(cw.category()), o.firstToken(), o.lastToken())) {
        // The phrase lexicon counted these words already; a purpose stays a purpose.
        if (cw.purpose()) {
          purposes.add(cw.category());
        }
        continue;
      }
      Integer last = lastSentence.get(cw.category());
      if (last != null && last == o.sentence()) {
        continue;
      }
      lastSentence.put(cw.category(), o.sentence());
      double before = gained.getOrDefault(cw.category(), 0.0);
      double conceptFactor = LexiconLanguages.ALL.contains(o.language()) ? settings.conceptFactor() : settings.conceptOnlyFactor();
      double w = Math.min(cw.weight() * conceptFactor * factor, CONCEPT_CAP * factor - before);
      if (w <= 0) {
        continue;
      }
      gained.put(cw.category(), before + w);
      scores.merge(cw.category(), w, Double::sum);
      if (cw.purpose()) {
        purposes.add(cw.category());
      }
      List<Evidence> list = evidence.computeIfAbsent(cw.category(), k -> new ArrayList<>());
      if (list.size() < MAX_EVIDENCE) {
        int st = Math.min(norm.originalStart(o.start()), source.length());
        int en = Math.max(st, Math.min(norm.originalEnd(o.end()), source.length()));
        list.add(Evidence.builder()
            .category(cw.category())
            .field(field.field())
            .start(st)
            .end(en)
            .phrase(source.substring(st, en))
            .pattern("concept " + o.concept())
            .origin("concepts/" + o.origin())
            .weight(w)
            .build());
      }
    }
  }

  /**
   * Scores one field by the wording rules' grammar: a sentence that asks for a review the way
   * {@code review.*} describes it (an incentive, a positive-only or change request, a reminder) is
   * a review request, one that markets the way {@code content.promotion} describes it is a
   * promotion, and one that confirms the order or its shipment is an order update when the field
   * has no other point ({@link RuleGrammars#hasOtherPurpose}). A combination
   * of concepts in one sentence says more than any of its words, so each hit adds {@value
   * #GRAMMAR_WEIGHT} (times the concept factor and the field's factor) once per sentence, up to
   * {@link #CONCEPT_CAP} per category; a review request found so is a purpose.
   */
  private void scoreGrammars(FieldText field, ConceptIndex index, NormalizedText norm, String source, double factor, boolean[] courtesy,
      Map<Category, Double> scores, Map<Category, List<Evidence>> evidence, Set<Category> purposes) {
    Map<Category, Double> gained = new EnumMap<>(Category.class);
    boolean otherPurpose = RuleGrammars.hasOtherPurpose(index);
    for (Map.Entry<Grammar.Definition, Category> g : GRAMMAR_CATEGORIES.entrySet()) {
      Category category = g.getValue();
      if (category == Category.ORDER_UPDATE && otherPurpose) {
        // As in message.order-confirmation: a confirmation next to another point is a mention.
        continue;
      }
      int lastSentence = -1;
      for (Grammar.Hit hit : field.grammarHits(g.getKey())) {
        ConceptIndex.Occurrence first = hit.occurrences().get(0);
        if (courtesy[hit.firstToken()] || first.sentence() == lastSentence) {
          continue;
        }
        lastSentence = first.sentence();
        double conceptFactor = LexiconLanguages.ALL.contains(first.language()) ? settings.conceptFactor() : settings.conceptOnlyFactor();
        double before = gained.getOrDefault(category, 0.0);
        double w = Math.min(GRAMMAR_WEIGHT * conceptFactor * factor, CONCEPT_CAP * factor - before);
        if (w <= 0) {
          break;
        }
        gained.put(category, before + w);
        scores.merge(category, w, Double::sum);
        if (category == Category.REVIEW_REQUEST) {
          purposes.add(category);
        }
        List<Evidence> list = evidence.computeIfAbsent(category, k -> new ArrayList<>());
        if (list.size() < MAX_EVIDENCE) {
          int st = Math.min(norm.originalStart(hit.start()), source.length());
          int en = Math.max(st, Math.min(norm.originalEnd(hit.end()), source.length()));
          list.add(Evidence.builder()
              .category(category)
              .field(field.field())
              .start(st)
              .end(en)
              .phrase(source.substring(st, en))
              .pattern("grammar " + g.getKey().name())
              .origin("concepts/" + first.origin())
              .weight(w)
              .build());
        }
      }
    }
  }

  /** What one grammar hit weighs before the concept factor: a phrase that states the purpose. */
  static final double GRAMMAR_WEIGHT = 4.0;

  /** The wording rules' grammar definitions whose hits point at a category. */
  private static final Map<Grammar.Definition, Category> GRAMMAR_CATEGORIES = grammarCategories();

  private static Map<Grammar.Definition, Category> grammarCategories() {
    Map<Grammar.Definition, Category> m = new java.util.LinkedHashMap<>();
    for (Grammar.Definition d : List.of(RuleGrammars.INCENTIVE, RuleGrammars.POSITIVE_ONLY, RuleGrammars.CHANGE_REQUEST, RuleGrammars.REVIEW_REMINDER)) {
      m.put(d, Category.REVIEW_REQUEST);
    }
    m.put(RuleGrammars.PROMOTION, Category.PROMOTION);
    m.put(RuleGrammars.ORDER_CONFIRMATION, Category.ORDER_UPDATE);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Most score concepts give one category in one field, before the field's factor. */
  static final double CONCEPT_CAP = 4.0;

  /** What a concept says about a message's category: the category, its weight, and whether it is a purpose. */
  private record ConceptWeight(Category category, double weight, boolean purpose) {}

  /**
   * The concepts that point at a category. A problem, a delay, an address, a delivery to schedule
   * or a personalisation is a purpose: the message is for it, and it wins over a mention of
   * shipping or thanks. Shipping, tracking and thanks are mentions that most messages make.
   */
  private static final Map<Concept, ConceptWeight> CONCEPT_WEIGHTS = conceptWeights();

  private static Map<Concept, ConceptWeight> conceptWeights() {
    Map<Concept, ConceptWeight> m = new EnumMap<>(Concept.class);
    m.put(Concept.PROBLEM, new ConceptWeight(Category.UNEXPECTED_PROBLEM, 2.0, true));
    // An item that cannot be supplied is a problem to settle when the seller asks the buyer to
    // choose (wait, an alternative, cancel); a notice that asks nothing is news (see news()).
    m.put(Concept.UNAVAILABLE, new ConceptWeight(Category.UNEXPECTED_PROBLEM, 2.0, true));
    // RULES.md §3 lists delay and out-of-stock notices as officially non-critical: a delay is news of
    // the order (ORDER_UPDATE), no purpose that outranks a shipping update; a problem it comes with
    // (damage, a wrong item, a decision the buyer must make) scores on its own.
    m.put(Concept.DELAY, new ConceptWeight(Category.ORDER_UPDATE, 2.0, false));
    // An order in several parcels is news of the order too, no problem the buyer must settle.
    m.put(Concept.SPLIT, new ConceptWeight(Category.ORDER_UPDATE, 2.0, false));
    m.put(Concept.ADDRESS, new ConceptWeight(Category.SHIPPING_ADDRESS, 2.0, true));
    m.put(Concept.SCHEDULE, new ConceptWeight(Category.DELIVERY_SCHEDULING, 2.0, true));
    m.put(Concept.CUSTOMIZE, new ConceptWeight(Category.PRODUCT_CUSTOMIZATION, 2.0, true));
    m.put(Concept.INVOICE, new ConceptWeight(Category.INVOICE, 2.0, false));
    m.put(Concept.WARRANTY, new ConceptWeight(Category.WARRANTY, 1.5, false));
    m.put(Concept.RETURN, new ConceptWeight(Category.RETURN, 1.5, false));
    m.put(Concept.INSTRUCTIONS, new ConceptWeight(Category.PRODUCT_GUIDANCE, 1.5, false));
    // A recommendation or a tip ("we recommend size M", "wash at 30 °C") is guidance on the product.
    m.put(Concept.ADVICE, new ConceptWeight(Category.PRODUCT_GUIDANCE, 1.0, false));
    // Which sizes or colours the listing offers is an answer about the product.
    m.put(Concept.VARIANT, new ConceptWeight(Category.PRODUCT_GUIDANCE, 1.5, false));
    // A technical rating (2200 W, 220–240 V, IP44) is an answer about the product too.
    m.put(Concept.SPEC, new ConceptWeight(Category.PRODUCT_GUIDANCE, 1.0, false));
    m.put(Concept.REVIEW, new ConceptWeight(Category.REVIEW_REQUEST, 2.0, true));
    m.put(Concept.FEEDBACK, new ConceptWeight(Category.REVIEW_REQUEST, 2.0, true));
    m.put(Concept.SHIPPED, new ConceptWeight(Category.ORDER_UPDATE, 2.0, false));
    m.put(Concept.TRACKING, new ConceptWeight(Category.ORDER_UPDATE, 1.0, false));
    m.put(Concept.CONFIRM, new ConceptWeight(Category.ORDER_UPDATE, 2.0, false));
    m.put(Concept.DELIVERED, new ConceptWeight(Category.ORDER_UPDATE, 1.0, false));
    m.put(Concept.THANKS, new ConceptWeight(Category.THANK_YOU, 1.0, false));
    for (Concept c : List.of(Concept.PROMO, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP, Concept.SOCIAL, Concept.NEWSLETTER, Concept.NEXT_PURCHASE)) {
      m.put(c, new ConceptWeight(Category.PROMOTION, 1.5, false));
    }
    return m;
  }

  /**
   * Concepts that are an answer about the product only in a reply: a product fact ({@link
   * Concept#SPEC}: a measure with its unit, a material, what it fits or is safe for, a part
   * number). In a reply it answers the buyer's question; in a message the seller starts it is a
   * detail of whatever the message is for, so it adds nothing to {@link Category#PRODUCT_GUIDANCE}
   * there: a problem notice that names the 60 W bulb, a delivery to schedule that gives the sofa's
   * 80 kg, a personalisation proof with its font size keep their purpose.
   */
  private static final Set<Concept> ANSWERS = Set.copyOf(EnumSet.of(Concept.SPEC));

  /**
   * Marks the tokens on courtesy lines: lines of at most {@link #COURTESY_LINE_TOKENS} tokens, such
   * as greetings and sign-offs. When no line is longer, nothing is marked: the short lines are then
   * the whole message.
   */
  private static boolean[] courtesyTokens(String text, Tokens tokens) {
    int n = tokens.size();
    boolean[] marks = new boolean[n];
    boolean anyLong = false;
    int lineFirst = 0;
    for (int t = 0; t <= n; t++) {
      // Only the gap between two tokens is scanned, so the whole pass is linear.
      boolean lineEnds = t == n;
      if (t > lineFirst && t < n) {
        for (int c = tokens.end(t - 1); c < tokens.start(t) && !lineEnds; c++) {
          lineEnds = text.charAt(c) == '\n';
        }
      }
      if (lineEnds) {
        boolean isShort = t - lineFirst <= COURTESY_LINE_TOKENS;
        anyLong |= !isShort;
        for (int k = lineFirst; k < t; k++) {
          marks[k] = isShort;
        }
        lineFirst = t;
      }
    }
    if (!anyLong) {
      java.util.Arrays.fill(marks, false);
    }
    return marks;
  }

  /**
   * Marks the tokens of threats and contempt like courtesy lines, whose words the classifier
   * weighs by {@link ClassifierSettings#courtesyLineFactor()}: "we have your full name and
   * address" in a threat is no shipping-address matter. A sentence that demeans the buyer or
   * menaces them is marked whole: "the problem is you, who cannot even plug it in" names no
   * problem with the order.
   */
  private static void markHostile(ConceptIndex index, boolean[] marks) {
    int wholeSentence = -1;
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (RuleGrammars.HOSTILITY.contains(o.concept()) && o.sentence() != wholeSentence) {
        int from = o.firstToken();
        int to = o.lastToken();
        if (o.concept() == Concept.DEMEAN || o.concept() == Concept.MENACE) {
          // each sentence is marked whole at most once, so a long hostile sentence stays linear
          wholeSentence = o.sentence();
          from = index.sentenceStartOf(o.firstToken());
          while (to + 1 < marks.length && index.sentenceOf(to + 1) == o.sentence()) {
            to++;
          }
        }
        for (int t = from; t <= to && t < marks.length; t++) {
          marks[t] = true;
        }
      }
    }
  }

  /** Replaces every character of an HTML tag with a space, so offsets still point into the source. */
  static String blankTags(String html) {
    char[] out = html.toCharArray();
    boolean inTag = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '<' && i + 1 < out.length && (Character.isLetter(out[i + 1]) || out[i + 1] == '/' || out[i + 1] == '!')) {
        inTag = true;
      }
      if (inTag) {
        out[i] = c == '\n' ? '\n' : ' ';
        if (c == '>') {
          inTag = false;
        }
      }
    }
    return new String(out);
  }

  /** A match with its category, weight and origin. */
  private static final class Hit {
    final PhraseMatcher.Match match;
    final Category category;
    final double weight;
    final String origin;
    final double lineFactor;

    Hit(PhraseMatcher.Match match, Tag tag, double lineFactor) {
      this.match = match;
      this.category = tag.category;
      this.weight = tag.weight;
      this.origin = tag.origin;
      this.lineFactor = lineFactor;
    }
  }

  /** What a lexicon line stands for. */
  private static final class Tag {
    final Category category;
    final double weight;
    final String origin;

    Tag(Category category, double weight, String origin) {
      this.category = category;
      this.weight = weight;
      this.origin = origin;
    }
  }

  @Override
  public String toString() {
    return "Classifier{" + settings + ", patterns=" + tags.size() + "}";
  }
}
