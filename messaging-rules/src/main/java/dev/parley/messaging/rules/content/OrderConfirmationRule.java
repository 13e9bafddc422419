package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code message.order-confirmation}: a proactive order, shipping or delivery confirmation, which
 * Amazon sends itself (RULES.md §1, confidence high). Replies to the buyer may give tracking.
 *
 * <p>Triggers ({@code message.order-confirmation.<lang>.txt}) are confirmation phrases ("your order
 * has shipped", "tracking number", "we have received your order"). Its exceptions name what makes
 * a shipping message a permitted one: a fulfilment problem, a delay, a question the buyer must
 * answer, a delivery to schedule; by default an exception clears the whole message (subject and
 * body). Immutable and thread-safe.
 */
final class OrderConfirmationRule implements MessageRule {
  static final String ID = "message.order-confirmation";

  private final Lexicon lexicon = Lexicon.standard(ID);

  @Override
  public void check(RuleInput input, List<FieldText> fields, FindingSink sink) {
    if (!sink.enabled(ID) || !input.context().proactive()) {
      return;
    }
    List<Lexicon.Scan> scans = new ArrayList<>();
    for (FieldText f : fields) {
      MessageField.Kind kind = f.field().kind();
      if (kind != MessageField.Kind.SUBJECT && kind != MessageField.Kind.BODY) {
        continue;
      }
      Lexicon.Scan scan = lexicon.scan(f);
      if (scan.messageException()) {
        return;
      }
      scans.add(scan);
    }
    for (Lexicon.Scan scan : scans) {
      for (PhraseMatcher.Match m : scan.surviving()) {
        sink.addFolded(ID, scan.field, m.start(), m.end(),
            WordingRule.message(ID, "confirms an order, shipment or delivery, which Amazon already tells the buyer; proactive confirmations are not allowed", scan.field, m));
      }
    }
  }
}
