package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

/**
 * The descriptions of the rules that {@code messaging-sla} implements (response deadlines, the
 * response-time metrics, the feedback and return windows). That module does not depend on this
 * one, so their descriptions live here, where the catalog is built; the implementations are {@code
 * ResponseDeadlines}, {@code ResponseMetrics} and {@code OrderWindows}.
 */
@Rule(
    id = RuleIds.SLA_RESPONSE_24H,
    summary = "Answer every buyer message within 24 hours, weekends and holidays included.",
    severity = Severity.WARN,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_RESPONSE_TIME},
    reads = {Input.THREAD})
@Rule(
    id = RuleIds.SLA_NO_RESPONSE_NEEDED,
    summary = "A message marked \"no response needed\" leaves the response-time metric.",
    severity = Severity.INFO,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_RESPONSE_TIME},
    reads = {Input.THREAD})
@Rule(
    id = RuleIds.SLA_VACATION,
    summary = "Whether messages received while messaging is inactive are exempt (default: not exempt).",
    severity = Severity.INFO,
    confidence = Confidence.LOW,
    sources = {RuleCatalog.SOURCE_RESPONSE_TIME},
    reads = {Input.THREAD})
@Rule(
    id = RuleIds.SLA_METRICS,
    summary = "Late Response Rate and Average Response Time over 7, 30 and 90 days.",
    severity = Severity.INFO,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_RESPONSE_TIME},
    reads = {Input.THREAD})
@Rule(
    id = RuleIds.FEEDBACK_WINDOW,
    summary = "Seller feedback opens 3 days after the order and closes 90 days after the order date.",
    severity = Severity.INFO,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_FEEDBACK},
    reads = {Input.ORDER})
@Rule(
    id = RuleIds.RETURNS_WINDOW,
    summary = "Returns within 30 days of receipt, with dated holiday extensions and the EU 14-day right.",
    severity = Severity.INFO,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_RETURNS},
    reads = {Input.ORDER})
final class SlaRules {
  private SlaRules() {}
}
