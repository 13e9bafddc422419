package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ConceptIndex#covering}, which looks each general occurrence up in the union of the
 * specific ones' token ranges, drops exactly the occurrences that {@link
 * ConceptIndex#coveringByTokens} (the covered tokens marked in arrays as long as the text) drops,
 * and keeps the others in their order: on generated occurrences of three concepts whose spans
 * overlap, touch, nest and come out of order, with and without {@code severalWords}.
 */
class ConceptCoveringProperties {
  private static final Concept SPECIFIC = Concept.RESOLVED;
  private static final Concept GENERAL = Concept.PROBLEM;
  private static final Concept OTHER = Concept.REVIEW;
  private static final Concept[] CONCEPTS = {SPECIFIC, GENERAL, OTHER, SPECIFIC, GENERAL};

  /** One occurrence as {concept, first token, length less one}. */
  private static Gen<int[]> occurrence() {
    return integers().between(0, CONCEPTS.length - 1).zip(integers().between(0, 40), integers().between(0, 5),
        (c, f, l) -> new int[] {c, f, l});
  }

  private static List<ConceptIndex.Occurrence> occurrences(List<int[]> raw, boolean ordered) {
    List<int[]> sorted = new ArrayList<>(raw);
    if (ordered) {
      sorted.sort((a, b) -> Integer.compare(a[1], b[1]));
    }
    List<ConceptIndex.Occurrence> out = new ArrayList<>();
    for (int[] o : sorted) {
      out.add(ConceptIndex.occurrenceForTest(CONCEPTS[o[0]], o[1], o[1] + o[2], 64));
    }
    return out;
  }

  @Test
  void coveringDropsWhatTheTokenArraysDrop() {
    AtomicInteger dropped = new AtomicInteger();
    qt().withExamples(4000).forAll(lists().of(occurrence()).ofSizeBetween(0, 30), integers().between(0, 3)).checkAssert((raw, mode) -> {
      boolean severalWords = (mode & 1) != 0;
      List<ConceptIndex.Occurrence> occ = occurrences(raw, (mode & 2) == 0);
      List<ConceptIndex.Occurrence> expected = ConceptIndex.coveringByTokens(new ArrayList<>(occ), SPECIFIC, GENERAL, severalWords);
      List<ConceptIndex.Occurrence> actual = ConceptIndex.covering(new ArrayList<>(occ), SPECIFIC, GENERAL, severalWords);
      assertThat(actual).as("%s several=%s", occ, severalWords).containsExactlyElementsOf(expected);
      dropped.addAndGet(occ.size() - actual.size());
    });
    assertThat(dropped.get()).as("general occurrences the generator gets dropped").isGreaterThan(2000);
  }

  @Test
  void realIndexesKeepTheirOccurrences() {
    String[] texts = {
      "Now that the problem is solved, could you update your review? The problem was the lid.",
      "Feel free to leave a review. It is free of charge, at no charge for you.",
      "Thanks again for your order, and thanks again; we sent you a message, the message we sent you on the 3rd.",
      "Es wäre toll, wenn Sie die Bewertung löschen. Ohne Kosten für Sie.",
    };
    for (String text : texts) {
      ConceptIndex index = FieldText.plain(MessageField.body(), text).concepts();
      List<ConceptIndex.Occurrence> occ = new ArrayList<>(index.occurrences());
      for (Concept specific : Concept.values()) {
        for (Concept general : new Concept[] {Concept.PROBLEM, Concept.FREE, Concept.NEGATION, Concept.REMINDER, Concept.REVIEW}) {
          if (specific != general) {
            for (boolean several : new boolean[] {false, true}) {
              assertThat(ConceptIndex.covering(new ArrayList<>(occ), specific, general, several))
                  .containsExactlyElementsOf(ConceptIndex.coveringByTokens(new ArrayList<>(occ), specific, general, several));
            }
          }
        }
      }
    }
  }
}
