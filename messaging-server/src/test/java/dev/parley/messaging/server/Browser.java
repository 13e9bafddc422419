package dev.parley.messaging.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A small W3C WebDriver client for the browser tests: starts Debian's {@code chromedriver}, opens
 * one headless Chromium session and speaks the handful of commands the tests need (navigate, find,
 * type, click, keys, run a script, screenshot). Written for the tests instead of adding Selenium:
 * see docs/DEPENDENCIES.md. Not thread-safe; one per test class.
 */
final class Browser implements AutoCloseable {
  /** The W3C element reference key. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Process driver;
  private final URI base;
  private final String session;

  private Browser(Process driver, URI base, String session) {
    this.driver = driver;
    this.base = base;
    this.session = session;
  }

  /** {@return Chromium and its driver, when both are installed} */
  static Optional<Path[]> installed() {
    Path chromium = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(System.getenv().getOrDefault("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
      return Optional.of(new Path[] {chromium, driver});
    }
    return Optional.empty();
  }

  static Browser start(Path chromium, Path chromedriver, int width, int height) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        JsonNode status = call("GET", base.resolve("status"), null);
        if (status.path("value").path("ready").asBoolean()) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IOException("chromedriver did not start within 20 s");
      }
      Thread.sleep(100);
    }
    ObjectNode caps = NODES.objectNode();
    ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    ObjectNode chrome = always.putObject("goog:chromeOptions");
    chrome.put("binary", chromium.toString());
    ArrayNode args = chrome.putArray("args");
    for (String a : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--window-size=" + width + "," + height, "--lang=en-US", "--force-device-scale-factor=1")) {
      args.add(a);
    }
    try {
      JsonNode created = call("POST", base.resolve("session"), caps);
      return new Browser(p, base, created.path("value").path("sessionId").asText());
    } catch (IOException | RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static JsonNode call(String method, URI uri, JsonNode body) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
    Http.Answer a;
    try {
      a = Http.send(b.build());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    JsonNode json = a.json();
    if (a.status != 200) {
      throw new IllegalStateException("WebDriver " + method + " " + uri.getPath() + " answered " + a.status + ": "
          + json.path("value").path("message").asText(a.body));
    }
    return json;
  }

  private JsonNode command(String method, String path, JsonNode body) {
    try {
      return call(method, base.resolve("session/" + session + path), body).path("value");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void open(URI url) {
    command("POST", "/url", NODES.objectNode().put("url", url.toString()));
  }

  /** {@return the element id of the first match of a CSS selector} */
  String find(String css) {
    JsonNode v = command("POST", "/element", NODES.objectNode().put("using", "css selector").put("value", css));
    return v.path(ELEMENT).asText();
  }

  void type(String element, String text) {
    command("POST", "/element/" + element + "/value", NODES.objectNode().put("text", text));
  }

  void clear(String element) {
    command("POST", "/element/" + element + "/clear", NODES.objectNode());
  }

  void click(String element) {
    command("POST", "/element/" + element + "/click", NODES.objectNode());
  }

  /** Presses and releases one key (a WebDriver key code such as {@code \uE004} for Tab). */
  void press(String key) {
    ObjectNode body = NODES.objectNode();
    ObjectNode source = body.putArray("actions").addObject();
    source.put("type", "key").put("id", "keyboard");
    ArrayNode acts = source.putArray("actions");
    acts.addObject().put("type", "keyDown").put("value", key);
    acts.addObject().put("type", "keyUp").put("value", key);
    command("POST", "/actions", body);
  }

  /** Runs a script in the page ({@code return ...;}) with JSON arguments; returns its JSON value. */
  JsonNode run(String script, JsonNode... args) {
    ObjectNode body = NODES.objectNode().put("script", script);
    ArrayNode a = body.putArray("args");
    for (JsonNode n : args) {
      a.add(n);
    }
    return command("POST", "/execute/sync", body);
  }

  /** Waits until a script returns true, up to the timeout. */
  void await(String what, String script, Duration timeout) {
    waitUntil(what, () -> run(script).asBoolean(), timeout);
  }

  static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }

  byte[] screenshot() {
    return Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
  }

  @Override
  public void close() {
    try {
      command("DELETE", "", null);
    } catch (RuntimeException e) {
      // the driver is stopped below either way
    } finally {
      driver.destroy();
      try {
        driver.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
