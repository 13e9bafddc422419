package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.rules.internal.attachment.AttachmentInspection;

/**
 * Tells an attachment's real type from its bytes: magic numbers, and for containers their
 * structure (the entries of a zip, the directory of an OLE2 compound file), never the file name.
 *
 * <p>A zip is a DOCX only if it holds {@code word/document.xml} and no VBA project; a compound
 * file is a DOC only if its directory has a {@code WordDocument} stream. Text is plain text only
 * if it is valid UTF-8 (or UTF-16 with a byte-order mark) without binary control characters and
 * does not start like HTML, XML, RTF or a script.
 *
 * <p>Stateless and thread-safe. Work is bounded by the default caps of {@link ContentSettings};
 * detection never throws on any bytes.
 */
public final class AttachmentInspector {
  private AttachmentInspector() {}

  /**
   * Detects the type of a file from its bytes.
   *
   * @param content the file's bytes
   * @return the type, {@link AttachmentType#UNKNOWN} when the bytes match no known format
   */
  public static AttachmentType detect(byte[] content) {
    return AttachmentInspection.detect(content);
  }

  /**
   * Detects the type of an attachment: from its bytes when it has them, else from its file name.
   *
   * @param attachment the attachment
   * @return the type
   */
  public static AttachmentType detect(Attachment attachment) {
    return AttachmentInspection.detect(attachment);
  }
}
