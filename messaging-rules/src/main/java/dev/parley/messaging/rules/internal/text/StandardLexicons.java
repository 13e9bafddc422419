package dev.parley.messaging.rules.internal.text;

import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.internal.concept.ConceptVocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every bundled lexicon that is matched against a message field, compiled into ONE {@link
 * PhraseMatcher}: the five phrase-judged wording rules, thank-you-only and order confirmation
 * (triggers and exceptions, every language), opt-out, the classifier's categories, the
 * important-misuse words and the concept vocabularies of the rule grammar. A field's tokens are walked once ({@code FieldText#lexiconMatches}) and
 * the matches are handed to each consumer by its group.
 *
 * <p>Loaded once, on first use; immutable and thread-safe. Loading fails with an exception when a
 * file is missing, empty or malformed (see {@link LexiconFile}).
 */
public final class StandardLexicons {
  /** The wording rules judged by phrases, in the order their groups are numbered. */
  public static final List<String> WORDING = List.of(
      "content.promotion", "review.positive-only", "review.incentive", "review.change-request",
      "content.sensitive", "message.thank-you-only", "message.order-confirmation");

  /** The group of {@code content.opt-out-link}: {@code opt-out.txt}. */
  public static final String OPT_OUT = "opt-out";

  /** The group of {@code delivery.important-misuse}: {@code delivery.important-misuse.txt}. */
  public static final String IMPORTANT_MISUSE = "delivery.important-misuse";

  /** The group of the classifier: {@code classify/<category>.<lang>.txt}. */
  public static final String CLASSIFIER = "classify";

  /** The group of the concept vocabularies ({@code concepts/<lang>.txt}, {@link ConceptVocabulary}). */
  public static final String CONCEPTS = "concepts";

  private final Map<String, Integer> groups;
  private final List<List<LexiconFile>> files;
  private final PhraseMatcher matcher;

  private StandardLexicons() {
    Map<String, List<LexiconFile>> all = new LinkedHashMap<>();
    for (String rule : WORDING) {
      all.put(rule, wordingFiles(rule));
    }
    all.put(OPT_OUT, List.of(LexiconFile.bundled("opt-out.txt")));
    all.put(IMPORTANT_MISUSE, List.of(LexiconFile.bundled("delivery.important-misuse.txt")));
    all.put(CLASSIFIER, classifierFiles());
    all.put(CONCEPTS, ConceptVocabulary.files());
    Map<String, Integer> g = new LinkedHashMap<>();
    List<List<LexiconFile>> f = new ArrayList<>();
    all.forEach((name, list) -> {
      g.put(name, f.size());
      f.add(list);
    });
    this.groups = Map.copyOf(g);
    this.files = List.copyOf(f);
    this.matcher = PhraseMatcher.compileGroups(files);
  }

  /** Holds the lexicons; the JVM loads them once, on first use. */
  private static final class Holder {
    static final StandardLexicons INSTANCE = new StandardLexicons();
  }

  /** {@return the bundled lexicons, loaded on first use} */
  public static StandardLexicons get() {
    return Holder.INSTANCE;
  }

  /**
   * The files of a wording rule: for each language, its triggers then its exceptions, each file
   * optional; at least one trigger file must exist.
   *
   * @param rule the rule id
   * @return the files in load order
   * @throws IllegalStateException if no trigger file exists
   */
  public static List<LexiconFile> wordingFiles(String rule) {
    List<LexiconFile> out = new ArrayList<>();
    boolean anyTrigger = false;
    for (String lang : Languages.ALL) {
      var trigger = LexiconFile.bundledIfPresent(rule + "." + lang + ".txt");
      anyTrigger |= trigger.isPresent();
      trigger.ifPresent(out::add);
      LexiconFile.bundledIfPresent(rule + ".except." + lang + ".txt").ifPresent(out::add);
    }
    if (!anyTrigger) {
      throw new IllegalStateException("lexicon " + rule + " is missing: expected " + LexiconFile.DIR + rule + ".<lang>.txt for one of " + Languages.ALL);
    }
    return out;
  }

  /** The classifier's files: per category (in declaration order), per language; each category needs one. */
  private static List<LexiconFile> classifierFiles() {
    List<LexiconFile> out = new ArrayList<>();
    for (Category category : Category.values()) {
      if (category == Category.OTHER) {
        continue;
      }
      boolean any = false;
      for (String lang : Languages.ALL) {
        var file = LexiconFile.bundledIfPresent("classify/" + category.fileStem() + "." + lang + ".txt");
        any |= file.isPresent();
        file.ifPresent(out::add);
      }
      if (!any) {
        throw new IllegalStateException("classifier lexicon of " + category + " is missing: expected "
            + LexiconFile.DIR + "classify/" + category.fileStem() + ".<lang>.txt for one of " + Languages.ALL);
      }
    }
    return out;
  }

  /** {@return the one matcher of every group} */
  public PhraseMatcher matcher() {
    return matcher;
  }

  /**
   * {@return the index of a group, for {@link PhraseMatcher.Matches#of}}
   *
   * @param name a wording rule id or one of {@link #OPT_OUT}, {@link #IMPORTANT_MISUSE}, {@link #CLASSIFIER}
   * @throws IllegalArgumentException if no group has the name
   */
  public int group(String name) {
    Integer g = groups.get(name);
    if (g == null) {
      throw new IllegalArgumentException("no bundled lexicon group: got " + name + ", expected one of " + groups.keySet());
    }
    return g;
  }

  /**
   * {@return the files of a group, in load order}
   *
   * @param name the group's name
   */
  public List<LexiconFile> files(String name) {
    return files.get(group(name));
  }

  @Override
  public String toString() {
    return "StandardLexicons{groups=" + groups.size() + ", patterns=" + matcher.size() + "}";
  }
}
