package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.web.WebAssets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The static pages over HTTP: types, security headers, ETags, methods, and no way out of the table. */
class WebPagesTest {
  private static ParleyServer server;

  @BeforeAll
  static void start() {
    server = ParleyServer.start(ServerConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyFileIsServedWithItsTypeAndTheSelfOnlyPolicy() {
    for (String name : WebAssets.names()) {
      Http.Answer a = Http.get(server, name);
      assertThat(a.status).as(name).isEqualTo(200);
      assertThat(a.contentType).as(name).isEqualTo(WebPages.contentType(name));
      assertThat(a.raw.headers().firstValue("content-security-policy")).hasValue(WebPages.CONTENT_SECURITY_POLICY);
      assertThat(a.raw.headers().firstValue("x-content-type-options")).hasValue("nosniff");
      assertThat(a.body.getBytes(StandardCharsets.UTF_8)).as(name).isEqualTo(WebAssets.read(name).orElseThrow());
    }
    assertThat(WebPages.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
        .doesNotContain("unsafe", "http:", "https:", "*");
    Http.Answer root = Http.get(server, "");
    assertThat(root.status).isEqualTo(200);
    assertThat(root.body).isEqualTo(Http.get(server, "index.html").body);
  }

  @Test
  void thePagesLoadNothingFromElsewhereAndRunNoInlineScript() {
    Pattern external = Pattern.compile("(?:src|href)\\s*=\\s*\"(?!https://github\\.com/parley-dev/)[a-z]+:", Pattern.CASE_INSENSITIVE);
    Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    for (String name : WebAssets.names()) {
      String text = new String(WebAssets.read(name).orElseThrow(), StandardCharsets.UTF_8);
      Matcher m = external.matcher(text);
      assertThat(m.find()).as("%s loads from another origin: %s", name, m.find(0) ? m.group() : "").isFalse();
      if (name.endsWith(".html")) {
        assertThat(inline.matcher(text).find()).as("%s has inline script or style", name).isFalse();
      }
      if (name.endsWith(".js")) {
        assertThat(text).as(name).doesNotContain("innerHTML", "eval(", "new Function", "XMLHttpRequest", "sendBeacon");
      }
    }
  }

  @Test
  void aMatchingEtagGets304AndHeadGetsNoBody() {
    Http.Answer a = Http.get(server, "parley.css");
    String etag = a.raw.headers().firstValue("etag").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(a.raw.headers().firstValue("cache-control")).hasValue("no-cache");
    Http.Answer again = Http.send(HttpRequest.newBuilder(server.uri().resolve("parley.css")).header("If-None-Match", etag)
        .timeout(Duration.ofSeconds(10)).GET().build());
    assertThat(again.status).isEqualTo(304);
    assertThat(again.body).isEmpty();
    Http.Answer other = Http.send(HttpRequest.newBuilder(server.uri().resolve("parley.css")).header("If-None-Match", "\"other\"")
        .timeout(Duration.ofSeconds(10)).GET().build());
    assertThat(other.status).isEqualTo(200);
    Http.Answer head = Http.send(HttpRequest.newBuilder(server.uri().resolve("index.html")).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10)).build());
    assertThat(head.status).isEqualTo(200);
    assertThat(head.body).isEmpty();
    assertThat(Http.get(server, "index.html").raw.headers().firstValue("etag")).isNotEqualTo(etag);
  }

  @Test
  void otherMethodsAreRefused() {
    Http.Answer post = Http.post(server, "index.html", "{}");
    assertThat(post.status).isEqualTo(405);
    assertThat(post.raw.headers().firstValue("allow")).hasValue("GET, HEAD");
    assertThat(post.contentType).startsWith("application/problem+json");
  }

  @Test
  void nothingOutsideThePagesCanBeReached() throws IOException {
    for (String path : new String[] {"parley-web/index.html", "samples/", "samples", "index.htm", "INDEX.HTML", "dev/parley/messaging/web/WebAssets.class",
        "module-info.class", "index.html/", "./index.html.bak", "v1", "openapi.json/../pom.xml"}) {
      Http.Answer a = Http.get(server, path);
      assertThat(a.status).as(path).isIn(400, 404);
    }
    for (String raw : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/samples/..%2f..%2fpom.xml", "/..%5c..%5cpom.xml", "/%2e%2e%2fparley-web/index.html",
        "/samples/%00threads.jsonl", "//etc/passwd"}) {
      String answer = Http.raw(server, URI.create("/"), ("GET " + raw + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII), 5000);
      assertThat(answer).as(raw).matches("(?s)HTTP/1\\.1 (400|404) .*");
    }
    assertThat(WebAssets.read("../pom.xml")).isEmpty();
    assertThat(WebAssets.read("/index.html")).isEmpty();
    assertThat(WebAssets.read("samples/../index.html")).isEmpty();
  }
}
