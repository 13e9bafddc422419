package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The {@code parley} tool's strict reading, its error records and its output bytes: where {@link
 * ParleyJson#standard()} is lenient in documented ways, {@link ParleyJson#strict()} refuses, with
 * the JSON path of the value.
 */
class StrictReadingTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static CheckRequest read(ParleyJson json, String text) {
    return json.readCheckRequest(json.parse(text), NOW);
  }

  @Test
  void numbersAsTextAreReadByStandardAndRefusedByStrict() {
    assertThat(read(ParleyJson.standard(), "{\"id\":7,\"body\":\"x\"}").id()).isEqualTo("7");
    assertThatThrownBy(() -> read(ParleyJson.strict(), "{\"id\":7,\"body\":\"x\"}"))
        .isInstanceOf(JsonInputException.class).hasMessage("id must be a string, got 7")
        .extracting(e -> ((JsonInputException) e).path()).isEqualTo("id");
  }

  @Test
  void flagsAsStringsAreReadByStandardAndRefusedByStrict() {
    assertThat(read(ParleyJson.standard(), "{\"body\":\"x\",\"replyToBuyer\":\"true\"}").request().context().replyToBuyer()).isTrue();
    assertThatThrownBy(() -> read(ParleyJson.strict(), "{\"body\":\"x\",\"buyerOptedOut\":\"false\"}"))
        .hasMessage("buyerOptedOut must be true or false, got \"false\"");
  }

  @Test
  void nestedValuesNameTheirFullPath() {
    assertThatThrownBy(() -> read(ParleyJson.strict(),
        "{\"body\":\"x\",\"order\":{\"orderId\":\"bad\",\"purchasedAt\":\"2026-03-01T10:00:00Z\"}}"))
        .hasMessageStartingWith("order.orderId is invalid: got \"bad\"");
    assertThatThrownBy(() -> read(ParleyJson.strict(),
        "{\"body\":\"x\",\"order\":{\"orderId\":\"112-1234567-1234567\",\"purchasedAt\":1}}"))
        .hasMessage("order.purchasedAt must be a string, got 1");
    assertThatThrownBy(() -> read(ParleyJson.strict(), "{\"body\":\"x\",\"priorMessages\":[{\"sentAt\":true}]}"))
        .hasMessage("priorMessages[0].sentAt must be a string, got true");
  }

  @Test
  void base64WithALineBreakIsReadByStandardAndRefusedByStrict() {
    String line = "{\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentBase64\":\"SGVs\\nbG8=\"}]}";
    assertThat(read(ParleyJson.standard(), line).request().message().attachments().get(0).sizeBytes()).isEqualTo(5);
    assertThatThrownBy(() -> read(ParleyJson.strict(), line))
        .hasMessageStartingWith("attachments[0].contentBase64 is not valid base64");
  }

  @Test
  void aTextThatIsNotJsonGivesTheColumnWithoutJacksonsSourceAside() {
    assertThatThrownBy(() -> ParleyJson.strict().parse("{not json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name")
        .satisfies(e -> assertThat(((JsonInputException) e).column()).isEqualTo(2));
  }

  @Test
  void inputErrorsAreWrittenWithFileAndIdOnlyWhenKnown() {
    ParleyJson json = ParleyJson.strict();
    assertThat(json.write(json.writeInputError(InputError.of("-", 3, "T1", "messages[0] must be an object, got 1"))))
        .isEqualTo("{\"file\":\"-\",\"line\":3,\"id\":\"T1\",\"error\":\"messages[0] must be an object, got 1\"}");
    assertThat(json.write(json.writeInputError(InputError.of("in.jsonl", 0, "", "no such file"))))
        .isEqualTo("{\"file\":\"in.jsonl\",\"line\":0,\"error\":\"no such file\"}");
    assertThat(json.write(json.writeInputError(InputError.of(4, "x")))).isEqualTo("{\"line\":4,\"error\":\"x\"}");
    JsonInputException e = new JsonInputException("order.status", "order.status is unknown");
    assertThat(InputError.of("-", 2, null, e).path()).isEqualTo("order.status");
  }

  @Test
  void aLoneSurrogateIsWrittenAsAnEscapeAndLinesEndWithALineFeed() {
    ParleyJson json = ParleyJson.standard();
    var node = json.mapper().createObjectNode().put("body", "a\ud800b");
    assertThat(json.write(node)).isEqualTo("{\"body\":\"a\\ud800b\"}");
    assertThat(new String(json.writeLine(node), StandardCharsets.UTF_8)).isEqualTo("{\"body\":\"a\\ud800b\"}\n");
  }
}
