package dev.parley.messaging.templates;

import dev.parley.messaging.rules.MessageField;
import java.util.Objects;
import java.util.Optional;

/**
 * One placeholder found in a template: where it is (a half-open UTF-16 span into the template's
 * subject or body, delimiters included), how it is written, its name and, when the vocabulary
 * knows the name, its type. Immutable and thread-safe.
 */
public final class Placeholder {
  private final PlaceholderSyntax syntax;
  private final String name;
  private final MessageField field;
  private final int start;
  private final int end;
  private final String text;
  private final PlaceholderType type;

  Placeholder(PlaceholderSyntax syntax, String name, MessageField field, int start, int end, String text, PlaceholderType type) {
    this.syntax = syntax;
    this.name = name;
    this.field = field;
    this.start = start;
    this.end = end;
    this.text = text;
    this.type = type;
  }

  /** {@return the syntax it is written in} */
  public PlaceholderSyntax syntax() {
    return syntax;
  }

  /** {@return its name, as written, without delimiters, padding or filter} */
  public String name() {
    return name;
  }

  /** {@return the template field it is in: subject or body} */
  public MessageField field() {
    return field;
  }

  /** {@return the start of its span in the field's text, inclusive} */
  public int start() {
    return start;
  }

  /** {@return the end of its span in the field's text, exclusive} */
  public int end() {
    return end;
  }

  /** {@return the placeholder exactly as written, delimiters included} */
  public String text() {
    return text;
  }

  /** {@return its type, or empty when the vocabulary does not know the name} */
  public Optional<PlaceholderType> type() {
    return Optional.ofNullable(type);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Placeholder)) {
      return false;
    }
    Placeholder p = (Placeholder) o;
    return syntax == p.syntax && name.equals(p.name) && field.equals(p.field) && start == p.start && end == p.end
        && text.equals(p.text) && type == p.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(syntax, name, field, start, end, type);
  }

  @Override
  public String toString() {
    return text + " (" + (type == null ? "unknown" : type.label()) + ") at " + field + "[" + start + ", " + end + ")";
  }
}
