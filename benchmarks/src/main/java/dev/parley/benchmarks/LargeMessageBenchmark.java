package dev.parley.benchmarks;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendPolicy;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.content.ContentSettings;
import java.time.Instant;
import java.util.EnumSet;
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
 * Time per full send check of one large plain-text body ({@code size} characters of ordinary
 * seller sentences, some with links, e-mail addresses, phone numbers and review wording, or with
 * {@code kind=dense} sentences that each break a rule), next to autolink-java on the same text in
 * the same run. The policy raises {@link
 * ContentSettings#maxTextChars()} above the size so that the body is scanned instead of being
 * reported as {@code message.too-large} (the default bound is one million characters).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeMessageBenchmark {
  static final String[] SENTENCES = {
    "Hello Anna, thank you for your order 305-8273641-9182736.",
    "Your parcel left our warehouse today; the manual.pdf is attached for the set-up.",
    "If the kettle shows E3, descale it with citric acid (approx. 2 tbsp per litre) and rinse twice.",
    "Guten Tag Herr Braun, die Bestellung 028-1234567-7654321 wird morgen mit DHL versendet.",
    "Bonjour, votre commande est prête, le point de retrait ouvre à 9h30.",
    "For questions visit www.shop-example.com/help or write to info@shop-example.com.",
    "Call us on +49 30 1234567 or 0176 1234 5678 between 9.00 and 17.00.",
    "Please leave us a 5-star review if you are happy with the kettle.",
    "Kind regards, Tom from the support team.",
  };

  /**
   * Sentences that each break a rule or two (links, e-mail addresses, phone numbers, review
   * incentives, promotion, off-platform contact): every line of the body carries findings, so the
   * per-rule cap, redaction and the re-check of the redacted text all work at full load.
   */
  static final String[] DENSE = {
    "Visit www.shop-example.com/deal and write to sales@shop-example.com for 20% off your next order!",
    "Call +49 30 1234567 or WhatsApp 0176 1234 5678, we reply fast.",
    "Please leave us a 5-star review, only positive feedback helps us.",
    "Follow us on instagram.com/shopexample and facebook.com/shopexample.",
    "Click here: https://bit.ly/abc123 to get a free gift card for your review.",
    "Kontaktieren Sie uns unter info@beispiel.de oder 030 98765432.",
  };

  private static final LinkExtractor AUTOLINK = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

  /** Body length in characters: about 1 MB and 10 MB of text. */
  @Param({"1048576", "10485760"})
  public int size;

  /** {@code typical}: ordinary seller sentences with a few findings; {@code dense}: findings on every line. */
  @Param({"typical", "dense"})
  public String kind;

  private String text;
  private SendCheck check;
  private SendRequest request;

  /** Builds the body and a check that scans it. */
  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder(size + 200);
    String[] sentences = "dense".equals(kind) ? DENSE : SENTENCES;
    for (int i = 0; sb.length() < size; i++) {
      sb.append(sentences[(i * 7) % sentences.length]).append(i % 4 == 3 ? "\n" : " ");
    }
    sb.setLength(size);
    text = sb.toString();
    check = SendCheck.of(SendPolicy.builder()
        .content(ContentSettings.builder().maxTextChars(size + 1_000).build())
        .build());
    Message m = Message.builder()
        .id("large")
        .author(Author.SELLER)
        .sentAt(Instant.parse("2026-03-09T10:00:00Z"))
        .subject("About your order")
        .body(text)
        .build();
    request = SendRequest.of(m, CheckContext.of(Marketplace.DE), Instant.parse("2026-03-09T10:00:00Z"));
  }

  /** The full send check of the large message. */
  @Benchmark
  public Object fullCheck() {
    return check.check(request);
  }

  /** autolink-java's link and e-mail extraction on the same text: the peer. */
  @Benchmark
  public void autolink(Blackhole bh) {
    for (LinkSpan s : AUTOLINK.extractLinks(text)) {
      bh.consume(s);
    }
  }
}
