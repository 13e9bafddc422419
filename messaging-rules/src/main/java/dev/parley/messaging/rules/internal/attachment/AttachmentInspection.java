package dev.parley.messaging.rules.internal.attachment;

import dev.parley.messaging.rules.content.AttachmentType;
import dev.parley.messaging.rules.content.ContentSettings;


import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.internal.files.Bytes;
import dev.parley.messaging.rules.internal.files.CfbDirectory;
import dev.parley.messaging.rules.internal.files.Extraction;
import dev.parley.messaging.rules.internal.files.InspectionBudget;
import dev.parley.messaging.rules.internal.files.OfficeText;
import dev.parley.messaging.rules.internal.files.PdfScanner;
import dev.parley.messaging.rules.internal.files.ZipDirectory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells an attachment's real type from its bytes: magic numbers, and for containers their
 * structure (the entries of a zip, the directory of an OLE2 compound file), never the file name.
 *
 * <p>A zip is a DOCX only if it holds {@code word/document.xml} and no VBA project; a compound
 * file is a DOC only if its directory has a {@code WordDocument} stream (an MSI installer or an
 * Excel workbook shares the container but not the stream). Text is plain text only if it is valid
 * UTF-8 (or UTF-16 with a byte-order mark) without binary control characters and does not start
 * like HTML, XML, RTF or a script.
 *
 * <p>Stateless and thread-safe. Work is bounded by the default caps of {@link ContentSettings};
 * detection never throws on any bytes.
 */
public final class AttachmentInspection {
  private AttachmentInspection() {}

  /**
   * Detects the type of a file from its bytes.
   *
   * @param content the file's bytes
   * @return the type; UNKNOWN for anything not recognised
   * @throws NullPointerException if content is null
   */
  public static AttachmentType detect(byte[] content) {
    Objects.requireNonNull(content, "content");
    return sniff(content, budget(ContentSettings.defaults())).type;
  }

  /**
   * Detects an attachment's type: from its bytes when they are given, else from its extension.
   *
   * @param attachment the attachment
   * @return the type
   * @throws NullPointerException if attachment is null
   */
  public static AttachmentType detect(Attachment attachment) {
    Objects.requireNonNull(attachment, "attachment");
    if (!attachment.hasContent()) {
      return AttachmentType.fromExtension(attachment.extension());
    }
    return detect(bytes(attachment));
  }

  public static InspectionBudget budget(ContentSettings s) {
    return new InspectionBudget(s.maxInspectedBytes(), s.maxArchiveEntries(), s.maxNestingDepth(), s.maxPdfObjects(), s.maxInspectionSteps());
  }

  public static byte[] bytes(Attachment a) {
    ByteBuffer b = a.content().orElseThrow();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  /** Detects the type and reads the text and links of an attachment that has bytes. */
  public static AttachmentScan inspect(Attachment a, ContentSettings settings) {
    byte[] b = bytes(a);
    InspectionBudget budget = budget(settings);
    Sniffed s = sniff(b, budget);
    Extraction x = new Extraction(settings.maxInspectedBytes());
    try {
      switch (s.type) {
        case TEXT:
          x.text(decode(b, s.charset));
          break;
        case DOCX:
        case WORD_WITH_MACROS:
          if (s.zip != null) {
            OfficeText.extractDocx(s.zip, budget, x);
          }
          break;
        case PDF:
          PdfScanner.scan(b, budget, x);
          break;
        default:
          break;
      }
    } catch (RuntimeException e) {
      // A reader bug must not escape a check; the attachment is reported as not fully inspected.
      x.incomplete("an unreadable structure (" + e.getClass().getSimpleName() + ")");
    }
    if (budget.exhausted()) {
      x.incomplete(budget.exhaustedBy());
    }
    return new AttachmentScan(s.type, x, s.macros);
  }

  private static String decode(byte[] b, Charset cs) {
    int skip = cs == StandardCharsets.UTF_8 && hasUtf8Bom(b) ? 3 : 0;
    if (cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) {
      skip = 2;
    }
    return new String(b, skip, b.length - skip, cs);
  }

  /** The result of sniffing: the type, and what was learnt on the way. */
  public static final class Sniffed {
    final AttachmentType type;
    final ZipDirectory zip;
    final Charset charset;
    final boolean macros;

    Sniffed(AttachmentType type, ZipDirectory zip, Charset charset, boolean macros) {
      this.type = type;
      this.zip = zip;
      this.charset = charset;
      this.macros = macros;
    }

    static Sniffed of(AttachmentType t) {
      return new Sniffed(t, null, null, false);
    }
  }

  public static Sniffed sniff(byte[] b, InspectionBudget budget) {
    try {
      return sniffUnchecked(b, budget);
    } catch (RuntimeException e) {
      // Sniffing reads untrusted structures; an unexpected shape means "unknown", never a crash.
      return Sniffed.of(AttachmentType.UNKNOWN);
    }
  }

  private static Sniffed sniffUnchecked(byte[] b, InspectionBudget budget) {
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6 || b[2] == 7 && b[3] == 8)) {
      return zip(b, budget);
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return compound(b, budget);
    }
    if (pdfHeader(b)) {
      return Sniffed.of(AttachmentType.PDF);
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Sniffed.of(AttachmentType.PNG);
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Sniffed.of(AttachmentType.JPEG);
    }
    if (Bytes.startsWith(b, 0, "GIF87a") || Bytes.startsWith(b, 0, "GIF89a")) {
      return Sniffed.of(AttachmentType.GIF);
    }
    if (bmp(b)) {
      return Sniffed.of(AttachmentType.BMP);
    }
    if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A) || startsWith(b, 'I', 'I', 0x2B, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2B)) {
      return Sniffed.of(AttachmentType.TIFF);
    }
    if (Bytes.startsWith(b, 0, "RIFF") && Bytes.startsWith(b, 8, "WEBP")) {
      return Sniffed.of(AttachmentType.WEBP);
    }
    if (Bytes.startsWith(b, 4, "ftyp")) {
      return Sniffed.of(heif(b) ? AttachmentType.HEIF : AttachmentType.UNKNOWN);
    }
    if (Bytes.startsWith(b, 0, "MZ") || startsWith(b, 0x7F, 'E', 'L', 'F') || Bytes.startsWith(b, 0, "dex\n")
        || startsWith(b, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)
        || startsWith(b, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)
        || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return Sniffed.of(AttachmentType.EXECUTABLE);
    }
    if (Bytes.startsWith(b, 0, "Rar!\u001a\u0007") || startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
        || startsWith(b, 0x1F, 0x8B) || Bytes.startsWith(b, 0, "BZh") && b.length > 3 && b[3] >= '1' && b[3] <= '9'
        || startsWith(b, 0xFD, '7', 'z', 'X', 'Z', 0x00) || Bytes.startsWith(b, 0, "MSCF")
        || Bytes.startsWith(b, 257, "ustar") || startsWith(b, 0x28, 0xB5, 0x2F, 0xFD) || startsWith(b, 0x1F, 0x9D)) {
      return Sniffed.of(AttachmentType.ARCHIVE);
    }
    if (Bytes.startsWith(b, 0, "{\\rtf")) {
      return Sniffed.of(AttachmentType.RTF);
    }
    return text(b, budget);
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean pdfHeader(byte[] b) {
    return Bytes.indexOf(b, "%PDF-", 0, 1024) >= 0;
  }

  private static boolean bmp(byte[] b) {
    if (!Bytes.startsWith(b, 0, "BM") || b.length < 26) {
      return false;
    }
    long dib = Bytes.u32(b, 14);
    boolean reservedZero = Bytes.u32(b, 6) == 0;
    return reservedZero && (dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124);
  }

  private static boolean heif(byte[] b) {
    int end = Math.min(b.length, 64);
    for (int i = 8; i + 4 <= end; i += 4) {
      String brand = new String(b, i, 4, StandardCharsets.ISO_8859_1);
      switch (brand) {
        case "heic":
        case "heix":
        case "hevc":
        case "hevx":
        case "heim":
        case "heis":
        case "mif1":
        case "msf1":
        case "avif":
        case "avis":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static Sniffed zip(byte[] b, InspectionBudget budget) {
    ZipDirectory zip = ZipDirectory.read(b, budget);
    boolean document = false;
    boolean macros = false;
    boolean spreadsheet = false;
    boolean presentation = false;
    boolean manifest = false;
    boolean dex = false;
    ZipDirectory.Entry mimetype = null;
    ZipDirectory.Entry contentTypes = null;
    for (ZipDirectory.Entry e : zip.entries()) {
      String n = e.name;
      String lower = n.toLowerCase(Locale.ROOT);
      if (n.equals("word/document.xml")) {
        document = true;
      } else if (n.startsWith("xl/")) {
        spreadsheet = true;
      } else if (n.startsWith("ppt/")) {
        presentation = true;
      } else if (n.equals("mimetype")) {
        mimetype = e;
      } else if (n.equals("[Content_Types].xml")) {
        contentTypes = e;
      } else if (lower.equals("meta-inf/manifest.mf")) {
        manifest = true;
      } else if (n.equals("classes.dex")) {
        dex = true;
      }
      if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
        macros = true;
      }
    }
    if (document && contentTypes != null && !macros) {
      Bytes.Inflated ct = zip.read(contentTypes, budget);
      if (ct != null) {
        String s = new String(ct.data, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        macros = s.contains("macroenabled") || s.contains("vbaproject");
      }
    }
    if (document) {
      return new Sniffed(macros ? AttachmentType.WORD_WITH_MACROS : AttachmentType.DOCX, zip, null, macros);
    }
    if (spreadsheet) {
      return Sniffed.of(AttachmentType.SPREADSHEET);
    }
    if (presentation) {
      return Sniffed.of(AttachmentType.PRESENTATION);
    }
    if (mimetype != null) {
      Bytes.Inflated m = zip.read(mimetype, budget);
      if (m != null && new String(m.data, StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument")) {
        return Sniffed.of(AttachmentType.OPEN_DOCUMENT);
      }
    }
    if (manifest || dex) {
      return Sniffed.of(AttachmentType.JAVA_ARCHIVE);
    }
    return Sniffed.of(AttachmentType.ARCHIVE);
  }

  private static Sniffed compound(byte[] b, InspectionBudget budget) {
    CfbDirectory dir = CfbDirectory.read(b, budget);
    boolean vba = dir.has("Macros") || dir.has("_VBA_PROJECT_CUR") || dir.has("_VBA_PROJECT") || dir.has("VBA");
    if (dir.has("WordDocument")) {
      return new Sniffed(vba ? AttachmentType.WORD_WITH_MACROS : AttachmentType.DOC, null, null, vba);
    }
    if (dir.has("Workbook") || dir.has("Book")) {
      return Sniffed.of(AttachmentType.SPREADSHEET);
    }
    if (dir.has("PowerPoint Document")) {
      return Sniffed.of(AttachmentType.PRESENTATION);
    }
    if (dir.installerClassId() || msiNames(dir)) {
      return Sniffed.of(AttachmentType.INSTALLER);
    }
    return Sniffed.of(AttachmentType.COMPOUND_FILE);
  }

  /** MSI databases store table names in a compressed alphabet above U+3800. */
  private static boolean msiNames(CfbDirectory dir) {
    for (String n : dir.names()) {
      if (!n.isEmpty() && n.charAt(0) >= 0x3800 && n.charAt(0) <= 0x4840) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return startsWith(b, 0xEF, 0xBB, 0xBF);
  }

  private static Sniffed text(byte[] b, InspectionBudget budget) {
    Charset cs;
    int skip;
    if (hasUtf8Bom(b)) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(b, 0xFF, 0xFE) && !startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(b, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      cs = StandardCharsets.UTF_8;
      skip = 0;
    }
    budget.spend(b.length);
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars;
    try {
      chars = dec.decode(ByteBuffer.wrap(b, skip, b.length - skip));
    } catch (CharacterCodingException e) {
      return Sniffed.of(AttachmentType.UNKNOWN);
    }
    int controls = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c == 0) {
        return Sniffed.of(AttachmentType.UNKNOWN);
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B || c == 0x7F) {
        controls++;
      }
    }
    if (controls * 100L > Math.max(1, chars.length())) {
      return Sniffed.of(AttachmentType.UNKNOWN);
    }
    AttachmentType markup = markup(chars);
    return new Sniffed(markup, null, cs, false);
  }

  private static AttachmentType markup(CharSequence chars) {
    int i = 0;
    int n = chars.length();
    while (i < n && (Character.isWhitespace(chars.charAt(i)) || chars.charAt(i) == '\uFEFF')) {
      i++;
    }
    String head = chars.subSequence(i, Math.min(n, i + 512)).toString().toLowerCase(Locale.ROOT);
    if (head.startsWith("{\\rtf")) {
      return AttachmentType.RTF;
    }
    if (head.startsWith("#!") || head.startsWith("@echo off") || head.startsWith("<job") || head.startsWith("<package")) {
      return AttachmentType.SCRIPT;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")
        || head.startsWith("<script") || head.startsWith("<iframe") || head.startsWith("<svg") || head.startsWith("<meta")
        || head.startsWith("<?xml") && (head.contains("<svg") || head.contains("<html"))) {
      return AttachmentType.HTML;
    }
    if (head.startsWith("<?xml")) {
      return AttachmentType.XML;
    }
    return AttachmentType.TEXT;
  }
}
