package dev.parley.messaging.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body stream that stops at the size limit and at the read deadline: a client that
 * sends too much gets 413, one that trickles past the deadline gets 408.
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
}
