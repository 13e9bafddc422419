package dev.parley.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a deterministic {@code parley sla} input of many threads, for measuring the command's
 * time and heap by hand (the file is large and not committed).
 *
 * <p>Each thread has 1 to 8 messages over the 120 days before {@code 2026-06-10T12:00:00Z}, with
 * subjects and bodies of a few hundred characters, an order id and a marketplace; a quarter of
 * buyer messages stay unanswered, some are automated or marked "no response needed".
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.ThreadFileGenerator
 * 100000 /tmp/threads-100k.jsonl}.
 */
public final class ThreadFileGenerator {
  private static final String[] MARKETPLACES = {"US", "CA", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP", "AU"};
  private static final String[] WORDS = ("hello order delivery parcel tracking size colour return refund label box "
      + "arrived damaged replacement invoice address question thanks please when could would help item package "
      + "shipping week today tomorrow morning confirm details warranty manual battery charger cable").split(" ");
  private static final Instant END = Instant.parse("2026-06-10T12:00:00Z");

  private ThreadFileGenerator() {}

  /**
   * Writes the file.
   *
   * @param args the number of threads and the output path
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ThreadFileGenerator THREADS OUTPUT.jsonl");
      System.exit(2);
    }
    int threads = Integer.parseInt(args[0]);
    SplittableRandom r = new SplittableRandom(20261204L);
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(Path.of(args[1])), StandardCharsets.UTF_8), 1 << 16)) {
      for (int t = 0; t < threads; t++) {
        StringBuilder b = new StringBuilder(2048);
        String order = String.format(java.util.Locale.ROOT, "%03d-%07d-%07d", 100 + r.nextInt(900),
            r.nextInt(10_000_000), r.nextInt(10_000_000));
        Instant start = END.minus(Duration.ofMinutes(r.nextInt(120 * 24 * 60)));
        b.append("{\"id\":\"T-").append(t).append("\",\"orderId\":\"").append(order)
            .append("\",\"marketplace\":\"").append(MARKETPLACES[r.nextInt(MARKETPLACES.length)])
            .append("\",\"purchasedAt\":\"").append(start.minus(Duration.ofDays(3))).append("\",\"messages\":[");
        int n = 1 + r.nextInt(8);
        Instant at = start;
        for (int m = 0; m < n; m++) {
          boolean buyer = m % 2 == 0 || r.nextInt(4) == 0;
          if (!buyer && r.nextInt(4) == 0) {
            at = at.plus(Duration.ofHours(30)); // some replies come late
          }
          if (m > 0) {
            b.append(',');
          }
          String author = buyer ? (r.nextInt(40) == 0 ? "amazon" : "buyer") : "seller";
          b.append("{\"id\":\"m").append(m).append("\",\"author\":\"").append(author)
              .append("\",\"sentAt\":\"").append(at).append('"');
          if (buyer && r.nextInt(20) == 0) {
            b.append(",\"noResponseNeeded\":true");
          }
          if (!buyer && r.nextInt(10) == 0) {
            b.append(",\"automated\":true");
          }
          b.append(",\"subject\":\"").append(text(r, 6)).append("\",\"body\":\"").append(text(r, 40 + r.nextInt(40)))
              .append("\"}");
          at = at.plus(Duration.ofMinutes(10 + r.nextInt(20 * 60)));
          if (m == n - 1 || (buyer && r.nextInt(4) == 0 && m == n - 2)) {
            break;
          }
        }
        b.append("]}\n");
        out.write(b.toString());
      }
    }
  }

  private static String text(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
