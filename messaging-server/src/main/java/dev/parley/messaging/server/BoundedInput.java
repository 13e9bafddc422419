package dev.parley.messaging.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body stream that stops at the size limit and at the read deadline: a client that
 * sends too much gets 413, one that trickles past the deadline gets 408. After a 413,
 * {@link #discardRest(long)} reads and drops what the client is still sending, within a bound.
 */
final class BoundedInput extends FilterInputStream {
  /** Thrown when the body is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Thrown when the client is too slow to send the body. */
  static final class TooSlow extends IOException {
    private static final long serialVersionUID = 1L;

    TooSlow(String message) {
      super(message);
    }
  }

  private final long limit;
  private final long deadlineNanos;
  private long count;

  BoundedInput(InputStream in, long limit, long deadlineNanos) {
    super(in);
    this.limit = limit;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new TooSlow("the request body was not received in time");
    }
    int n = super.read(b, off, len);
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new TooLarge("the request body is larger than " + limit + " bytes");
      }
    }
    return n;
  }

  /**
   * Reads and drops the rest of the body, still within the read deadline, until it ends or
   * {@code bound} bytes of it (counting those already read) have been seen.
   *
   * @param bound the most bytes of the whole body to read
   * @return true if the body ended within the bound and the deadline; false if it did not or
   *     the client went away
   */
  boolean discardRest(long bound) {
    byte[] buffer = new byte[8192];
    try {
      while (count <= bound && System.nanoTime() - deadlineNanos <= 0) {
        long room = bound - count;
        int n = super.read(buffer, 0, room >= buffer.length ? buffer.length : (int) room + 1);
        if (n < 0) {
          return true;
        }
        count += n;
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // the client went away: nothing is left to drain
    }
    return false;
  }
}
