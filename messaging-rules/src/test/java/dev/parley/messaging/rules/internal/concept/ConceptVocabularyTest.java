package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled concept vocabularies: they parse, every tag is a concept, the required languages cover the grammar. */
class ConceptVocabularyTest {
  /** Every concept the rule grammar reads (definitions, purposes, filler, negation and questions). */
  static final Set<Concept> USED_BY_GRAMMAR = used();

  private static Set<Concept> used() {
    Set<Concept> s = EnumSet.noneOf(Concept.class);
    for (Grammar.Definition d : List.of(RuleGrammars.INCENTIVE, RuleGrammars.POSITIVE_ONLY, RuleGrammars.CHANGE_REQUEST,
        RuleGrammars.REVIEW_REMINDER, RuleGrammars.PROMOTION, RuleGrammars.ORDER_CONFIRMATION, RuleGrammars.SENSITIVE)) {
      for (String concept : d.toString().split("[^A-Z_]+")) {
        if (!concept.isEmpty() && ConceptVocabulary.conceptNamed(concept).isPresent()) {
          s.add(Concept.valueOf(concept));
        }
      }
    }
    s.addAll(RuleGrammars.OTHER_PURPOSE);
    s.addAll(RuleGrammars.FILLER);
    s.add(Concept.NEGATION);
    s.add(Concept.QUESTION_WORD);
    s.addAll(RuleGrammars.POINTS);
    return s;
  }

  @Test
  void everyBundledVocabularyParsesAndEveryTagIsAConcept() {
    List<LexiconFile> files = ConceptVocabulary.files();
    assertThat(files).extracting(LexiconFile::name).contains("en.txt");
    for (LexiconFile f : files) {
      ConceptVocabulary.validate(f);
      assertThat(ConceptVocabulary.LANGUAGES).contains(f.name().substring(0, f.name().indexOf('.')));
    }
    PhraseMatcher all = PhraseMatcher.compileGroups(List.of(files));
    assertThat(all.size()).isGreaterThan(0);
  }

  /**
   * An elision glued to a group ("n'(avez|as)", "jusqu'(à|au)") is one token to the tokenizer but a
   * word and a group to the pattern syntax, so it never matches: write the alternatives out
   * ("(n'avez|n'as)").
   */
  @Test
  void noPatternGluesAnElisionToAGroup() {
    List<String> glued = new java.util.ArrayList<>();
    for (LexiconFile f : ConceptVocabulary.files()) {
      for (LexiconFile.Line line : f.lines()) {
        for (String p : line.patterns()) {
          if (p.matches(".*\\p{L}['\u2019]\\(.*")) {
            glued.add(f.name() + ": " + p);
          }
        }
      }
    }
    assertThat(glued).isEmpty();
  }

  @Test
  void requiredLanguagesCoverEveryConceptTheGrammarUses() {
    assertThat(USED_BY_GRAMMAR).contains(Concept.REVIEW, Concept.REMINDER, Concept.SHIPPED, Concept.THANKS);
    for (String lang : ConceptVocabulary.REQUIRED) {
      LexiconFile file = ConceptVocabulary.files().stream().filter(f -> f.name().equals(lang + ".txt")).findFirst()
          .orElseThrow(() -> new AssertionError("required vocabulary " + lang + ".txt is missing"));
      Set<Concept> covered = EnumSet.noneOf(Concept.class);
      for (LexiconFile.Line line : file.lines()) {
        for (String p : line.patterns()) {
          covered.add(Concept.valueOf(p.substring(p.indexOf("=>") + 2).strip()));
        }
      }
      assertThat(covered).as("concepts of %s.txt", lang).containsAll(USED_BY_GRAMMAR);
    }
  }

  @Test
  void noVocabularyRepeatsALine() {
    for (String lang : ConceptVocabulary.LANGUAGES) {
      List<String> raw;
      try {
        raw = LexiconFile.readRequired(ConceptVocabulary.class, LexiconFile.CONCEPTS_DIR + lang + ".txt");
      } catch (IllegalStateException absent) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < raw.size(); i++) {
        String line = raw.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        assertThat(seen.add(line.replaceAll("\\s+", " "))).as("%s.txt:%d repeats an earlier line: %s", lang, i + 1, line).isTrue();
      }
    }
  }

  @Test
  void aTagThatIsNoConceptFailsWithFileAndLine() {
    LexiconFile bad = LexiconFile.parse("xx.txt", List.of("# comment", "gift => VALUE", "voucher => PRESENT"));
    assertThatThrownBy(() -> ConceptVocabulary.validate(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx.txt:3")
        .hasMessageContaining("PRESENT");
    LexiconFile untagged = LexiconFile.parse("yy.txt", List.of("gift"));
    assertThatThrownBy(() -> ConceptVocabulary.validate(untagged)).hasMessageContaining("yy.txt:1").hasMessageContaining("no tag");
  }

  @Test
  void conceptNamesAreTheContract() {
    assertThat(Concept.values()).hasSize(76);
    assertThat(ConceptVocabulary.conceptNamed("NEXT_PURCHASE")).contains(Concept.NEXT_PURCHASE);
    assertThat(ConceptVocabulary.conceptNamed("next_purchase")).isEmpty();
  }
}
