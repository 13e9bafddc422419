package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.immutables.value.Value;

/**
 * A seller's own wording rule, checked like a built-in one: phrases in Parley's lexicon format
 * (one pattern a line: words, {@code ~N} gaps of up to N words, {@code (a|b)} alternatives, {@code
 * (a|b)?} optional groups, {@code word*} prefixes, {@code # comments}), optional exception phrases
 * that clear a trigger they overlap, an id, a severity and the explanation a seller sees.
 *
 * <p>House rules get spans into the original text, redaction, severity overrides, the per-rule cap
 * and a place in the policy's catalog ({@link ContentPolicy#catalog()}) like built-in rules. Their
 * ids start with {@code house.}, so they never collide with Parley's. Phrases are matched on folded
 * text (case, accents, look-alike letters and white space do not matter), in every field the text
 * rules read (subject, body, attachment text).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HouseRule {
  HouseRule() {}

  /** {@return the rule id: {@code house.} then lower-case letters, digits and hyphens} */
  public abstract String id();

  /** {@return one line: what the rule forbids} */
  public abstract String summary();

  /** {@return the severity of a finding} */
  @Value.Default
  public Severity severity() {
    return Severity.WARN;
  }

  /** {@return what a seller is told, after the matched phrase, such as "is a word our brand guide forbids"} */
  public abstract String explanation();

  /** {@return the trigger phrases, in the lexicon format} */
  public abstract List<String> phrases();

  /** {@return phrases that clear a trigger they overlap, in the lexicon format} */
  public abstract List<String> exceptions();

  @Value.Check
  void check() {
    String id = id();
    boolean ok = id.startsWith("house.") && id.length() > "house.".length();
    for (int i = 0; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException("id is invalid: got \"" + id + "\", expected house. followed by lower-case letters, digits, dots or hyphens, such as house.competitor-names");
    }
    if (summary().isBlank()) {
      throw new IllegalArgumentException("summary of house rule " + id + " must not be blank");
    }
    if (explanation().isBlank()) {
      throw new IllegalArgumentException("explanation of house rule " + id + " must not be blank");
    }
    if (phrases().stream().allMatch(p -> p.isBlank() || p.strip().startsWith("#"))) {
      throw new IllegalArgumentException("phrases of house rule " + id + " must hold at least one pattern");
    }
  }

  /**
   * {@return a house rule that forbids words or phrases as written (no pattern syntax)}
   *
   * @param id the id, {@code house.…}
   * @param severity the severity
   * @param explanation what the seller is told
   * @param words the banned words or phrases
   * @throws IllegalArgumentException if the id is invalid or no word is given
   */
  public static HouseRule bannedWords(String id, Severity severity, String explanation, Collection<String> words) {
    List<String> phrases = new ArrayList<>();
    for (String w : words) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        // Pattern syntax characters stand for themselves in a banned word: drop them to a space.
        sb.append("()|?*~#=>\\".indexOf(c) >= 0 ? ' ' : c);
      }
      String p = sb.toString().strip().replaceAll("\\s+", " ");
      if (!p.isEmpty()) {
        phrases.add(p);
      }
    }
    return builder().id(id).summary("Banned words: " + String.join(", ", words) + ".").severity(severity).explanation(explanation)
        .phrases(phrases).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HouseRule}; not thread-safe. */
  public static final class Builder extends ImmutableHouseRule.Builder {
    Builder() {}
  }
}
