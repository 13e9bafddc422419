package dev.parley.messaging.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads JSON Lines input as lines that never get lost: bytes are split at LF, CR LF or a lone CR;
 * each line is decoded as strict UTF-8 on its own, so one bad byte spoils one line, not the input;
 * a UTF-8 byte-order mark at the start of the input is skipped; every line carries the input's
 * name and its 1-based number. A line longer than the limit ({@link #DEFAULT_MAX_LINE_BYTES}
 * unless given) is an error line whose bytes are skipped, never held, so memory stays bounded by
 * the limit whatever the input. The last line counts even without a line break; an empty input
 * (or one that is only a byte-order mark) has no lines.
 *
 * <p>Parsing a line is the caller's choice ({@link ParleyJson#parse(String)}); this class only
 * guarantees that every input line comes out exactly once, in order, as text or as an error.
 *
 * <p>Not thread-safe: one reader per input.
 */
public final class JsonLines implements Closeable {
  /** The longest line read by default (64 MiB); longer lines are reported, not held in memory. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;

  /**
   * One input line: its text, or why it cannot be read.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Line {
    private final String source;
    private final long number;
    private final String text;
    private final String error;

    private Line(String source, long number, String text, String error) {
      this.source = source;
      this.number = number;
      this.text = text;
      this.error = error;
    }

    /** {@return the name of the input the line comes from} */
    public String source() {
      return source;
    }

    /** {@return the 1-based line number} */
    public long number() {
      return number;
    }

    /** {@return the decoded text, without the line break; empty when the line cannot be read} */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /** {@return why the line cannot be read (invalid UTF-8, too long); empty when it can} */
    public Optional<String> error() {
      return Optional.ofNullable(error);
    }

    /** {@return true when the line's text is available} */
    public boolean readable() {
      return error == null;
    }

    /** {@return true when the line is readable and holds only white space} */
    public boolean blank() {
      return text != null && text.isBlank();
    }

    @Override
    public String toString() {
      return source + ":" + number + (error == null ? "" : " (" + error + ")");
    }
  }

  private final String source;
  private final InputStream in;
  private final int maxLineBytes;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
  private long number;
  private boolean eof;
  private boolean started;

  private JsonLines(String source, InputStream in, int maxLineBytes) {
    this.source = Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes is invalid: got " + maxLineBytes + ", expected at least 1");
    }
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * {@return a reader of a stream, with the default line limit}
   *
   * @param source the input's name, carried by every line (a file name, or "-" for standard input)
   * @param in the bytes; closed by {@link #close()}
   */
  public static JsonLines of(String source, InputStream in) {
    return new JsonLines(source, in, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * {@return a reader of a stream}
   *
   * @param source the input's name, carried by every line
   * @param in the bytes; closed by {@link #close()}
   * @param maxLineBytes the longest line held, in bytes without the line break
   * @throws IllegalArgumentException if {@code maxLineBytes} is less than 1
   */
  public static JsonLines of(String source, InputStream in, int maxLineBytes) {
    return new JsonLines(source, in, maxLineBytes);
  }

  /**
   * {@return a reader of a stream that {@link #close()} leaves open (for standard input)}
   *
   * @param source the input's name, carried by every line
   * @param in the bytes; not closed
   */
  public static JsonLines ofUnclosed(String source, InputStream in) {
    return new JsonLines(source, new FilterInputStream(Objects.requireNonNull(in, "in")) {
      @Override
      public void close() {
        // not ours to close
      }
    }, DEFAULT_MAX_LINE_BYTES);
  }

  /** {@return the input's name} */
  public String source() {
    return source;
  }

  /**
   * {@return the next line, or null at the end of the input}
   *
   * @throws IOException if reading fails
   */
  public Line next() throws IOException {
    if (eof) {
      return null;
    }
    buf.reset();
    boolean tooLong = false;
    long length = 0;
    boolean any = false;
    while (true) {
      int b = in.read();
      if (b < 0) {
        eof = true;
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        in.mark(1);
        if (in.read() != '\n') {
          in.reset();
        }
        break;
      }
      length++;
      if (length > maxLineBytes) {
        tooLong = true;
        buf.reset();
      } else {
        buf.write(b);
      }
    }
    number++;
    byte[] bytes = buf.toByteArray();
    int skip = 0;
    if (!started) {
      started = true;
      if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
        skip = 3;
      }
    }
    if (skip == 3 && bytes.length == 3 && eof && number == 1) {
      // An input that is only a byte-order mark has no lines.
      return null;
    }
    if (tooLong) {
      return new Line(source, number, null, "line is longer than " + maxLineBytes + " bytes");
    }
    try {
      return new Line(source, number, decoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Line(source, number, null, "not valid UTF-8 (at byte " + (firstBad(bytes, skip) + 1) + " of the line)");
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte that starts malformed UTF-8. */
  private static int firstBad(byte[] b, int from) {
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    CoderResult r = decoder().decode(in, CharBuffer.allocate(b.length + 1), true);
    return r.isError() ? in.position() : b.length;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
