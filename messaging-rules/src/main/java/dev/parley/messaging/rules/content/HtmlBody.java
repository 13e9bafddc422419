package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.MessageField;

/** The visible text of an HTML body, with a map back into the HTML source. */
final class HtmlBody {
  private HtmlBody() {}

  static FieldText extract(String html) {
    return FieldText.plain(MessageField.body(), html);
  }

  /** The HTML with the violating spans masked. */
  static String redact(String html, java.util.List<dev.parley.messaging.rules.Finding> spans) {
    return Redactor.mask(html, spans);
  }
}
