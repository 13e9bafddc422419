package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Generators;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Engine-wide properties of the content policy and of text folding: any message is checked
 * without an exception, with spans inside their fields and an equal report the second time;
 * folding is idempotent and its offset map is exact and monotone.
 */
class ContentPolicyProperties {
  @Test
  void anyMessageIsCheckedWithTheInvariantsKept() {
    qt().withExamples(300).forAll(Generators.text(80), Generators.messageText()).checkAssert((subject, body) -> {
      Message m = Message.builder().id("p").author(Author.SELLER).sentAt(Instant.EPOCH).subject(subject).body(body).build();
      for (Marketplace mp : new Marketplace[] {Marketplace.US, Marketplace.DE, Marketplace.JP}) {
        PolicyReport r = ContentPolicy.standard().check(m, CheckContext.of(mp));
        ContactChecks.assertInvariants(ContentPolicy.standard(), r);
      }
    });
  }

  @Test
  void foldingIsIdempotent() {
    qt().withExamples(1000).forAll(Generators.text(60)).checkAssert(t -> {
      String once = NormalizedText.fold(t);
      assertThat(NormalizedText.fold(once)).isEqualTo(once);
    });
  }

  @Test
  void theOffsetMapIsExactAndMonotone() {
    qt().withExamples(1000).forAll(Generators.text(60)).checkAssert(t -> {
      NormalizedText n = NormalizedText.of(t);
      int prevStart = 0;
      for (int i = 0; i < n.length(); i++) {
        int s = n.originalStart(i);
        int e = n.originalEnd(i + 1);
        assertThat(s).isBetween(prevStart, t.length());
        assertThat(e).isBetween(s + 1, t.length());
        // a folded space comes from white space only; any other character from a non-space
        char c = n.text().charAt(i);
        boolean space = c == ' ' || c == '\n';
        String from = t.substring(s, e);
        boolean fromSpace = from.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85)
            && from.codePoints().noneMatch(Character::isLetterOrDigit);
        // A run under a right-to-left override maps as a whole (it is folded in display order).
        if (from.indexOf('\u202E') < 0) {
          assertThat(fromSpace).as("folded %s at %d from \"%s\"", space ? "space" : "character", i, from).isEqualTo(space);
        }
        prevStart = s;
      }
      assertThat(n.originalStart(n.length())).isEqualTo(t.length());
    });
  }
}
