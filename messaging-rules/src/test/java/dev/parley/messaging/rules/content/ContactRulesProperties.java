package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the contact rules (content.link, content.email, content.phone,
 * content.opt-out-link): they never throw, spans stay inside the text, checks repeat exactly, the
 * redacted message passes, and case, white space and look-alike letters do not change the verdict.
 */
class ContactRulesProperties {
  private static final Set<String> RULES = Set.of("content.link", "content.email", "content.phone", "content.opt-out-link");

  /** The contact rules that warn or block, with their severity. */
  static Set<String> verdict(String text) {
    PolicyReport r = ContactChecks.check(text, Marketplace.DE);
    Set<String> out = new TreeSet<>();
    for (Finding f : r.findings()) {
      if (RULES.contains(f.ruleId()) && f.severity() != Severity.INFO) {
        out.add(f.ruleId() + "/" + f.severity());
      }
    }
    return out;
  }

  @Test
  void neverThrowsAndKeepsTheInvariantsOnAnyText() {
    qt().withExamples(300).forAll(Generators.text(120)).checkAssert(t -> ContactChecks.check(t, Marketplace.US));
    qt().withExamples(300).forAll(Generators.messageText()).checkAssert(t -> ContactChecks.check(t, Marketplace.DE));
  }

  @Test
  void theRedactedMessagePassesTheContactRules() {
    qt().withExamples(300).forAll(Generators.contactText()).checkAssert(t -> {
      PolicyReport r = ContactChecks.check(t, Marketplace.DE);
      String redacted = r.redacted().body();
      assertThat(verdict(redacted)).as("redacted: %s", redacted).isEmpty();
    });
  }

  @Test
  void caseDoesNotChangeTheVerdict() {
    qt().withExamples(200).forAll(Generators.contactText()).checkAssert(t ->
        assertThat(verdict(t.toUpperCase(Locale.ROOT))).as(t).isEqualTo(verdict(t.toLowerCase(Locale.ROOT))));
  }

  @Test
  void whiteSpaceDoesNotChangeTheVerdict() {
    qt().withExamples(200).forAll(Generators.contactText()).checkAssert(t -> {
      Set<String> v = verdict(t);
      assertThat(verdict(t.replace(" ", "  "))).as(t).isEqualTo(v);
      assertThat(verdict(t.replace(" ", "\u00A0"))).as(t).isEqualTo(v);
      assertThat(verdict(" \t" + t.replace(" ", " \t") + " \r\n")).as(t).isEqualTo(v);
    });
  }

  @Test
  void lookAlikesAndInvisibleCharactersDoNotChangeTheVerdict() {
    qt().withExamples(200).forAll(Generators.contactText()).checkAssert(t -> {
      Set<String> v = verdict(t);
      assertThat(verdict(cyrillic(t))).as(t).isEqualTo(v);
      assertThat(verdict(fullwidth(t))).as(t).isEqualTo(v);
      assertThat(verdict(zeroWidth(t))).as(t).isEqualTo(v);
    });
  }

  @Test
  void aContextWithoutMarketplaceDetailsStillChecks() {
    assertThat(ContactChecks.check("call 0176 1234 5678", Marketplace.JP).findings()).isNotNull();
    assertThat(ContentPolicy.standard().checkText("", CheckContext.builder().marketplace(Marketplace.US).replyToBuyer(true).build()).findings()).isEmpty();
  }

  static String cyrillic(String s) {
    return s.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E').replace('p', '\u0440').replace('c', '\u0441')
        .replace('x', '\u0445');
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  static String zeroWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (Character.isLetterOrDigit(s.charAt(i))) {
        sb.append('\u200B');
      }
    }
    return sb.toString();
  }
}
