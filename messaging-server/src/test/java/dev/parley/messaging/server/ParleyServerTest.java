package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.SendCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParleyServerTest {
  static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
  static final String GOOD = "{\"id\":\"a\",\"marketplace\":\"DE\",\"buyerLocale\":\"de-DE\",\"replyToBuyer\":true,"
      + "\"body\":\"Guten Tag, die Lieferung kommt am Montag. Viele Grüße\",\"sentAt\":\"2026-03-04T10:00:00Z\"}";
  static final String BLOCKED = "{\"id\":\"b\",\"body\":\"Write to me at seller@example.com about order 112-1234567-1234567\",\"sentAt\":\"2026-03-04T10:00:00Z\"}";
  private static ParleyServer server;

  @BeforeAll
  static void start() {
    server = ParleyServer.start(ServerConfig.builder().port(0).maxBodyBytes(64 * 1024).maxBatch(5)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bindsLoopbackOnAnEphemeralPort() {
    assertThat(server.port()).isPositive().isNotEqualTo(8080);
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    Http.Answer h = Http.get(server, "/healthz");
    assertThat(h.status).isEqualTo(200);
    assertThat(h.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void checksOneRequestExactlyAsTheToolDoes() {
    Http.Answer a = Http.post(server, "/v1/check", GOOD);
    assertThat(a.status).isEqualTo(200);
    assertThat(a.contentType).startsWith("application/json");
    ParleyJson json = ParleyJson.standard();
    var request = json.readCheckRequest(json.parse(GOOD), NOW);
    String expected = json.write(json.writeCheckResult(CheckResult.of(request.id(), SendCheck.standard().check(request.request()))));
    assertThat(a.body).isEqualTo(expected);
  }

  @Test
  void checksABatchInOrder() {
    Http.Answer a = Http.post(server, "/v1/check", "[" + GOOD + "," + BLOCKED + "]");
    assertThat(a.status).isEqualTo(200);
    JsonNode arr = a.json();
    assertThat(arr.size()).isEqualTo(2);
    assertThat(arr.get(0).path("id").asText()).isEqualTo("a");
    assertThat(arr.get(1).path("verdict").asText()).isEqualTo("BLOCK");
  }

  @Test
  void aRequestWithoutSentAtIsCheckedAtTheServersClock() {
    Http.Answer a = Http.post(server, "/v1/check", "{\"body\":\"Hello, thank you for the order.\",\"replyToBuyer\":true}");
    assertThat(a.status).isEqualTo(200);
  }

  @Test
  void malformedJsonIsA400ProblemDetail() {
    Http.Answer a = Http.post(server, "/v1/check", "{\"body\": ");
    assertThat(a.status).isEqualTo(400);
    assertThat(a.contentType).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.path("type").asText()).isEqualTo("urn:parley:problem:invalid-input");
    assertThat(p.path("status").asInt()).isEqualTo(400);
    assertThat(p.path("detail").asText()).startsWith("not valid JSON");
    assertThat(p.path("instance").asText()).isEqualTo("/v1/check");
  }

  @Test
  void anInvalidFieldIsNamedByItsPath() {
    Http.Answer a = Http.post(server, "/v1/check", "{\"body\":\"x\",\"order\":{\"orderId\":\"112-1234567-1234567\",\"purchasedAt\":\"soon\"}}");
    assertThat(a.status).isEqualTo(400);
    assertThat(a.json().path("field").asText()).isEqualTo("order.purchasedAt");
    assertThat(a.json().path("detail").asText()).contains("soon");
    Http.Answer b = Http.post(server, "/v1/check", "[" + GOOD + ",{\"body\":\"x\",\"sentAt\":\"when\"}]");
    assertThat(b.status).isEqualTo(400);
    assertThat(b.json().path("field").asText()).isEqualTo("[1].sentAt");
    Http.Answer c = Http.post(server, "/v1/sla", "{\"at\":\"2026-06-10T12:00:00Z\",\"threads\":[{\"id\":\"T\",\"messages\":[{\"id\":\"m\",\"author\":\"robot\",\"sentAt\":\"2026-06-09T12:00:00Z\"}]}]}");
    assertThat(c.status).isEqualTo(400);
    assertThat(c.json().path("field").asText()).isEqualTo("threads[0].messages[0].author");
  }

  /**
   * The server answers 413 before it has read an oversized body and closes the connection; a
   * client still sending may then see the reset instead of the answer (a known race, noted in
   * issue 13), so the oversized post is tried up to three times.
   */
  private Http.Answer postOversized(String body) {
    java.io.UncheckedIOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return Http.post(server, "/v1/check", body);
      } catch (java.io.UncheckedIOException e) {
        last = e;
      }
    }
    throw last;
  }

  @Test
  void bodiesAndBatchesOverTheLimitAre413() {
    Http.Answer big = postOversized("{\"body\":\"" + "a".repeat(70 * 1024) + "\"}");
    assertThat(big.status).isEqualTo(413);
    assertThat(big.json().path("type").asText()).isEqualTo("urn:parley:problem:too-large");
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 6; i++) {
      batch.append(i == 0 ? "" : ",").append(GOOD);
    }
    Http.Answer many = Http.post(server, "/v1/check", batch.append("]").toString());
    assertThat(many.status).isEqualTo(413);
    assertThat(many.json().path("detail").asText()).contains("6 requests").contains("limit is 5");
  }

  @Test
  void aClientStillSendingAnOversizedBodyReadsThe413() {
    // The server reads and drops the rest of a body a little over the limit before it answers, so
    // the client never meets a reset connection instead of the answer (no retry here).
    for (int i = 0; i < 40; i++) {
      Http.Answer big = Http.post(server, "/v1/check", "{\"body\":\"" + "a".repeat(70 * 1024 + 997 * i) + "\"}");
      assertThat(big.status).as("round " + i).isEqualTo(413);
    }
  }

  @Test
  void wrongMethodMediaTypeAndPathAreProblems() {
    Http.Answer m = Http.get(server, "/v1/check");
    assertThat(m.status).isEqualTo(405);
    assertThat(m.raw.headers().firstValue("allow")).contains("POST");
    assertThat(Http.post(server, "/v1/check", GOOD, "text/plain").status).isEqualTo(415);
    Http.Answer lint = Http.get(server, "/v1/lint");
    assertThat(lint.status).isEqualTo(405);
    assertThat(lint.raw.headers().firstValue("allow")).contains("POST");
    Http.Answer nf = Http.get(server, "/v1/nothing-here");
    assertThat(nf.status).isEqualTo(404);
    assertThat(nf.contentType).startsWith("application/problem+json");
  }

  @Test
  void lintAnswersInTemplateCoordinates() {
    String body = "Hi {{buyer_name}}, see [[shop-link]] and {{mystery}}";
    Http.Answer a = Http.post(server, "/v1/lint", "{\"id\":\"t-1\",\"marketplace\":\"DE\",\"body\":\"" + body + "\"}");
    assertThat(a.status).as(a.body).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.path("id").asText()).isEqualTo("t-1");
    assertThat(r.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(r.path("placeholders")).hasSize(3);
    assertThat(r.path("placeholders").get(2).path("type").isNull()).isTrue();
    List<String> spans = new ArrayList<>();
    for (JsonNode f : r.path("findings")) {
      spans.add(f.path("rule").asText() + " " + body.substring(f.path("start").asInt(), f.path("end").asInt()));
    }
    assertThat(spans).contains("content.link [[shop-link]]", "template.unknown-placeholder {{mystery}}");
    Http.Answer batch = Http.post(server, "/v1/lint", "[{\"body\":\"Thanks\"},{\"id\":7,\"body\":\"Hello\"}]");
    assertThat(batch.status).isEqualTo(200);
    assertThat(batch.json()).hasSize(2);
    assertThat(batch.json().get(1).path("id").asText()).isEqualTo("7");
    Http.Answer bad = Http.post(server, "/v1/lint", "[{\"body\":\"x\"},{\"body\":\"x\",\"format\":\"PDF\"}]");
    assertThat(bad.status).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("[1].format");
  }

  @Test
  void slaAnswersTheQueueAndMetrics() {
    Http.Answer a = Http.post(server, "/v1/sla", "{\"at\":\"2026-06-10T12:00:00Z\",\"threads\":[{\"id\":\"T\",\"orderId\":\"203-5520981-6671203\","
        + "\"marketplace\":\"UK\",\"messages\":[{\"id\":\"m\",\"author\":\"buyer\",\"sentAt\":\"2026-06-09T10:00:00Z\"}]}]}");
    assertThat(a.status).isEqualTo(200);
    assertThat(a.json().path("queue").get(0).path("urgency").asText()).isEqualTo("OVERDUE");
    assertThat(a.json().path("metrics").has("LAST_7_DAYS")).isTrue();
  }

  @Test
  void rulesListTheWholeCatalog() {
    Http.Answer a = Http.get(server, "/v1/rules");
    assertThat(a.status).isEqualTo(200);
    assertThat(a.json().path("rules").size()).isEqualTo(RuleCatalog.standard().all().size());
  }

  @Test
  void configurationFromTheEnvironmentAndItsErrors() {
    ServerConfig c = ServerConfig.fromEnvironment(java.util.Map.of("PARLEY_HOST", "0.0.0.0", "PARLEY_PORT", "9999", "PARLEY_MAX_BATCH", "7",
        "PARLEY_READ_TIMEOUT", "PT3S")).build();
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.port()).isEqualTo(9999);
    assertThat(c.maxBatch()).isEqualTo(7);
    assertThat(c.readTimeout()).hasSeconds(3);
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.fromEnvironment(java.util.Map.of("PARLEY_PORT", "eighty")))
        .hasMessageContaining("PARLEY_PORT").hasMessageContaining("eighty");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.builder().port(70000)).hasMessageContaining("70000");
  }
}
