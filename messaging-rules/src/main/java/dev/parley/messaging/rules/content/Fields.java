package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.MessageField;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a message into the fields the text rules read. */
final class Fields {
  private Fields() {}

  static List<FieldText> of(Message message, ContentSettings settings) {
    List<FieldText> fields = new ArrayList<>();
    if (!message.subject().isEmpty()) {
      fields.add(FieldText.plain(MessageField.subject(), message.subject()));
    }
    if (message.bodyFormat() == BodyFormat.HTML) {
      fields.add(HtmlBody.extract(message.body()));
    } else {
      fields.add(FieldText.plain(MessageField.body(), message.body()));
    }
    List<Attachment> attachments = message.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      fields.add(FieldText.plain(MessageField.attachmentName(i), a.fileName()));
      String text = attachmentText(a);
      if (text != null) {
        fields.add(FieldText.plain(MessageField.attachment(i), text));
      }
    }
    return fields;
  }

  /** The readable text of an attachment, or null when it has none that Parley can read. */
  static String attachmentText(Attachment a) {
    if (!a.hasContent() || !a.extension().equals("txt")) {
      return null;
    }
    ByteBuffer b = a.content().orElseThrow();
    return StandardCharsets.UTF_8.decode(b).toString();
  }
}
