package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley check --settings FILE} and {@code --redact}, run as a user would. */
class SettingsAndRedactionTest {
  private static final String LINK = "{\"id\":\"l\",\"replyToBuyer\":true,\"body\":\"See www.myshop-example.com or call our rival Acme Store.\"}\n";

  @TempDir
  Path dir;

  private Path settings(String json) throws IOException {
    Path f = dir.resolve("settings.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void findingsCarryAnExplanationAndEvidence() throws IOException {
    JsonNode f = ParleyCliTest.run(LINK, "check").lines.get(0).get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("content.link");
    assertThat(f.get("explanation").asText()).contains("www.myshop-example.com").doesNotContain("content.link");
    assertThat(f.get("evidence").asText()).isNotBlank();
    assertThat(f.get("message").asText()).isEqualTo(f.get("explanation").asText());
  }

  @Test
  void severityOverridesDisabledRulesAndHouseRulesComeFromTheSettingsFile() throws IOException {
    Path s = settings("{\"severityOverrides\": {\"content.link\": \"WARN\"}, \"disabledRules\": [\"message.language\"],"
        + " \"houseRules\": [{\"id\": \"house.rivals\", \"severity\": \"BLOCK\", \"explanation\": \"names a competitor\", \"phrases\": [\"acme store\"]}]}");
    ParleyCliTest.Run r = ParleyCliTest.run(LINK, "check", "--settings", s.toString());
    JsonNode out = r.lines.get(0);
    assertThat(r.code).isEqualTo(1);
    assertThat(out.get("verdict").asText()).isEqualTo("BLOCK");
    assertThat(out.get("findings")).anySatisfy(f -> {
      assertThat(f.get("rule").asText()).isEqualTo("content.link");
      assertThat(f.get("severity").asText()).isEqualTo("WARN");
    });
    assertThat(out.get("findings")).anySatisfy(f -> {
      assertThat(f.get("rule").asText()).isEqualTo("house.rivals");
      assertThat(f.get("excerpt").asText()).isEqualTo("Acme Store");
      assertThat(f.get("explanation").asText()).contains("names a competitor");
    });
  }

  @Test
  void parametersAreSetByNameAndBadOnesAreNamed() throws IOException {
    Path ok = settings("{\"parameters\": {\"maxFindingsPerRule\": 1}}");
    String two = "{\"id\":\"x\",\"replyToBuyer\":true,\"body\":\"www.a-example.com and www.b-example.com\"}\n";
    JsonNode out = ParleyCliTest.run(two, "check", "--settings=" + ok).lines.get(0);
    assertThat(out.get("findings")).filteredOn(f -> f.get("rule").asText().equals("content.link")).hasSize(2)
        .anySatisfy(f -> assertThat(f.get("explanation").asText()).contains("1 more finding"));
    ParleyCliTest.Run bad = ParleyCliTest.run(two, "check", "--settings", settings("{\"parameters\": {\"maxFindingsPerRule\": \"many\"}}").toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("settings.parameters.maxFindingsPerRule").contains("many");
    ParleyCliTest.Run unknown = ParleyCliTest.run(two, "check", "--settings", settings("{\"parameters\": {\"noSuchThing\": 1}}").toString());
    assertThat(unknown.err).contains("settings.parameters.noSuchThing").contains("maxTextChars");
    ParleyCliTest.Run id = ParleyCliTest.run(two, "check", "--settings", settings("{\"severityOverrides\": {\"content.lnk\": \"WARN\"}}").toString());
    assertThat(id.code).isEqualTo(2);
    assertThat(id.err).contains("content.lnk");
    assertThat(ParleyCliTest.run(two, "check", "--settings", dir.resolve("missing.json").toString()).err).contains("no such settings file");
  }

  @Test
  void redactAddsTheRedactedMessageMaskedOnlyInsideTheReportedSpans() throws IOException {
    JsonNode out = ParleyCliTest.run(LINK, "check", "--redact").lines.get(0);
    String body = out.get("redacted").get("body").asText();
    assertThat(body).startsWith("See ").contains("██████").doesNotContain("myshop").endsWith("or call our rival Acme Store.");
    assertThat(body).hasSameSizeAs("See www.myshop-example.com or call our rival Acme Store.");
    assertThat(ParleyCliTest.run(LINK, "check").lines.get(0).has("redacted")).isFalse();
  }
}
