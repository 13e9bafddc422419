package dev.parley.messaging.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The service's OpenAPI 3.1 document, shipped as a resource (docs/openapi.json is the same file). */
final class OpenApi {
  static final String RESOURCE = "/dev/parley/messaging/server/openapi.json";

  private OpenApi() {}

  static byte[] document() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
