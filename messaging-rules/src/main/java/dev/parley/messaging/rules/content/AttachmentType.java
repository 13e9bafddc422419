package dev.parley.messaging.rules.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The real type of an attachment, as {@link AttachmentInspector} tells it from the bytes (or, for
 * an attachment known only by name, from its extension).
 *
 * <p>Each type names the extensions it is usually saved under. A type is allowed when one of its
 * extensions is in {@link ContentSettings#allowedAttachmentExtensions()}; with the defaults that
 * is PDF, PNG, JPEG, GIF, BMP, TIFF, plain text, DOC and DOCX (RULES.md §2 attachment.type).
 */
public enum AttachmentType {
  /** A PDF document. */
  PDF("PDF document", "pdf"),
  /** A PNG image. */
  PNG("PNG image", "png"),
  /** A JPEG image. */
  JPEG("JPEG image", "jpg", "jpeg", "jpe", "jfif"),
  /** A GIF image. */
  GIF("GIF image", "gif"),
  /** A Windows bitmap. */
  BMP("BMP image", "bmp", "dib"),
  /** A TIFF image. */
  TIFF("TIFF image", "tif", "tiff"),
  /** Plain text: valid UTF-8 or ASCII, or UTF-16 with a byte-order mark. */
  TEXT("plain text file", "txt", "text"),
  /** A Word 97-2003 document (compound file with a WordDocument stream) without macros. */
  DOC("Word 97-2003 document", "doc"),
  /** A Word document (Office Open XML) without macros. */
  DOCX("Word document", "docx"),
  /** A Word document that carries VBA macros (.docm, or a .doc or .docx with a VBA project). */
  WORD_WITH_MACROS("macro-enabled Word document", "docm", "dotm"),
  /** An RTF document. */
  RTF("RTF document", "rtf"),
  /** An OpenDocument file (text, spreadsheet, presentation). */
  OPEN_DOCUMENT("OpenDocument file", "odt", "ods", "odp", "odg"),
  /** An Excel workbook (binary or Office Open XML, with or without macros). */
  SPREADSHEET("spreadsheet", "xls", "xlsx", "xlsm", "xlsb", "xlt", "xltx"),
  /** A PowerPoint presentation. */
  PRESENTATION("presentation", "ppt", "pptx", "pptm", "pps", "ppsx"),
  /** Another compound (OLE2) file, such as an Outlook message. */
  COMPOUND_FILE("compound (OLE2) file", "msg", "pub", "vsd"),
  /** A Windows Installer package. */
  INSTALLER("Windows installer package", "msi", "msp", "msm"),
  /** An executable program (Windows PE, ELF, Mach-O, Java class, Android dex). */
  EXECUTABLE("executable program", "exe", "dll", "com", "scr", "sys", "cpl", "elf", "so", "dylib", "class", "dex", "bin", "run", "app"),
  /** A Java or Android archive. */
  JAVA_ARCHIVE("Java archive", "jar", "war", "ear", "apk"),
  /** An archive or compressed file (zip, rar, 7z, gzip, bzip2, xz, tar, cab). */
  ARCHIVE("archive", "zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "cab", "z", "lz", "zst"),
  /** A script (text starting with #!, batch, PowerShell, JavaScript, VBScript ...). */
  SCRIPT("script", "sh", "bash", "bat", "cmd", "ps1", "psm1", "js", "jse", "vbs", "vbe", "wsf", "py", "pl", "rb", "php", "lnk"),
  /** An HTML or SVG document. */
  HTML("HTML document", "html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "hta"),
  /** An XML document. */
  XML("XML document", "xml", "xsl", "xslt"),
  /** A WebP image. */
  WEBP("WebP image", "webp"),
  /** A HEIF, HEIC or AVIF image. */
  HEIF("HEIF/HEIC image", "heic", "heif", "avif"),
  /** Anything else. */
  UNKNOWN("file of unknown type");

  private final String label;
  private final List<String> extensions;

  AttachmentType(String label, String... extensions) {
    this.label = label;
    this.extensions = List.of(extensions);
  }

  /** {@return a short English description, such as "PDF document"} */
  public String label() {
    return label;
  }

  /** {@return the lower-case extensions files of this type usually have; empty for UNKNOWN} */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * {@return true if one of this type's extensions is in the allowed set}
   *
   * @param allowedExtensions lower-case extensions, such as {@link
   *     ContentSettings#allowedAttachmentExtensions()}
   */
  public boolean allowedBy(Set<String> allowedExtensions) {
    for (String e : extensions) {
      if (allowedExtensions.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /** {@return true if the default settings allow this type} */
  public boolean allowed() {
    return allowedBy(ContentSettings.defaults().allowedAttachmentExtensions());
  }

  /**
   * {@return the type a file name's extension claims, or UNKNOWN}
   *
   * @param extension an extension without the dot, any case
   */
  public static AttachmentType fromExtension(String extension) {
    String e = extension.toLowerCase(Locale.ROOT);
    for (AttachmentType t : values()) {
      if (t.extensions.contains(e)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
