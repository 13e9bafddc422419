package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;

/**
 * Hands what the markup analysis of an HTML body observed for one rule to the reporter. The
 * analysis ({@link HtmlBody}, {@link HtmlChecks}) reads the markup once per message; each rule that
 * judges markup (a style rule, or the link, e-mail, phone and GIF rules for targets hidden in
 * attributes and CSS) reports its own observations through here, inside the rule loop, so that the
 * policy applies to them like to any other finding.
 */
public final class HtmlObservations {
  private HtmlObservations() {}

  /**
   * Reports the observations of one rule in an HTML body field; does nothing for other fields.
   *
   * @param ruleId the rule
   * @param field the field
   * @param sink the reporter
   */
  public static void report(String ruleId, FieldText field, Reporter sink) {
    if (!sink.enabled(ruleId)) {
      return;
    }
    field.html().ifPresent(html -> {
      for (HtmlBody.Pending p : html.pending()) {
        if (p.ruleId.equals(ruleId)) {
          sink.addSource(ruleId, null, field.field(), field.source(), p.start, p.end, p.message, "html markup analysis");
        }
      }
    });
  }
}
