package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hit made from a combination's set of occurrences ({@code Hit(Occurrence[])}, one copy and an
 * insertion sort) equals the hit made as before from {@code List.of(set)} ({@code Hit(List)}, the
 * list's stable sort by start): the same occurrences in the same order, with the same first and
 * last token, on sets of one to six occurrences drawn from the indexes of real texts, with repeats
 * and equal starts (several concepts on one word).
 */
class HitOrderProperties {
  private static final String[] TEXTS = {
    "Now that the problem is solved, could you update your review? The problem was the lid.",
    "Feel free to leave a review. It is free of charge, at no charge for you, and we would love your feedback.",
    "Es wäre toll, wenn Sie die Bewertung löschen. Ohne Kosten für Sie, als Dankeschön ein Gutschein.",
    "Değerlendirirseniz çok seviniriz; hediye çeki kazanın!",
    "Si vous êtes satisfait, merci de laisser un avis positif et nous vous rembourserons.",
  };

  @Test
  void hitsFromArraysEqualHitsFromLists() {
    for (String text : TEXTS) {
      List<ConceptIndex.Occurrence> occ = FieldText.plain(MessageField.body(), text).concepts().occurrences();
      assertThat(occ).as(text).isNotEmpty();
      qt().withExamples(400).forAll(lists().of(integers().between(0, occ.size() - 1)).ofSizeBetween(1, 6)).checkAssert(picks -> {
        ConceptIndex.Occurrence[] set = new ConceptIndex.Occurrence[picks.size()];
        for (int i = 0; i < set.length; i++) {
          set[i] = occ.get(picks.get(i));
        }
        ConceptIndex.Occurrence[] before = set.clone();
        Grammar.Hit fromList = new Grammar.Hit(List.of(set));
        Grammar.Hit fromArray = new Grammar.Hit(set);
        assertThat(set).as("the set is not reordered").containsExactly(before);
        assertThat(fromArray.occurrences()).as(text).containsExactlyElementsOf(fromList.occurrences());
        assertThat(fromArray.firstToken()).isEqualTo(fromList.firstToken());
        assertThat(fromArray.lastToken()).isEqualTo(fromList.lastToken());
        assertThat(fromArray.occurrences()).isUnmodifiable();
      });
    }
  }
}
