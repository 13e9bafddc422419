package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.content.HouseRule;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;
import dev.parley.messaging.rules.internal.text.LexiconFile;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link HouseRule}: its phrases and exceptions compiled once, per policy, into phrase
 * matchers of the lexicon format; a trigger that an exception overlaps is cleared. Immutable and
 * thread-safe.
 */
public final class HouseRuleCheck implements TextRule {
  /** The source every house rule names, in place of a link to Amazon's rules. */
  public static final String SOURCE = "urn:parley:house-rule";

  private final HouseRule rule;
  private final PhraseMatcher triggers;
  private final PhraseMatcher exceptions;

  /**
   * Compiles a house rule.
   *
   * @param rule the rule
   * @throws IllegalArgumentException if a phrase is not a valid pattern; the message names the rule and the line
   */
  public HouseRuleCheck(HouseRule rule) {
    this.rule = rule;
    this.triggers = compile(rule.id(), "phrases", rule.phrases());
    this.exceptions = rule.exceptions().isEmpty() ? null : compile(rule.id(), "exceptions", rule.exceptions());
  }

  private static PhraseMatcher compile(String id, String part, List<String> lines) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String source = id + "." + part + ":" + (i + 1);
      try {
        sources.put(source, LexiconFile.expandLine(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(part + "[" + i + "] of house rule " + id + " is invalid: got \"" + line + "\": " + e.getMessage(), e);
      }
    }
    try {
      return PhraseMatcher.compile(sources);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(part + " of house rule " + id + " are invalid: " + e.getMessage(), e);
    }
  }

  /** {@return the descriptor of a house rule, for the policy's catalog} */
  public static RuleDescriptor descriptor(HouseRule rule) {
    return RuleDescriptor.of(rule.id(), rule.summary(), rule.severity(), Confidence.HIGH, List.of(SOURCE));
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(rule.id()) || field.scanText().isEmpty()) {
      return;
    }
    List<PhraseMatcher.Match> found = triggers.find(field.tokens());
    if (found.isEmpty()) {
      return;
    }
    List<PhraseMatcher.Match> cleared = exceptions == null ? List.of() : exceptions.find(field.tokens());
    for (PhraseMatcher.Match m : found) {
      boolean clear = false;
      for (PhraseMatcher.Match e : cleared) {
        if (e.start() < m.end() && m.start() < e.end()) {
          clear = true;
          break;
        }
      }
      if (!clear) {
        sink.addFolded(rule.id(), field, m.start(), m.end(), WordingRule.explanation(rule.explanation(), field, m), m.evidence());
      }
    }
  }

  @Override
  public String toString() {
    return "HouseRuleCheck{" + rule.id() + "}";
  }
}
