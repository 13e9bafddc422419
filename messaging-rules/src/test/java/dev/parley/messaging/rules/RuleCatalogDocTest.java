package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/RULES.md in step with {@link RuleCatalog}: the table between the catalog markers must
 * be exactly what the catalog generates. Run with {@code -Dparley.writeDocs=true} to rewrite it.
 */
class RuleCatalogDocTest {
  private static final String START = "<!-- catalog:start (generated from RuleCatalog; RuleCatalogDocTest checks it) -->";
  private static final String END = "<!-- catalog:end -->";

  static String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("| rule id | default severity | confidence | summary | sources |\n");
    sb.append("|---|---|---|---|---|\n");
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      sb.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity()).append(" | ")
          .append(r.confidence().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(r.summary().replace("|", "\\|")).append(" | ");
      for (int i = 0; i < r.sources().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append("[").append(i + 1).append("](").append(r.sources().get(i)).append(")");
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  @Test
  void docsRulesMdListsExactlyTheCatalog() throws IOException {
    Path doc = Path.of("..", "docs", "RULES.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int s = text.indexOf(START);
    int e = text.indexOf(END);
    assertThat(s).as("catalog start marker in docs/RULES.md").isNotNegative();
    assertThat(e).as("catalog end marker in docs/RULES.md").isGreaterThan(s);
    String expected = table();
    String actual = text.substring(s + START.length(), e).strip() + "\n";
    if (Boolean.getBoolean("parley.writeDocs") && !actual.equals(expected)) {
      Files.writeString(doc, text.substring(0, s + START.length()) + "\n" + expected + text.substring(e), StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("docs/RULES.md catalog table (regenerate with -Dparley.writeDocs=true)").isEqualTo(expected);
  }

  @Test
  void everyRuleHasIdSummarySeverityAndSource() {
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      assertThat(r.id()).matches("[a-z]+\\.[a-z0-9-]+");
      assertThat(r.summary()).isNotBlank().endsWith(".");
      assertThat(r.sources()).isNotEmpty().allMatch(u -> u.startsWith("https://"));
    }
  }

  @Test
  void everyRegisteredRuleClassIsDescribedAndEveryIdHasARule() throws IOException, IllegalAccessException {
    for (Class<?> c : dev.parley.messaging.rules.internal.analysis.RuleRegistry.ruleClasses()) {
      assertThat(c.getAnnotationsByType(dev.parley.messaging.rules.internal.analysis.Rule.class)).as("@Rule on " + c.getName()).isNotEmpty();
    }
    java.util.Set<String> constants = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : RuleIds.class.getFields()) {
      constants.add((String) f.get(null));
    }
    java.util.Set<String> catalog = new java.util.TreeSet<>();
    RuleCatalog.standard().all().forEach(r -> catalog.add(r.id()));
    assertThat(catalog).as("RuleIds constants and the catalog").isEqualTo(constants);
    // every rule id the documentation names is a rule
    String text = Files.readString(Path.of("..", "docs", "RULES.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("`((?:content|review|message|style|attachment|delivery|solicitation|sla|feedback|returns)\\.[a-z0-9-]+)`").matcher(text);
    while (m.find()) {
      assertThat(catalog).as("rule id %s named in docs/RULES.md", m.group(1)).contains(m.group(1));
    }
  }
}
