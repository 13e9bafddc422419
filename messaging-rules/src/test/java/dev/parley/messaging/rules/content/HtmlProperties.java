package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.html.HtmlBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlProperties {
  private static final CheckContext CTX = CheckContext.of(Marketplace.DE);

  static boolean htmlRule(Finding f) {
    String id = f.ruleId();
    return id.startsWith("style.") && !id.equals("style.emoji") || id.equals("content.tracking-pixel") || id.equals("content.link")
        || id.equals("content.email") || id.equals("content.phone");
  }

  @Test
  void checkingAnyHtmlKeepsTheInvariants() {
    qt().withExamples(400).forAll(Generators.html()).checkAssert(html ->
        ReportInvariants.checkAndVerify(ContentPolicy.standard(), HtmlBodyTest.html(html), CTX));
  }

  @Test
  void theTextMapStaysInsideTheSourceAndInOrder() {
    qt().withExamples(400).forAll(Generators.html()).checkAssert(html -> {
      FieldText f = HtmlBody.extract(html, ContentSettings.defaults(), List.of());
      String scan = f.scanText();
      int previous = 0;
      for (int i = 0; i < scan.length(); i++) {
        int s = f.sourceStartOfScan(i);
        int e = f.sourceEndOfScan(i + 1);
        assertThat(s).isBetween(previous, html.length());
        assertThat(e).isBetween(s, html.length());
        if (e > s) {
          char c = html.charAt(s);
          assertThat(c == scan.charAt(i) || c == '&').as("scan char %d of %s", i, html).isTrue();
        }
        previous = s;
      }
    });
  }

  @Test
  void redactedHtmlPassesTheHtmlRules() {
    qt().withExamples(250).forAll(Generators.html()).checkAssert(html -> {
      PolicyReport r = ContentPolicy.standard().check(HtmlBodyTest.html(html), CTX);
      Message redacted = r.redacted();
      PolicyReport again = ContentPolicy.standard().check(redacted, CTX);
      // what redaction joins into a new violation is reported, not redacted again
      java.util.Set<String> joined = r.findings().stream().filter(f -> f.explanation().startsWith("Redacting the reported text would join"))
          .map(Finding::ruleId).collect(java.util.stream.Collectors.toSet());
      assertThat(again.findings()).as("redacted: %s%nfrom: %s", redacted.body(), html)
          .filteredOn(f -> f.severity() != Severity.INFO && htmlRule(f) && !joined.contains(f.ruleId())).isEmpty();
    });
  }

  @Test
  void anyTextIsSafe() {
    qt().withExamples(300).forAll(Generators.text(200)).checkAssert(text -> {
      ReportInvariants.checkAndVerify(ContentPolicy.standard(), HtmlBodyTest.html(text), CTX);
      PolicyReport r = ContentPolicy.standard().check(HtmlBodyTest.html(text), CTX);
      assertThat(ContentPolicy.standard().check(r.redacted(), CTX).findings()).filteredOn(f -> f.severity() != Severity.INFO && htmlRule(f)).isEmpty();
    });
  }
}
