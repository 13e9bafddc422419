package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The index keeps a clause per token and a sentence per clause: every token's sentence is its
 * clause's, sentences and clauses follow each other without gaps, and a sentence starts at its
 * first token.
 */
class ConceptIndexProperties {
  private static final String[] PIECES = {
    "We will send it today", "Can you confirm the address", "please", "we did not receive it", "thank you", "your order",
    "Danke für Ihre Bestellung", "nous ne pouvons pas", ",", ", ", ".", ". ", "?", "? ", "!", ";", " ", ":", " (", ") ", " — ",
    "\n", "。", "ご注文ありがとうございます", "e.g.", "3.5", "leave a review",
  };

  private static Gen<String> texts() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(0, 40).map(ps -> String.join(" ", ps));
  }

  @Test
  void everyTokenHasTheSentenceOfItsClause() {
    AtomicInteger sentences = new AtomicInteger();
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      ConceptIndex index = FieldText.plain(MessageField.body(), text).concepts();
      int n = index.tokens().size();
      int start = 0;
      for (int t = 0; t < n; t++) {
        if (t == 0) {
          assertThat(index.sentenceOf(0)).isZero();
          assertThat(index.clauseOf(0)).isZero();
        } else {
          int ds = index.sentenceOf(t) - index.sentenceOf(t - 1);
          int dc = index.clauseOf(t) - index.clauseOf(t - 1);
          assertThat(ds).as("sentence step at %s of %s", t, text).isBetween(0, 1);
          assertThat(dc).as("clause step at %s of %s", t, text).isBetween(0, 1);
          if (ds == 1) {
            // a new sentence is a new clause
            assertThat(dc).isEqualTo(1);
            start = t;
            sentences.incrementAndGet();
          }
        }
        assertThat(index.sentenceStartOf(t)).as("start of the sentence of %s in %s", t, text).isEqualTo(start);
      }
      for (ConceptIndex.Occurrence o : index.occurrences()) {
        assertThat(o.sentence()).isEqualTo(index.sentenceOf(o.firstToken()));
        assertThat(o.clause()).isEqualTo(index.clauseOf(o.firstToken()));
      }
    });
    assertThat(sentences.get()).as("sentence breaks the generator reaches").isGreaterThan(10000);
  }
}
