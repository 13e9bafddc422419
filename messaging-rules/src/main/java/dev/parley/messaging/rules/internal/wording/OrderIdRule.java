package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;

import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.MessageField;
import java.util.List;

/**
 * {@code message.order-id-missing}: a proactive free-form message should name the Amazon order id
 * {@code \d{3}-\d{7}-\d{7}} (RULES.md §1, confidence medium; WARN). SP-API message types are bound
 * to an order already and are not judged, nor are replies. The id may be written with any dash
 * (hyphen, non-breaking hyphen, en or em dash, minus) and in fullwidth digits; it must stand
 * alone (no digit directly before or after). Searched in the subject and body in one linear pass.
 * Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.MESSAGE_ORDER_ID_MISSING,
    summary = "A proactive message should name the 3-7-7 Amazon order id.",
    severity = Severity.WARN,
    confidence = Confidence.MEDIUM,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.CONTEXT})
public final class OrderIdRule implements MessageRule {
  public static final String ID = RuleIds.MESSAGE_ORDER_ID_MISSING;

  /** {@inheritDoc} The finding is about the message as a whole. */
  @Override
  public boolean mayReportInText() {
    return false;
  }

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    if (!sink.enabled(ID) || !input.context().proactive() || input.message().type() != MessageType.FREE_FORM) {
      return;
    }
    for (FieldText f : fields) {
      MessageField.Kind kind = f.field().kind();
      if ((kind == MessageField.Kind.SUBJECT || kind == MessageField.Kind.BODY) && containsOrderId(f.normalized().text())) {
        return;
      }
    }
    sink.addMessage(ID, "This proactive message names no Amazon order id (3-7-7 digits such as 123-1234567-1234567) in its subject or body; Amazon expects it.", "no 3-7-7 digit group in subject or body");
  }

  /** {@return true if the folded text holds a standalone 3-7-7 order id} */
  public static boolean containsOrderId(String text) {
    int n = text.length();
    int[] groups = {3, 7, 7};
    for (int i = 0; i < n; i++) {
      if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
        continue;
      }
      int p = i;
      boolean ok = true;
      for (int g = 0; g < 3 && ok; g++) {
        if (g > 0) {
          if (p < n && isDash(text.charAt(p))) {
            p++;
          } else {
            ok = false;
            break;
          }
        }
        for (int k = 0; k < groups[g]; k++, p++) {
          if (p >= n || !isDigit(text.charAt(p))) {
            ok = false;
            break;
          }
        }
      }
      if (ok && (p >= n || !isDigit(text.charAt(p)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\uFE63';
  }
}
