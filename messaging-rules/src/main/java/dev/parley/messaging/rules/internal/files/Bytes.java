package dev.parley.messaging.rules.internal.files;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Byte helpers: little-endian reads that never throw, bounded inflation, searching. */
public final class Bytes {
  private Bytes() {}

  /** {@return the unsigned 16-bit little-endian value at the offset, or -1 past the end} */
  public static int u16(byte[] b, long off) {
    if (off < 0 || off + 2 > b.length) {
      return -1;
    }
    int o = (int) off;
    return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
  }

  /** {@return the unsigned 32-bit little-endian value at the offset, or -1 past the end} */
  public static long u32(byte[] b, long off) {
    if (off < 0 || off + 4 > b.length) {
      return -1;
    }
    int o = (int) off;
    return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24;
  }

  /** {@return true if the bytes at the offset equal the ASCII text} */
  public static boolean startsWith(byte[] b, int off, String ascii) {
    if (off < 0 || off + ascii.length() > b.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if ((b[off + i] & 0xFF) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@return the first index at or after from where the ASCII text occurs before limit, or -1} */
  public static int indexOf(byte[] b, String ascii, int from, int limit) {
    int end = Math.min(limit, b.length) - ascii.length();
    char first = ascii.charAt(0);
    for (int i = Math.max(0, from); i <= end; i++) {
      if ((b[i] & 0xFF) == first && startsWith(b, i, ascii)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Inflates deflate data within the budget; returns what was decoded before a cap, corruption or
   * the end of the data. Corrupt data marks the budget "not fully inspected" only through the
   * returned flag.
   *
   * @param in compressed bytes
   * @param off start
   * @param len length
   * @param raw true for raw deflate (zip entries), false for zlib-wrapped (PDF FlateDecode)
   * @param budget the budget
   * @return the result; never null
   */
  public static Inflated inflate(byte[] in, int off, int len, boolean raw, InspectionBudget budget) {
    Inflater inflater = new Inflater(raw);
    byte[] out = new byte[Math.min(1 << 16, Math.max(256, len * 4))];
    int size = 0;
    boolean complete = false;
    try {
      inflater.setInput(in, off, len);
      byte[] chunk = new byte[1 << 15];
      int idle = 0;
      while (!inflater.finished()) {
        long room = budget.inflateRoom();
        if (room <= 0) {
          budget.addInflated(0);
          break;
        }
        int n = inflater.inflate(chunk, 0, (int) Math.min(chunk.length, room));
        if (n == 0) {
          if (inflater.needsInput() || inflater.needsDictionary() || ++idle > 4) {
            break;
          }
          continue;
        }
        idle = 0;
        if (size + n > out.length) {
          out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(size + n, (long) out.length * 2)));
        }
        System.arraycopy(chunk, 0, out, size, n);
        size += n;
        budget.addInflated(n);
        if (!budget.spend(n) || budget.exhausted()) {
          break;
        }
      }
      complete = inflater.finished();
    } catch (DataFormatException e) {
      complete = false;
    } finally {
      inflater.end();
    }
    return new Inflated(Arrays.copyOf(out, size), complete);
  }

  /** Decompressed bytes and whether the stream was decoded to its end. */
  public static final class Inflated {
    /** The bytes decoded. */
    public final byte[] data;
    /** True if the stream ended normally. */
    public final boolean complete;

    Inflated(byte[] data, boolean complete) {
      this.data = data;
      this.complete = complete;
    }
  }
}
