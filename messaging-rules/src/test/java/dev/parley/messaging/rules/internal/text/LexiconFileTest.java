package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one lexicon format and loader: every bundled lexicon loads, and a missing or broken one fails loudly. */
class LexiconFileTest {
  /** Files of the phrases directory that are not phrase lexicons: the link-text list is compared whole, not matched. */
  private static final Set<String> NOT_PHRASE_LEXICONS = Set.of("link-text.txt");

  private static List<String> bundledFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(LexiconFile.class.getResource(LexiconFile.DIR).toURI());
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".txt") && !NOT_PHRASE_LEXICONS.contains(n))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyBundledLexiconFileLoadsAndCompiles() throws Exception {
    List<String> files = bundledFiles();
    assertThat(files).hasSizeGreaterThan(100);
    for (String file : files) {
      LexiconFile lexicon = LexiconFile.bundled(file);
      assertThat(lexicon.lines()).as(file).isNotEmpty();
      PhraseMatcher m = PhraseMatcher.compileGroups(List.of(List.of(lexicon)));
      assertThat(m.size()).as(file).isGreaterThanOrEqualTo(lexicon.lines().size());
    }
  }

  @Test
  void everyBundledLexiconFileIsReadByTheOnePass() throws Exception {
    StandardLexicons standard = StandardLexicons.get();
    Set<String> loaded = new HashSet<>();
    List<String> groups = new ArrayList<>(StandardLexicons.WORDING);
    groups.addAll(List.of(StandardLexicons.OPT_OUT, StandardLexicons.IMPORTANT_MISUSE, StandardLexicons.CLASSIFIER));
    for (String g : groups) {
      for (LexiconFile f : standard.files(g)) {
        loaded.add(g.equals(StandardLexicons.CLASSIFIER) ? "classify/" + f.name() : f.name());
      }
    }
    // Read by its own matcher (it reads text the fields do not hold), through the same loader.
    loaded.add("attachment-purpose.txt");
    // A file in an unknown language or with a misspelt rule name would otherwise be ignored silently.
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(bundledFiles());
  }

  @Test
  void theOnePassGivesEachGroupWhatItsOwnMatcherWould() {
    StandardLexicons standard = StandardLexicons.get();
    String text = NormalizedText.of("URGENT: please leave a 5-star review, we offer a free gift! Unsubscribe here. "
        + "Ihre Bestellung wurde versandt. Thank you for your order, the invoice is attached.").text();
    Tokens tokens = Tokens.of(text);
    PhraseMatcher.Matches all = standard.matcher().findByGroup(tokens);
    int nonEmpty = 0;
    List<String> groups = new ArrayList<>(StandardLexicons.WORDING);
    groups.addAll(List.of(StandardLexicons.OPT_OUT, StandardLexicons.IMPORTANT_MISUSE, StandardLexicons.CLASSIFIER));
    for (String g : groups) {
      PhraseMatcher alone = PhraseMatcher.compileGroups(List.of(standard.files(g)));
      List<String> expected = alone.find(tokens).stream().map(m -> m.origin() + "@" + m.start() + "-" + m.end()).collect(Collectors.toList());
      List<String> got = all.of(standard.group(g)).stream().map(m -> m.origin() + "@" + m.start() + "-" + m.end()).collect(Collectors.toList());
      assertThat(got).as(g).isEqualTo(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aMissingLexiconFailsLoudly() {
    assertThatThrownBy(() -> LexiconFile.bundled("no-such-lexicon.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-lexicon.txt")
        .hasMessageContaining("missing");
    assertThat(LexiconFile.bundledIfPresent("content.promotion.xx.txt")).isEmpty();
    assertThatThrownBy(() -> StandardLexicons.wordingFiles("content.no-such-rule"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("content.no-such-rule");
    assertThatThrownBy(() -> PhraseMatcher.readLines(LexiconFile.class, "/dev/parley/messaging/rules/tld/none.txt"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGapWiderThanTheMatcherAllowsFailsInsteadOfShrinking() {
    assertThatThrownBy(() -> PhraseMatcher.compileGroups(List.of(List.of(LexiconFile.parse("wide.en.txt", List.of("review ~10 (gift|voucher)"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("~10");
    assertThatThrownBy(() -> PhraseMatcher.compileGroups(List.of(List.of(LexiconFile.parse("wide.en.txt", List.of("review ~10 gift"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("~10");
  }

  @Test
  void aMalformedLineFailsLoudlyNamingFileAndLine() {
    LexiconFile gap = LexiconFile.parse("bad.en.txt", List.of("# header", "good words", "a ~x gap"));
    assertThatThrownBy(() -> PhraseMatcher.compileGroups(List.of(List.of(gap))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.en.txt:3");
    LexiconFile noWord = LexiconFile.parse("punct.en.txt", List.of("!!!"));
    assertThatThrownBy(() -> PhraseMatcher.compileGroups(List.of(List.of(noWord))))
        .hasMessageContaining("punct.en.txt:1");
    LexiconFile tooLong = LexiconFile.parse("long.en.txt", List.of("a b c d e f g h i j k l m n"));
    assertThatThrownBy(() -> PhraseMatcher.compileGroups(List.of(List.of(tooLong))))
        .hasMessageContaining("long.en.txt:1");
    String explosive = "(a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d)";
    assertThatThrownBy(() -> LexiconFile.parse("big.en.txt", List.of(explosive)))
        .hasMessageContaining("big.en.txt:1");
  }

  @Test
  void commentsAndSourcesFollowTheFormat() {
    LexiconFile f = LexiconFile.parse("x.en.txt", List.of("# header", "", "#", "free gift => coupon", "we (really)? care"));
    assertThat(f.lines()).extracting(LexiconFile.Line::source).containsExactly("x.en.txt:4", "x.en.txt:5");
    assertThat(f.lines().get(1).patterns()).containsExactly("we really care", "we care");
    PhraseMatcher m = PhraseMatcher.compileGroups(List.of(List.of(f)));
    List<PhraseMatcher.Match> found = m.find(Tokens.of(NormalizedText.of("We care, a free gift").text()));
    assertThat(found).extracting(PhraseMatcher.Match::origin).containsExactly("x.en.txt:5", "x.en.txt:4");
    assertThat(found.get(1).tag()).isEqualTo("coupon");
  }

  @Test
  void oneLanguageList() {
    assertThat(Languages.ALL).startsWith("en").contains("ja", "ar").doesNotHaveDuplicates();
    assertThat(Languages.LATIN).doesNotContain("ja", "ar")
        .containsExactlyElementsOf(Languages.ALL.stream().filter(l -> !l.equals("ja") && !l.equals("ar")).toList());
  }
}
