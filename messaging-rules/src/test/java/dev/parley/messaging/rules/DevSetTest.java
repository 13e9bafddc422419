package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole send check on the development sets, scored as the blind set is ({@link
 * SendCheckScore}): the grammar's development corpora ({@code corpus/dev/}) and the near-miss set
 * ({@code corpus/nearmiss/}) and the fresh sets of December 2026 ({@code corpus/dev3/}, {@code corpus/dev4/}, {@code corpus/dev5/}, {@code corpus/dev6/}, {@code corpus/dev7/}, {@code corpus/dev8/}, {@code corpus/dev9/}, {@code corpus/dev10/}, {@code corpus/dev11/}, {@code corpus/dev12/}, {@code corpus/dev13/}, {@code corpus/dev14/}, {@code corpus/dev15/}) (compliant messages a careless checker blocks, and varied violations,
 * written from the rule specification by people who had not seen the code or the vocabularies).
 * Unlike the blind set these are tools: every misread message is listed in {@code
 * target/dev-report.txt}, and the floors below hold the figures reached.
 */
class DevSetTest {
  /**
   * Floors per set: compliant share blocked (at most), category and critical accuracy (at least).
   * dev6's critical floor is 0.905, not 0.91 (issue 11, 2026-12-06): ar-d6-024, a delay notice
   * whose factory shipment lacked a part, was read as PROMOTION (non-critical, right by luck)
   * because of a false newsletter hit on its unsubscribe line; without it the classifier reads
   * the missing part as UNEXPECTED_PROBLEM, critical, as it does the same notice in English
   * (a supply problem that asks nothing of the buyer: the classifier's matter, not the rule's).
   */
  static final Map<String, double[]> FLOORS = Map.ofEntries(
      Map.entry("dev", new double[] {0.02, 0.91, 0.965}),
      // critical 0.93 -> 0.925 (s13): a reply's quoted "Re: missing part" no longer makes it an
      // unexpected problem, which three writers of this set called critical; seven other
      // messages across dev, dev3, dev4, dev8 and dev10 are read right by the same change
      // critical 0.925 -> 0.935 (s21): parcels stuck in the carrier's network with a claim opened
      // read as problems, estimated dates and deliveries to the address as updates (0.941 now)
      Map.entry("nearmiss", new double[] {0.025, 0.81, 0.935}),
      Map.entry("dev3", new double[] {0.012, 0.87, 0.95}),
      Map.entry("dev4", new double[] {0.01, 0.83, 0.94}),
      Map.entry("dev5", new double[] {0.01, 0.84, 0.93}),
      Map.entry("dev6", new double[] {0.025, 0.62, 0.905}),
      Map.entry("dev7", new double[] {0.015, 0.72, 0.95}),
      Map.entry("dev8", new double[] {0.01, 0.83, 0.93}),
      Map.entry("dev9", new double[] {0.015, 0.85, 0.94}),
      Map.entry("dev10", new double[] {0.015, 0.78, 0.94}),
      Map.entry("dev11", new double[] {0.02, 0.81, 0.96}),
      Map.entry("dev12", new double[] {0.02, 0.85, 0.95}),
      Map.entry("dev13", new double[] {0.02, 0.77, 0.94}),
      Map.entry("dev14", new double[] {0.05, 0.84, 0.96}),
      Map.entry("dev15", new double[] {0.035, 0.79, 0.92}),
      Map.entry("dev16", new double[] {0.02, 0.80, 0.93}),
      Map.entry("dev17", new double[] {0.05, 0.81, 0.94}),
      Map.entry("dev18", new double[] {0.07, 0.84, 0.95}),
      Map.entry("dev19", new double[] {0.08, 0.84, 0.94}),
      Map.entry("dev20", new double[] {0.04, 0.86, 0.97}),
      Map.entry("dev21", new double[] {0.03, 0.87, 0.93}),
      Map.entry("dev22", new double[] {0.03, 0.87, 0.94}),
      // category/critical 0.88/0.97 -> 0.90/0.98 (s21): a tax number the invoice needs is an order
      // detail, a supplier's problem the delay's cause (0.907 / 0.993 now)
      Map.entry("dev23", new double[] {0.02, 0.90, 0.98}),
      Map.entry("dev24", new double[] {0.05, 0.88, 0.96}),
      // written blind in s22; first run 6/70 blocked, category 0.853, critical 0.967 (README);
      // 2/70, 0.867, 0.973 after s23 (refusals that name the deal, critical purposes)
      Map.entry("dev25", new double[] {0.05, 0.86, 0.97}),
      // written blind in s23; first run 9/70 blocked, category 0.793, critical 0.960 (README);
      // 7/70, 0.807, 0.967 after the session's work
      Map.entry("dev26", new double[] {0.11, 0.80, 0.96}));

  /** The languages of the sets that do not hold all twelve (s14, s15: weighted toward the blind set's weakest). */
  static final Map<String, List<String>> LANGUAGES = Map.of(
      "dev13", List.of("sv", "pt", "ja", "ar"),
      "dev14", List.of("pl", "tr", "en", "de", "fr", "es", "it", "nl"),
      "dev15", List.of("ar", "tr", "pl", "sv", "pt"),
      "dev16", List.of("ja", "sv", "pt", "ar"),
      "dev17", List.of("en", "de", "fr", "es", "it", "nl", "pl", "tr"),
      "dev18", List.of("pl", "tr", "ar", "nl"));

  @Test
  void theSendCheckOnTheDevelopmentSets() {
    StringBuilder report = new StringBuilder();
    List<String> below = new ArrayList<>();
    for (String set : List.of("dev", "nearmiss", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26")) {
      List<Corpus.Entry> corpus = new ArrayList<>();
      for (String lang : LANGUAGES.getOrDefault(set, BlindSetTest.LANGUAGES)) {
        corpus.addAll(Corpus.load("/corpus/" + set + "/" + lang + ".jsonl"));
      }
      SendCheckScore score = SendCheckScore.of(corpus);
      report.append(score.table(set)).append("  misses:\n");
      score.evaluation.misses.forEach(m -> report.append("    ").append(m).append('\n'));
      report.append("  misread:\n").append(score.misread.toString().indent(4)).append('\n');
      double[] floor = FLOORS.get(set);
      if (score.all.blockedShare() > floor[0] || score.all.categoryAccuracy() < floor[1] || score.all.criticalAccuracy() < floor[2]) {
        below.add(String.format(Locale.ROOT, "%s: blocked %.3f, category %.3f, critical %.3f", set,
            score.all.blockedShare(), score.all.categoryAccuracy(), score.all.criticalAccuracy()));
      }
    }
    SendCheckScore.write("dev-report.txt", report.toString());
    assertThat(below).as("development sets below their floors (see target/dev-report.txt)").isEmpty();
  }
}
