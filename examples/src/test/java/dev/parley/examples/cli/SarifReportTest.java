package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.messaging.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output of {@code check} and {@code lint} validates against the official SARIF 2.1.0
 * JSON schema (a copy in src/test/resources/sarif/ with its terms), and says what CI needs: the
 * rules with help, results with file regions, unreadable inputs as notifications.
 */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode valid(String sarif) throws IOException {
    JsonNode log = JSON.readTree(sarif);
    List<Error> errors = SCHEMA.validate(log);
    assertThat(errors).as("SARIF schema errors").isEmpty();
    return log;
  }

  @Test
  void lintSarifIsValidAndComplete() throws IOException {
    CliRunner r = CliRunner.run("lint", "--format", "sarif", "src/test/resources/lint");
    assertThat(r.code).isEqualTo(2);
    JsonNode log = valid(r.out);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode run = log.path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules).hasSize(RuleCatalog.standard().all().size());
    for (JsonNode rule : rules) {
      assertThat(rule.path("helpUri").asText()).endsWith("docs/RULES.md");
      assertThat(rule.path("help").path("text").asText()).isNotBlank();
    }
    assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      ruleIds.add(result.path("ruleId").asText());
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(result.path("ruleId").asText());
      JsonNode region = result.path("locations").get(0).path("physicalLocation").path("region");
      assertThat(region.path("startLine").asInt()).isPositive();
      assertThat(region.path("startColumn").asInt()).isPositive();
    }
    assertThat(ruleIds).contains("content.link", "content.phone", "template.unsafe-value", "template.unknown-placeholder", "style.emoji");
    JsonNode invocation = run.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications").get(0).path("message").path("text").asText()).contains("no-body").contains("body is required");
  }

  @Test
  void checkSarifIsValidAndPointsIntoTheJsonLine() throws IOException {
    CliRunner r = CliRunner.run("check", "--format", "sarif", "src/test/resources/messages.jsonl");
    JsonNode run = valid(r.out).path("runs").get(0);
    JsonNode link = null;
    for (JsonNode result : run.path("results")) {
      if (result.path("ruleId").asText().equals("content.link")) {
        link = result;
      }
    }
    assertThat(link).isNotNull();
    JsonNode location = link.path("locations").get(0);
    assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("src/test/resources/messages.jsonl");
    JsonNode region = location.path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(2);
    assertThat(region.path("snippet").path("text").asText()).isEqualTo("www.plugmatehome.com/setup");
    String raw = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/messages.jsonl")).get(1);
    assertThat(region.path("startColumn").asInt()).isEqualTo(raw.indexOf("www.plugmatehome") + 1);
    assertThat(region.path("endColumn").asInt()).isEqualTo(raw.indexOf("/setup") + "/setup".length() + 1);
    assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText()).isEqualTo("m-link/body");
  }

  @Test
  void emptyInputIsAValidLog() throws IOException {
    CliRunner r = CliRunner.run(false, "", "check", "--format", "sarif");
    assertThat(r.code).isZero();
    assertThat(valid(r.out).path("runs").get(0).path("results")).isEmpty();
  }

  @Test
  void pathsWithSpacesAreUriReferences() {
    assertThat(SarifReport.uri("my templates/a b.txt")).isEqualTo("my%20templates/a%20b.txt");
    assertThat(SarifReport.name("template.unknown-placeholder")).isEqualTo("TemplateUnknownPlaceholder");
  }
}
