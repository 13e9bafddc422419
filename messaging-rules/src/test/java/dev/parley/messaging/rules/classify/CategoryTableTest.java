package dev.parley.messaging.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendFixtures;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a message is for, in every language: one table per language under {@code
 * src/test/resources/categories/<lang>.tsv}, weighted to the confusions that matter (a problem
 * notice that names a tracking number or thanks the buyer, a delay notice that asks nothing, a
 * bulky delivery to schedule against a service visit, a return against a warranty repair, a usage
 * answer against an order-details question, a refused price adjustment). Each line is the
 * expected {@link Category}, {@code proactive} or {@code reply}, the message body, and a note,
 * separated by tabs ({@code #} starts a comment line). The category decides the criticality too,
 * which is asserted alongside. Rows the classifier still reads otherwise wait in {@code
 * <lang>-open.tsv} beside the table (not read here), so that every row read here is an assertion.
 */
class CategoryTableTest {
  private static final Map<String, Marketplace> MARKETPLACE = SendFixtures.MARKETPLACE_OF_LANGUAGE;

  /** The fewest rows each language's table must hold. */
  private static final int MIN_ROWS = 20;

  static List<Object[]> rows() {
    List<Object[]> out = new ArrayList<>();
    for (String lang : MARKETPLACE.keySet().stream().sorted().toList()) {
      List<Object[]> rows = rows(lang);
      if (rows.size() < MIN_ROWS) {
        throw new IllegalStateException("categories/" + lang + ".tsv: " + rows.size() + " rows, expected at least " + MIN_ROWS);
      }
      out.addAll(rows);
    }
    return out;
  }

  private static List<Object[]> rows(String lang) {
    String resource = "/categories/" + lang + ".tsv";
    List<String> lines = LexiconFile.readRequired(CategoryTableTest.class, resource);
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || !(f[1].equals("proactive") || f[1].equals("reply")) || f[2].isBlank()) {
        throw new IllegalArgumentException(resource + ":" + (i + 1) + ": expected category, proactive|reply, text, note; got " + line);
      }
      Category expected = Category.valueOf(f[0]);
      out.add(new Object[] {lang + ".tsv:" + (i + 1), lang, expected, f[1].equals("reply"), f[2], f[3]});
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {2} {5}")
  @MethodSource("rows")
  void readsWhatTheMessageIsFor(String where, String lang, Category expected, boolean reply, String text, String note) {
    Message m = Message.builder().id(where).author(Author.SELLER).sentAt(Instant.EPOCH).body(text).build();
    CheckContext context = CheckContext.builder().marketplace(MARKETPLACE.get(lang)).replyToBuyer(reply).build();
    Classification c = Classifier.standard().classify(m, context);
    assertThat(c.category()).as("%s (%s) scores %s", where, note, c.scores()).isEqualTo(expected);
    assertThat(c.critical()).as("%s critical", where).isEqualTo(ClassifierSettings.defaults().isCritical(expected));
  }
}
