package dev.parley.messaging.rules.content;

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
}
