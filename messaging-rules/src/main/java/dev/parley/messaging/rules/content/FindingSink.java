package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one check: applies the settings (disabled rules, severity overrides),
 * maps spans back to the field's source text and cuts excerpts. Not thread-safe; one per check.
 */
final class FindingSink {
  private static final int MAX_EXCERPT = 200;

  private final ContentSettings settings;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(ContentSettings settings) {
    this.settings = settings;
  }

  boolean enabled(String ruleId) {
    return settings.isEnabled(ruleId);
  }

  /** Reports a span of the folded text of a field, with the rule's configured severity. */
  void addFolded(String ruleId, FieldText field, int foldedStart, int foldedEnd, String message) {
    addFolded(ruleId, settings.severityOf(ruleId), field, foldedStart, foldedEnd, message);
  }

  /** Reports a span of the folded text of a field with an explicit severity. */
  void addFolded(String ruleId, Severity severity, FieldText field, int foldedStart, int foldedEnd, String message) {
    int s = field.sourceStartOfFolded(foldedStart);
    int e = Math.max(s, field.sourceEndOfFolded(foldedEnd));
    addSource(ruleId, severity, field.field(), field.source(), s, e, message);
  }

  /** Reports a span of the scanned (unfolded) text of a field. */
  void addScan(String ruleId, Severity severity, FieldText field, int scanStart, int scanEnd, String message) {
    int s = field.sourceStartOfScan(scanStart);
    int e = Math.max(s, field.sourceEndOfScan(scanEnd));
    addSource(ruleId, severity, field.field(), field.source(), s, e, message);
  }

  /** Reports a span given directly in source offsets. */
  void addSource(String ruleId, Severity severity, MessageField field, String source, int start, int end, String message) {
    if (!settings.isEnabled(ruleId)) {
      return;
    }
    int s = Math.max(0, Math.min(start, source.length()));
    int e = Math.max(s, Math.min(end, source.length()));
    findings.add(Finding.of(RuleCatalog.standard().get(ruleId), severity, field, s, e, excerpt(source, s, e), message));
  }

  /** Reports a finding about the message as a whole (empty span). */
  void addMessage(String ruleId, String message) {
    addMessage(ruleId, settings.severityOf(ruleId), message);
  }

  /** Reports a finding about the message as a whole with an explicit severity. */
  void addMessage(String ruleId, Severity severity, String message) {
    addSource(ruleId, severity, MessageField.message(), "", 0, 0, message);
  }

  List<Finding> findings() {
    return findings;
  }

  static String excerpt(String source, int s, int e) {
    if (e - s <= MAX_EXCERPT) {
      return source.substring(s, e);
    }
    int cut = s + MAX_EXCERPT;
    if (Character.isHighSurrogate(source.charAt(cut - 1))) {
      cut--;
    }
    return source.substring(s, cut) + "…";
  }
}
