package dev.parley.messaging.rules.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A combination that reads its vetoes and anchors from the index's per-sentence concept bits
 * ({@link ConceptIndex#sentenceConceptBits()}) finds exactly the hits of one that builds its
 * per-sentence arrays from the occurrences ({@code findWithSentenceArrays}): every combination of
 * every rule definition, on every development message and on the messages of each development
 * file joined into one text (so that anchors reach across many sentences).
 */
class SentenceBitsProperties {
  private static List<Grammar.Definition> definitions() throws IllegalAccessException {
    List<Grammar.Definition> out = new ArrayList<>();
    for (Field f : RuleGrammars.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Grammar.Definition.class) {
        f.setAccessible(true);
        out.add((Grammar.Definition) f.get(null));
      }
    }
    return out;
  }

  /** The development files (directories {@code dev}, {@code dev3} and on): read by name, no other directory. */
  private static List<String> devFiles() throws java.io.IOException {
    Path corpus = Path.of("src/test/resources/corpus");
    List<String> out = new ArrayList<>();
    for (int i = 0; i <= 40; i++) {
      Path dir = corpus.resolve(i == 0 ? "dev" : "dev" + i);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(p -> out.add("/corpus/" + corpus.relativize(p).toString().replace('\\', '/')));
        }
      }
    }
    return out;
  }

  private static List<String> describe(List<Grammar.Hit> hits) {
    List<String> out = new ArrayList<>();
    for (Grammar.Hit h : hits) {
      out.add(h.firstToken() + "-" + h.lastToken());
    }
    return out;
  }

  @Test
  void sentenceBitsGiveTheHitsOfTheSentenceArrays() throws Exception {
    List<Grammar.Definition> definitions = definitions();
    assertThat(definitions).hasSizeGreaterThan(5);
    List<String> files = devFiles();
    assertThat(files).hasSizeGreaterThan(10);
    int messages = 0;
    int hits = 0;
    for (String file : files) {
      StringBuilder joined = new StringBuilder();
      List<String> texts = new ArrayList<>();
      for (Corpus.Entry e : Corpus.load(file)) {
        texts.add(e.message.body());
        joined.append(e.message.body()).append("\n");
      }
      texts.add(joined.toString());
      for (String text : texts) {
        ConceptIndex index = FieldText.plain(MessageField.body(), text).concepts();
        messages++;
        for (Grammar.Definition d : definitions) {
          for (Grammar.Combination c : d.alternatives()) {
            List<String> expected = describe(c.findWithSentenceArrays(index));
            hits += expected.size();
            assertThat(describe(c.find(index))).as("%s in %s", c, file).isEqualTo(expected);
          }
        }
      }
    }
    assertThat(messages).isGreaterThan(1000);
    assertThat(hits).isGreaterThan(1000);
  }
}
