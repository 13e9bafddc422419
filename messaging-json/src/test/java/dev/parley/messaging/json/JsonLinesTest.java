package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines reading: every input line comes out once, in order, as text or as an error. */
class JsonLinesTest {
  private static List<JsonLines.Line> read(byte[] bytes, int max) throws IOException {
    List<JsonLines.Line> out = new ArrayList<>();
    try (JsonLines in = JsonLines.of("f.jsonl", new ByteArrayInputStream(bytes), max)) {
      for (JsonLines.Line l = in.next(); l != null; l = in.next()) {
        out.add(l);
      }
      assertThat(in.next()).isNull();
    }
    return out;
  }

  private static List<JsonLines.Line> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), JsonLines.DEFAULT_MAX_LINE_BYTES);
  }

  @Test
  void splitsAtLfCrLfAndLoneCrAndCountsALastLineWithoutABreak() throws IOException {
    List<JsonLines.Line> lines = read("{\"a\":1}\r\n\n{\"b\":2}\r{\"c\":3}");
    assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(l -> l.text().orElseThrow()).containsExactly("{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}");
    assertThat(lines.get(1).blank()).isTrue();
    assertThat(lines).allSatisfy(l -> assertThat(l.source()).isEqualTo("f.jsonl"));
  }

  @Test
  void anEmptyInputOrALoneByteOrderMarkHasNoLines() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 100)).isEmpty();
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n'};
    assertThat(read(bom, 100)).singleElement().satisfies(l -> assertThat(l.text()).contains("{}"));
  }

  @Test
  void invalidUtf8SpoilsOnlyItsLineAndNamesTheByte() throws IOException {
    byte[] bytes = {'{', '}', '\n', 'a', (byte) 0xC3, '\n', '[', ']'};
    List<JsonLines.Line> lines = read(bytes, 100);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).readable()).isFalse();
    assertThat(lines.get(1).text()).isEmpty();
    assertThat(lines.get(1).error()).contains("not valid UTF-8 (at byte 2 of the line)");
    assertThat(lines.get(2).text()).contains("[]");
  }

  @Test
  void aLineOverTheLimitIsAnErrorAndTheNextLineIsRead() throws IOException {
    List<JsonLines.Line> lines = read("0123456789\n{}\n".getBytes(StandardCharsets.US_ASCII), 5);
    assertThat(lines.get(0).error()).contains("line is longer than 5 bytes");
    assertThat(lines.get(1).number()).isEqualTo(2);
    assertThat(lines.get(1).text()).contains("{}");
  }

  @Test
  void aZeroLimitIsRefused() {
    assertThatThrownBy(() -> JsonLines.of("x", new ByteArrayInputStream(new byte[0]), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes");
  }

  @Test
  void standardInputIsNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream stdin = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JsonLines.ofUnclosed("-", stdin).close();
    assertThat(closed[0]).isFalse();
  }
}
