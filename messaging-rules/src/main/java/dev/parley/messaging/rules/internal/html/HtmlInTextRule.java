package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import java.util.Set;

/**
 * content.html: SP-API message text must not contain HTML (RULES.md §2, confidence H). Every
 * known HTML tag in the body of an SP-API message is reported (also when the body is declared
 * HTML). In a free-form plain-text body a tag is not a violation, only shown to the buyer
 * literally; the first one is reported with {@link ContentSettings#htmlInPlainTextSeverity()}
 * (default INFO). Only tags with a known HTML element name count, so "a < b" or "<3" are not HTML.
 * Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.CONTENT_HTML,
    summary = "SP-API message text must not contain HTML.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.BODY_TEXT, Input.CONTEXT})
public final class HtmlInTextRule implements TextRule {
  private static final Set<String> TAGS = Set.of(
      "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "basefont", "big", "blockquote", "body", "br",
      "button", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em",
      "embed", "fieldset", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
      "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main", "mark",
      "meta", "nav", "object", "ol", "option", "p", "param", "pre", "q", "s", "script", "section", "select", "small",
      "source", "span", "strike", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td", "textarea", "tfoot",
      "th", "thead", "title", "tr", "u", "ul", "video", "wbr");

  @Override
  public boolean appliesTo(MessageField.Kind kind) {
    return kind == MessageField.Kind.BODY;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(RuleIds.CONTENT_HTML)) {
      return;
    }
    boolean spApi = input.message().type().isSpApi();
    if (!spApi && input.message().bodyFormat() == BodyFormat.HTML) {
      return;
    }
    Severity severity = spApi ? null : input.settings().htmlInPlainTextSeverity();
    String text = field.source();
    HtmlTokenizer.tokenize(text, new HtmlTokenizer.Handler() {
      private boolean reported;

      @Override
      public void text(int start, int end) {}

      @Override
      public void startTag(HtmlTokenizer.Tag tag) {
        report(tag.name, tag.start, tag.end);
      }

      @Override
      public void endTag(String name, int start, int end) {
        report(name, start, end);
      }

      @Override
      public void rawText(String element, int start, int end) {}

      private void report(String name, int start, int end) {
        if (!TAGS.contains(name) || reported && !spApi) {
          return;
        }
        reported = true;
        String message = spApi
            ? "HTML tag in SP-API message text, which must be plain text."
            : "HTML tag in a plain-text body; the buyer will see it as written.";
        sink.addSource(RuleIds.CONTENT_HTML, severity, field.field(), text, start, end, message, "html tag <" + name + ">");
      }
    });
  }
}
