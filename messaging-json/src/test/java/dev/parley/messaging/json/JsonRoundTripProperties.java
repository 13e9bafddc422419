package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.rules.SendCheck;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Generated requests: read, check, write and read back give equal requests and results, matching the schemas. */
class JsonRoundTripProperties {
  private static final ParleyJson JSON = ParleyJson.standard();
  private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

  @Test
  void requestsAndResultsSurviveWritingAndReading() {
    var requestSchema = Schemas.parley("check-request");
    var resultSchema = Schemas.parley("check-result");
    qt().withExamples(400).forAll(Generators.checkRequests()).checkAssert(node -> {
      Schemas.assertValid(requestSchema, node);
      CheckRequest request = JSON.readCheckRequest(node, NOW);
      JsonNode written = JSON.writeCheckRequest(request);
      Schemas.assertValid(requestSchema, written);
      CheckRequest back = JSON.readCheckRequest(JSON.parse(JSON.write(written)));
      assertThat(back).isEqualTo(request);
      CheckResult result = CheckResult.of(request.id(), SendCheck.standard().check(request.request()));
      assertThat(CheckResult.of(back.id(), SendCheck.standard().check(back.request()))).isEqualTo(result);
      JsonNode out = JSON.writeCheckResult(result);
      Schemas.assertValid(resultSchema, out);
      assertThat(JSON.readCheckResult(JSON.parse(JSON.write(out)))).isEqualTo(result);
    });
  }
}
