package dev.parley.messaging.templates;

/**
 * The placeholder syntaxes read out of the box; {@link TemplateSettings#syntaxes()} switches each
 * on or off.
 *
 * <p>A placeholder's name is 1 to 64 letters, digits, {@code _}, {@code -} or {@code .}, starting
 * with a letter or {@code _}; in the bracketing syntaxes spaces around the name and a filter after
 * {@code |} ({@code {{ buyer_name | capitalize }}}) are allowed and ignored. Anything else between
 * the delimiters is not a placeholder and stays text, so {@code 50% off 20%} or {@code [[1]]} are
 * left alone.
 */
public enum PlaceholderSyntax {
  /** {@code {{name}}} (Mustache, Handlebars, Liquid, Jinja). */
  DOUBLE_BRACES("{{", "}}"),
  /** {@code [[name]]}. */
  DOUBLE_BRACKETS("[[", "]]"),
  /** {@code %NAME%}; no spaces and no filter inside. */
  PERCENT("%", "%"),
  /** {@code ${name}}. */
  DOLLAR_BRACE("${", "}"),
  /** {@code <<name>>}. */
  DOUBLE_ANGLE("<<", ">>");

  private final String open;
  private final String close;

  PlaceholderSyntax(String open, String close) {
    this.open = open;
    this.close = close;
  }

  /** {@return the opening delimiter} */
  public String open() {
    return open;
  }

  /** {@return the closing delimiter} */
  public String close() {
    return close;
  }

  /**
   * {@return the placeholder for a name in this syntax}
   *
   * @param name a placeholder name
   */
  public String write(String name) {
    return open + name + close;
  }

  /** {@return true if spaces around the name and a {@code |} filter are allowed} */
  boolean allowsPadding() {
    return this != PERCENT;
  }
}
