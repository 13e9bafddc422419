package dev.parley.benchmarks;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendPolicy;
import dev.parley.messaging.rules.SendReport;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.order.PriorMessage;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Thread-CPU time and allocation of the send check on the inputs of {@link SendCheckBenchmark}
 * ({@code typical}) and {@link LargeMessageBenchmark} ({@code typical_large}, {@code dense}), read
 * from {@code ThreadMXBean} for the checking thread after warming up: steadier than wall-clock JMH
 * on a shared machine. Prints a hash of every finding, verdict, category and redacted message, so
 * two builds can be shown to give the same answers. Not JMH; run by hand:
 *
 * <pre>
 * java -cp benchmarks.jar dev.parley.benchmarks.CheckCpuDriver typical REPS
 * java -cp benchmarks.jar dev.parley.benchmarks.CheckCpuDriver typical_large|dense|promotion|promotion_reply REPS SIZE [WARMUPS]
 * java -XX:+UseSerialGC -cp benchmarks.jar dev.parley.benchmarks.CheckCpuDriver typical_large|dense 0 SIZE   # live heap
 * </pre>
 *
 * <p>{@code promotion} and {@code promotion_reply} are bodies dense with {@code content.promotion}'s
 * judgements ({@link #PROMOTION}), checked as a proactive message and as a reply to the buyer.
 */
public final class CheckCpuDriver {
  private CheckCpuDriver() {}

  /** The inputs of the JMH benchmarks, so the driver measures exactly what they measure. */
  static final Instant PURCHASE = SendCheckBenchmark.PURCHASE;
  static final String[][] TEXTS = SendCheckBenchmark.TEXTS;
  static final String[] SENTENCES = LargeMessageBenchmark.SENTENCES;
  static final String[] DENSE = LargeMessageBenchmark.DENSE;

  /**
   * Sentences in several languages on which {@code content.promotion} judges every hit by the
   * message as a whole: products recommended as the perfect match for the purchase (a proactive
   * message sells with them unless it is about a problem with the order), discounts with and
   * without an offer of the seller's in their sentence (a reply that names Amazon's own deal is
   * no marketing), and a sentence that names Amazon.
   */
  static final String[] PROMOTION = {
    "Our stainless milk pitcher goes perfectly with your purchase.",
    "Unsere Abdeckhaube passt perfekt zu Ihrem neuen Grill.",
    "Notre kit de moules va parfaitement avec votre machine à pain.",
    "Nuestra esterilla combina perfectamente con su nueva tienda de campaña.",
    "Use code SAVE20 for 20% off your next order.",
    "Prices are 20% off this week.",
    "Vår termoskanna passar perfekt till din nya kaffebryggare.",
    "Mit dem Code sparen Sie 15 Prozent Rabatt auf Ihre nächste Bestellung.",
    "The 15% off you saw was an Amazon deal.",
    "I nostri contenitori in vetro si abbinano perfettamente alla sua macchina sottovuoto.",
  };

  /**
   * Runs the measurement.
   *
   * @param a mode, repetitions, and for large bodies the size in characters and the warm-ups
   * @throws Exception if SHA-256 is missing
   */
  public static void main(String[] a) throws Exception {
    String mode = a[0];
    int reps = Integer.parseInt(a[1]);
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    @SuppressWarnings("deprecation")
    long tid = Thread.currentThread().getId();
    if (mode.equals("typical")) {
      SendCheck check = SendCheck.standard();
      List<SendRequest> rs = typical();
      String digest = digest(rs.stream().map(check::check).toList());
      for (int w = 0; w < 3000; w++) for (SendRequest r : rs) check.check(r);
      for (int rep = 0; rep < reps; rep++) {
        long c0 = mx.getCurrentThreadCpuTime(), a0 = mx.getThreadAllocatedBytes(tid);
        int n = 0;
        for (int k = 0; k < 1000; k++) for (SendRequest r : rs) { check.check(r); n++; }
        long c1 = mx.getCurrentThreadCpuTime(), a1 = mx.getThreadAllocatedBytes(tid);
        System.out.printf("typical: %.0f msg per CPU-second, %.1f KB per message%n", n / ((c1 - c0) / 1e9), (a1 - a0) / 1024.0 / n);
      }
      System.out.println("digest " + digest);
    } else {
      int size = Integer.parseInt(a[2]);
      String[] sentences = mode.equals("dense") ? DENSE : mode.startsWith("promotion") ? PROMOTION : SENTENCES;
      StringBuilder sb = new StringBuilder(size + 200);
      for (int i = 0; sb.length() < size; i++) sb.append(sentences[(i * 7) % sentences.length]).append(i % 4 == 3 ? "\n" : " ");
      sb.setLength(size);
      SendCheck check = SendCheck.of(SendPolicy.builder().content(ContentSettings.builder().maxTextChars(size + 1_000).build()).build());
      Message m = Message.builder().id("large").author(Author.SELLER).sentAt(Instant.parse("2026-03-09T10:00:00Z"))
          .subject("About your order").body(sb.toString()).build();
      CheckContext context = CheckContext.builder().marketplace(Marketplace.DE).replyToBuyer(mode.equals("promotion_reply")).build();
      SendRequest req = SendRequest.of(m, context, Instant.parse("2026-03-09T10:00:00Z"));
      if (reps == 0) {
        // Live-heap mode: the most heap the check holds at once, beyond what was live before it.
        sb = null;
        System.out.println(livePeak(check, req, size));
        return;
      }
      String digest = null;
      int warm = Integer.parseInt(a.length > 3 ? a[3] : "2");
      for (int w = 0; w < warm; w++) digest = digest(List.of(check.check(req)));
      for (int rep = 0; rep < reps; rep++) {
        long c0 = mx.getCurrentThreadCpuTime(), a0 = mx.getThreadAllocatedBytes(tid);
        SendReport r = check.check(req);
        long c1 = mx.getCurrentThreadCpuTime(), a1 = mx.getThreadAllocatedBytes(tid);
        System.out.printf("%s %d: %.3f s CPU, %.0f MB allocated (%.0fx the input), %d findings%n", mode, size, (c1 - c0) / 1e9,
            (a1 - a0) / 1048576.0, (a1 - a0) / (double) size, r.findings().size());
      }
      System.out.println("digest " + digest);
    }
  }

  /**
   * The live heap of one check above the heap live before it: a watcher thread runs a full
   * collection every 40 ms while the check runs and keeps the largest heap left after one. Each
   * reading is live data only (use {@code -XX:+UseSerialGC}, where a requested collection is a full
   * stop-the-world one), so the figure is a sampled peak: a lower bound that the readings approach
   * as the check grows longer than a collection. The check itself is slowed many times over.
   */
  static String livePeak(SendCheck check, SendRequest req, int size) throws InterruptedException {
    check.check(SendRequest.of(Message.builder().id("warm").author(Author.SELLER).sentAt(Instant.parse("2026-03-09T10:00:00Z"))
        .body("Hello, your invoice is attached.").build(), req.context(), req.at()));
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long[] peak = {before};
    int[] readings = {0};
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    Thread watcher = new Thread(() -> {
      while (!done.get()) {
        System.gc();
        peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        readings[0]++;
        try {
          Thread.sleep(40);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    watcher.setDaemon(true);
    watcher.start();
    SendReport report = check.check(req);
    done.set(true);
    watcher.join();
    return String.format(java.util.Locale.ROOT, "live peak %.0f MB above %.0f MB before (%.1fx the input), %d readings, %d findings",
        (peak[0] - before) / 1048576.0, before / 1048576.0, (peak[0] - before) / (double) size, readings[0], report.findings().size());
  }

  static String digest(List<SendReport> reports) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (SendReport r : reports) {
      md.update(r.verdict().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(r.category().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Finding f : r.findings()) md.update(line(f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Finding f : r.contentReport().findings()) md.update(line(f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(r.contentReport().redacted().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(r.contentReport().redacted().body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(r.contentReport().redacted().subject().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  static String line(Finding f) {
    return f.ruleId() + "|" + f.severity() + "|" + f.field() + "|" + f.start() + "|" + f.end() + "|" + f.excerpt() + "|" + f.explanation() + "|" + f.evidence() + "\n";
  }

  static List<SendRequest> typical() {
    Order order = Order.builder().id(OrderId.parse("302-1234567-1234567")).marketplace(Marketplace.DE).purchasedAt(PURCHASE)
        .status(OrderStatus.SHIPPED).earliestDeliveryDate(PURCHASE.plus(Duration.ofDays(3))).latestDeliveryDate(PURCHASE.plus(Duration.ofDays(6)))
        .shippedAt(PURCHASE.plus(Duration.ofDays(1))).build();
    MessageType[] types = {MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.CONFIRM_DELIVERY_DETAILS};
    List<SendRequest> out = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String[] text = TEXTS[i % TEXTS.length];
      Message m = Message.builder().id("b" + i).author(Author.SELLER).sentAt(PURCHASE.plus(Duration.ofDays(7))).type(types[i % types.length])
          .subject(text[0]).body(text[1]).build();
      out.add(SendRequest.builder().message(m).context(CheckContext.builder().marketplace(Marketplace.DE).replyToBuyer(i % 5 == 0).build())
          .order(order).buyerOptedOut(i % 3 == 0 ? null : i % 3 == 1)
          .addPriorMessages(PriorMessage.of(MessageType.FREE_FORM, Category.PRODUCT_GUIDANCE, PURCHASE.plus(Duration.ofDays(2)))).at(PURCHASE.plus(Duration.ofDays(7 + i))).build());
    }
    return out;
  }
}
