package dev.parley.messaging.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP helper for the tests: loopback only. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private Http() {}

  static final class Answer {
    final int status;
    final String contentType;
    final String body;
    final HttpResponse<String> raw;

    Answer(HttpResponse<String> r) {
      this.status = r.statusCode();
      this.contentType = r.headers().firstValue("content-type").orElse("");
      this.body = r.body();
      this.raw = r;
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer get(ParleyServer s, String path) {
    return send(HttpRequest.newBuilder(s.uri().resolve(path)).GET().timeout(Duration.ofSeconds(20)).build());
  }

  static Answer post(ParleyServer s, String path, String json) {
    return post(s, path, json, "application/json");
  }

  static Answer post(ParleyServer s, String path, String body, String type) {
    return send(HttpRequest.newBuilder(s.uri().resolve(path)).header("Content-Type", type).timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  static Answer send(HttpRequest r) {
    try {
      return new Answer(CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes raw bytes on a fresh loopback connection and reads what comes back until the server closes or the timeout passes. */
  static String raw(ParleyServer s, URI ignored, byte[] request, int readTimeoutMillis) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(readTimeoutMillis);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return readAll(socket.getInputStream());
    }
  }

  static String readAll(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    byte[] buf = new byte[4096];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        b.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      }
    } catch (java.net.SocketTimeoutException e) {
      // what arrived so far
    } catch (java.net.SocketException e) {
      // reset by the server: what arrived so far
    }
    return b.toString();
  }
}
