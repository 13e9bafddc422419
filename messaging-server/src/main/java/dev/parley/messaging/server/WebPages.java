package dev.parley.messaging.server;

import dev.parley.messaging.web.WebAssets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the browser pages of {@code messaging-web}: the playground at {@code /}, the rule
 * catalog, the dashboard, their scripts, styles and sample threads. Every file is read and
 * hashed once at start; a request path is looked up in that fixed table and never turned into a
 * file path, so nothing outside it can be reached. Each answer carries its content type, a strong
 * ETag (a conditional request gets 304), and a Content-Security-Policy that allows scripts,
 * styles, images and requests from the service's own origin only. Immutable and thread-safe.
 */
final class WebPages {
  /** Only the service's own origin; no inline script or style, no frames, no plugins. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Map<String, Page> pages;

  private record Page(String type, byte[] body, String etag) {}

  WebPages() {
    Map<String, Page> byPath = new HashMap<>();
    for (String name : WebAssets.names()) {
      byte[] body = WebAssets.read(name).orElseThrow();
      byPath.put("/" + name, new Page(contentType(name), body, etag(body)));
    }
    byPath.put("/", byPath.get("/index.html"));
    this.pages = Map.copyOf(byPath);
  }

  /** {@return the content type of a file by its extension} */
  static String contentType(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    switch (ext) {
      case "html":
        return "text/html; charset=utf-8";
      case "css":
        return "text/css; charset=utf-8";
      case "js":
        return "text/javascript; charset=utf-8";
      case "jsonl":
        return "application/x-ndjson; charset=utf-8";
      default:
        throw new IllegalArgumentException("name has an extension the pages do not use: " + name);
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Answers a GET or HEAD of one of the files.
   *
   * @return false when the path is not one of the files (nothing was sent)
   */
  boolean serve(Request request, Response response, Callback callback, String path) throws Problem {
    Page page = pages.get(path);
    if (page == null) {
      return false;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new Problem(405, "method-not-allowed", "Method not allowed", method + " is not allowed here; use GET", "GET, HEAD");
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.type());
    response.getHeaders().put(HttpHeader.ETAG, page.etag());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    if (matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), page.etag())) {
      response.setStatus(304);
      response.write(true, ByteBuffer.allocate(0), callback);
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.body().length);
    response.write(true, method.equals("HEAD") ? ByteBuffer.allocate(0) : ByteBuffer.wrap(page.body()), callback);
    return true;
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
