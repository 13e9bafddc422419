package dev.parley.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads JSON Lines input as lines that never get lost: bytes are split at LF, CR LF or a lone CR;
 * each line is decoded as strict UTF-8 on its own, so one bad byte spoils one line, not the file;
 * a UTF-8 byte-order mark at the start of the input is skipped; every line carries its file name
 * and 1-based number. A line longer than {@link #MAX_LINE_BYTES} is an error line (its bytes are
 * skipped, not held). The last line counts even without a line break; an empty input has no lines.
 *
 * <p>Not thread-safe: one reader per input.
 */
final class LineReader implements Closeable {
  /** The longest line read; longer lines are reported, not held in memory. */
  static final int MAX_LINE_BYTES = 64 << 20;

  /** One input line: its text, or why it cannot be read. */
  static final class Line {
    final String file;
    final long number;
    final String text;
    final String error;

    Line(String file, long number, String text, String error) {
      this.file = file;
      this.number = number;
      this.text = text;
      this.error = error;
    }

    boolean ok() {
      return error == null;
    }
  }

  private final String name;
  private final InputStream in;
  private final int maxLineBytes;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
  private long number;
  private boolean eof;
  private boolean started;

  LineReader(String name, InputStream in) {
    this(name, in, MAX_LINE_BYTES);
  }

  LineReader(String name, InputStream in, int maxLineBytes) {
    this.name = name;
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Opens a file ("-" for standard input).
   *
   * @throws NoSuchFileException if the file does not exist
   * @throws IOException if it cannot be opened
   */
  static LineReader open(String file, InputStream stdin) throws IOException {
    if (file == null || file.equals("-")) {
      return new LineReader("-", new NonClosing(stdin));
    }
    return new LineReader(file, Files.newInputStream(Path.of(file)));
  }

  /** {@return the input's name, "-" for standard input} */
  String name() {
    return name;
  }

  /**
   * {@return the next line, or null at the end of the input}
   *
   * @throws IOException if reading fails
   */
  Line next() throws IOException {
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
      return new Line(name, number, null, "line is longer than " + maxLineBytes + " bytes");
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Line(name, number, dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Line(name, number, null, "not valid UTF-8 (at byte " + (firstBad(bytes, skip) + 1) + " of the line)");
    }
  }

  /** The offset of the first byte that starts malformed UTF-8. */
  private static int firstBad(byte[] b, int from) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
    java.nio.charset.CoderResult r = dec.decode(in, out, true);
    return r.isError() ? in.position() : b.length;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Standard input is not ours to close. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
