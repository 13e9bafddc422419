package dev.parley.messaging.server;

import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Parley HTTP/JSON service on embedded Jetty: {@code POST /v1/check} (one request or an array
 * of them; {@code ?redact=true} adds the redacted message), {@code POST /v1/sla}, {@code POST
 * /v1/sla/daily}, {@code GET /v1/rules}, {@code GET /healthz}, {@code GET /openapi.json}, and the
 * browser pages of {@code messaging-web} at {@code /}, {@code /rules.html} and {@code /sla.html}.
 * Errors are RFC 9457 problem details naming the field; bodies over the limit get
 * 413 (up to 4 MiB past the limit are read and dropped first, so a client still sending reads the
 * answer; the connection is then closed). One access-log line per request goes to the SLF4J logger {@code
 * dev.parley.messaging.server.access} (method, path, status, bytes, milliseconds; never bodies).
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.start(ServerConfig.builder().port(0).build())) {
 *   URI base = server.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops gracefully: new connections are refused, requests in flight finish
 * within the stop timeout. Thread-safe.
 */
public final class ParleyServer implements AutoCloseable {
  private static final String ACCESS_FORMAT = "%{client}a \"%m %U%q %H\" %s %O %{ms}Tms";

  private final Server server;
  private final ServerConnector connector;
  private final ServerConfig config;

  private ParleyServer(ServerConfig config) {
    this.config = config;
    QueuedThreadPool pool = new QueuedThreadPool(config.threads(), Math.min(4, config.threads()));
    pool.setName("parley-http");
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.readTimeout().toMillis());
    server.addConnector(connector);
    server.setHandler(new GracefulHandler(new ParleyHandler(config)));
    server.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter() {
      {
        setLoggerName("dev.parley.messaging.server.access");
      }
    }, ACCESS_FORMAT));
    server.setStopTimeout(config.stopTimeout().toMillis());
  }

  /**
   * Starts the service.
   *
   * @param config where to listen and the limits
   * @return the running service
   * @throws IllegalStateException if it cannot start (the port is taken, the address is unknown)
   */
  public static ParleyServer start(ServerConfig config) {
    Objects.requireNonNull(config, "config");
    ParleyServer s = new ParleyServer(config);
    try {
      s.server.start();
    } catch (Exception e) {
      try {
        s.server.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException("cannot start the Parley service on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return s;
  }

  /** {@return the port it listens on (the chosen one when the configuration said 0)} */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@return the base URI, such as {@code http://127.0.0.1:8080/}} */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** {@return the configuration} */
  public ServerConfig config() {
    return config;
  }

  /**
   * Waits until the service stops.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops gracefully: requests in flight get up to the stop timeout to finish. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the Parley service failed: " + e.getMessage(), e);
    }
  }
}
