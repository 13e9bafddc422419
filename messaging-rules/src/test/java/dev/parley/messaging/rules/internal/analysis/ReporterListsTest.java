package dev.parley.messaging.rules.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import org.junit.jupiter.api.Test;

/**
 * {@link Reporter#lists}: true exactly while the rule's next finding will be listed, so a rule that
 * leaves out the explanation and evidence when it is false changes no listed finding.
 */
class ReporterListsTest {
  @Test
  void listsUntilTheRuleReachesTheCapAndCountsEachRuleAlone() {
    ContentSettings settings = ContentSettings.builder().maxFindingsPerRule(3).build();
    Reporter r = new Reporter(settings, ContentPolicy.of(settings).catalog());
    String text = "x".repeat(40);
    for (int i = 0; i < 6; i++) {
      assertThat(r.lists(RuleIds.CONTENT_PHONE)).as("finding %d", i).isEqualTo(i < 3);
      boolean listed = r.lists(RuleIds.CONTENT_PHONE);
      r.addSource(RuleIds.CONTENT_PHONE, null, MessageField.body(), text, i, i + 1, listed ? "explained" : "", listed ? "evidence" : "");
    }
    assertThat(r.lists(RuleIds.CONTENT_EMAIL)).isTrue();
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(RuleIds.CONTENT_PHONE) && f.field().equals(MessageField.body()))
        .hasSize(3).allSatisfy(f -> assertThat(f.explanation()).isEqualTo("explained"));
    assertThat(r.unlisted()).hasSize(3).allSatisfy(u -> assertThat(u.toFinding().explanation()).isEmpty());
  }

  @Test
  void aFindingOfADisabledRuleIsNotCounted() {
    ContentSettings settings = ContentSettings.builder().maxFindingsPerRule(1).addDisabledRules(RuleIds.CONTENT_PHONE).build();
    Reporter r = new Reporter(settings, ContentPolicy.of(settings).catalog());
    r.addSource(RuleIds.CONTENT_PHONE, null, MessageField.body(), "0123", 0, 4, "e", "v");
    assertThat(r.lists(RuleIds.CONTENT_PHONE)).isTrue();
    assertThat(r.findings()).isEmpty();
  }
}
