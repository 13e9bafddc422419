package dev.parley.benchmarks;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import dev.parley.messaging.sla.WorkQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Response metrics and the work queue over many threads: {@code messages} messages in {@code
 * messages / 10} threads spread over 100 days, a third of buyer messages unanswered, some
 * automated or marked "no response needed". {@link #scanBaseline} only touches every message once
 * and is the floor to compare against.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SlaBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class SlaBenchmark {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  /** Total messages; threads hold ten each on average. */
  @Param({"100000", "300000", "1000000"})
  public int messages;

  private List<MessageThread> threads;
  private Instant now;
  private final SlaPolicy policy = SlaPolicy.defaults();

  /** Builds the threads once per trial, from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20260301L);
    int threadCount = messages / 10;
    threads = new ArrayList<>(threadCount);
    long spanSeconds = 100L * 24 * 3600;
    for (int t = 0; t < threadCount; t++) {
      List<Message> ms = new ArrayList<>(10);
      long at = random.nextLong(spanSeconds);
      for (int i = 0; i < 10; i++) {
        boolean buyer = i % 2 == 0 || random.nextInt(3) == 0;
        boolean skipReply = !buyer && random.nextInt(3) == 0;
        Author author = buyer ? Author.BUYER : skipReply ? Author.AMAZON : Author.SELLER;
        ms.add(Message.builder()
            .id("m" + i)
            .author(author)
            .sentAt(START.plusSeconds(at))
            .automated(random.nextInt(20) == 0)
            .noResponseNeeded(buyer && random.nextInt(15) == 0)
            .build());
        at += random.nextLong(36 * 3600);
      }
      threads.add(MessageThread.builder().id("T" + t).messages(ms).build());
    }
    now = START.plusSeconds(spanSeconds);
  }

  /** Amazon's 7, 30 and 90-day metrics in one pass. */
  @Benchmark
  public Map<StandardPeriod, ResponseMetrics> standardMetrics() {
    return ResponseMetrics.standard(threads, policy, now);
  }

  /** The work queue: every thread's state, sorted by urgency. */
  @Benchmark
  public WorkQueue workQueue() {
    return WorkQueue.at(threads, policy, now);
  }

  /** The floor: read every message's instant once. */
  @Benchmark
  public long scanBaseline() {
    long sum = 0;
    for (MessageThread t : threads) {
      for (Message m : t.messages()) {
        sum += m.sentAt().getEpochSecond();
      }
    }
    return sum;
  }
}
