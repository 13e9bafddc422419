package dev.parley.messaging.rules.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Generates hostile PDFs that hide one payload (a link annotation, a launch or JavaScript action,
 * or a web address in the page text) behind the tricks a seller might use: names written with
 * {@code #xx} escapes, comments between tokens, literal strings with every escape, hex strings,
 * indirect strings, long dictionaries, filter chains (Flate with PNG predictors, LZW, ASCIIHex,
 * ASCII85, RunLength, in abbreviated or full names), object streams and a stale cross-reference
 * table. Deterministic for a given {@link Random}.
 */
final class HostilePdf {
  /** What the document hides. */
  enum Payload {
    URI_ACTION,
    LAUNCH,
    JAVASCRIPT,
    TEXT
  }

  /** A generated document, with the host it hides (for URI and TEXT payloads). */
  static final class Doc {
    final byte[] bytes;
    final Payload payload;
    final String host;
    final String recipe;

    Doc(byte[] bytes, Payload payload, String host, String recipe) {
      this.bytes = bytes;
      this.payload = payload;
      this.host = host;
      this.recipe = recipe;
    }
  }

  private final Random rnd;
  private final StringBuilder recipe = new StringBuilder();

  HostilePdf(Random rnd) {
    this.rnd = rnd;
  }

  static Doc generate(Random rnd) {
    return new HostilePdf(rnd).doc();
  }

  private Doc doc() {
    Payload payload = Payload.values()[rnd.nextInt(Payload.values().length)];
    String host = "shop" + rnd.nextInt(100_000) + ".example-store.net";
    recipe.append(payload);
    List<byte[]> objects = new ArrayList<>();
    // 1 catalog, 2 pages, 3 page, 4 content, 5 annotation, 6 font, 7 indirect string or spare
    boolean indirect = rnd.nextInt(4) == 0;
    String uri = "https://" + host + "/offer";
    objects.add(ascii("<< " + n("Type") + " " + n("Catalog") + " " + n("Pages") + " 2 0 R" + pad() + " >>"));
    objects.add(ascii("<< " + n("Type") + " " + n("Pages") + " " + n("Kids") + " [3 0 R] " + n("Count") + " 1 >>"));
    objects.add(ascii("<< " + n("Type") + " " + n("Page") + " " + n("Parent") + " 2 0 R " + n("MediaBox") + " [0 0 612 792] "
        + n("Resources") + " << " + n("Font") + " << /F1 6 0 R >> >> " + n("Contents") + " 4 0 R " + n("Annots") + " [5 0 R] >>"));
    String shown = payload == Payload.TEXT ? "Visit www." + host + " for more" : "Thank you for your order";
    objects.add(contentStream(shown));
    String action;
    switch (payload) {
      case URI_ACTION:
        action = n("S") + " " + n("URI") + " " + cm() + n("URI") + " " + cm() + (indirect ? "7 0 R" : string(uri));
        break;
      case LAUNCH:
        action = n("S") + " " + n("Launch") + " " + n("F") + " " + string("setup.exe");
        break;
      case JAVASCRIPT:
        action = n("S") + " " + n("JavaScript") + " " + n("JS") + " " + string("app.alert(1);");
        break;
      default:
        action = n("S") + " " + n("GoTo") + " " + n("D") + " [3 0 R /Fit]";
        break;
    }
    objects.add(ascii("<< " + n("Type") + " " + n("Annot") + " " + n("Subtype") + " " + n("Link") + " " + n("Rect") + " [0 0 200 50] "
        + n("A") + " << " + action + " >> >>"));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    objects.add(ascii(indirect ? string(uri) : "null"));
    boolean objectStream = rnd.nextInt(5) == 0;
    byte[] bytes = objectStream ? withObjectStream(objects) : plain(objects);
    return new Doc(bytes, payload, host, recipe.toString());
  }

  /** A name with some characters written as #xx escapes. */
  private String n(String name) {
    if (rnd.nextInt(3) != 0) {
      return "/" + name;
    }
    recipe.append(" #name");
    StringBuilder sb = new StringBuilder("/");
    for (char c : name.toCharArray()) {
      sb.append(rnd.nextInt(3) == 0 ? String.format("#%02X", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  /** Sometimes a comment (which ends at the line end) between two tokens. */
  private String cm() {
    if (rnd.nextInt(4) != 0) {
      return "";
    }
    recipe.append(" comment");
    return "% a comment (with /URI (http://decoy.invalid)) >>\n";
  }

  private String pad() {
    if (rnd.nextInt(6) != 0) {
      return "";
    }
    recipe.append(" longdict");
    StringBuilder sb = new StringBuilder();
    int count = 100 + rnd.nextInt(400);
    for (int i = 0; i < count; i++) {
      sb.append(" /Pad").append(i).append(" (xxxxxxxxxx)");
    }
    return sb.toString();
  }

  /** A string, written as a literal with random escapes or as a hex string. */
  private String string(String s) {
    if (rnd.nextInt(3) == 0) {
      recipe.append(" hexstring");
      StringBuilder sb = new StringBuilder("<");
      for (char c : s.toCharArray()) {
        sb.append(String.format("%02x", (int) c));
        if (rnd.nextInt(8) == 0) {
          sb.append(' ');
        }
      }
      return sb.append('>').toString();
    }
    StringBuilder sb = new StringBuilder("(");
    for (char c : s.toCharArray()) {
      int r = rnd.nextInt(12);
      if (r == 0) {
        sb.append(String.format("\\%03o", (int) c));
      } else if (r == 1) {
        sb.append("\\\n").append(c);
      } else if (r == 2 && Character.isLetter(c)) {
        sb.append('\\').append(c == 'n' || c == 'r' || c == 't' || c == 'b' || c == 'f' ? String.format("%03o", (int) c) : String.valueOf(c));
      } else if (c == '(' || c == ')' || c == '\\') {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.append(')').toString();
  }

  private byte[] contentStream(String shown) {
    String ops = "BT /F1 12 Tf 72 712 Td " + (rnd.nextBoolean() ? string(shown) + " Tj" : "[" + string(shown) + "] TJ") + " ET";
    byte[] data = ascii(ops);
    List<String> filters = new ArrayList<>();
    List<String> parms = new ArrayList<>();
    int count = rnd.nextInt(4);
    for (int k = 0; k < count; k++) {
      int f = rnd.nextInt(6);
      String parm = "null";
      switch (f) {
        case 0:
          data = Encoders.flate(data);
          filters.add(0, rnd.nextBoolean() ? "FlateDecode" : "Fl");
          break;
        case 1: {
          int columns = 1 + rnd.nextInt(40);
          data = Encoders.flate(Encoders.png(data, columns, rnd));
          filters.add(0, "FlateDecode");
          parm = "<< /Predictor " + (10 + rnd.nextInt(5)) + " /Columns " + columns + " >>";
          break;
        }
        case 2:
          data = Encoders.asciiHex(data, rnd);
          filters.add(0, rnd.nextBoolean() ? "ASCIIHexDecode" : "AHx");
          break;
        case 3:
          data = Encoders.ascii85(data);
          filters.add(0, rnd.nextBoolean() ? "ASCII85Decode" : "A85");
          break;
        case 4:
          data = Encoders.runLength(data, rnd);
          filters.add(0, rnd.nextBoolean() ? "RunLengthDecode" : "RL");
          break;
        default:
          data = Encoders.lzw(data);
          filters.add(0, "LZWDecode");
          break;
      }
      parms.add(0, parm);
    }
    recipe.append(" filters").append(filters);
    StringBuilder dict = new StringBuilder("<< /Length ").append(data.length);
    if (rnd.nextInt(5) == 0) {
      recipe.append(" paddedstream");
      dict.append(" /Junk (").append("y".repeat(5000 + rnd.nextInt(3000))).append(")");
    }
    if (filters.size() == 1 && rnd.nextBoolean()) {
      dict.append(' ').append(n("Filter")).append(" /").append(filters.get(0));
      if (!parms.get(0).equals("null")) {
        dict.append(' ').append(n("DecodeParms")).append(' ').append(parms.get(0));
      }
    } else if (!filters.isEmpty()) {
      dict.append(' ').append(n("Filter")).append(" [");
      for (String f : filters) {
        dict.append(" /").append(f);
      }
      dict.append(" ] ").append(n("DecodeParms")).append(" [");
      for (String p : parms) {
        dict.append(' ').append(p);
      }
      dict.append(" ]");
    }
    dict.append(" >>\nstream\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(dict.toString()));
    out.writeBytes(data);
    out.writeBytes(ascii("\nendstream"));
    return out.toByteArray();
  }

  private static byte[] plain(List<byte[]> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.size() + 1];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i + 1] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int i = 1; i <= objects.size(); i++) {
      x.append(String.format("%010d 00000 n \n", offsets[i]));
    }
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(ascii(x.toString()));
    return out.toByteArray();
  }

  /** Puts the annotation (object 5) and the spare object 7 into a compressed object stream. */
  private static byte[] withObjectStream(List<byte[]> objects) {
    int[] inStream = {5, 7};
    StringBuilder header = new StringBuilder();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int num : inStream) {
      header.append(num).append(' ').append(body.size()).append(' ');
      body.writeBytes(objects.get(num - 1));
      body.writeBytes(ascii("\n"));
    }
    byte[] head = ascii(header.toString());
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(head);
    raw.writeBytes(body.toByteArray());
    byte[] packed = Encoders.flate(raw.toByteArray());
    int objStm = objects.size() + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.size() + 3];
    for (int i = 0; i < objects.size(); i++) {
      int num = i + 1;
      if (num == 5 || num == 7) {
        continue;
      }
      offsets[num] = out.size();
      out.writeBytes(ascii(num + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    offsets[objStm] = out.size();
    out.writeBytes(ascii(objStm + " 0 obj\n<< /Type /ObjStm /N 2 /First " + head.length + " /Length " + packed.length + " /Filter /FlateDecode >>\nstream\n"));
    out.writeBytes(packed);
    out.writeBytes(ascii("\nendstream\nendobj\n"));
    int xrefNum = objStm + 1;
    offsets[xrefNum] = out.size();
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    for (int num = 0; num <= xrefNum; num++) {
      if (num == 0) {
        rows.writeBytes(new byte[] {0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
      } else if (num == 5 || num == 7) {
        int index = num == 5 ? 0 : 1;
        rows.writeBytes(new byte[] {2, 0, 0, (byte) (objStm >> 8), (byte) objStm, (byte) index});
      } else {
        long o = offsets[num];
        rows.writeBytes(new byte[] {1, (byte) (o >> 24), (byte) (o >> 16), (byte) (o >> 8), (byte) o, 0});
      }
    }
    byte[] xrefData = rows.toByteArray();
    out.writeBytes(ascii(xrefNum + " 0 obj\n<< /Type /XRef /Size " + (xrefNum + 1) + " /W [1 4 1] /Root 1 0 R /Length " + xrefData.length + " >>\nstream\n"));
    out.writeBytes(xrefData);
    out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + offsets[xrefNum] + "\n%%EOF\n"));
    return out.toByteArray();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Reference encoders for the filters (written from ISO 32000-1 §7.4, independent of the decoders). */
  static final class Encoders {
    private Encoders() {}

    static byte[] flate(byte[] data) {
      Deflater d = new Deflater();
      d.setInput(data);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      d.end();
      return out.toByteArray();
    }

    /** PNG row filters (one colour, 8 bits), each row with a random filter type. */
    static byte[] png(byte[] data, int columns, Random rnd) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] prior = new byte[columns];
      for (int off = 0; off < data.length; off += columns) {
        byte[] row = new byte[columns];
        System.arraycopy(data, off, row, 0, Math.min(columns, data.length - off));
        int type = rnd.nextInt(5);
        out.write(type);
        for (int k = 0; k < columns; k++) {
          int left = k > 0 ? row[k - 1] & 0xFF : 0;
          int up = prior[k] & 0xFF;
          int upLeft = k > 0 ? prior[k - 1] & 0xFF : 0;
          int pred;
          switch (type) {
            case 1:
              pred = left;
              break;
            case 2:
              pred = up;
              break;
            case 3:
              pred = (left + up) / 2;
              break;
            case 4: {
              int p = left + up - upLeft;
              int pa = Math.abs(p - left);
              int pb = Math.abs(p - up);
              int pc = Math.abs(p - upLeft);
              pred = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
              break;
            }
            default:
              pred = 0;
          }
          out.write((row[k] - pred) & 0xFF);
        }
        prior = row;
      }
      return out.toByteArray();
    }

    static byte[] asciiHex(byte[] data, Random rnd) {
      StringBuilder sb = new StringBuilder();
      for (byte b : data) {
        sb.append(String.format(rnd.nextBoolean() ? "%02x" : "%02X", b & 0xFF));
        if (rnd.nextInt(20) == 0) {
          sb.append('\n');
        }
      }
      return ascii(sb.append('>').toString());
    }

    static byte[] ascii85(byte[] data) {
      StringBuilder sb = new StringBuilder();
      int i = 0;
      while (i < data.length) {
        int n = Math.min(4, data.length - i);
        long v = 0;
        for (int k = 0; k < 4; k++) {
          v = v << 8 | (k < n ? data[i + k] & 0xFF : 0);
        }
        if (v == 0 && n == 4) {
          sb.append('z');
        } else {
          char[] c = new char[5];
          for (int k = 4; k >= 0; k--) {
            c[k] = (char) ('!' + v % 85);
            v /= 85;
          }
          sb.append(c, 0, n + 1);
        }
        i += n;
      }
      return ascii(sb.append("~>").toString());
    }

    static byte[] runLength(byte[] data, Random rnd) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int i = 0;
      while (i < data.length) {
        int run = 1;
        while (i + run < data.length && run < 128 && data[i + run] == data[i]) {
          run++;
        }
        if (run >= 2 && rnd.nextBoolean()) {
          out.write(257 - run);
          out.write(data[i]);
          i += run;
        } else {
          int n = Math.min(1 + rnd.nextInt(20), data.length - i);
          out.write(n - 1);
          out.write(data, i, n);
          i += n;
        }
      }
      out.write(128);
      return out.toByteArray();
    }

    /** LZW with 9-12 bit codes and the early change of PDF's default. */
    static byte[] lzw(byte[] data) {
      java.util.Map<String, Integer> dict = new java.util.HashMap<>();
      for (int k = 0; k < 256; k++) {
        dict.put(String.valueOf((char) k), k);
      }
      int next = 258;
      int width = 9;
      BitWriter w = new BitWriter();
      w.write(256, width);
      String cur = "";
      for (byte x : data) {
        String ext = cur + (char) (x & 0xFF);
        if (dict.containsKey(ext)) {
          cur = ext;
          continue;
        }
        w.write(dict.get(cur), width);
        dict.put(ext, next++);
        // The decoder adds each entry one code later, so its early change comes one code later too.
        if (next >= 1 << width && width < 12) {
          width++;
        }
        if (next >= 4094) {
          w.write(256, width);
          dict.clear();
          for (int k = 0; k < 256; k++) {
            dict.put(String.valueOf((char) k), k);
          }
          next = 258;
          width = 9;
        }
        cur = String.valueOf((char) (x & 0xFF));
      }
      if (!cur.isEmpty()) {
        w.write(dict.get(cur), width);
        if (next + 1 >= 1 << width && width < 12) {
          width++;
        }
      }
      w.write(257, width);
      return w.bytes();
    }

    private static final class BitWriter {
      final ByteArrayOutputStream out = new ByteArrayOutputStream();
      long buf;
      int bits;

      void write(int code, int width) {
        buf = buf << width | code;
        bits += width;
        while (bits >= 8) {
          out.write((int) (buf >>> (bits - 8)) & 0xFF);
          bits -= 8;
        }
      }

      byte[] bytes() {
        if (bits > 0) {
          out.write((int) (buf << (8 - bits)) & 0xFF);
        }
        return out.toByteArray();
      }
    }
  }
}
