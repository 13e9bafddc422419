package dev.parley.messaging.rules.internal.attachment;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.AttachmentType;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Fields;
import dev.parley.messaging.rules.internal.html.HtmlObservations;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.MessageField;
import java.util.List;

/**
 * {@code style.gif} for attachments: no GIF images (styling rules of 2020, confidence high). An
 * attachment is a GIF when its bytes say so, or, when no bytes are given, when its file name ends
 * in {@code .gif} or its declared media type is {@code image/gif}. GIF images inside HTML bodies
 * are reported by the HTML checks. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.STYLE_GIF,
    summary = "No GIF images.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.ATTACHMENT_NAME, Input.ATTACHMENT_CONTENT, Input.HTML})
public final class StyleGifRule implements MessageRule {
  public static final String ID = RuleIds.STYLE_GIF;

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    List<Attachment> attachments = input.message().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String why;
      if (a.hasContent()) {
        // the analysis inspected the bytes once already; read its verdict instead of sniffing again
        AttachmentScan scan = Fields.scanOf(fields, i);
        AttachmentType type = scan != null ? scan.type : AttachmentInspection.detect(a);
        why = type == AttachmentType.GIF ? "its content is a GIF image" : null;
      } else if (a.extension().equals("gif")) {
        why = "its file name says GIF; judged by extension only";
      } else if (a.declaredMediaType().map("image/gif"::equals).orElse(false)) {
        why = "its declared media type is image/gif";
      } else {
        why = null;
      }
      if (why != null) {
        String name = a.fileName();
        sink.addSource(ID, null, MessageField.attachmentName(i), name, 0, name.length(),
            "Attachment " + name + " is a GIF image (" + why + "); Amazon does not allow GIF images.", "attachment type");
      }
    }
    for (FieldText f : fields) {
      if (f.field().kind() == MessageField.Kind.BODY) {
        HtmlObservations.report(ID, f, sink);
      }
    }
  }
}
