package dev.parley.messaging.json;

import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.templates.Template;
import java.util.Objects;

/**
 * One lint request as {@code POST /v1/lint} reads it: the caller's {@code id} (echoed in the
 * result, empty when not given), the {@link Template} and the {@link CheckContext} it is checked in.
 *
 * <p>Immutable and thread-safe.
 */
public final class LintRequest {
  private final String id;
  private final Template template;
  private final CheckContext context;

  private LintRequest(String id, Template template, CheckContext context) {
    this.id = Objects.requireNonNull(id, "id");
    this.template = Objects.requireNonNull(template, "template");
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * {@return a lint request}
   *
   * @param id the caller's id, empty when none
   * @param template the template to check
   * @param context the marketplace, buyer locale and whether the filled messages reply to buyers
   */
  public static LintRequest of(String id, Template template, CheckContext context) {
    return new LintRequest(id, template, context);
  }

  /** {@return the caller's id, empty when none was given} */
  public String id() {
    return id;
  }

  /** {@return the template to check} */
  public Template template() {
    return template;
  }

  /** {@return the context the template is checked in} */
  public CheckContext context() {
    return context;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LintRequest)) {
      return false;
    }
    LintRequest r = (LintRequest) o;
    return id.equals(r.id) && template.equals(r.template) && context.equals(r.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, template, context);
  }

  @Override
  public String toString() {
    return "LintRequest{id=" + id + ", template=" + template + ", context=" + context + "}";
  }
}
