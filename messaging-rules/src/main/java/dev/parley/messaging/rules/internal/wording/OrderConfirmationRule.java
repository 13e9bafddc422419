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

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.Grammar;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
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
 * body). The rule grammar ({@link RuleGrammars#ORDER_CONFIRMATION}) adds, in every language with a
 * concept vocabulary, sentences that confirm the order or its shipment, unless the message has
 * another purpose ({@link RuleGrammars#OTHER_PURPOSE}) or asks the buyer a question: a problem
 * notice that mentions the tracking number is not a confirmation. A delivery that has happened
 * ("according to the carrier your parcel was delivered") is a shipment status in every
 * vocabulary, and an address named in the sentence that reports the shipment or delivery is
 * where the parcel went, not a purpose of its own. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.MESSAGE_ORDER_CONFIRMATION,
    summary = "No proactive order, shipping or delivery confirmations: Amazon sends them.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.CONTEXT})
public final class OrderConfirmationRule implements MessageRule {
  public static final String ID = RuleIds.MESSAGE_ORDER_CONFIRMATION;

  private final Lexicon lexicon = Lexicon.standard(ID);

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
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
    boolean otherPurpose = false;
    for (Lexicon.Scan scan : scans) {
      ConceptIndex index = scan.field.concepts();
      otherPurpose |= RuleGrammars.hasOtherPurpose(index);
    }
    for (Lexicon.Scan scan : scans) {
      List<PhraseMatcher.Match> surviving = scan.surviving();
      // A message with a purpose of its own (a problem, a return, a review request, an invoice …)
      // may say that the order shipped or arrived: the phrases report only a message that is
      // nothing but the confirmation.
      if (otherPurpose) {
        continue;
      }
      for (PhraseMatcher.Match m : surviving) {
        sink.addFolded(ID, scan.field, m.start(), m.end(), WordingRule.explanation(EXPLANATION, scan.field, m), m.evidence());
      }
      if (!otherPurpose) {
        for (Grammar.Hit hit : WordingRule.grammarHits(RuleGrammars.ORDER_CONFIRMATION, scan.field, scan, surviving)) {
          if (habitual(scan.field.concepts(), hit)) {
            continue;
          }
          sink.addFolded(ID, scan.field, hit.start(), hit.end(), WordingRule.explanation(EXPLANATION, scan.field, hit.start(), hit.end()),
              WordingRule.evidence(RuleGrammars.ORDER_CONFIRMATION, scan.field, hit));
        }
      }
    }
  }

  /**
   * A confirmation or shipment that a courtesy about the shop speaks for ("every order is still
   * packed by hand", "każde zamówienie wciąż pakujemy ręcznie") tells the shop's habit, not news
   * of this order.
   */
  private static boolean habitual(ConceptIndex index, Grammar.Hit hit) {
    for (ConceptIndex.Occurrence o : hit.occurrences()) {
      if ((o.concept() == Concept.CONFIRM || o.concept() == Concept.SHIPPED) && RuleGrammars.spokenFor(index, o)) {
        return true;
      }
    }
    return false;
  }

  private static final String EXPLANATION = "confirms an order, shipment or delivery, which Amazon already tells the buyer; proactive confirmations are not allowed";
}
