package dev.parley.benchmarks;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.content.ContentPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the content policy (whose contact rules find links, e-mail addresses, phone
 * numbers and opt-out instructions) on typical seller messages and on hostile inputs at three
 * sizes, next to autolink-java's {@link LinkExtractor} on the same texts as a peer baseline.
 *
 * <p>Typical: {@code typical*} check {@value #MESSAGES} messages per operation (messages/s = ops/s
 * x {@value #MESSAGES}; MB/s = ops/s x the corpus size printed at setup). Hostile: {@code hostile*}
 * check one text of {@code size} characters made of {@code pattern} repeated; time per operation
 * should grow linearly with {@code size}.
 */
public class ContactRulesBenchmark {
  static final int MESSAGES = 64;

  private static final String[] SENTENCES = {
    "Hello Anna, thank you for your order 305-8273641-9182736.",
    "Your parcel left our warehouse today; the manual.pdf is attached for the set-up.",
    "If the kettle shows E3, descale it with citric acid (approx. 2 tbsp per litre) and rinse twice.",
    "Guten Tag Herr Braun, die Bestellung 028-1234567-7654321 wird morgen mit DHL versendet.",
    "Bonjour, votre commande est prête, le point de retrait ouvre à 9h30.",
    "For questions visit www.shop-example.com/help or write to info@shop-example.com.",
    "Call us on +49 30 1234567 or 0176 1234 5678 between 9.00 and 17.00.",
    "Tracking 1Z999AA10123456784, size 30x20x10 cm, price 19.99 EUR, version 2.3.1.",
    "Write to info [at] shop [dot] de or see mystore dot com for the parts list.",
    "Kind regards, Tom from the support team.",
  };

  /** Typical messages, built once. */
  @State(Scope.Benchmark)
  public static class Typical {
    final List<String> messages = new ArrayList<>();
    final CheckContext context = CheckContext.of(Marketplace.DE);

    @Setup
    public void setUp() {
      long bytes = 0;
      for (int i = 0; i < MESSAGES; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3 + i % 5; k++) {
          sb.append(SENTENCES[(i * 7 + k * 3) % SENTENCES.length]).append(k % 2 == 0 ? " " : "\n");
        }
        messages.add(sb.toString());
        bytes += sb.toString().getBytes(StandardCharsets.UTF_8).length;
      }
      System.out.printf("%n[typical] %d messages, %d bytes per operation%n", MESSAGES, bytes);
    }
  }

  /** A hostile input: one pattern repeated to a size. */
  @State(Scope.Benchmark)
  public static class Hostile {
    @Param({"a.", "a@a", "1.2.", "9 "})
    public String pattern;

    @Param({"262144", "524288", "1048576"})
    public int size;

    String text;
    final CheckContext context = CheckContext.of(Marketplace.DE);

    @Setup
    public void setUp() {
      text = pattern.repeat(size / pattern.length());
    }
  }

  private static final LinkExtractor AUTOLINK = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void typicalParley(Typical t, Blackhole bh) {
    for (String m : t.messages) {
      bh.consume(ContentPolicy.standard().checkText(m, t.context));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void typicalAutolink(Typical t, Blackhole bh) {
    for (String m : t.messages) {
      for (LinkSpan s : AUTOLINK.extractLinks(m)) {
        bh.consume(s);
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object hostileParley(Hostile h) {
    return ContentPolicy.standard().checkText(h.text, h.context);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void hostileAutolink(Hostile h, Blackhole bh) {
    for (LinkSpan s : AUTOLINK.extractLinks(h.text)) {
      bh.consume(s);
    }
  }
}
