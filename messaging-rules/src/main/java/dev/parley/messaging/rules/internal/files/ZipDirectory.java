package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entry list of a zip file, read from its central directory (or, when that is missing, from
 * its local headers), and bounded reads of single entries. Never throws on malformed input: a
 * damaged directory yields the entries read so far.
 *
 * <p>Immutable once built; reads need a budget of their own.
 */
public final class ZipDirectory {
  /** One entry: its name, compression method, sizes and where its local header is. */
  public static final class Entry {
    /** The entry's path inside the zip. */
    public final String name;
    final int method;
    final long compressedSize;
    final long localOffset;

    Entry(String name, int method, long compressedSize, long localOffset) {
      this.name = name;
      this.method = method;
      this.compressedSize = compressedSize;
      this.localOffset = localOffset;
    }
  }

  private final byte[] zip;
  private final List<Entry> entries;
  private final boolean complete;

  private ZipDirectory(byte[] zip, List<Entry> entries, boolean complete) {
    this.zip = zip;
    this.entries = Collections.unmodifiableList(entries);
    this.complete = complete;
  }

  /** {@return the entries, in directory order} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return false if the directory was damaged or cut at the entry cap} */
  public boolean complete() {
    return complete;
  }

  /** {@return the entry with exactly this name, or null} */
  public Entry find(String name) {
    for (Entry e : entries) {
      if (e.name.equals(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Reads a zip's directory.
   *
   * @param zip the bytes, starting with a local header signature
   * @param budget the budget (entry cap, steps)
   * @return the directory; never null
   */
  public static ZipDirectory read(byte[] zip, InspectionBudget budget) {
    List<Entry> entries = new ArrayList<>();
    int eocd = findEndOfCentralDirectory(zip);
    if (eocd >= 0) {
      long count = Bytes.u16(zip, eocd + 10);
      long offset = Bytes.u32(zip, eocd + 16);
      boolean ok = readCentral(zip, offset, count, entries, budget);
      if (ok || !entries.isEmpty()) {
        return new ZipDirectory(zip, entries, ok);
      }
    }
    boolean ok = readLocal(zip, entries, budget);
    return new ZipDirectory(zip, entries, ok && eocd >= 0);
  }

  private static int findEndOfCentralDirectory(byte[] b) {
    int stop = Math.max(0, b.length - 22 - 0xFFFF);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return i;
      }
    }
    return -1;
  }

  private static boolean readCentral(byte[] b, long offset, long count, List<Entry> out, InspectionBudget budget) {
    long p = offset;
    for (long n = 0; n < count; n++) {
      if (out.size() >= budget.maxZipEntries()) {
        budget.exhaust("the cap of " + budget.maxZipEntries() + " zip entries");
        return false;
      }
      if (Bytes.u32(b, p) != 0x02014b50L) {
        return false;
      }
      int method = Bytes.u16(b, p + 10);
      long csize = Bytes.u32(b, p + 20);
      int nameLen = Bytes.u16(b, p + 28);
      int extraLen = Bytes.u16(b, p + 30);
      int commentLen = Bytes.u16(b, p + 32);
      long local = Bytes.u32(b, p + 42);
      if (nameLen < 0 || extraLen < 0 || commentLen < 0 || p + 46 + nameLen > b.length) {
        return false;
      }
      out.add(new Entry(new String(b, (int) p + 46, nameLen, StandardCharsets.UTF_8), method, csize, local));
      if (!budget.spend(46L + nameLen)) {
        return false;
      }
      p += 46L + nameLen + extraLen + commentLen;
    }
    return true;
  }

  private static boolean readLocal(byte[] b, List<Entry> out, InspectionBudget budget) {
    long p = 0;
    while (Bytes.u32(b, p) == 0x04034b50L) {
      if (out.size() >= budget.maxZipEntries()) {
        budget.exhaust("the cap of " + budget.maxZipEntries() + " zip entries");
        return false;
      }
      int flags = Bytes.u16(b, p + 6);
      int method = Bytes.u16(b, p + 8);
      long csize = Bytes.u32(b, p + 18);
      int nameLen = Bytes.u16(b, p + 26);
      int extraLen = Bytes.u16(b, p + 28);
      if (nameLen < 0 || extraLen < 0 || p + 30 + nameLen > b.length) {
        return false;
      }
      out.add(new Entry(new String(b, (int) p + 30, nameLen, StandardCharsets.UTF_8), method, csize, p));
      if (!budget.spend(30L + nameLen) || (flags & 8) != 0) {
        return (flags & 8) == 0;
      }
      p += 30L + nameLen + extraLen + csize;
    }
    return true;
  }

  /**
   * Reads one entry's bytes within the budget.
   *
   * @param e an entry of this directory
   * @param budget the budget
   * @return the bytes (possibly cut at a cap), or null if the entry cannot be read
   */
  public Bytes.Inflated read(Entry e, InspectionBudget budget) {
    long p = e.localOffset;
    if (Bytes.u32(zip, p) != 0x04034b50L) {
      return null;
    }
    int nameLen = Bytes.u16(zip, p + 26);
    int extraLen = Bytes.u16(zip, p + 28);
    long start = p + 30 + nameLen + extraLen;
    long len = e.compressedSize;
    if (start > zip.length) {
      return null;
    }
    if (len < 0 || start + len > zip.length) {
      len = zip.length - start;
    }
    if (e.method == 0) {
      long n = Math.min(len, budget.inflateRoom());
      budget.addInflated(n);
      budget.spend(n);
      byte[] copy = java.util.Arrays.copyOfRange(zip, (int) start, (int) (start + n));
      return new Bytes.Inflated(copy, n == len);
    }
    if (e.method == 8) {
      return Bytes.inflate(zip, (int) start, (int) len, true, budget);
    }
    return null;
  }
}
