package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.web.WebAssets;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/sla/daily: 90 slices that add up to the report's 7, 30 and 90-day metrics. */
class DailySeriesTest {
  private static final String[] COUNTS = {"counted", "answeredOnTime", "answeredLate", "unansweredLate", "pending", "excluded"};
  private static ParleyServer server;

  @BeforeAll
  static void start() {
    server = ParleyServer.start(ServerConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ObjectNode sampleRequest(String at) {
    ObjectNode r = JsonNodeFactory.instance.objectNode().put("at", at);
    ArrayNode threads = r.putArray("threads");
    for (String line : new String(WebAssets.read("samples/threads.jsonl").orElseThrow(), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        threads.add(Http.json(line));
      }
    }
    return r;
  }

  @Test
  void theLastDaysAddUpToTheReportsPeriods() {
    for (String at : new String[] {"2026-06-10T12:00:00Z", "2026-06-09T18:30:00Z", "2026-07-01T00:00:00Z"}) {
      ObjectNode request = sampleRequest(at);
      JsonNode daily = Http.post(server, "v1/sla/daily", request.toString()).json();
      JsonNode report = Http.post(server, "v1/sla", request.toString()).json();
      JsonNode days = daily.path("days");
      assertThat(days.size()).isEqualTo(90);
      assertThat(days.get(89).path("to").asText()).isEqualTo(at);
      for (int i = 1; i < 90; i++) {
        assertThat(days.get(i).path("from").asText()).isEqualTo(days.get(i - 1).path("to").asText());
      }
      for (Map.Entry<String, Integer> p : Map.of("LAST_7_DAYS", 7, "LAST_30_DAYS", 30, "LAST_90_DAYS", 90).entrySet()) {
        JsonNode m = report.path("metrics").path(p.getKey());
        assertThat(days.get(90 - p.getValue()).path("from").asText()).isEqualTo(m.path("from").asText());
        for (String count : COUNTS) {
          long sum = 0;
          for (int i = 90 - p.getValue(); i < 90; i++) {
            sum += days.get(i).path(count).asLong();
          }
          assertThat(sum).as("%s %s at %s", p.getKey(), count, at).isEqualTo(m.path(count).asLong());
        }
      }
      assertThat(daily.path("target").path("onTimeRate").asDouble()).isEqualTo(0.9);
    }
    JsonNode counted = Http.post(server, "v1/sla/daily", sampleRequest("2026-06-10T12:00:00Z").toString()).json();
    long total = 0;
    for (JsonNode d : counted.path("days")) {
      total += d.path("counted").asLong();
      if (d.path("counted").asLong() == 0) {
        assertThat(d.path("onTimeRate").isNull()).isTrue();
      }
    }
    assertThat(total).isPositive();
  }

  @Test
  void malformedInputNamesTheField() {
    Http.Answer a = Http.post(server, "v1/sla/daily", "{\"at\":\"yesterday\",\"threads\":[]}");
    assertThat(a.status).isEqualTo(400);
    assertThat(a.json().path("field").asText()).isEqualTo("at");
    assertThat(Http.get(server, "v1/sla/daily").status).isEqualTo(405);
  }

  @Test
  void checkRedactsOnlyWhenAsked() {
    String body = "{\"body\":\"Visit www.myshop.com for order 112-4839201-5563920\"}";
    assertThat(Http.post(server, "v1/check", body).json().has("redacted")).isFalse();
    assertThat(Http.post(server, "v1/check?redact=false", body).json().has("redacted")).isFalse();
    JsonNode r = Http.post(server, "v1/check?redact=true", body).json();
    assertThat(r.path("redacted").path("body").asText()).doesNotContain("myshop").contains("112-4839201-5563920");
    Http.Answer bad = Http.post(server, "v1/check?redact=yes", body);
    assertThat(bad.status).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("redact");
  }
}
