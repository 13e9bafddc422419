package dev.parley.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic set of buyer-seller threads in {@code parley sla}'s input format (JSON
 * Lines) to standard output, for measuring the tool on large inputs:
 *
 * <pre>
 * java -cp examples/target/parley.jar dev.parley.examples.GenerateThreads 100000 &gt; threads-100k.jsonl
 * java -Xmx256m -jar examples/target/parley.jar sla threads-100k.jsonl --at 2026-06-10T12:00:00Z --json
 * </pre>
 *
 * <p>Thread {@code i} depends only on {@code i} and the seed (default 20261205): 1 to 8 messages
 * over the 100 days before 2026-06-10T12:00:00Z, buyers and sellers taking turns with replies
 * after minutes to two days, some automated or flagged as needing no reply, a few from Amazon,
 * in 8 marketplaces, most with an order id and purchase instant, each with a short body.
 */
public final class GenerateThreads {
  private static final Instant END = Instant.parse("2026-06-10T12:00:00Z");
  private static final String[] MARKETPLACES = {"US", "UK", "DE", "FR", "IT", "ES", "JP", "CA"};
  private static final String[] BODIES = {
    "Hello, where is my order? It was due yesterday and the tracking has not moved.",
    "Thank you for your message. Your parcel left our warehouse this morning.",
    "The item arrived damaged; can I get a replacement or a refund please?",
    "We are sorry to hear that. A replacement is on its way at no cost to you.",
    "Could you tell me whether this fits the 2024 model?",
    "Yes, it fits every model from 2019 on. Let us know if you need anything else."
  };

  private GenerateThreads() {}

  /**
   * Writes the threads.
   *
   * @param args the number of threads (default 100000) and, optionally, the seed
   * @throws IOException if standard output cannot be written
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261205L;
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder line = new StringBuilder(1024);
    for (int i = 0; i < count; i++) {
      line.setLength(0);
      thread(new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)), i, line);
      out.write(line.append('\n').toString());
    }
    out.flush();
  }

  private static void thread(SplittableRandom r, int i, StringBuilder b) {
    String id = String.format(Locale.ROOT, "T%07d", i);
    b.append("{\"id\":\"").append(id).append('"');
    if (r.nextInt(10) < 8) {
      b.append(",\"orderId\":\"").append(String.format(Locale.ROOT, "%03d-%07d-%07d", 100 + r.nextInt(900), r.nextInt(10_000_000),
          r.nextInt(10_000_000))).append('"');
    }
    b.append(",\"marketplace\":\"").append(MARKETPLACES[r.nextInt(MARKETPLACES.length)]).append('"');
    Instant start = END.minus(Duration.ofMinutes(r.nextLong(100L * 24 * 60)));
    if (r.nextInt(10) < 7) {
      b.append(",\"purchasedAt\":\"").append(start.minus(Duration.ofHours(1 + r.nextInt(240)))).append('"');
    }
    b.append(",\"messages\":[");
    int n = 1 + r.nextInt(8);
    Instant at = start;
    boolean buyer = true;
    for (int m = 0; m < n && !at.isAfter(END); m++) {
      String author = r.nextInt(40) == 0 ? "amazon" : buyer ? "buyer" : "seller";
      b.append(m == 0 ? "" : ",").append("{\"id\":\"m").append(m).append("\",\"author\":\"").append(author)
          .append("\",\"sentAt\":\"").append(at).append('"');
      if (author.equals("seller") && r.nextInt(10) == 0) {
        b.append(",\"automated\":true");
      }
      if (author.equals("buyer") && r.nextInt(20) == 0) {
        b.append(",\"noResponseNeeded\":true");
      }
      b.append(",\"body\":\"").append(BODIES[r.nextInt(BODIES.length)]).append("\"}");
      buyer = !buyer;
      at = at.plus(Duration.ofMinutes(5 + r.nextLong(48L * 60)));
    }
    b.append("]}");
  }
}
