package dev.parley.messaging.rules;

import dev.parley.messaging.rules.classify.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole send check scored on a labelled set, as a user meets it: precision and recall of the
 * contact and wording rules together per language and per rule, the share of compliant messages
 * blocked, and category and critical accuracy. One implementation for the blind set and the
 * development sets, so that their figures mean the same thing.
 */
final class SendCheckScore {
  static final List<String> RULES = List.of(
      "content.link", "content.email", "content.phone", "content.opt-out-link", "content.promotion",
      "review.positive-only", "review.incentive", "review.change-request", "review.repeat", "message.thank-you-only",
      "message.order-confirmation", "style.emoji", "content.sensitive");
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  /** Figures of one language (or of the whole set, under "all"). */
  static final class Line {
    int messages;
    int compliant;
    int blocked;
    /** Compliant messages blocked by a BLOCK finding of one of the scored {@link #RULES}. */
    int blockedByScored;
    int category;
    int critical;
    Corpus.Score rules;

    double blockedShare() {
      return compliant == 0 ? 0 : (double) blocked / compliant;
    }

    double blockedByScoredShare() {
      return compliant == 0 ? 0 : (double) blockedByScored / compliant;
    }

    double categoryAccuracy() {
      return messages == 0 ? 1 : (double) category / messages;
    }

    double criticalAccuracy() {
      return messages == 0 ? 1 : (double) critical / messages;
    }
  }

  final List<Corpus.Entry> corpus;
  final Corpus.Evaluation evaluation;
  final Map<String, Line> byLang = new LinkedHashMap<>();
  final Line all = new Line();
  /**
   * Per rule id, how many compliant messages a BLOCK finding of that rule blocked (a message blocked
   * by two rules counts for both): tells blocks by the scored content rules from blocks by rules
   * outside them (the SP-API's attachment and length rules, the HTML style rules). Counts only,
   * never which messages.
   */
  final Map<String, Integer> compliantBlockedBy = new java.util.TreeMap<>();
  /** Messages whose category or criticality was misread, one line each (for development sets only). */
  final StringBuilder misread = new StringBuilder();

  private SendCheckScore(List<Corpus.Entry> corpus, Corpus.Evaluation evaluation) {
    this.corpus = corpus;
    this.evaluation = evaluation;
  }

  static SendCheckScore of(List<Corpus.Entry> corpus) {
    SendCheck check = SendCheck.standard();
    Map<String, SendReport> reports = new HashMap<>();
    for (Corpus.Entry e : corpus) {
      reports.put(e.id, check.check(SendRequest.of(e.message, e.context, AT)));
    }
    SendCheckScore s = new SendCheckScore(corpus, Corpus.evaluate(corpus, e -> reports.get(e.id).findings(), RULES));
    for (Corpus.Entry e : corpus) {
      SendReport r = reports.get(e.id);
      Line line = s.byLang.computeIfAbsent(e.lang, k -> new Line());
      for (Line l : List.of(line, s.all)) {
        l.messages++;
        if (e.expectedRules.isEmpty()) {
          l.compliant++;
          l.blocked += r.verdict() == SendVerdict.BLOCKED ? 1 : 0;
          l.blockedByScored += blockedByScored(r) ? 1 : 0;
        }
        l.category += e.category.isPresent() && r.category() == Category.parse(e.category.get()) ? 1 : 0;
        l.critical += e.critical.isPresent() && r.critical() == e.critical.get() ? 1 : 0;
      }
      if (e.expectedRules.isEmpty() && r.verdict() == SendVerdict.BLOCKED) {
        r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::ruleId).distinct()
            .forEach(id -> s.compliantBlockedBy.merge(id, 1, Integer::sum));
      }
      boolean categoryWrong = e.category.isPresent() && r.category() != Category.parse(e.category.get());
      boolean criticalWrong = e.critical.isPresent() && r.critical() != e.critical.get();
      if (categoryWrong || criticalWrong) {
        s.misread.append(String.format(Locale.ROOT, "%s %s expected %s got %s%s :: %s%n", criticalWrong ? "CRITICAL" : "CATEGORY",
            e.id, e.category.orElse("?"), r.category(), r.critical() ? " (critical)" : "", e.message.body().replace('\n', ' ')));
      }
    }
    for (Map.Entry<String, Line> l : s.byLang.entrySet()) {
      l.getValue().rules = s.evaluation.byLang.get(l.getKey());
    }
    return s;
  }

  /**
   * Whether a BLOCK finding of a scored rule blocks the message. The labels say only which of the
   * scored rules a message breaks; a message they call compliant may still break a rule they do not
   * cover, such as the SP-API type's text and attachment limits ({@code message.text-length},
   * {@code attachment.count}), so the share of compliant messages blocked is reported both ways.
   */
  private static boolean blockedByScored(SendReport r) {
    return r.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK && RULES.contains(f.ruleId()));
  }

  /** The figures as a table: one line per language, then the whole set, then per rule. */
  String table(String title) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d messages%n", title, corpus.size()));
    out.append(String.format(Locale.ROOT, "  %-4s %9s %6s %6s %18s %10s %9s %9s%n", "lang", "precision", "recall", "f1", "compliant blocked", "by scored", "category", "critical"));
    for (Map.Entry<String, Line> e : byLang.entrySet()) {
      Line l = e.getValue();
      double p = l.rules.precision();
      double rc = l.rules.recall();
      out.append(String.format(Locale.ROOT, "  %-4s %9.3f %6.3f %6.3f %10d of %4d %10d %9.3f %9.3f%n", e.getKey(), p, rc,
          p + rc == 0 ? 0 : 2 * p * rc / (p + rc), l.blocked, l.compliant, l.blockedByScored, l.categoryAccuracy(), l.criticalAccuracy()));
    }
    out.append(String.format(Locale.ROOT, "  all: compliant messages blocked %d of %d (%.3f), by a scored rule %d (%.3f), category %.3f, critical %.3f%n",
        all.blocked, all.compliant, all.blockedShare(), all.blockedByScored, all.blockedByScoredShare(), all.categoryAccuracy(), all.criticalAccuracy()));
    out.append("  compliant messages blocked, by blocking rule: ").append(compliantBlockedBy).append('\n');
    out.append("  per rule:\n").append(evaluation.byRule);
    return out.toString();
  }

  static void write(String file, String report) {
    try {
      Path dir = Path.of("target");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
