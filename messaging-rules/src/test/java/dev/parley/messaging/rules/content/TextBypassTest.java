package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One regression test per text and size bypass of issue 15. */
class TextBypassTest {
  static PolicyReport check(String body) {
    Message m = Message.builder().id("t").author(Author.SELLER).sentAt(Instant.parse("2026-03-02T10:00:00Z")).body(body).build();
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), m, Differential.CTX);
  }

  @Test
  void aRightToLeftOverrideThatShowsAReversedDomainTheRightWayRoundIsALink() {
    PolicyReport r = check("Our shop: \u202emoc.pohs-elpmaxe.www\u202c see you");
    assertThat(r.findings("content.link")).as("%s", r.findings()).isNotEmpty();
    assertThat(Differential.text(r.findings("content.link").get(0))).contains("example-shop.com");
  }

  @Test
  void aPercentEscapedDotInAHostIsDecoded() {
    PolicyReport r = check("Sign in at https://amazon.com%2eevil.com/ today");
    assertThat(Differential.reportsLink(r, "evil.com")).as("%s", r.findings()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tel:+14155550199", "Phone:+49301234567", "Tel.:030/1234567", "tel:+14155550199", "sms:+14155550199", "phone=+14155550199"})
  void aPhoneNumberGluedToItsLabelIsAPhoneNumber(String text) {
    PolicyReport r = check("Questions? " + text + " any time.");
    assertThat(r.findings("content.phone")).as("%s", r.findings()).isNotEmpty();
  }

  @Test
  void attachmentSizesThatOverflowWhenAddedStillBreakTheLimit() {
    long huge = 6_000_000_000_000_000_000L;
    Message m = AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.of("a.pdf", huge), Attachment.of("b.pdf", huge));
    PolicyReport r = ReportInvariants.checkAndVerify(ContentPolicy.standard(), m, Differential.CTX);
    assertThat(r.findings("attachment.size")).as("%s", r.findings()).isNotEmpty();
  }
}
