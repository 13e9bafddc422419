package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.RuleIds;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.parley.messaging.rules.internal.html.HtmlBody;

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
public final class Redactor {
  /** The character that stands for each masked one: {@link dev.parley.messaging.rules.internal.text.NormalizedText#MASK}. */
  public static final char MASK = dev.parley.messaging.rules.internal.text.NormalizedText.MASK;

  private Redactor() {}

  /** Whether redaction acts on the finding: a WARN or BLOCK span in a text field, or a blocked attachment. */
  public static boolean acts(Finding f) {
    MessageField.Kind kind = f.field().kind();
    if (f.severity() == Severity.INFO || kind == MessageField.Kind.MESSAGE) {
      return false;
    }
    return kind == MessageField.Kind.SUBJECT || kind == MessageField.Kind.BODY || f.severity() == Severity.BLOCK;
  }

  public static Message redact(Message message, List<Finding> findings) {
    return redact(message, findings, List.of());
  }

  /**
   * {@return the message with the spans of the findings, listed and past the per-rule cap, masked}
   *
   * @param message the checked message
   * @param findings the listed findings
   * @param unlisted the findings past the cap ({@link Reporter#unlisted()}), masked after the listed ones
   */
  public static Message redact(Message message, List<Finding> findings, List<Reporter.Unlisted> unlisted) {
    List<Finding> subject = new ArrayList<>();
    List<Finding> body = new ArrayList<>();
    List<Reporter.Unlisted> subjectMore = new ArrayList<>();
    List<Reporter.Unlisted> bodyMore = new ArrayList<>();
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
    for (Reporter.Unlisted u : unlisted) {
      if (u.severity() == Severity.INFO) {
        continue;
      }
      MessageField.Kind kind = u.field().kind();
      if (kind == MessageField.Kind.SUBJECT) {
        subjectMore.add(u);
      } else if (kind == MessageField.Kind.BODY) {
        bodyMore.add(u);
      } else if ((kind == MessageField.Kind.ATTACHMENT || kind == MessageField.Kind.ATTACHMENT_NAME) && u.severity() == Severity.BLOCK) {
        dropped.add(u.field().attachmentIndex());
      }
    }
    if (message.bodyFormat() == BodyFormat.HTML && !bodyMore.isEmpty()) {
      // The HTML redaction reads findings: the few HTML bodies past the cap get theirs made.
      for (Reporter.Unlisted u : bodyMore) {
        body.add(u.toFinding());
      }
      bodyMore.clear();
    }
    List<Attachment> kept = new ArrayList<>();
    for (int i = 0; i < message.attachments().size(); i++) {
      if (!dropped.contains(i)) {
        kept.add(message.attachments().get(i));
      }
    }
    String newBody = message.bodyFormat() == BodyFormat.HTML ? HtmlBody.redact(message.body(), body) : mask(message.body(), body, bodyMore);
    return Message.builder()
        .from(message)
        .subject(mask(message.subject(), subject, subjectMore))
        .body(newBody)
        .attachments(kept)
        .build();
  }

  /** Masks every non-space UTF-16 unit of the spans; the text keeps its length, so spans stay valid. */
  public static String mask(String text, List<Finding> spans) {
    return mask(text, spans, List.of());
  }

  /** Masks every non-space UTF-16 unit of the spans of listed and unlisted findings; the text keeps its length. */
  private static String mask(String text, List<Finding> spans, List<Reporter.Unlisted> more) {
    if (spans.isEmpty() && more.isEmpty()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (Finding f : spans) {
      maskSpan(out, f.start(), f.end());
    }
    for (Reporter.Unlisted u : more) {
      maskSpan(out, u.start(), u.end());
    }
    return new String(out);
  }

  private static void maskSpan(char[] out, int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(end, out.length); i++) {
      if (!Character.isWhitespace(out[i])) {
        out[i] = MASK;
      }
    }
  }

  /**
   * {@return the violations that masking creates: findings of the redacted message that no finding
   * of the original reports}, each reported on the original message. Subject and text bodies keep
   * their offsets under masking, so such a finding keeps its span; in an HTML body (whose
   * redaction removes markup) it is reported on the message as a whole, quoting the joined text.
   * Attachments are only ever dropped whole, so their findings are never new.
   *
   * @param original the checked message
   * @param reported the findings of the original
   * @param again the findings of the redacted message
   */
  public static List<Finding> joined(Message original, List<Finding> reported, List<Finding> again) {
    List<Finding> out = new ArrayList<>();
    Map<String, List<Finding>> inHtml = new LinkedHashMap<>();
    for (Finding f : again) {
      MessageField.Kind kind = f.field().kind();
      if (!acts(f) || (kind != MessageField.Kind.SUBJECT && kind != MessageField.Kind.BODY) || onlyMasks(f.excerpt())) {
        continue;
      }
      boolean keepsOffsets = kind == MessageField.Kind.SUBJECT || original.bodyFormat() != BodyFormat.HTML;
      String source = kind == MessageField.Kind.SUBJECT ? original.subject() : original.body();
      // In an HTML body every reported span is gone after redaction, so what is left is new, or text
      // that merely lost its context; in a text body, overlapping a reported span means known.
      if ((keepsOffsets && known(f, reported)) || unchanged(f, source, keepsOffsets)) {
        continue;
      }
      if (keepsOffsets) {
        out.add(Finding.of(f.rule(), f.severity(), f.field(), f.start(), f.end(), source.substring(f.start(), f.end()),
            JOINED + f.explanation(), "after redaction: " + f.evidence()));
      } else {
        inHtml.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
      }
    }
    // Removing markup can join many things at once; one finding per rule says so.
    for (List<Finding> same : inHtml.values()) {
      Finding f = same.get(0);
      String more = same.size() == 1 ? "" : " (and " + (same.size() - 1) + " more like it)";
      out.add(Finding.of(f.rule(), f.severity(), MessageField.message(), 0, 0, "",
          JOINED + "\u201C" + f.excerpt() + "\u201D" + more + ". " + f.explanation(), "after redaction: " + f.evidence()));
    }
    return out;
  }

  /**
   * {@return whether the re-check of a redacted message may leave out the text rule on the field}
   * (the re-check's findings are read only by {@link #joined}). A finding there is kept only if its
   * excerpt does not stand in the original at its offset, which in the subject or a plain body
   * (whose masking keeps offsets) means that its span covers a character masking changed, and
   * masking turns every character it changes into {@link #MASK}. Folded without a right-to-left
   * override, a field maps each folded character back to its own characters, in order, and keeps
   * every {@link #MASK}; so a rule that never covers one ({@link TextRule#neverCoversMask}) can add
   * nothing there. Its findings are read by no other rule; it only counts towards its own cap.
   *
   * @param rule a text rule
   * @param field a field of the redacted message
   */
  public static boolean recheckSkips(TextRule rule, FieldText field) {
    MessageField.Kind kind = field.field().kind();
    return rule.neverCoversMask() && (kind == MessageField.Kind.SUBJECT || kind == MessageField.Kind.BODY)
        && field.sourceMap() == FieldText.SourceMap.IDENTITY && field.source().indexOf('\u202E') < 0;
  }

  /** How the explanation of a violation that redaction would create begins. */
  public static final String JOINED = "Redacting the reported text would join what is left into this: ";

  private static boolean known(Finding f, List<Finding> reported) {
    for (Finding r : reported) {
      if (r.ruleId().equals(f.ruleId()) && r.field().equals(f.field()) && ((r.start() < f.end() && f.start() < r.end()) || r.start() == f.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text the finding points at stands in the original as it is: then masking did not
   * form it, it only took away context (a thank-you that is all that is left once the e-mail
   * address is masked, a number whose label was masked). Such findings speak of the redacted text,
   * not of the original, and are not reported.
   */
  private static boolean unchanged(Finding f, String source, boolean keepsOffsets) {
    if (!keepsOffsets && markup(f.ruleId())) {
      // A markup rule judges an element by what surrounds it (a run of line breaks by what stood
      // between them, a fourth font size by the three before it, a link's text by what is left of
      // it): after removal its finding is new even where the element itself is unchanged.
      return false;
    }
    String excerpt = f.excerpt().endsWith("\u2026") ? f.excerpt().substring(0, f.excerpt().length() - 1) : f.excerpt();
    if (keepsOffsets) {
      return f.end() <= source.length() && source.startsWith(excerpt, f.start());
    }
    return source.contains(excerpt);
  }

  private static boolean markup(String ruleId) {
    return ruleId.startsWith("style.") || ruleId.equals(RuleIds.CONTENT_TRACKING_PIXEL);
  }

  private static boolean onlyMasks(String excerpt) {
    for (int i = 0; i < excerpt.length(); i++) {
      char c = excerpt.charAt(i);
      if (c != MASK && !Character.isWhitespace(c) && c != '\u2026') {
        return false;
      }
    }
    return true;
  }
}
