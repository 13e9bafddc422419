package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.rules.MessageField;
import java.util.List;
import java.util.Locale;

/**
 * {@code style.gif}: no GIF images (styling rules of 2020, confidence high). Reports an attachment
 * whose file name ends in {@code .gif} or whose declared media type is {@code image/gif}, and an
 * HTML {@code <img>} whose {@code src} names a {@code .gif} file. Judged by name and declaration
 * only; content sniffing belongs to the attachment rules, which may replace this class.
 * Immutable and thread-safe.
 */
final class StyleGifRule implements MessageRule {
  static final String ID = "style.gif";

  @Override
  public void check(RuleInput input, List<FieldText> fields, FindingSink sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    List<Attachment> attachments = input.message().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      boolean byName = a.extension().equals("gif");
      boolean byType = a.declaredMediaType().map("image/gif"::equals).orElse(false);
      if (byName || byType) {
        String name = a.fileName();
        sink.addSource(ID, input.settings().severityOf(ID), MessageField.attachmentName(i), name, 0, name.length(),
            ID + ": attachment \"" + name + "\" is a GIF image (" + (byName ? "file name" : "declared media type image/gif") + "); Amazon does not allow GIF images");
      }
    }
    if (input.message().bodyFormat() == BodyFormat.HTML) {
      checkHtml(input, sink);
    }
  }

  /** Finds {@code <img ... src="....gif">} in one forward pass over the HTML source. */
  private static void checkHtml(RuleInput input, FindingSink sink) {
    String html = input.message().body();
    String lower = html.toLowerCase(Locale.ROOT);
    if (lower.length() != html.length()) {
      return;
    }
    int i = 0;
    while ((i = lower.indexOf("<img", i)) >= 0) {
      int end = lower.indexOf('>', i);
      if (end < 0) {
        end = lower.length();
      }
      int src = lower.indexOf("src", i);
      if (src >= 0 && src < end) {
        int v = src + 3;
        while (v < end && (lower.charAt(v) == ' ' || lower.charAt(v) == '=' || lower.charAt(v) == '"' || lower.charAt(v) == '\'')) {
          v++;
        }
        int ve = v;
        while (ve < end && lower.charAt(ve) != '"' && lower.charAt(ve) != '\'' && lower.charAt(ve) != ' ' && lower.charAt(ve) != '?' && lower.charAt(ve) != '#') {
          ve++;
        }
        if (lower.startsWith(".gif", ve - 4) && ve - 4 >= v) {
          sink.addSource(ID, input.settings().severityOf(ID), MessageField.body(), html, v, ve,
              ID + ": image \"" + html.substring(v, ve) + "\" is a GIF; Amazon does not allow GIF images");
        }
      }
      i = end;
    }
  }
}
