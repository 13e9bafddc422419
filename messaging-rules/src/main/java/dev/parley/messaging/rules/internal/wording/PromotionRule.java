package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.text.AmazonNames;
import dev.parley.messaging.rules.internal.text.Tokens;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code content.promotion}: coupons, discount codes, other products, off-Amazon shops, newsletters and social media, by the phrases of {@code content.promotion.<lang>.txt}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>The rule grammar's definition ({@link RuleGrammars#PROMOTION}) runs alongside the phrases, in every
 * language with a concept vocabulary.
 */
@Rule(
    id = RuleIds.CONTENT_PROMOTION,
    summary = "No marketing: coupons, discount codes, other products, off-Amazon shops, newsletters, social media.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class PromotionRule extends WordingRule {
  /** The rule with its bundled lexicons. */
  public PromotionRule() {
    super("is marketing (coupons, other products, other shops, newsletters or social media), which buyer messages must not contain", RuleGrammars.PROMOTION);
  }

  /** "We do not send newsletters", "we have no Instagram account": marketing denied is no marketing. */
  private static final Set<Concept> NEGATABLE = Set.copyOf(EnumSet.of(Concept.PROMO, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP, Concept.SOCIAL,
      Concept.PLATFORM, Concept.NEWSLETTER, Concept.NEXT_PURCHASE, Concept.VALUE, Concept.FREE, Concept.PAIRS_WITH));

  /** The concepts of marketing other than a recommended match. */
  private static final Set<Concept> MARKETING = Set.copyOf(EnumSet.of(Concept.PROMO, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP, Concept.SOCIAL,
      Concept.PLATFORM, Concept.NEWSLETTER, Concept.NEXT_PURCHASE, Concept.VALUE, Concept.FREE));

  /** What makes a message one about a problem with the order, where a part or model that fits is the remedy. */
  private static final Set<Concept> REMEDY = Set.copyOf(EnumSet.of(Concept.PROBLEM, Concept.UNAVAILABLE, Concept.RETURN, Concept.DELAY, Concept.WARRANTY));

  @Override
  protected Set<Concept> negatable() {
    return NEGATABLE;
  }

  /** What makes a sentence the seller's offer rather than talk about a price. */
  private static final Set<Concept> OFFER = Set.copyOf(EnumSet.of(Concept.ASK, Concept.NEXT_PURCHASE, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP,
      Concept.SOCIAL, Concept.NEWSLETTER, Concept.FREE));

  /**
   * The seller's other products and the seller's shop: in a reply, what an answer about a spare
   * part, an accessory, a variant or availability names (see {@link ReplySentences#answersOnAmazon}).
   */
  private static final Set<Concept> CATALOGUE = Set.copyOf(EnumSet.of(Concept.OTHER_PRODUCTS, Concept.OWN_SHOP));

  /** What makes a reply's sentence a sales pitch rather than an answer: an invitation, a deal, a value, a next purchase, social media, a newsletter. */
  private static final Set<Concept> PITCH = Set.copyOf(EnumSet.of(Concept.ASK, Concept.PROMO, Concept.VALUE, Concept.FREE, Concept.NEXT_PURCHASE,
      Concept.SOCIAL, Concept.PLATFORM, Concept.NEWSLETTER, Concept.PAIRS_WITH));

  /** Tokens around a shop word within which Amazon's name makes it the seller's Amazon storefront ("nuestra tienda de Amazon"). */
  static final int STOREFRONT_REACH = 3;

  /**
   * A reply that explains Amazon's own deal ("the 15 % discount you saw was an Amazon lightning
   * deal, applied at checkout") is no marketing: in a reply to the buyer, a sentence that names
   * Amazon, or follows one that does ("… was Amazon's own deal. So the invoice shows 150 TL
   * off."), and holds no offer of the seller's (no request, next purchase, other products, own
   * shop, social media, newsletter or free item) does not report its coupon or discount words.
   * Social media named in or next to a sentence hostile to the buyer (a threat, the seller's
   * leverage, contempt, an accusation) is a threat to expose the buyer, not an invitation to
   * follow ({@code content.sensitive} judges it). A
   * free item in a sentence that names Amazon or Prime is Amazon's service, no offer of the
   * seller's ("the product ships free for Prime members").
   * An answer to the buyer about the seller's other products or shop is no marketing when it keeps
   * the buyer on Amazon (s17): in a reply, a hit whose marketing is only other products and the
   * seller's shop ({@link #CATALOGUE}) passes when its sentences name Amazon, every shop word in them
   * is the seller's Amazon storefront (Amazon named within {@value #STOREFRONT_REACH} tokens: "in
   * our Amazon store", "en nuestra tienda de Amazon", "Amazon mağazamızda") and none of them holds a
   * {@link #PITCH} (an invitation such as "visit", a deal, a value, a free item, a next purchase, social media, a newsletter, a
   * recommended match): "yes, we also sell spare filters for this model in our Amazon store". The
   * full range on the seller's own website, or a discount with it, is still marketing.
   * (A reply's subject behind a reply prefix is not judged at all: {@link dev.parley.messaging.rules.internal.analysis.RuleInput#quotesTheBuyer}.)
   */
  @Override
  protected boolean vetoes(FieldText field, RuleInput input, int firstToken, int lastToken) {
    ConceptIndex index = field.concepts();
    if (onlyAMatch(index, firstToken, lastToken) && (!input.context().proactive() || field.derived(ABOUT_A_PROBLEM))) {
      return true;
    }
    if (onlyOf(index, firstToken, lastToken, SOCIAL_MEDIA)
        && field.derived(HOSTILE_SENTENCES).any(Math.max(0, index.sentenceOf(firstToken) - 1), Math.min(index.sentences() - 1, index.sentenceOf(lastToken) + 1))) {
      // "we will expose your name on social media. We know where you live": a threat to the buyer,
      // in the sentence or next to it, invites no one to follow
      return true;
    }
    if (input.context().proactive()) {
      return false;
    }
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    ReplySentences sentences = field.derived(REPLY_SENTENCES);
    if (onlyOf(index, firstToken, lastToken, CATALOGUE) && sentences.answersOnAmazon(first, last)) {
      // "yes, we also sell spare filters for this model in our Amazon store": an answer, on Amazon
      return true;
    }
    if (sentences.offers(first, last)) {
      return false;
    }
    // the sentence before counts too: "The discount was Amazon's own deal. So the invoice shows 150 TL off."
    return sentences.namesAmazon(Math.max(0, first - 1), last);
  }

  /**
   * A discount on the next purchase ({@link Concept#PROMO} and {@link Concept#NEXT_PURCHASE} on
   * other words in the hit: "20 % korting op je volgende aankoop", "%20 indirim bir sonraki
   * alışverişinizde"; not a gift "en su próxima compra", whose words are both) is a
   * coupon whatever it is offered for (RULES.md: coupons and discount codes are marketing): a
   * review named in its sentence, which explains a gift or a draw, does not take it back. The
   * review it buys is {@code review.incentive}'s too.
   */
  @Override
  protected boolean sparedByTopic(dev.parley.messaging.rules.internal.concept.Grammar.Hit hit) {
    for (ConceptIndex.Occurrence next : hit.occurrences()) {
      if (next.concept() != Concept.NEXT_PURCHASE) {
        continue;
      }
      for (ConceptIndex.Occurrence promo : hit.occurrences()) {
        // a discount word of its own, not the next purchase read as a deal ("en su próxima compra")
        if (promo.concept() == Concept.PROMO && (promo.lastToken() < next.firstToken() || promo.firstToken() > next.lastToken())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the field is about a problem with the order: a {@link #REMEDY} concept, not negated,
   * anywhere in it. Read once per field: every recommended match of a proactive message asks it.
   */
  static final FieldText.Derived<Boolean> ABOUT_A_PROBLEM = new FieldText.Derived<>(field -> {
    for (ConceptIndex.Occurrence o : field.concepts().occurrences()) {
      if (REMEDY.contains(o.concept()) && !o.negated()) {
        return true;
      }
    }
    return false;
  });

  /** The sentences of a field that hold a hostile concept (not negated), as running counts, read once per field. */
  static final FieldText.Derived<SentenceMarks> HOSTILE_SENTENCES = new FieldText.Derived<>(field -> {
    ConceptIndex index = field.concepts();
    boolean[] marked = new boolean[index.sentences()];
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (RuleGrammars.HOSTILITY.contains(o.concept()) && !o.negated()) {
        marked[o.sentence()] = true;
      }
    }
    return SentenceMarks.of(marked);
  });

  /** Marked sentences of a field as running counts: "is any sentence from a to b marked" in two reads. */
  static final class SentenceMarks {
    /** At index {@code s}, how many of the sentences before {@code s} are marked. */
    private final int[] before;

    private SentenceMarks(int[] before) {
      this.before = before;
    }

    static SentenceMarks of(boolean[] marked) {
      int[] before = new int[marked.length + 1];
      for (int s = 0; s < marked.length; s++) {
        before[s + 1] = before[s] + (marked[s] ? 1 : 0);
      }
      return new SentenceMarks(before);
    }

    /** {@return whether a sentence from {@code first} to {@code last} (inclusive) is marked} */
    boolean any(int first, int last) {
      return before[last + 1] > before[first];
    }
  }

  /** The sentence facts a reply's hits are judged by, read once per field. */
  static final FieldText.Derived<ReplySentences> REPLY_SENTENCES = new FieldText.Derived<>(ReplySentences::of);

  /**
   * Which sentences of a field hold an offer of the seller's ({@link #OFFER}, not negated) and
   * which name Amazon, as running counts over the sentences, so that "does any sentence from
   * {@code first} to {@code last} …" costs two array reads instead of a walk over the field.
   */
  static final class ReplySentences {
    private final SentenceMarks offers;
    private final SentenceMarks amazon;
    /** Sentences that do not keep an answer on Amazon: a pitch, or a shop word with no Amazon name near it. */
    private final SentenceMarks offAmazon;

    private ReplySentences(SentenceMarks offers, SentenceMarks amazon, SentenceMarks offAmazon) {
      this.offers = offers;
      this.amazon = amazon;
      this.offAmazon = offAmazon;
    }

    static ReplySentences of(FieldText field) {
      ConceptIndex index = field.concepts();
      int sentences = index.sentences();
      boolean[] amazon = new boolean[sentences];
      Tokens tokens = field.tokens();
      String text = tokens.text();
      // at t, how many tokens before t name Amazon
      int[] amazonBefore = new int[tokens.size() + 1];
      for (int t = 0; t < tokens.size(); t++) {
        int s = index.sentenceOf(t);
        boolean named = AmazonNames.named(text, tokens.start(t), tokens.end(t));
        amazonBefore[t + 1] = amazonBefore[t] + (named ? 1 : 0);
        if (named) {
          amazon[s] = true;
        }
      }
      boolean[] offAmazon = new boolean[sentences];
      boolean[] offer = new boolean[sentences];
      for (ConceptIndex.Occurrence o : index.occurrences()) {
        if (!o.negated() && (PITCH.contains(o.concept()) && !(o.concept() == Concept.FREE && amazon[o.sentence()])
            || o.concept() == Concept.OWN_SHOP && !namedNear(amazonBefore, o.firstToken() - STOREFRONT_REACH, o.lastToken() + STOREFRONT_REACH))) {
          offAmazon[o.sentence()] = true;
        }
        // Free delivery or free returns in a sentence that names Amazon or Prime are Amazon's
        // service ("free shipping for Prime members"), not a gift of the seller's.
        if (OFFER.contains(o.concept()) && !o.negated() && !(o.concept() == Concept.FREE && amazon[o.sentence()])) {
          offer[o.sentence()] = true;
        }
      }
      return new ReplySentences(SentenceMarks.of(offer), SentenceMarks.of(amazon), SentenceMarks.of(offAmazon));
    }

    /** Whether a token from {@code from} to {@code to} (inclusive, clipped to the field) names Amazon. */
    private static boolean namedNear(int[] amazonBefore, int from, int to) {
      int a = Math.max(0, from);
      int b = Math.min(amazonBefore.length - 2, to);
      return b >= a && amazonBefore[b + 1] > amazonBefore[a];
    }

    /**
     * {@return whether the sentences from {@code first} to {@code last} (inclusive) keep an answer on
     * Amazon: each names Amazon, and none holds a pitch or a shop word that is not the seller's
     * Amazon storefront}
     */
    boolean answersOnAmazon(int first, int last) {
      for (int s = first; s <= last; s++) {
        if (!amazon.any(s, s)) {
          return false;
        }
      }
      return !offAmazon.any(first, last);
    }

    /** {@return whether a sentence from {@code first} to {@code last} (inclusive) holds an offer of the seller's} */
    boolean offers(int first, int last) {
      return offers.any(first, last);
    }

    /** {@return whether a sentence from {@code first} to {@code last} (inclusive) has a word that names Amazon} */
    boolean namesAmazon(int first, int last) {
      return amazon.any(first, last);
    }
  }

  /**
   * Whether the span holds a recommended match and nothing else of marketing: a product that goes
   * perfectly with the purchase is an answer in a reply to the buyer ("the 58 mm tamper goes
   * perfectly with your machine") and a remedy in a message about a problem with the order ("the
   * 2024 model, which goes perfectly with your kitchen, at the same price"); only a proactive
   * message that exists for it sells.
   */
  private static boolean onlyAMatch(ConceptIndex index, int firstToken, int lastToken) {
    return onlyOf(index, firstToken, lastToken, A_MATCH);
  }

  private static final Set<Concept> A_MATCH = Set.copyOf(EnumSet.of(Concept.PAIRS_WITH));

  /** Social media and the platforms: "your name on social media" in a threat. */
  private static final Set<Concept> SOCIAL_MEDIA = Set.copyOf(EnumSet.of(Concept.SOCIAL, Concept.PLATFORM));

  /**
   * Whether the span's marketing (the concepts of {@link #MARKETING} and a recommended match, not
   * negated) is of the given concepts only, and there is some.
   */
  private static boolean onlyOf(ConceptIndex index, int firstToken, int lastToken, Set<Concept> allowed) {
    boolean found = false;
    // Only the occurrences that overlap the span: from the first that can reach it, up to the first
    // that starts past it (occurrences are ordered by first token). Walking them all, for every
    // trigger, was quadratic on a long text.
    List<ConceptIndex.Occurrence> occurrences = index.occurrences();
    for (int i = index.firstReaching(firstToken); i < occurrences.size(); i++) {
      ConceptIndex.Occurrence o = occurrences.get(i);
      if (o.firstToken() > lastToken) {
        break;
      }
      if (o.lastToken() < firstToken || o.negated()) {
        continue;
      }
      if (allowed.contains(o.concept())) {
        found = true;
      } else if (MARKETING.contains(o.concept()) || o.concept() == Concept.PAIRS_WITH) {
        return false;
      }
    }
    return found;
  }
}
