package dev.parley.messaging.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link ParleyServer} listens and what it accepts: bind address and port, the largest
 * request body, the largest batch, how long a client may take to send its request, how long one
 * request may compute, how long shutdown waits for requests in flight, the worker threads, and
 * the clock for check requests without {@code sentAt}.
 *
 * <p>Defaults: loopback {@code 127.0.0.1}, port 8080, 1 MiB bodies, 1,000 messages per batch,
 * 10 s to read a request, 30 s to compute one, 10 s graceful stop, 32 threads, the system UTC
 * clock. Immutable and thread-safe.
 */
public final class ServerConfig {
  /** The default bind address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  private final String host;
  private final int port;
  private final long maxBodyBytes;
  private final int maxBatch;
  private final Duration readTimeout;
  private final Duration computeTimeout;
  private final Duration stopTimeout;
  private final int threads;
  private final Clock clock;

  private ServerConfig(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxBatch = b.maxBatch;
    this.readTimeout = b.readTimeout;
    this.computeTimeout = b.computeTimeout;
    this.stopTimeout = b.stopTimeout;
    this.threads = b.threads;
    this.clock = b.clock;
  }

  /** {@return the defaults} */
  public static ServerConfig defaults() {
    return builder().build();
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding the defaults overridden by {@code PARLEY_HOST}, {@code
   * PARLEY_PORT}, {@code PARLEY_MAX_BODY_BYTES}, {@code PARLEY_MAX_BATCH}, {@code
   * PARLEY_READ_TIMEOUT} and {@code PARLEY_COMPUTE_TIMEOUT} (ISO-8601 durations) when set}
   *
   * @param env the environment, such as {@code System.getenv()}
   * @throws IllegalArgumentException if a variable is malformed; the message names it and its value
   */
  public static Builder fromEnvironment(Map<String, String> env) {
    Builder b = builder();
    String v;
    if ((v = env.get("PARLEY_HOST")) != null && !v.isBlank()) {
      b.host(v.strip());
    }
    if ((v = env.get("PARLEY_PORT")) != null && !v.isBlank()) {
      b.port(integer("PARLEY_PORT", v));
    }
    if ((v = env.get("PARLEY_MAX_BODY_BYTES")) != null && !v.isBlank()) {
      b.maxBodyBytes(integer("PARLEY_MAX_BODY_BYTES", v));
    }
    if ((v = env.get("PARLEY_MAX_BATCH")) != null && !v.isBlank()) {
      b.maxBatch(integer("PARLEY_MAX_BATCH", v));
    }
    if ((v = env.get("PARLEY_READ_TIMEOUT")) != null && !v.isBlank()) {
      b.readTimeout(duration("PARLEY_READ_TIMEOUT", v));
    }
    if ((v = env.get("PARLEY_COMPUTE_TIMEOUT")) != null && !v.isBlank()) {
      b.computeTimeout(duration("PARLEY_COMPUTE_TIMEOUT", v));
    }
    return b;
  }

  static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got \"" + value + "\"");
    }
  }

  static Duration duration(String name, String value) {
    try {
      return Duration.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT10S, got \"" + value + "\"");
    }
  }

  /** {@return the bind address} */
  public String host() {
    return host;
  }

  /** {@return the port; 0 picks a free one} */
  public int port() {
    return port;
  }

  /** {@return the largest request body accepted, in bytes; larger bodies get 413} */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** {@return the most check requests in one batch; more get 413} */
  public int maxBatch() {
    return maxBatch;
  }

  /** {@return how long a client may take to send its whole request; slower clients get 408 or are closed} */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** {@return how long one request may compute; a batch that runs over gets 503} */
  public Duration computeTimeout() {
    return computeTimeout;
  }

  /** {@return how long a graceful stop waits for requests in flight} */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  /** {@return the most worker threads} */
  public int threads() {
    return threads;
  }

  /** {@return the clock for check requests without {@code sentAt}} */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ServerConfig{host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", maxBatch=" + maxBatch
        + ", readTimeout=" + readTimeout + ", computeTimeout=" + computeTimeout + ", stopTimeout=" + stopTimeout + ", threads=" + threads + "}";
  }

  /** Builds a {@link ServerConfig}; not thread-safe. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private long maxBodyBytes = 1024 * 1024;
    private int maxBatch = 1000;
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration computeTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(10);
    private int threads = 32;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the bind address.
     *
     * @param host a host name or IP address, such as {@code 127.0.0.1} or {@code 0.0.0.0}
     * @return this builder
     */
    public Builder host(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must be a host name or address, got \"" + host + "\"");
      }
      this.host = host;
      return this;
    }

    /**
     * Sets the port.
     *
     * @param port 0 to 65535; 0 picks a free port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the largest request body.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1, got " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the largest batch.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder maxBatch(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maxBatch must be at least 1, got " + size);
      }
      this.maxBatch = size;
      return this;
    }

    /**
     * Sets how long a client may take to send its request.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Sets how long one request may compute.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder computeTimeout(Duration timeout) {
      this.computeTimeout = positive("computeTimeout", timeout);
      return this;
    }

    /**
     * Sets how long a graceful stop waits.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = positive("stopTimeout", timeout);
      return this;
    }

    /**
     * Sets the most worker threads.
     *
     * @param threads at least 4
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 4) {
        throw new IllegalArgumentException("threads must be at least 4, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets the clock for check requests without {@code sentAt}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    private static Duration positive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
      }
      return d;
    }

    /** {@return the configuration} */
    public ServerConfig build() {
      return new ServerConfig(this);
    }
  }
}
