package dev.parley.messaging.json.spapi;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The Uploads API metadata for sending an attachment with a message: the {@code resource}
 * ({@code messaging/v1/orders/{amazonOrderId}/messages/{type}}), {@code contentMD5} (the base64
 * of the raw 16-byte MD5 digest of the file, not of its hex form), {@code contentType} and {@code
 * marketplaceIds} of {@code createUploadDestinationForResource}. Stateless and thread-safe.
 */
public final class SpApiUploads {
  private SpApiUploads() {}

  /**
   * The upload metadata of one attachment.
   *
   * @param attachment the file, with its bytes
   * @param order the order the message is about
   * @param type the message type it is attached to
   * @return the metadata
   * @throws SpApiRefusal if the attachment has no bytes or the type takes no attachments
   */
  public static UploadMetadata metadata(Attachment attachment, Order order, MessageType type) {
    Objects.requireNonNull(attachment, "attachment");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(type, "type");
    if (!type.isSpApi() || type.isRetired() || type == MessageType.REVIEW_REQUEST || type.maxAttachments() == 0) {
      throw new SpApiRefusal("type " + type + " takes no attachments through the SP-API");
    }
    ByteBuffer content = attachment.content()
        .orElseThrow(() -> new SpApiRefusal("attachment " + attachment.fileName() + " has no content: its MD5 needs the bytes"));
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
    md5.update(content);
    String contentMd5 = Base64.getEncoder().encodeToString(md5.digest());
    String resource = "messaging/v1/orders/" + order.id() + "/messages/" + SpApiRequests.pathSegment(type);
    String contentType = attachment.declaredMediaType().orElse(guess(attachment.extension()));
    return new UploadMetadata(resource, contentMd5, contentType, order.marketplace().marketplaceId(), attachment.fileName(),
        attachment.sizeBytes());
  }

  private static String guess(String extension) {
    switch (extension.toLowerCase(Locale.ROOT)) {
      case "pdf":
        return "application/pdf";
      case "jpg":
      case "jpeg":
        return "image/jpeg";
      case "png":
        return "image/png";
      case "gif":
        return "image/gif";
      case "txt":
        return "text/plain";
      case "doc":
        return "application/msword";
      case "docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      default:
        return "application/octet-stream";
    }
  }

  /** The metadata of one upload. Immutable and thread-safe. */
  public static final class UploadMetadata {
    private final String resource;
    private final String contentMd5;
    private final String contentType;
    private final String marketplaceId;
    private final String fileName;
    private final long sizeBytes;

    UploadMetadata(String resource, String contentMd5, String contentType, String marketplaceId, String fileName, long sizeBytes) {
      this.resource = resource;
      this.contentMd5 = contentMd5;
      this.contentType = contentType;
      this.marketplaceId = marketplaceId;
      this.fileName = fileName;
      this.sizeBytes = sizeBytes;
    }

    /** {@return the upload resource, such as {@code messaging/v1/orders/123-1234567-1234567/messages/invoice}} */
    public String resource() {
      return resource;
    }

    /** {@return the base64 of the raw MD5 digest of the file} */
    public String contentMd5() {
      return contentMd5;
    }

    /** {@return the media type: the declared one, else guessed from the extension} */
    public String contentType() {
      return contentType;
    }

    /** {@return the marketplace id} */
    public String marketplaceId() {
      return marketplaceId;
    }

    /** {@return the file name the message will show} */
    public String fileName() {
      return fileName;
    }

    /** {@return the file size in bytes} */
    public long sizeBytes() {
      return sizeBytes;
    }

    /** {@return the {@code createUploadDestinationForResource} path with its query, URL-encoded} */
    public String path() {
      return "/uploads/2020-11-01/uploadDestinations/" + resource + "?marketplaceIds=" + enc(marketplaceId) + "&contentMD5=" + enc(contentMd5)
          + "&contentType=" + enc(contentType);
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "UploadMetadata{resource=" + resource + ", contentMD5=" + contentMd5 + ", contentType=" + contentType + "}";
    }
  }
}
