package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A short version of the load test (benchmarks/ has the measured one): 8 concurrent loopback
 * clients, 400 requests, every answer 200 and the same for the same request. No timing asserted.
 */
class LoadSmokeTest {
  @Test
  void concurrentClientsAllGetTheSameCorrectAnswers() throws Exception {
    try (ParleyServer server = ParleyServer.start(ServerConfig.builder().port(0).build())) {
      String expected = Http.post(server, "/v1/check", ParleyServerTest.BLOCKED).body;
      ExecutorService pool = Executors.newFixedThreadPool(8);
      AtomicInteger errors = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        futures.add(pool.submit(() -> {
          Http.Answer a = Http.post(server, "/v1/check", ParleyServerTest.BLOCKED);
          if (a.status != 200 || !a.body.equals(expected)) {
            errors.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(errors.get()).isZero();
    }
  }
}
