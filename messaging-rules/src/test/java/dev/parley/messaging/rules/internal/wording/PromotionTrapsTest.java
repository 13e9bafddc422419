package dev.parley.messaging.rules.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.content.ContentPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code content.promotion} on the table {@code wording/promotion-traps.tsv} (issue 11): in every
 * language, ordinary seller messages that name what marketing also names (the other items of the
 * order, a remedy offered for a problem, instructions on YouTube or in "our guide", a
 * subscription the buyer bought, the accessories in the box, a variant of the listing) report no
 * promotion, and marketing phrased otherwise still does.
 */
class PromotionTrapsTest {
  private static final ContentPolicy POLICY = ContentPolicy.standard();

  private record Row(int line, String language, Marketplace marketplace, boolean reply, boolean marketing, String text) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = PromotionTrapsTest.class.getResourceAsStream("/wording/promotion-traps.tsv")) {
      assertThat(in).as("promotion-traps.tsv").isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        assertThat(c).as("line %d has five columns", i + 1).hasSize(5);
        assertThat(c[2]).as("line %d: P or R", i + 1).isIn("P", "R");
        assertThat(c[3]).as("line %d: none or promotion", i + 1).isIn("none", "promotion");
        rows.add(new Row(i + 1, c[0], Marketplace.of(c[1]), c[2].equals("R"), c[3].equals("promotion"), c[4]));
      }
    }
    return rows;
  }

  private static List<Finding> promotion(Row row) {
    Message m = Message.builder().id("trap-" + row.line()).author(Author.SELLER).sentAt(Instant.EPOCH).type(MessageType.FREE_FORM)
        .subject("").body(row.text()).build();
    CheckContext context = CheckContext.builder().from(CheckContext.of(row.marketplace())).replyToBuyer(row.reply()).build();
    return POLICY.check(m, context).findings().stream().filter(f -> f.ruleId().equals(RuleIds.CONTENT_PROMOTION)).collect(Collectors.toList());
  }

  @Test
  void everyLanguageHasTenTrapsAndFiveMarketingMessages() throws IOException {
    Map<String, int[]> counts = new TreeMap<>();
    for (Row row : rows()) {
      counts.computeIfAbsent(row.language(), k -> new int[2])[row.marketing() ? 1 : 0]++;
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder("en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "tr", "ja", "ar");
    counts.forEach((language, n) -> {
      assertThat(n[0]).as("%s traps", language).isGreaterThanOrEqualTo(10);
      assertThat(n[1]).as("%s marketing messages", language).isGreaterThanOrEqualTo(5);
    });
  }

  @Test
  void trapsReportNoPromotionAndMarketingDoes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows()) {
      List<Finding> found = promotion(row);
      if (found.isEmpty() == row.marketing()) {
        wrong.add("line " + row.line() + " (" + row.language() + ", expected " + (row.marketing() ? "promotion" : "none") + "): " + row.text()
            + found.stream().map(f -> "\n    " + f.evidence()).collect(Collectors.joining()));
      }
    }
    assertThat(wrong).as("rows of promotion-traps.tsv judged wrongly").isEmpty();
  }
}
