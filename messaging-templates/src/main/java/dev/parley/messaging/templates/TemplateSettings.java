package dev.parley.messaging.templates;

import dev.parley.messaging.rules.SendPolicy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of a {@link TemplateCheck}: which placeholder syntaxes are read, the vocabulary
 * that types placeholder names, the send policy the filled template is checked against (its
 * content settings' disabled rules and severity overrides apply to the {@code template.*} rules
 * too), and whether each typed placeholder is also tried with adversarial values.
 *
 * <p>Defaults: all five syntaxes, {@link PlaceholderVocabulary#defaults()}, {@link
 * SendPolicy#defaults()}, values tried. Immutable and thread-safe; {@code with…} methods return a
 * changed copy.
 */
public final class TemplateSettings {
  private static final TemplateSettings DEFAULTS = new TemplateSettings(EnumSet.allOf(PlaceholderSyntax.class),
      PlaceholderVocabulary.defaults(), SendPolicy.defaults(), true);

  private final Set<PlaceholderSyntax> syntaxes;
  private final PlaceholderVocabulary vocabulary;
  private final SendPolicy policy;
  private final boolean tryValues;

  private TemplateSettings(Set<PlaceholderSyntax> syntaxes, PlaceholderVocabulary vocabulary, SendPolicy policy, boolean tryValues) {
    this.syntaxes = Collections.unmodifiableSet(EnumSet.copyOf(syntaxes));
    this.vocabulary = vocabulary;
    this.policy = policy;
    this.tryValues = tryValues;
  }

  /** {@return the default settings} */
  public static TemplateSettings defaults() {
    return DEFAULTS;
  }

  /** {@return the syntaxes read as placeholders} */
  public Set<PlaceholderSyntax> syntaxes() {
    return syntaxes;
  }

  /** {@return the vocabulary that types placeholder names} */
  public PlaceholderVocabulary vocabulary() {
    return vocabulary;
  }

  /** {@return the send policy the filled template is checked against} */
  public SendPolicy policy() {
    return policy;
  }

  /** {@return true if each typed placeholder is also tried with adversarial values ({@code template.unsafe-value})} */
  public boolean tryValues() {
    return tryValues;
  }

  /**
   * {@return these settings reading only the given syntaxes}
   *
   * @param syntaxes the syntaxes to read; may be empty (then nothing is a placeholder)
   */
  public TemplateSettings withSyntaxes(Set<PlaceholderSyntax> syntaxes) {
    Objects.requireNonNull(syntaxes, "syntaxes");
    EnumSet<PlaceholderSyntax> s = EnumSet.noneOf(PlaceholderSyntax.class);
    s.addAll(syntaxes);
    return new TemplateSettings(s, vocabulary, policy, tryValues);
  }

  /**
   * {@return these settings with a syntax switched on or off}
   *
   * @param syntax the syntax
   * @param on true to read it
   */
  public TemplateSettings withSyntax(PlaceholderSyntax syntax, boolean on) {
    Objects.requireNonNull(syntax, "syntax");
    EnumSet<PlaceholderSyntax> s = EnumSet.noneOf(PlaceholderSyntax.class);
    s.addAll(syntaxes);
    if (on) {
      s.add(syntax);
    } else {
      s.remove(syntax);
    }
    return new TemplateSettings(s, vocabulary, policy, tryValues);
  }

  /**
   * {@return these settings with another vocabulary}
   *
   * @param vocabulary the vocabulary
   */
  public TemplateSettings withVocabulary(PlaceholderVocabulary vocabulary) {
    return new TemplateSettings(syntaxes, Objects.requireNonNull(vocabulary, "vocabulary"), policy, tryValues);
  }

  /**
   * {@return these settings with another send policy}
   *
   * @param policy the policy
   */
  public TemplateSettings withPolicy(SendPolicy policy) {
    return new TemplateSettings(syntaxes, vocabulary, Objects.requireNonNull(policy, "policy"), tryValues);
  }

  /**
   * {@return these settings with adversarial values tried or not}
   *
   * @param tryValues true to try them
   */
  public TemplateSettings withTryValues(boolean tryValues) {
    return new TemplateSettings(syntaxes, vocabulary, policy, tryValues);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TemplateSettings)) {
      return false;
    }
    TemplateSettings t = (TemplateSettings) o;
    return syntaxes.equals(t.syntaxes) && vocabulary.equals(t.vocabulary) && policy.equals(t.policy) && tryValues == t.tryValues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(syntaxes, vocabulary, policy, tryValues);
  }

  @Override
  public String toString() {
    return "TemplateSettings{syntaxes=" + syntaxes + ", vocabulary=" + vocabulary + ", tryValues=" + tryValues + "}";
  }
}
