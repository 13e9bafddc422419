package dev.parley.messaging.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * The static description of one rule: its stable id, a one-line summary, its default severity,
 * how sure the specification is, and where the rule comes from.
 *
 * <p>Descriptors are metadata only; each finding points at the descriptor of its rule. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class RuleDescriptor {
  RuleDescriptor() {}

  /** {@return the stable rule id, such as {@code content.link}} */
  public abstract String id();

  /** {@return a one-line summary of what the rule forbids or requires} */
  public abstract String summary();

  /** {@return the severity a finding of this rule has unless the policy overrides it} */
  public abstract Severity defaultSeverity();

  /** {@return how sure the specification is of the rule} */
  public abstract Confidence confidence();

  /** {@return links to the rule's sources, at least one} */
  public abstract List<String> sources();

  @Value.Check
  void check() {
    String id = id();
    boolean ok = !id.isEmpty() && id.indexOf('.') > 0;
    for (int i = 0; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException("id is invalid: got \"" + id + "\", expected a dotted lower-case id such as content.link");
    }
    if (summary().isBlank()) {
      throw new IllegalArgumentException("summary of rule " + id + " must not be blank");
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException("sources of rule " + id + " must name at least one source");
    }
  }

  /**
   * {@return a descriptor}
   *
   * @param id the stable id
   * @param summary one line
   * @param defaultSeverity the default severity
   * @param confidence how sure the specification is
   * @param sources links to the sources
   * @throws IllegalArgumentException if the id is not a dotted lower-case id, the summary is blank or
   *     no source is given
   */
  public static RuleDescriptor of(String id, String summary, Severity defaultSeverity, Confidence confidence, List<String> sources) {
    return ImmutableRuleDescriptor.builder()
        .id(id)
        .summary(summary)
        .defaultSeverity(defaultSeverity)
        .confidence(confidence)
        .sources(sources)
        .build();
  }
}
