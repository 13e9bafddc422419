package dev.parley.messaging.rules.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code content.promotion}'s whole-message judgement of a hit ({@link PromotionRule#vetoes}) reads
 * facts computed once per field ({@link PromotionRule#ABOUT_A_PROBLEM}, {@link
 * PromotionRule#REPLY_SENTENCES}). It gives the answer of the straightforward reading below, which
 * walks every occurrence and every token of the field for each hit (quadratic on a long body), on
 * generated bodies dense with recommended matches, discounts, offers, problems with the order and
 * names of Amazon, in several languages, proactive and as a reply.
 */
class PromotionVetoProperties {
  private static final String[] SENTENCES = {
    // a recommended match, alone and with marketing beside it
    "Our milk pitcher goes perfectly with your purchase", "Unsere Abdeckhaube passt perfekt zu Ihrem neuen Grill",
    "Notre kit de moules va parfaitement avec votre machine", "Nuestra esterilla combina perfectamente con su tienda",
    "Vår termoskanna passar perfekt till din nya kaffebryggare", "Our tamper pairs perfectly with your machine, use code SAVE20 for 20% off",
    // a problem with the order, and one denied
    "The blue kettle you ordered is out of stock", "Der Wasserkocher ist leider defekt", "Your parcel is delayed",
    "There is no problem with your order", "You can return it within 30 days",
    // offers of the seller's, and one denied
    "Use code SAVE20 for 20% off your next order", "Mit dem Code sparen Sie 15 Prozent auf Ihre nächste Bestellung",
    "Follow us on Instagram", "Subscribe to our newsletter", "We do not send newsletters", "Visit our online shop",
    // discounts without an offer
    "Prices are 20% off this week", "The 15% off you saw", "Le prix est 20 % moins cher", "Der Rabatt von 10 Prozent",
    // Amazon named
    "It was an Amazon deal", "Amazon'un kampanyasıydı", "\u30a2\u30de\u30be\u30f3\u306e\u30bb\u30fc\u30eb\u3067\u3057\u305f",
    "amazonian prices", "Thanks for your order",
  };

  private static final String[] SEPARATORS = {". ", ".\n", "! ", "? ", "; ", ", ", " ", "\n\n", " - "};

  private static Gen<String> bodies() {
    Gen<String> sentence = integers().between(0, SENTENCES.length - 1).map(i -> SENTENCES[i]);
    Gen<String> separator = integers().between(0, SEPARATORS.length - 1).map(i -> SEPARATORS[i]);
    Gen<String> piece = sentence.zip(separator, (s, p) -> s + p);
    return lists().of(piece).ofSizeBetween(1, 40).map(ps -> String.join("", ps));
  }

  @Test
  void theVetoReadOncePerFieldIsTheVetoOfTheWalkOverTheField() {
    PromotionRule rule = new PromotionRule();
    AtomicInteger matchesAllowed = new AtomicInteger();
    AtomicInteger offersInReply = new AtomicInteger();
    AtomicInteger amazonInReply = new AtomicInteger();
    AtomicInteger notVetoed = new AtomicInteger();
    qt().withExamples(1500).forAll(bodies(), booleans().all()).checkAssert((body, reply) -> {
      FieldText field = FieldText.plain(MessageField.body(), body);
      RuleInput input = input(body, reply);
      ConceptIndex index = field.concepts();
      for (int[] range : ranges(field)) {
        boolean expected = referenceVetoes(field, reply, range[0], range[1]);
        assertThat(rule.vetoes(field, input, range[0], range[1])).as("tokens %d..%d of %s (reply %s)", range[0], range[1], body, reply)
            .isEqualTo(expected);
        if (!expected) {
          notVetoed.incrementAndGet();
        } else if (referenceOnlyAMatch(index, range[0], range[1])) {
          matchesAllowed.incrementAndGet();
        } else {
          amazonInReply.incrementAndGet();
        }
        if (reply && !expected && referenceOffers(index, range[0], range[1])) {
          offersInReply.incrementAndGet();
        }
      }
      // the facts are read once and kept with the field
      assertThat(field.derived(PromotionRule.REPLY_SENTENCES)).isSameAs(field.derived(PromotionRule.REPLY_SENTENCES));
    });
    assertThat(matchesAllowed.get()).as("recommended matches let pass").isGreaterThan(500);
    assertThat(amazonInReply.get()).as("hits of a reply that names Amazon").isGreaterThan(500);
    assertThat(offersInReply.get()).as("hits of a reply with an offer in their sentences").isGreaterThan(500);
    assertThat(notVetoed.get()).as("hits kept").isGreaterThan(500);
  }

  private static RuleInput input(String body, boolean reply) {
    Message m = Message.builder().id("veto").author(Author.SELLER).sentAt(Instant.EPOCH).subject("").body(body).build();
    CheckContext context = CheckContext.builder().marketplace(Marketplace.US).replyToBuyer(reply).build();
    return new RuleInput(m, context, ContentSettings.defaults());
  }

  /** The token ranges judged: the rule's grammar hits, every occurrence, and every occurrence widened to the next two tokens. */
  private static List<int[]> ranges(FieldText field) {
    List<int[]> out = new ArrayList<>();
    for (Grammar.Hit hit : field.grammarHits(RuleGrammars.PROMOTION)) {
      out.add(new int[] {hit.firstToken(), hit.lastToken()});
    }
    int last = field.tokens().size() - 1;
    for (ConceptIndex.Occurrence o : field.concepts().occurrences()) {
      out.add(new int[] {o.firstToken(), o.lastToken()});
      out.add(new int[] {o.firstToken(), Math.min(last, o.lastToken() + 2)});
    }
    return out;
  }

  private static final Set<Concept> MARKETING = EnumSet.of(Concept.PROMO, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP, Concept.SOCIAL,
      Concept.PLATFORM, Concept.NEWSLETTER, Concept.NEXT_PURCHASE, Concept.VALUE, Concept.FREE);
  private static final Set<Concept> REMEDY = EnumSet.of(Concept.PROBLEM, Concept.UNAVAILABLE, Concept.RETURN, Concept.DELAY, Concept.WARRANTY);
  private static final Set<Concept> OFFER = EnumSet.of(Concept.ASK, Concept.NEXT_PURCHASE, Concept.OTHER_PRODUCTS, Concept.OWN_SHOP,
      Concept.SOCIAL, Concept.NEWSLETTER, Concept.FREE);

  /** The judgement as the rule states it, read by walking the whole field for the hit. */
  private static boolean referenceVetoes(FieldText field, boolean reply, int firstToken, int lastToken) {
    ConceptIndex index = field.concepts();
    if (referenceOnlyAMatch(index, firstToken, lastToken)) {
      boolean aboutAProblem = false;
      for (ConceptIndex.Occurrence o : index.occurrences()) {
        aboutAProblem |= REMEDY.contains(o.concept()) && !o.negated();
      }
      if (reply || aboutAProblem) {
        return true;
      }
    }
    if (!reply) {
      return false;
    }
    if (referenceOnlyCatalogue(index, firstToken, lastToken) && referenceAnswersOnAmazon(field, firstToken, lastToken)) {
      return true;
    }
    if (referenceOffers(index, firstToken, lastToken)) {
      return false;
    }
    Tokens tokens = field.tokens();
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    for (int t = 0; t < tokens.size(); t++) {
      int s = index.sentenceOf(t);
      if (s < first - 1 || s > last) {
        continue;
      }
      for (String name : List.of("amazon", "\u30a2\u30de\u30be\u30f3", "\u0627\u0645\u0627\u0632\u0648\u0646", "\u0623\u0645\u0627\u0632\u0648\u0646")) {
        if (tokens.text().regionMatches(true, tokens.start(t), name, 0, name.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<Concept> CATALOGUE = EnumSet.of(Concept.OTHER_PRODUCTS, Concept.OWN_SHOP);
  private static final Set<Concept> PITCH = EnumSet.of(Concept.ASK, Concept.PROMO, Concept.VALUE, Concept.FREE, Concept.NEXT_PURCHASE,
      Concept.SOCIAL, Concept.PLATFORM, Concept.NEWSLETTER, Concept.PAIRS_WITH);

  /** Whether the occurrences overlapping the hit hold the seller's other products or shop and no other marketing (s17). */
  private static boolean referenceOnlyCatalogue(ConceptIndex index, int firstToken, int lastToken) {
    boolean found = false;
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.lastToken() < firstToken || o.firstToken() > lastToken || o.negated()) {
        continue;
      }
      if (CATALOGUE.contains(o.concept())) {
        found = true;
      } else if (MARKETING.contains(o.concept()) || o.concept() == Concept.PAIRS_WITH) {
        return false;
      }
    }
    return found;
  }

  private static boolean namesAmazon(Tokens tokens, int t) {
    return dev.parley.messaging.rules.internal.text.AmazonNames.named(tokens.text(), tokens.start(t), tokens.end(t));
  }

  /**
   * Whether every sentence of the hit names Amazon and none holds a pitch (a free item in a sentence
   * that names Amazon aside) or a shop word with no Amazon name within three tokens (s17).
   */
  private static boolean referenceAnswersOnAmazon(FieldText field, int firstToken, int lastToken) {
    ConceptIndex index = field.concepts();
    Tokens tokens = field.tokens();
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    for (int s = first; s <= last; s++) {
      boolean named = false;
      for (int t = 0; t < tokens.size(); t++) {
        named |= index.sentenceOf(t) == s && namesAmazon(tokens, t);
      }
      if (!named) {
        return false;
      }
    }
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.sentence() < first || o.sentence() > last || o.negated()) {
        continue;
      }
      if (PITCH.contains(o.concept()) && o.concept() != Concept.FREE) {
        return false;
      }
      if (o.concept() == Concept.FREE) {
        boolean amazonInSentence = false;
        for (int t = 0; t < tokens.size(); t++) {
          amazonInSentence |= index.sentenceOf(t) == o.sentence() && namesAmazon(tokens, t);
        }
        if (!amazonInSentence) {
          return false;
        }
      }
      if (o.concept() == Concept.OWN_SHOP) {
        boolean near = false;
        for (int t = Math.max(0, o.firstToken() - 3); t <= Math.min(tokens.size() - 1, o.lastToken() + 3); t++) {
          near |= namesAmazon(tokens, t);
        }
        if (!near) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a sentence of the hit holds an offer of the seller's, not negated. */
  private static boolean referenceOffers(ConceptIndex index, int firstToken, int lastToken) {
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.sentence() >= first && o.sentence() <= last && OFFER.contains(o.concept()) && !o.negated()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the occurrences overlapping the hit hold a recommended match and no other marketing (negated ones aside). */
  private static boolean referenceOnlyAMatch(ConceptIndex index, int firstToken, int lastToken) {
    boolean match = false;
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.lastToken() < firstToken || o.firstToken() > lastToken || o.negated()) {
        continue;
      }
      if (MARKETING.contains(o.concept())) {
        return false;
      }
      match |= o.concept() == Concept.PAIRS_WITH;
    }
    return match;
  }
}
