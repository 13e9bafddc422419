package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language at the depth of English: the English rows of {@link RuleTableTest} for the
 * wording rules, each written again in another language (its own idiom, not a word-for-word
 * copy, often in a formal and a colloquial form), must get the same answer there. One file per
 * language under {@code src/test/resources/parity/<lang>.tsv}; each line is {@code rule}, {@code
 * flags} or {@code passes}, {@code proactive} or {@code reply}, the text, and the English row it
 * renders, separated by tabs ({@code #} starts a comment line). Rows about one family of
 * phrasings in every language live in a folder of their own, {@code parity/<family>/<lang>.tsv}
 * (the hostility written without insult words, the change request written as a passive or a
 * wish, every rule at depth in one language, compliant near-misses that must stay clean), in the
 * same format; their column 5 may be {@code -} when no English row is rendered.
 */
class ParityTest {
  private static final Map<String, Marketplace> MARKETPLACE = SendFixtures.MARKETPLACE_OF_LANGUAGE;

  /** The folders under {@code parity/} that hold a family of phrasings, one file per language. */
  private static final List<String> FAMILIES = List.of("", "sensitive/", "change/", "depth/", "compliant/");

  static List<Object[]> rows() {
    List<Object[]> out = new ArrayList<>();
    for (String family : FAMILIES) {
      for (String lang : MARKETPLACE.keySet().stream().sorted().toList()) {
        out.addAll(rows(family, lang));
      }
    }
    return out;
  }

  private static List<Object[]> rows(String family, String lang) {
    String resource = "/parity/" + family + lang + ".tsv";
    if (ParityTest.class.getResource(resource) == null) {
      return List.of();
    }
    List<Object[]> out = new ArrayList<>();
    List<String> lines = LexiconFile.readRequired(ParityTest.class, resource);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !(f[1].equals("flags") || f[1].equals("passes")) || !(f[2].equals("proactive") || f[2].equals("reply"))) {
        throw new IllegalArgumentException(resource + ":" + (i + 1) + ": expected rule, flags|passes, proactive|reply, text, English; got " + line);
      }
      out.add(new Object[] {family + lang + ".tsv:" + (i + 1), lang, f[0], f[1].equals("flags"), f[2].equals("reply"), f[3]});
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("rows")
  void sameAnswerAsEnglish(String where, String lang, String rule, boolean flags, boolean reply, String text) {
    assertThat(RuleCatalog.standard().contains(rule)).as("%s: rule %s", where, rule).isTrue();
    RuleTester tester = RuleTester.of(rule).in(MARKETPLACE.get(lang));
    if (reply) {
      tester = tester.reply();
    }
    if (flags) {
      tester.flags(text);
    } else {
      tester.passes(text);
    }
  }
}
