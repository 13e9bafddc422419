package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import org.junit.jupiter.api.Test;

class DebugScanTest {
  @Test
  void scan() {
    String text = System.getProperty("dbg.text", "");
    String rule = System.getProperty("dbg.rule", "message.order-confirmation");
    FieldText f = FieldText.plain(MessageField.body(), text);
    Lexicon.Scan s = Lexicon.standard(rule).scan(f);
    for (PhraseMatcher.Match m : s.triggers) System.out.println("T " + m + " " + m.source());
    for (PhraseMatcher.Match m : s.exceptions) System.out.println("E " + m + " " + m.source());
  }

  @Test
  void timing() {
    if (System.getProperty("dbg.time") == null) return;
    String chunk = System.getProperty("dbg.time");
    String big = chunk.repeat(10_000_000 / chunk.length());
    for (int rep = 0; rep < 2; rep++) {
      long t0 = System.nanoTime();
      FieldText f = FieldText.plain(MessageField.body(), big);
      f.tokens();
      long t1 = System.nanoTime();
      System.out.println("fold+tokens ms " + (t1 - t0) / 1_000_000);
      for (String r : new String[] {"content.promotion", "review.positive-only", "review.incentive", "review.change-request", "content.sensitive", "message.thank-you-only", "message.order-confirmation"}) {
        long a = System.nanoTime();
        Lexicon.Scan s = Lexicon.standard(r).scan(f);
        int n = s.surviving().size();
        System.out.println(r + " ms " + (System.nanoTime() - a) / 1_000_000 + " triggers " + s.triggers.size() + " surv " + n);
      }
      long a = System.nanoTime();
      LanguageIdentifier.standard().identify(big);
      System.out.println("lang ms " + (System.nanoTime() - a) / 1_000_000);
      a = System.nanoTime();
      ContentPolicy.standard().checkText(big, CheckContext.of(Marketplace.US));
      System.out.println("policy ms " + (System.nanoTime() - a) / 1_000_000);
    }
  }
}
