package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.classify.Category;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole send check on the blind set of December 2026 ({@code corpus/blind/}, 852
 * messages in twelve languages written from the rule specification alone): per language and per
 * rule precision and recall of the contact and wording rules together, the share of compliant
 * messages blocked, category and critical accuracy.
 *
 * <p>This set measures and is never tuned on (see its README). The floors below sit under the
 * first run's figures so that the test catches a regression; they are not goals. The figures are
 * written to {@code target/blind-report.txt} (and printed with {@code -Dparley.blind.print=true}),
 * not to the console of every build, so that nobody tunes on them by accident.
 */
class BlindSetTest {
  static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "tr", "ja", "ar");
  static final List<String> RULES = List.of(
      "content.link", "content.email", "content.phone", "content.opt-out-link", "content.promotion",
      "review.positive-only", "review.incentive", "review.change-request", "review.repeat", "message.thank-you-only",
      "message.order-confirmation", "style.emoji", "content.sensitive");

  @Test
  void theSendCheckOnTheBlindSet() {
    List<Corpus.Entry> corpus = new ArrayList<>();
    for (String lang : LANGUAGES) {
      corpus.addAll(Corpus.load("/corpus/blind/" + lang + ".jsonl"));
    }
    SendCheck check = SendCheck.standard();
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    Map<String, SendReport> reports = new HashMap<>();
    for (Corpus.Entry e : corpus) {
      reports.put(e.id, check.check(SendRequest.of(e.message, e.context, at)));
    }
    Corpus.Evaluation ev = Corpus.evaluate(corpus, e -> reports.get(e.id).findings(), RULES);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "blind set: %d messages%n", corpus.size()));
    out.append(String.format(Locale.ROOT, "  %-4s %9s %6s %6s %18s %9s %9s%n", "lang", "precision", "recall", "f1", "compliant blocked", "category", "critical"));
    int allCompliant = 0;
    int allBlocked = 0;
    int allCategory = 0;
    int allCritical = 0;
    for (String lang : LANGUAGES) {
      Corpus.Score s = ev.byLang.get(lang);
      int compliant = 0;
      int blocked = 0;
      int category = 0;
      int critical = 0;
      int n = 0;
      for (Corpus.Entry e : corpus) {
        if (!e.lang.equals(lang)) {
          continue;
        }
        n++;
        SendReport r = reports.get(e.id);
        if (e.expectedRules.isEmpty()) {
          compliant++;
          if (r.verdict() == SendVerdict.BLOCKED) {
            blocked++;
          }
        }
        if (e.category.isPresent() && r.category() == Category.parse(e.category.get())) {
          category++;
        }
        if (e.critical.isPresent() && r.critical() == e.critical.get()) {
          critical++;
        }
      }
      allCompliant += compliant;
      allBlocked += blocked;
      allCategory += category;
      allCritical += critical;
      double p = s.precision();
      double rc = s.recall();
      out.append(String.format(Locale.ROOT, "  %-4s %9.3f %6.3f %6.3f %10d of %4d %9.3f %9.3f%n", lang, p, rc,
          p + rc == 0 ? 0 : 2 * p * rc / (p + rc), blocked, compliant, (double) category / n, (double) critical / n));
    }
    out.append(String.format(Locale.ROOT, "  all: compliant messages blocked %d of %d (%.3f), category %.3f, critical %.3f%n",
        allBlocked, allCompliant, (double) allBlocked / allCompliant, (double) allCategory / corpus.size(), (double) allCritical / corpus.size()));
    out.append("  per rule:\n").append(ev.byRule);
    // The figures go to a file, not the console, so that nobody building the project reads them
    // by accident and tunes on them: the set is measured once before and once after a change.
    writeReport(out.toString());
    assertThat(corpus).hasSize(852);
    assertThat(ev.byRule.get("content.link").precision()).as("content.link precision").isGreaterThanOrEqualTo(0.5);
    assertThat((double) allBlocked / allCompliant).as("share of compliant messages blocked").isLessThanOrEqualTo(0.5);
  }

  private static void writeReport(String report) {
    if (Boolean.getBoolean("parley.blind.print")) {
      System.out.print(report);
    }
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.writeString(dir.resolve("blind-report.txt"), report, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
