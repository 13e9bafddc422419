package dev.parley.examples;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.PolicyReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks one message with the standard content policy and prints the findings and the redacted
 * text: the README's Java quick start, runnable.
 *
 * <p>Run: {@code java -cp examples/target/parley.jar dev.parley.examples.ContentCheckExample}.
 */
public final class ContentCheckExample {
  private ContentCheckExample() {}

  /**
   * Checks the sample message.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Message message = Message.builder()
        .id("draft-1")
        .author(Author.SELLER)
        .sentAt(Instant.parse("2026-03-02T10:00:00Z"))
        .subject("Ihre Bestellung 302-4418290-7719034")
        .body("Hallo! Schreiben Sie uns an service (at) mein-shop (punkt) de oder rufen Sie 030 1234567 an.")
        .build();
    CheckContext context = CheckContext.builder().marketplace(Marketplace.DE).buyerLocale(Locale.GERMANY).build();

    PolicyReport report = ContentPolicy.standard().check(message, context);

    out.println("verdict: " + report.verdict());
    for (Finding f : report.findings()) {
      out.printf("  %-5s %-22s %s [%d, %d) \"%s\": %s%n", f.severity(), f.ruleId(), f.field(), f.start(), f.end(), f.excerpt(), f.explanation());
    }
    out.println("redacted: " + report.redacted().body());
  }
}
