package dev.parley.messaging.core;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a message: its name, size, optional declared media type and, when the caller
 * has them, its bytes.
 *
 * <p>The bytes are copied on the way in and never handed out as a mutable array: {@link
 * #content()} returns a read-only view. When bytes are given, the size must equal their length.
 * Immutable and thread-safe.
 */
public final class Attachment {
  private final String fileName;
  private final long sizeBytes;
  private final String declaredMediaType;
  private final byte[] content;

  private Attachment(String fileName, long sizeBytes, String declaredMediaType, byte[] content) {
    Checks.notBlank("fileName", fileName);
    Checks.check(
        fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0 && fileName.indexOf('\0') < 0,
        "fileName",
        fileName,
        "a bare file name without path separators or NUL");
    Checks.check(sizeBytes >= 0, "sizeBytes", sizeBytes, "a size of 0 bytes or more");
    if (content != null) {
      Checks.check(
          content.length == sizeBytes,
          "sizeBytes",
          sizeBytes,
          "the length of the content (" + content.length + " bytes)");
    }
    if (declaredMediaType != null) {
      Checks.check(
          declaredMediaType.indexOf('/') > 0, "declaredMediaType", declaredMediaType, "a media type such as application/pdf");
    }
    this.fileName = fileName;
    this.sizeBytes = sizeBytes;
    this.declaredMediaType = declaredMediaType == null ? null : declaredMediaType.strip().toLowerCase(Locale.ROOT);
    this.content = content;
  }

  /**
   * Describes an attachment known only by name and size.
   *
   * @param fileName the file name, without a path
   * @param sizeBytes the size, 0 or more
   * @return the attachment
   * @throws IllegalArgumentException if the name is blank or holds a path, or the size is negative
   */
  public static Attachment of(String fileName, long sizeBytes) {
    return new Attachment(fileName, sizeBytes, null, null);
  }

  /**
   * Creates an attachment with its bytes, which are copied.
   *
   * @param fileName the file name, without a path
   * @param content the file's bytes
   * @return the attachment, whose size is the content's length
   * @throws IllegalArgumentException if the name is blank or holds a path
   */
  public static Attachment withContent(String fileName, byte[] content) {
    Checks.notNull("content", content);
    return new Attachment(fileName, content.length, null, content.clone());
  }

  /**
   * {@return a copy of this attachment that declares a media type}
   *
   * @param mediaType such as {@code application/pdf}
   * @throws IllegalArgumentException if it is not of the form type/subtype
   */
  public Attachment withDeclaredMediaType(String mediaType) {
    Checks.notNull("declaredMediaType", mediaType);
    return new Attachment(fileName, sizeBytes, mediaType, content);
  }

  /** {@return the file name} */
  public String fileName() {
    return fileName;
  }

  /** {@return the lower-case extension after the last dot, or empty when there is none} */
  public String extension() {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** {@return the size in bytes} */
  public long sizeBytes() {
    return sizeBytes;
  }

  /** {@return the media type the sender declared, in lower case} */
  public Optional<String> declaredMediaType() {
    return Optional.ofNullable(declaredMediaType);
  }

  /** {@return true if the bytes are known} */
  public boolean hasContent() {
    return content != null;
  }

  /** {@return a read-only view of the bytes, positioned at 0, when known} */
  public Optional<ByteBuffer> content() {
    return content == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(content).asReadOnlyBuffer());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Attachment)) {
      return false;
    }
    Attachment a = (Attachment) o;
    return fileName.equals(a.fileName)
        && sizeBytes == a.sizeBytes
        && Objects.equals(declaredMediaType, a.declaredMediaType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, sizeBytes, declaredMediaType) * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "Attachment{fileName=" + fileName + ", sizeBytes=" + sizeBytes
        + (declaredMediaType == null ? "" : ", declaredMediaType=" + declaredMediaType)
        + (content == null ? "" : ", content=" + content.length + " bytes") + "}";
  }
}
