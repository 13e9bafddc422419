package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/**
 * {@code message.too-large}: a subject and body longer together than {@link
 * ContentSettings#maxTextChars()} are reported instead of scanned, so that one huge message cannot
 * hold a check for seconds or take gigabytes. Attachments have their own caps. Stateless.
 */
@Rule(
    id = RuleIds.MESSAGE_TOO_LARGE,
    summary = "A subject and body longer than the policy's bound are reported, not scanned.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING},
    reads = {Input.SUBJECT, Input.BODY_TEXT})
public final class TextBudget {
  private TextBudget() {}

  /**
   * Reports the message when its text is over the bound.
   *
   * @return true when the message is too large to scan
   */
  public static boolean exceeded(Message message, ContentSettings settings, Reporter sink) {
    long chars = (long) message.subject().length() + message.body().length();
    if (chars <= settings.maxTextChars()) {
      return false;
    }
    sink.addMessage(RuleIds.MESSAGE_TOO_LARGE, "The subject and body have " + chars + " characters together, more than the "
        + settings.maxTextChars() + " this policy scans; Amazon takes far shorter messages. Shorten it.", "maxTextChars=" + settings.maxTextChars());
    return true;
  }
}
