package dev.parley.messaging.rules.internal.files;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The PDF stream filters that carry text and structure (ISO 32000-1 §7.4): {@code FlateDecode},
 * {@code LZWDecode} (both with PNG and TIFF predictors), {@code ASCIIHexDecode}, {@code
 * ASCII85Decode} and {@code RunLengthDecode}, in any chain and under their abbreviated names.
 * Image-only filters (DCT, JPX, JBIG2, CCITT) and {@code Crypt} are reported as not decoded, so the
 * caller can say the file was not fully inspected. Every decoded byte is charged to the budget.
 *
 * <p>Stateless.
 */
final class PdfFilters {
  private PdfFilters() {}

  /** The decoded bytes; {@code problem} says why decoding stopped early, or is null. */
  static final class Decoded {
    final byte[] data;
    final String problem;

    Decoded(byte[] data, String problem) {
      this.data = data;
      this.problem = problem;
    }
  }

  /** Decoding parameters of one filter (the ones the predictors and LZW read). */
  static final class Params {
    final int predictor;
    final int colors;
    final int bitsPerComponent;
    final int columns;
    final int earlyChange;

    Params(int predictor, int colors, int bitsPerComponent, int columns, int earlyChange) {
      this.predictor = predictor;
      this.colors = colors;
      this.bitsPerComponent = bitsPerComponent;
      this.columns = columns;
      this.earlyChange = earlyChange;
    }

    static final Params NONE = new Params(1, 1, 8, 1, 1);
  }

  static String canonical(String filter) {
    switch (filter) {
      case "Fl":
        return "FlateDecode";
      case "AHx":
        return "ASCIIHexDecode";
      case "A85":
        return "ASCII85Decode";
      case "LZW":
        return "LZWDecode";
      case "RL":
        return "RunLengthDecode";
      case "CCF":
        return "CCITTFaxDecode";
      case "DCT":
        return "DCTDecode";
      default:
        return filter;
    }
  }

  /**
   * Applies a filter chain to {@code src[from, to)}.
   *
   * @param filters canonical or abbreviated filter names, in order
   * @param params one entry per filter (NONE where absent)
   */
  static Decoded decode(byte[] src, int from, int to, List<String> filters, List<Params> params, InspectionBudget budget) {
    byte[] data = from == 0 && to == src.length ? src : Arrays.copyOfRange(src, from, to);
    for (int k = 0; k < filters.size(); k++) {
      String f = canonical(filters.get(k));
      Params p = k < params.size() ? params.get(k) : Params.NONE;
      Decoded d;
      switch (f) {
        case "FlateDecode": {
          Bytes.Inflated inf = Bytes.inflate(data, 0, data.length, false, budget);
          d = new Decoded(inf.data, inf.complete ? null : budget.exhausted() ? budget.exhaustedBy() : "a damaged compressed stream");
          break;
        }
        case "LZWDecode":
          d = lzw(data, p.earlyChange, budget);
          break;
        case "ASCIIHexDecode":
          d = asciiHex(data, budget);
          break;
        case "ASCII85Decode":
          d = ascii85(data, budget);
          break;
        case "RunLengthDecode":
          d = runLength(data, budget);
          break;
        default:
          return new Decoded(data, "a stream filter Parley does not decode (/" + f + ")");
      }
      if ((f.equals("FlateDecode") || f.equals("LZWDecode")) && p.predictor > 1) {
        Decoded predicted = predict(d.data, p);
        d = new Decoded(predicted.data, d.problem != null ? d.problem : predicted.problem);
      }
      if (d.problem != null) {
        return d;
      }
      data = d.data;
    }
    return new Decoded(data, null);
  }

  /** A growing output that charges every byte to the budget and refuses past its room. */
  private static final class Out {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final InspectionBudget budget;
    boolean full;

    Out(InspectionBudget budget) {
      this.budget = budget;
    }

    boolean write(int v) {
      if (full || budget.inflateRoom() <= 0) {
        full = true;
        budget.addInflated(0);
        return false;
      }
      bytes.write(v);
      budget.addInflated(1);
      return true;
    }

    Decoded done(String problem) {
      byte[] data = bytes.toByteArray();
      budget.spend(data.length);
      return new Decoded(data, full ? budget.exhaustedBy() : problem);
    }
  }

  private static Decoded asciiHex(byte[] in, InspectionBudget budget) {
    Out out = new Out(budget);
    int hi = -1;
    for (byte x : in) {
      int c = x & 0xFF;
      if (c == '>') {
        break;
      }
      int v = Character.digit(c, 16);
      if (v < 0) {
        if (PdfSyntax.isWhite(c)) {
          continue;
        }
        return out.done("a damaged ASCIIHex stream");
      }
      if (hi < 0) {
        hi = v;
      } else if (!out.write(hi << 4 | v)) {
        return out.done(null);
      } else {
        hi = -1;
      }
    }
    if (hi >= 0) {
      out.write(hi << 4);
    }
    return out.done(null);
  }

  private static Decoded ascii85(byte[] in, InspectionBudget budget) {
    Out out = new Out(budget);
    long tuple = 0;
    int count = 0;
    int i = 0;
    if (in.length >= 2 && in[0] == '<' && in[1] == '~') {
      i = 2;
    }
    for (; i < in.length; i++) {
      int c = in[i] & 0xFF;
      if (c == '~') {
        break;
      }
      if (PdfSyntax.isWhite(c)) {
        continue;
      }
      if (c == 'z' && count == 0) {
        for (int k = 0; k < 4; k++) {
          if (!out.write(0)) {
            return out.done(null);
          }
        }
        continue;
      }
      if (c < '!' || c > 'u') {
        return out.done("a damaged ASCII85 stream");
      }
      tuple = tuple * 85 + (c - '!');
      if (++count == 5) {
        if (tuple > 0xFFFFFFFFL) {
          return out.done("a damaged ASCII85 stream");
        }
        for (int k = 3; k >= 0; k--) {
          if (!out.write((int) (tuple >>> (8 * k)) & 0xFF)) {
            return out.done(null);
          }
        }
        tuple = 0;
        count = 0;
      }
    }
    if (count == 1) {
      return out.done("a damaged ASCII85 stream");
    }
    if (count > 1) {
      for (int k = count; k < 5; k++) {
        tuple = tuple * 85 + 84;
      }
      for (int k = 0; k < count - 1; k++) {
        out.write((int) (tuple >>> (8 * (3 - k))) & 0xFF);
      }
    }
    return out.done(null);
  }

  private static Decoded runLength(byte[] in, InspectionBudget budget) {
    Out out = new Out(budget);
    int i = 0;
    while (i < in.length) {
      int len = in[i++] & 0xFF;
      if (len == 128) {
        break;
      }
      if (len < 128) {
        for (int k = 0; k <= len && i < in.length; k++) {
          if (!out.write(in[i++] & 0xFF)) {
            return out.done(null);
          }
        }
      } else if (i < in.length) {
        int v = in[i++] & 0xFF;
        for (int k = 0; k < 257 - len; k++) {
          if (!out.write(v)) {
            return out.done(null);
          }
        }
      }
    }
    return out.done(null);
  }

  private static Decoded lzw(byte[] in, int earlyChange, InspectionBudget budget) {
    Out out = new Out(budget);
    byte[][] table = new byte[4096][];
    for (int k = 0; k < 256; k++) {
      table[k] = new byte[] {(byte) k};
    }
    int next = 258;
    int width = 9;
    byte[] prev = null;
    long bitBuf = 0;
    int bits = 0;
    for (int i = 0; i < in.length || bits >= width;) {
      while (bits < width && i < in.length) {
        bitBuf = bitBuf << 8 | (in[i++] & 0xFF);
        bits += 8;
      }
      if (bits < width) {
        break;
      }
      int code = (int) (bitBuf >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code == 256) {
        next = 258;
        width = 9;
        prev = null;
        continue;
      }
      if (code == 257) {
        return out.done(null);
      }
      byte[] entry;
      if (code < next && table[code] != null) {
        entry = table[code];
      } else if (code == next && prev != null) {
        entry = Arrays.copyOf(prev, prev.length + 1);
        entry[prev.length] = prev[0];
      } else {
        return out.done("a damaged LZW stream");
      }
      for (byte x : entry) {
        if (!out.write(x & 0xFF)) {
          return out.done(null);
        }
      }
      if (prev != null && next < 4096) {
        byte[] add = Arrays.copyOf(prev, prev.length + 1);
        add[prev.length] = entry[0];
        table[next++] = add;
        if (!budget.spend(add.length)) {
          return out.done(budget.exhaustedBy());
        }
      }
      prev = entry;
      if (next + earlyChange >= 1 << width && width < 12) {
        width++;
      }
    }
    return out.done(null);
  }

  private static Decoded predict(byte[] in, Params p) {
    int colors = Math.max(1, Math.min(p.colors, 32));
    int bpc = p.bitsPerComponent;
    if (bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 && bpc != 16) {
      return new Decoded(in, "an unsupported predictor (BitsPerComponent " + bpc + ")");
    }
    long rowBitsL = (long) Math.max(1, p.columns) * colors * bpc;
    if (rowBitsL > (1 << 24)) {
      return new Decoded(in, "an unsupported predictor (Columns " + p.columns + ")");
    }
    int rowBytes = (int) ((rowBitsL + 7) / 8);
    int bpp = Math.max(1, colors * bpc / 8);
    if (p.predictor == 2) {
      if (bpc != 8) {
        return new Decoded(in, "an unsupported TIFF predictor (BitsPerComponent " + bpc + ")");
      }
      byte[] out = in.clone();
      for (int row = 0; row * rowBytes < out.length; row++) {
        int base = row * rowBytes;
        for (int k = bpp; k < rowBytes && base + k < out.length; k++) {
          out[base + k] = (byte) (out[base + k] + out[base + k - bpp]);
        }
      }
      return new Decoded(out, null);
    }
    if (p.predictor < 10) {
      return new Decoded(in, null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    byte[] prior = new byte[rowBytes];
    byte[] cur = new byte[rowBytes];
    int i = 0;
    while (i < in.length) {
      int type = in[i++] & 0xFF;
      int n = Math.min(rowBytes, in.length - i);
      Arrays.fill(cur, (byte) 0);
      System.arraycopy(in, i, cur, 0, n);
      i += n;
      for (int k = 0; k < rowBytes; k++) {
        int left = k >= bpp ? cur[k - bpp] & 0xFF : 0;
        int up = prior[k] & 0xFF;
        int upLeft = k >= bpp ? prior[k - bpp] & 0xFF : 0;
        int x = cur[k] & 0xFF;
        switch (type) {
          case 0:
            break;
          case 1:
            x += left;
            break;
          case 2:
            x += up;
            break;
          case 3:
            x += (left + up) >>> 1;
            break;
          case 4:
            x += paeth(left, up, upLeft);
            break;
          default:
            return new Decoded(out.toByteArray(), "a damaged predictor row (type " + type + ")");
        }
        cur[k] = (byte) x;
      }
      out.write(cur, 0, n);
      byte[] t = prior;
      prior = cur;
      cur = t;
    }
    return new Decoded(out.toByteArray(), null);
  }

  private static int paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  }
}
