package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks what the findings point at: every non-space character of a violating span in the subject
 * or a text body becomes {@value #MASK}; violating HTML is masked the same way inside its text;
 * an attachment with a BLOCK finding is removed.
 */
final class Redactor {
  static final char MASK = '█';

  private Redactor() {}

  /** Whether redaction acts on the finding: a WARN or BLOCK span in a text field, or a blocked attachment. */
  static boolean acts(Finding f) {
    MessageField.Kind kind = f.field().kind();
    if (f.severity() == Severity.INFO || kind == MessageField.Kind.MESSAGE) {
      return false;
    }
    return kind == MessageField.Kind.SUBJECT || kind == MessageField.Kind.BODY || f.severity() == Severity.BLOCK;
  }

  static Message redact(Message message, List<Finding> findings) {
    List<Finding> subject = new ArrayList<>();
    List<Finding> body = new ArrayList<>();
    Set<Integer> dropped = new HashSet<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      MessageField.Kind kind = f.field().kind();
      if (kind == MessageField.Kind.SUBJECT) {
        subject.add(f);
      } else if (kind == MessageField.Kind.BODY) {
        body.add(f);
      } else if ((kind == MessageField.Kind.ATTACHMENT || kind == MessageField.Kind.ATTACHMENT_NAME) && f.severity() == Severity.BLOCK) {
        dropped.add(f.field().attachmentIndex());
      }
    }
    List<Attachment> kept = new ArrayList<>();
    for (int i = 0; i < message.attachments().size(); i++) {
      if (!dropped.contains(i)) {
        kept.add(message.attachments().get(i));
      }
    }
    String newBody = message.bodyFormat() == BodyFormat.HTML ? HtmlBody.redact(message.body(), body) : mask(message.body(), body);
    return Message.builder()
        .from(message)
        .subject(mask(message.subject(), subject))
        .body(newBody)
        .attachments(kept)
        .build();
  }

  static String mask(String text, List<Finding> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    boolean[] masked = new boolean[text.length()];
    for (Finding f : spans) {
      for (int i = Math.max(0, f.start()); i < Math.min(f.end(), text.length()); i++) {
        masked[i] = true;
      }
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (masked[i] && !Character.isWhitespace(cp)) {
        sb.append(MASK);
      } else {
        sb.appendCodePoint(cp);
      }
      i += len;
    }
    return sb.toString();
  }
}
