package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.MessageField;
import java.util.List;

/**
 * {@code style.gif} for attachments: no GIF images (styling rules of 2020, confidence high). An
 * attachment is a GIF when its bytes say so, or, when no bytes are given, when its file name ends
 * in {@code .gif} or its declared media type is {@code image/gif}. GIF images inside HTML bodies
 * are reported by the HTML checks. Immutable and thread-safe.
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
      String why;
      if (a.hasContent()) {
        why = AttachmentInspector.detect(a) == AttachmentType.GIF ? "its content is a GIF image" : null;
      } else if (a.extension().equals("gif")) {
        why = "its file name says GIF; judged by extension only";
      } else if (a.declaredMediaType().map("image/gif"::equals).orElse(false)) {
        why = "its declared media type is image/gif";
      } else {
        why = null;
      }
      if (why != null) {
        String name = a.fileName();
        sink.addSource(ID, input.settings().severityOf(ID), MessageField.attachmentName(i), name, 0, name.length(),
            "style.gif: attachment \"" + name + "\" is a GIF image (" + why + "); Amazon does not allow GIF images.");
      }
    }
  }
}
