package dev.parley.benchmarks;

import dev.parley.messaging.server.ParleyServer;
import dev.parley.messaging.server.ServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code parley serve} on the loopback address, run by hand (never by the
 * build): it starts the service on 127.0.0.1 and an ephemeral port, warms it up, then sends {@code
 * POST /v1/check} requests (the bundled sample messages, in turn) at each concurrency level and
 * prints requests per second, p50 and p99 latency, errors (anything but 200) and the heap used
 * after a full GC before and after each level.
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.ServiceLoadTest [--requests 5000] [--seconds 30] [--levels 1,8,64] [--messages examples/data/messages.jsonl]
 * </pre>
 *
 * <p>Each level stops at the request count or the time bound, whichever comes first.
 */
public final class ServiceLoadTest {
  private ServiceLoadTest() {}

  /**
   * Runs the load test.
   *
   * @param args {@code --requests N}, {@code --seconds S}, {@code --levels 1,8,64}, {@code --messages FILE}
   * @throws Exception if the service cannot start or the messages cannot be read
   */
  public static void main(String[] args) throws Exception {
    int requests = 5000;
    int seconds = 30;
    int[] levels = {1, 8, 64};
    Path messages = Path.of("examples", "data", "messages.jsonl");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--requests":
          requests = Integer.parseInt(args[i + 1]);
          break;
        case "--seconds":
          seconds = Integer.parseInt(args[i + 1]);
          break;
        case "--levels":
          levels = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
          break;
        case "--messages":
          messages = Path.of(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> bodies = new ArrayList<>();
    for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        bodies.add(line);
      }
    }
    int maxLevel = Arrays.stream(levels).max().orElse(1);
    try (ParleyServer server = ParleyServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(Math.max(32, maxLevel + 8)).build())) {
      URI check = server.uri().resolve("v1/check");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      System.out.printf(Locale.ROOT, "Parley service load test: %s, %d sample messages, %d cores, Java %s%n", check, bodies.size(),
          Runtime.getRuntime().availableProcessors(), Runtime.version());
      run(client, check, bodies, 8, 2000, 30); // warm-up, not reported
      System.out.printf(Locale.ROOT, "%-12s %9s %9s %10s %10s %7s %14s %14s%n", "concurrency", "requests", "req/s", "p50 ms", "p99 ms", "errors",
          "heap before MB", "heap after MB");
      for (int level : levels) {
        long before = heapAfterGc();
        Result r = run(client, check, bodies, level, requests, seconds);
        long after = heapAfterGc();
        System.out.printf(Locale.ROOT, "%-12d %9d %9.0f %10.2f %10.2f %7d %14.1f %14.1f%n", level, r.count, r.count / r.seconds, r.percentile(50),
            r.percentile(99), r.errors, before / 1048576.0, after / 1048576.0);
      }
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static final class Result {
    final long[] latencies;
    final int count;
    final int errors;
    final double seconds;

    Result(long[] latencies, int count, int errors, double seconds) {
      this.latencies = Arrays.copyOf(latencies, count);
      Arrays.sort(this.latencies);
      this.count = count;
      this.errors = errors;
      this.seconds = seconds;
    }

    double percentile(int p) {
      if (count == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * count) - 1;
      return latencies[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }
  }

  private static Result run(HttpClient client, URI check, List<String> bodies, int concurrency, int requests, int seconds) throws InterruptedException {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong deadline = new AtomicLong(System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
    CountDownLatch finished = new CountDownLatch(concurrency);
    long started = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      Thread worker = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline.get(); i = next.getAndIncrement()) {
            HttpRequest request = HttpRequest.newBuilder(check).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()), StandardCharsets.UTF_8)).build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            latencies[done.getAndIncrement()] = System.nanoTime() - t0;
          }
        } finally {
          finished.countDown();
        }
      }, "load-" + t);
      worker.start();
    }
    finished.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    return new Result(latencies, done.get(), errors.get(), elapsed);
  }
}
