package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults a real client causes, on the loopback address: each is answered or closed cleanly and the
 * server keeps serving.
 */
class ServerFaultTest {
  private static final String GOOD = ParleyServerTest.GOOD;
  private ParleyServer server;

  @BeforeEach
  void start() {
    server = ParleyServer.start(ServerConfig.builder().port(0).maxBodyBytes(8 * 1024).readTimeout(Duration.ofMillis(800))
        .stopTimeout(Duration.ofSeconds(5)).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void stillServing() {
    assertThat(Http.get(server, "/healthz").status).isEqualTo(200);
    assertThat(Http.post(server, "/v1/check", GOOD).status).isEqualTo(200);
  }

  private static byte[] head(String path, long contentLength, boolean chunked) {
    String h = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n") + "\r\n";
    return h.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void malformedJsonGetsA400AndTheConnectionStaysUsable() throws IOException {
    byte[] body = "{\"body\": [".getBytes(StandardCharsets.UTF_8);
    String answer = Http.raw(server, null, concat(head("/v1/check", body.length, false), body), 2000);
    assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("not valid JSON");
    stillServing();
  }

  @Test
  void anOversizedDeclaredBodyGets413WithoutBeingRead() throws IOException {
    String answer = Http.raw(server, null, head("/v1/check", 50_000_000, false), 3000);
    assertThat(answer).startsWith("HTTP/1.1 413").contains("urn:parley:problem:too-large");
    stillServing();
  }

  @Test
  void anOversizedChunkedBodyGets413() throws IOException {
    StringBuilder chunks = new StringBuilder();
    chunks.append("9\r\n{\"body\":\"\r\n");
    String piece = "a".repeat(4000);
    for (int i = 0; i < 4; i++) {
      chunks.append(Integer.toHexString(piece.length())).append("\r\n").append(piece).append("\r\n");
    }
    chunks.append("0\r\n\r\n");
    String answer = Http.raw(server, null, concat(head("/v1/check", 0, true), chunks.toString().getBytes(StandardCharsets.US_ASCII)), 3000);
    assertThat(answer).startsWith("HTTP/1.1 413");
    stillServing();
  }

  @Test
  void aClientThatStallsMidBodyIsAnsweredOrClosedAfterTheReadTimeout() throws Exception {
    long started = System.nanoTime();
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(head("/v1/check", 200, false));
      out.write("{\"body\":\"sl".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = Http.readAll(s.getInputStream());
      // Either a 408 problem or a closed connection; never a hang.
      assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 408")).as(answer).isTrue();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
    stillServing();
  }

  @Test
  void aClientThatTricklesPastTheDeadlineGets408() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
      out.write(head("/v1/check", body.length, false));
      out.flush();
      // one byte every 150 ms: each read is within the idle timeout, the whole body is not within the read timeout
      String answer = "";
      InputStream in = s.getInputStream();
      for (int i = 0; i < body.length; i++) {
        try {
          out.write(body[i]);
          out.flush();
        } catch (IOException closed) {
          break;
        }
        Thread.sleep(150);
        if (in.available() > 0) {
          break;
        }
      }
      answer = Http.readAll(in);
      assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 408")).as(answer).isTrue();
    }
    stillServing();
  }

  @Test
  void aClientThatDisconnectsMidRequestLeavesTheServerServing() throws Exception {
    for (int i = 0; i < 20; i++) {
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        OutputStream out = s.getOutputStream();
        out.write(head("/v1/check", 5000, false));
        out.write("{\"body\":\"half".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.getOutputStream().write("POST /v1/check HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII));
      }
    }
    stillServing();
  }

  @Test
  void gracefulShutdownFinishesTheRequestInFlightAndThenRefuses() throws Exception {
    byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
    int port = server.port();
    Socket s = new Socket("127.0.0.1", port);
    s.setSoTimeout(10_000);
    OutputStream out = s.getOutputStream();
    out.write(head("/v1/check", body.length, false));
    out.write(body, 0, 10);
    out.flush();
    Thread.sleep(100);
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    Thread.sleep(200);
    out.write(body, 10, body.length - 10);
    out.flush();
    String answer = Http.readAll(s.getInputStream());
    s.close();
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"verdict\":\"PASS\"");
    stopping.get(10, TimeUnit.SECONDS);
    boolean refused;
    try (Socket after = new Socket("127.0.0.1", port)) {
      after.setSoTimeout(2000);
      after.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      refused = !Http.readAll(after.getInputStream()).startsWith("HTTP/1.1 200");
    } catch (java.net.SocketException e) {
      refused = true;
    }
    assertThat(refused).isTrue();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
