package dev.parley.benchmarks;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.classify.Classifier;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.order.PriorMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Throughput of the full "may I send this?" check per message, next to its peers in the same run:
 * the content policy alone, the classifier alone and autolink-java's link extraction on the same
 * subjects and bodies (the peer baseline: link extraction only). Messages are a fixed mix of languages, types
 * and lengths, with an order and a history, so every step does real work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SendCheckBenchmark {
  private static final int MESSAGES = 16;
  static final Instant PURCHASE = Instant.parse("2026-03-02T10:00:00Z");
  static final String[][] TEXTS = {
    {"Your order 302-1234567-1234567", "Hello Anna,\n\nthe house number is missing from the delivery address of order 302-1234567-1234567. Could you send us the full address so we can ship today?\n\nKind regards\nOakridge Home"},
    {"Ihre Bestellung 302-1234567-1234567", "Guten Tag Herr Schneider,\n\nanbei erhalten Sie die Rechnung zu Ihrer Bestellung 302-1234567-1234567 inklusive Mehrwertsteuer.\n\nMit freundlichen Grüßen\nKüchenwelt Berger"},
    {"", "Bonjour Madame Martin,\n\nvotre canapé (commande 302-1234567-1234567) sera livré sur rendez-vous. Quel jour vous conviendrait la semaine prochaine ?\n\nBien cordialement"},
    {"Ordine 302-1234567-1234567", "Gentile cliente, ci farebbe piacere se lasciasse una recensione onesta sul prodotto. Grazie per il suo ordine!"},
    {"", "Estimada Sra. López: lamentablemente el artículo está agotado. ¿Acepta una alternativa del mismo precio o prefiere el reembolso?"},
    {"Care tips", "Hello, here are some care tips for the cast-iron pan from order 302-1234567-1234567: oil it lightly before first use and never put it in the dishwasher. The user manual is attached."},
    {"", "Wij willen de levering van uw kast (bestelling 302-1234567-1234567) inplannen. Welke dag past u volgende week?"},
    {"", "ご注文の商品の返品を承りました。返金は三日以内に処理いたします。"},
  };

  private final SendCheck check = SendCheck.standard();
  private final ContentPolicy content = ContentPolicy.standard();
  private final Classifier classifier = Classifier.standard();
  private final List<SendRequest> requests = new ArrayList<>();

  /** Builds the message mix once. */
  @Setup
  public void setUp() {
    Order order = Order.builder()
        .id(OrderId.parse("302-1234567-1234567"))
        .marketplace(Marketplace.DE)
        .purchasedAt(PURCHASE)
        .status(OrderStatus.SHIPPED)
        .earliestDeliveryDate(PURCHASE.plus(Duration.ofDays(3)))
        .latestDeliveryDate(PURCHASE.plus(Duration.ofDays(6)))
        .shippedAt(PURCHASE.plus(Duration.ofDays(1)))
        .build();
    MessageType[] types = {MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.FREE_FORM, MessageType.CONFIRM_DELIVERY_DETAILS};
    for (int i = 0; i < MESSAGES; i++) {
      String[] text = TEXTS[i % TEXTS.length];
      Message m = Message.builder()
          .id("b" + i)
          .author(Author.SELLER)
          .sentAt(PURCHASE.plus(Duration.ofDays(7)))
          .type(types[i % types.length])
          .subject(text[0])
          .body(text[1])
          .build();
      requests.add(SendRequest.builder()
          .message(m)
          .context(CheckContext.builder().marketplace(Marketplace.DE).replyToBuyer(i % 5 == 0).build())
          .order(order)
          .buyerOptedOut(i % 3 == 0 ? null : i % 3 == 1)
          .addPriorMessages(PriorMessage.of(MessageType.FREE_FORM, Category.PRODUCT_GUIDANCE, PURCHASE.plus(Duration.ofDays(2))))
          .at(PURCHASE.plus(Duration.ofDays(7 + i)))
          .build());
    }
  }

  /** The full check: content policy, classification, delivery and per-order rules. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void fullCheck(Blackhole bh) {
    for (SendRequest r : requests) {
      bh.consume(check.check(r));
    }
  }

  /** The content policy alone, the peer baseline. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void contentPolicyOnly(Blackhole bh) {
    for (SendRequest r : requests) {
      bh.consume(content.check(r.message(), r.context()));
    }
  }

  /** The classifier alone. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void classifierOnly(Blackhole bh) {
    for (SendRequest r : requests) {
      bh.consume(classifier.classify(r.message()));
    }
  }

  private static final LinkExtractor AUTOLINK = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

  /** autolink-java on the same subjects and bodies: link and e-mail extraction only. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void autolinkOnly(Blackhole bh) {
    for (SendRequest r : requests) {
      for (LinkSpan s : AUTOLINK.extractLinks(r.message().subject())) {
        bh.consume(s);
      }
      for (LinkSpan s : AUTOLINK.extractLinks(r.message().body())) {
        bh.consume(s);
      }
    }
  }
}
