package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.analysis.Redactor;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The re-check of a redacted message leaves out the rules that provably add nothing to what
 * masking joins ({@code Redactor.recheckSkips}, {@code MessageRule.mayReportInText}): the report
 * must be the one the full re-check gives, finding for finding and with the same redacted message,
 * on messages made of violating and compliant sentences in several languages, glued so that
 * masking joins words, links, e-mail addresses and numbers.
 */
class RecheckProperties {
  /** Short pieces that rules flag (and so get masked), in several languages: emoji, links, addresses, wording. */
  private static final String[] FLAGGED = {
    "😀", "⭐", "👍🏽", "1️⃣", "☀️", "❤", "✔", "🇩🇪", "shop.com", "www.laden.de", "info@shop.de", "mail@x.fr",
    "leave a 5-star review", "5 Sterne Bewertung", "laissez un avis 5 étoiles", "deja una reseña de 5 estrellas",
    "lascia una recensione a 5 stelle", "free gift for a review", "please change your review", "Bewertung ändern", "Gutschein für eine Bewertung", "unsubscribe here",
    "<b>", "bit.ly/3xYz", "星5のレビュー", "+49 30 1234567", "0176 1234 5678", "555 0199", "five five five",
  };

  /** Short pieces that stay: words, digits and parts of names that masking may join with what follows. */
  private static final String[] PLAIN = {
    "call", "Ruf", "an", "at", "dot", "com", "de", "info", "shop", "www", "review", "stars", "Sterne", "étoiles", "30", "1234",
    "567", "0199", "12", "five", "one", "two", "three", "nine", "eins", "zwei", "Tel", "phone", "WhatsApp", "お電話", "の", "رقمي",
    "order", "302-1234567-1234567", "Price 19.99", "1Z999AA10123456784", "IBAN DE89 3704 0044 0532 0130 00", "12.03.2025", "change", "your review", "update", "the rating", "ändern", "Bewertung", "thanks", "Danke", "merci", "gracias", "e", "x",
  };

  /** What stands between two pieces: nothing (a join), spaces, separators of numbers and addresses, a right-to-left override. */
  private static final String[] GLUE = {"", "", "", " ", " ", " ", "\n", "-", ".", "@", ", ", " dot ", "/", "(", ")", "\u202E", "\u202C", ":", " at "};

  private static Gen<String> pick(String[] values) {
    return integers().between(0, values.length - 1).map(i -> values[i]);
  }

  /** A piece of a message: a flagged or plain piece, a whole sentence of the shared generators, or a phone number. */
  private static Gen<String> piece() {
    return Generate.frequency(List.of(
        Pair.of(5, pick(FLAGGED)),
        Pair.of(5, pick(PLAIN)),
        Pair.of(2, Generators.compliantSentences()),
        Pair.of(1, Generators.neutralSentences()),
        Pair.of(2, Generators.labelledPhones()),
        Pair.of(1, Generators.phoneNumbers()),
        Pair.of(1, Generators.contactText()),
        Pair.of(1, Generators.carrierNumbers())));
  }

  /** Pieces glued by {@link #GLUE}, so that masking one piece joins its neighbours. */
  static Gen<String> gluedText(int maxPieces) {
    Gen<String> gluedPiece = pick(GLUE).zip(piece(), (g, p) -> g + p);
    return lists().of(gluedPiece).ofSizeBetween(1, maxPieces).map(ps -> String.join("", ps));
  }

  private static final Gen<Integer> MARKETPLACES = integers().between(0, 3);
  private static final Marketplace[] MARKETS = {Marketplace.US, Marketplace.DE, Marketplace.JP, Marketplace.FR};

  @Test
  void leavingOutRulesThatAddNothingKeepsTheReport() {
    ContentPolicy[] policies = {
      ContentPolicy.standard(),
      // A cap of two makes which re-check findings are listed depend on the ones before them.
      ContentPolicy.of(ContentSettings.builder().maxFindingsPerRule(2).build()),
    };
    AtomicInteger redacted = new AtomicInteger();
    AtomicInteger joined = new AtomicInteger();
    AtomicInteger nextToMask = new AtomicInteger();
    qt().withExamples(1500).withGenerateAttempts(5000)
        .forAll(gluedText(4), gluedText(14), MARKETPLACES, integers().between(0, 1))
        .checkAssert((subject, body, market, p) -> {
          Message m = Message.builder().id("r").author(Author.SELLER).sentAt(Instant.EPOCH).subject(subject).body(body).build();
          CheckContext context = CheckContext.of(MARKETS[market]);
          ContentPolicy policy = policies[p];
          PolicyReport full = policy.checkWithFullRecheck(m, context);
          PolicyReport skipping = policy.check(m, context);
          assertThat(skipping.findings()).as("findings of %s", m).containsExactlyElementsOf(full.findings());
          assertThat(skipping.redacted()).isEqualTo(full.redacted());
          if (!full.redacted().equals(m)) {
            redacted.incrementAndGet();
            // What the re-check reads: the redacted text. Its phone and emoji findings next to a mask
            // are the ones the re-check leaves out, and must have been dropped all along.
            for (Finding f : policy.check(full.redacted(), context).findings()) {
              if (SKIPPED.contains(f.ruleId()) && nextToMask(f, m, full.redacted())) {
                nextToMask.incrementAndGet();
              }
            }
          }
          for (Finding f : full.findings()) {
            if (f.explanation().startsWith(Redactor.JOINED)) {
              joined.incrementAndGet();
            }
          }
        });
    // The generator must reach what the property is about: redactions, and joins among them.
    // Most masks separate what they stand between, so joins are rare; the left-out rules' findings
    // next to a mask are not.
    assertThat(redacted.get()).isGreaterThan(500);
    assertThat(joined.get()).isPositive();
    assertThat(nextToMask.get()).isGreaterThan(10);
  }

  private static final java.util.Set<String> SKIPPED = java.util.Set.of(dev.parley.messaging.rules.RuleIds.CONTENT_PHONE,
      dev.parley.messaging.rules.RuleIds.STYLE_EMOJI);

  /** Whether the finding's span, or a character either side of it, is a mask that the original did not have. */
  private static boolean nextToMask(Finding f, Message original, Message redacted) {
    dev.parley.messaging.rules.MessageField.Kind kind = f.field().kind();
    if (kind != dev.parley.messaging.rules.MessageField.Kind.SUBJECT && kind != dev.parley.messaging.rules.MessageField.Kind.BODY) {
      return false;
    }
    String before = kind == dev.parley.messaging.rules.MessageField.Kind.SUBJECT ? original.subject() : original.body();
    String after = kind == dev.parley.messaging.rules.MessageField.Kind.SUBJECT ? redacted.subject() : redacted.body();
    for (int i = Math.max(0, f.start() - 1); i < Math.min(after.length(), f.end() + 1); i++) {
      if (after.charAt(i) == Redactor.MASK && before.charAt(i) != Redactor.MASK) {
        return true;
      }
    }
    return false;
  }

  /** The rules the re-check leaves out, one by one, on texts where masking touches their matter most. */
  @Test
  void emojiAndNumbersNextToMasksAddNothing() {
    Gen<String> dense = lists().of(pick(GLUE).zip(Generate.frequency(List.of(
        Pair.of(3, pick(FLAGGED)),
        Pair.of(2, Generators.phoneNumbers()),
        Pair.of(2, pick(PLAIN)))), (g, x) -> g + x)).ofSizeBetween(2, 24).map(ps -> String.join("", ps));
    AtomicInteger nextToMask = new AtomicInteger();
    qt().withExamples(1500).forAll(dense, MARKETPLACES).checkAssert((body, market) -> {
      Message m = Message.builder().id("d").author(Author.SELLER).sentAt(Instant.EPOCH).body(body).build();
      CheckContext context = CheckContext.of(MARKETS[market]);
      PolicyReport full = ContentPolicy.standard().checkWithFullRecheck(m, context);
      assertThat(ContentPolicy.standard().check(m, context).findings()).containsExactlyElementsOf(full.findings());
      for (Finding f : ContentPolicy.standard().check(full.redacted(), context).findings()) {
        if (SKIPPED.contains(f.ruleId()) && nextToMask(f, m, full.redacted())) {
          nextToMask.incrementAndGet();
        }
      }
    });
    assertThat(nextToMask.get()).isGreaterThan(40);
  }
}
