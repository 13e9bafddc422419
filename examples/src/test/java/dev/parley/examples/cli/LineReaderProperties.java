package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line accounting of the tools over random byte streams (valid lines, invalid bytes, byte-order
 * marks, blank lines, CR, LF and CR LF mixes, with or without a final line break): the reader
 * yields exactly one line per line of input, numbered in order, with the valid ones decoded
 * exactly; and {@code parley check} writes exactly one record per line, in order. 10,000 streams
 * in CI; {@code -Dparley.fuzz.iterations=N} runs more.
 */
class LineReaderProperties {
  private static final int STREAMS = Integer.getInteger("parley.fuzz.iterations", 10_000);

  /** A generated stream and what the reader must give for it. */
  static final class Stream {
    final byte[] bytes;
    final List<String> expected = new ArrayList<>();

    Stream(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  static Stream generate(Random rnd) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    if (rnd.nextInt(4) == 0) {
      b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int lines = rnd.nextInt(8);
    boolean afterLoneCr = false;
    for (int i = 0; i < lines; i++) {
      int kind = rnd.nextInt(5);
      String text;
      byte[] bytes;
      if (kind == 0) {
        text = null;
        bytes = new byte[] {'{', (byte) (0x80 + rnd.nextInt(0x40)), '}'};
      } else if (kind == 1) {
        text = "";
        bytes = new byte[0];
      } else if (kind == 2) {
        text = null;
        bytes = new byte[] {'a', (byte) 0xE2, (byte) 0x82};
      } else {
        text = "{\"id\":\"l" + i + "\u00e9\u4e2d\",\"body\":\"x\"}";
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      b.writeBytes(bytes);
      expected.add(text);
      boolean last = i == lines - 1;
      if (!last || rnd.nextBoolean()) {
        byte[] brk = rnd.nextInt(3) == 0 ? new byte[] {'\r', '\n'} : rnd.nextBoolean() ? new byte[] {'\n'} : new byte[] {'\r'};
        if (afterLoneCr && bytes.length == 0 && brk[0] == '\n') {
          // "\r" then "\n" would be one CR LF break, not an empty line: keep the stream unambiguous.
          brk = new byte[] {'\r'};
        }
        b.writeBytes(brk);
        afterLoneCr = brk.length == 1 && brk[0] == '\r';
      } else if (bytes.length == 0) {
        // An empty last line without a break is no line at all.
        expected.remove(expected.size() - 1);
      }
    }
    Stream s = new Stream(b.toByteArray());
    s.expected.addAll(expected);
    return s;
  }

  @Test
  void everyLineIsReadOnceInOrder() throws IOException {
    Random rnd = new Random(20261204L);
    for (int n = 0; n < STREAMS; n++) {
      Stream s = generate(rnd);
      JsonLines r = JsonLines.of("f", new ByteArrayInputStream(s.bytes));
      List<JsonLines.Line> got = new ArrayList<>();
      for (JsonLines.Line l = r.next(); l != null; l = r.next()) {
        got.add(l);
      }
      assertThat(got).as("stream %d", n).hasSize(s.expected.size());
      for (int i = 0; i < got.size(); i++) {
        assertThat(got.get(i).number()).isEqualTo(i + 1);
        assertThat(got.get(i).source()).isEqualTo("f");
        String want = s.expected.get(i);
        if (want == null) {
          assertThat(got.get(i).error()).as("stream %d line %d", n, i + 1).hasValueSatisfying(e -> assertThat(e).contains("UTF-8"));
        } else {
          assertThat(got.get(i).text()).as("stream %d line %d", n, i + 1).contains(want);
        }
      }
    }
  }

  @Test
  void checkWritesOneRecordPerLineInOrder() throws IOException {
    Random rnd = new Random(20261205L);
    int streams = Math.max(1, STREAMS / 20);
    for (int n = 0; n < streams; n++) {
      Stream s = generate(rnd);
      Object[] r = CliIntegrityTest.run(s.bytes, "check");
      List<JsonNode> recs = CliIntegrityTest.records(r);
      assertThat(recs).as("stream %d", n).hasSize(s.expected.size());
      for (int i = 0; i < recs.size(); i++) {
        if (recs.get(i).has("error")) {
          assertThat(recs.get(i).get("line").asInt()).isEqualTo(i + 1);
        } else {
          assertThat(recs.get(i).get("id").asText()).startsWith("l");
        }
      }
    }
  }
}
