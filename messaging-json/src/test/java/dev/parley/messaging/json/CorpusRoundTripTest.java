package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.parley.messaging.rules.SendCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every message of the labelled corpora (messaging-rules' test resources, the same JSON the tool
 * reads) and of the bundled samples: read, checked, written and read back gives an equal result;
 * the request written and read back checks to the same result; every request and result matches
 * its published schema.
 */
class CorpusRoundTripTest {
  private static final ParleyJson JSON = ParleyJson.standard();
  private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
  private static final Path CORPUS = Path.of("..", "messaging-rules", "src", "test", "resources", "corpus");

  @Test
  void everyCorpusMessageRoundTrips() throws IOException {
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(CORPUS)) {
      list.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
    }
    files.add(Path.of("..", "examples", "data", "messages.jsonl"));
    Schema requestSchema = Schemas.parley("check-request");
    Schema resultSchema = Schemas.parley("check-result");
    SendCheck check = SendCheck.standard();
    int count = 0;
    for (Path file : files) {
      int line = 0;
      for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String where = file.getFileName() + ":" + line;
        JsonNode node = JSON.parse(text);
        Schemas.assertValid(requestSchema, node);
        CheckRequest request = JSON.readCheckRequest(node, NOW);
        CheckResult result = CheckResult.of(request.id(), check.check(request.request()));

        JsonNode written = JSON.writeCheckResult(result);
        Schemas.assertValid(resultSchema, written);
        assertThat(JSON.readCheckResult(JSON.parse(JSON.write(written)))).as(where).isEqualTo(result);

        JsonNode requestWritten = JSON.writeCheckRequest(request);
        Schemas.assertValid(requestSchema, requestWritten);
        CheckRequest again = JSON.readCheckRequest(JSON.parse(JSON.write(requestWritten)));
        assertThat(again).as(where).isEqualTo(request);
        assertThat(CheckResult.of(again.id(), check.check(again.request()))).as(where).isEqualTo(result);
        count++;
      }
    }
    System.out.println("[round trip] " + count + " corpus and sample messages: read, checked, written and read back equal");
    assertThat(count).isGreaterThan(1500);
  }
}
