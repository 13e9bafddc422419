package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in OpenAPI 3.1 document (docs/openapi.json) against the running server: it is the
 * document the server serves, its schemas are the published JSON Schemas, every documented
 * operation answers, and every answer (success and problem) matches the schema the document
 * declares for its status.
 */
class OpenApiConformanceTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static ParleyServer server;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    server = ParleyServer.start(ServerConfig.builder().port(0).maxBodyBytes(16 * 1024).maxBatch(3).build());
    doc = Http.MAPPER.readTree(Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String pointer(String... parts) {
    StringBuilder b = new StringBuilder("#");
    for (String p : parts) {
      b.append('/').append(p.replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** The schema the document declares for an answer, with the document's components in reach. */
  private static Schema responseSchema(String path, String method, int status, String mediaType) {
    JsonNode content = doc.path("paths").path(path).path(method).path("responses").path(Integer.toString(status)).path("content");
    assertThat(content.has(mediaType)).as("%s %s documents %d as %s", method, path, status, mediaType).isTrue();
    ObjectNode root = doc.deepCopy();
    root.put("$ref", pointer("paths", path, method, "responses", Integer.toString(status), "content", mediaType, "schema"));
    return REGISTRY.getSchema(SchemaLocation.of("https://parley.dev/openapi.json"), root);
  }

  private static void conforms(String path, String method, Http.Answer a) {
    String type = a.contentType.split(";")[0].strip();
    List<Error> errors = responseSchema(path, method, a.status, type).validate(a.json());
    assertThat(errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList()))
        .as("%s %s -> %d %s", method, path, a.status, a.body).isEmpty();
  }

  @Test
  void theServedDocumentIsTheCheckedInOne() throws Exception {
    Http.Answer a = Http.get(server, "/openapi.json");
    assertThat(a.status).isEqualTo(200);
    assertThat(a.body).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8));
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void itsSchemasAreThePublishedJsonSchemas() throws Exception {
    Map<String, String> components = Map.of("CheckRequest", "check-request", "CheckResult", "check-result", "ThreadInput", "thread-input",
        "SlaReport", "sla-report", "LintRequest", "lint-request", "LintResult", "lint-result");
    for (Map.Entry<String, String> e : components.entrySet()) {
      ObjectNode file = (ObjectNode) Http.MAPPER.readTree(Files.readString(Path.of("..", "docs", "schemas", e.getValue() + ".schema.json")));
      file.remove("$schema");
      assertThat(doc.path("components").path("schemas").path(e.getKey())).as(e.getKey()).isEqualTo(file);
    }
  }

  @Test
  void everyDocumentedOperationAnswersAsDocumented() {
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
        String method = m.getKey();
        JsonNode op = p.getValue().path(method);
        Http.Answer a;
        if (method.equals("get")) {
          a = Http.get(server, p.getKey().substring(1));
        } else {
          JsonNode example = op.path("requestBody").path("content").path("application/json").path("example");
          assertThat(example.isMissingNode()).as("%s %s has an example", method, p.getKey()).isFalse();
          a = Http.post(server, p.getKey().substring(1), example.toString());
        }
        assertThat(a.status).as("%s %s: %s", method, p.getKey(), a.body).isEqualTo(200);
        conforms(p.getKey(), method, a);
        seen.add(method + " " + p.getKey());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder("post /v1/check", "post /v1/lint", "post /v1/sla", "post /v1/sla/daily", "get /v1/rules", "get /healthz",
        "get /openapi.json");
  }

  @Test
  void everyProblemTheServerGivesIsDocumentedAndConforms() {
    String check = "/v1/check";
    String one = doc.path("paths").path(check).path("post").path("requestBody").path("content").path("application/json").path("example").toString();
    conforms(check, "post", Http.post(server, "v1/check", "[" + one + "," + one + "]"));
    Http.Answer malformed = Http.post(server, "v1/check", "{");
    assertThat(malformed.status).isEqualTo(400);
    conforms(check, "post", malformed);
    Http.Answer invalid = Http.post(server, "v1/check", "{\"body\":\"x\",\"type\":\"POSTCARD\"}");
    assertThat(invalid.status).isEqualTo(400);
    conforms(check, "post", invalid);
    Http.Answer big = Http.post(server, "v1/check", "{\"body\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(big.status).isEqualTo(413);
    conforms(check, "post", big);
    Http.Answer batch = Http.post(server, "v1/check", "[" + one + "," + one + "," + one + "," + one + "]");
    assertThat(batch.status).isEqualTo(413);
    conforms(check, "post", batch);
    Http.Answer media = Http.post(server, "v1/check", one, "text/plain");
    assertThat(media.status).isEqualTo(415);
    conforms(check, "post", media);
    Http.Answer sla = Http.post(server, "v1/sla", "{\"threads\":[]}");
    assertThat(sla.status).isEqualTo(400);
    conforms("/v1/sla", "post", sla);
    Http.Answer daily = Http.post(server, "v1/sla/daily", "{\"threads\":[]}");
    assertThat(daily.status).isEqualTo(400);
    conforms("/v1/sla/daily", "post", daily);
    Http.Answer dailyBig = Http.post(server, "v1/sla/daily", "{\"at\":\"2026-06-10T12:00:00Z\",\"threads\":[],\"x\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(dailyBig.status).isEqualTo(413);
    conforms("/v1/sla/daily", "post", dailyBig);
    String lint = "/v1/lint";
    String template = doc.path("paths").path(lint).path("post").path("requestBody").path("content").path("application/json").path("example").toString();
    Http.Answer lints = Http.post(server, "v1/lint", "[" + template + "," + template + "]");
    assertThat(lints.status).isEqualTo(200);
    conforms(lint, "post", lints);
    Http.Answer lintMalformed = Http.post(server, "v1/lint", "[{\"body\":");
    assertThat(lintMalformed.status).isEqualTo(400);
    conforms(lint, "post", lintMalformed);
    Http.Answer lintInvalid = Http.post(server, "v1/lint", "{\"body\":\"x\",\"marketplace\":\"ATLANTIS\"}");
    assertThat(lintInvalid.status).isEqualTo(400);
    assertThat(lintInvalid.json().path("field").asText()).isEqualTo("marketplace");
    conforms(lint, "post", lintInvalid);
    Http.Answer lintBig = Http.post(server, "v1/lint", "{\"body\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(lintBig.status).isEqualTo(413);
    conforms(lint, "post", lintBig);
    Http.Answer lintBatch = Http.post(server, "v1/lint", "[" + template + "," + template + "," + template + "," + template + "]");
    assertThat(lintBatch.status).isEqualTo(413);
    conforms(lint, "post", lintBatch);
    Http.Answer badRedact = Http.post(server, "v1/check?redact=yes", one);
    assertThat(badRedact.status).isEqualTo(400);
    conforms(check, "post", badRedact);
  }

  @Test
  void theRedactedCheckAndTheDailySeriesConformAsDocumented() {
    String one = doc.path("paths").path("/v1/check").path("post").path("requestBody").path("content").path("application/json").path("example").toString();
    JsonNode param = doc.path("paths").path("/v1/check").path("post").path("parameters").get(0);
    assertThat(param.path("name").asText()).isEqualTo("redact");
    assertThat(param.path("in").asText()).isEqualTo("query");
    Http.Answer redacted = Http.post(server, "v1/check?redact=true", one);
    assertThat(redacted.status).isEqualTo(200);
    assertThat(redacted.json().has("redacted")).isTrue();
    conforms("/v1/check", "post", redacted);
    Http.Answer batch = Http.post(server, "v1/check?redact=true", "[" + one + "]");
    assertThat(batch.json().get(0).has("redacted")).isTrue();
    conforms("/v1/check", "post", batch);
    String sla = doc.path("paths").path("/v1/sla/daily").path("post").path("requestBody").path("content").path("application/json").path("example").toString();
    Http.Answer daily = Http.post(server, "v1/sla/daily", sla);
    assertThat(daily.status).isEqualTo(200);
    assertThat(daily.json().path("days").size()).isEqualTo(90);
    conforms("/v1/sla/daily", "post", daily);
  }
}
