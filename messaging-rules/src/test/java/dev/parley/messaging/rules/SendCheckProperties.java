package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OptOutState;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.rules.delivery.DeliveryOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SendCheckProperties {
  private static final SendCheck CHECK = SendCheck.standard();
  private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

  private static Message message(MessageType type, String subject, String body, Instant at) {
    return Message.builder().id("p").author(Author.SELLER).sentAt(at).type(type).subject(subject).body(body).build();
  }

  private static SendRequest request(Message m, Order order, boolean reply, OptOutState optOut, Instant at) {
    return SendRequest.builder().message(m).context(reply ? SendFixtures.reply() : SendFixtures.proactive())
        .order(order).optOut(OptOutStatus.of(optOut)).at(at).build();
  }

  @Test
  void aReplyInABuyerStartedThreadIsAlwaysDeliverable() {
    qt().withExamples(300).forAll(Generators.messageTypes(), Generators.messageText(), Generators.optOutStates())
        .checkAssert((type, text, optOut) -> {
          Message question = Message.builder().id("q").author(Author.BUYER).sentAt(AT.minusSeconds(60)).body("Question?").build();
          MessageThread thread = MessageThread.builder().id("t").addMessages(question).build();
          SendRequest req = SendRequest.builder().message(message(type, text, text, AT)).context(SendFixtures.proactive())
              .thread(thread).optOut(OptOutStatus.of(optOut)).at(AT).build();
          SendReport r = SendFixtures.checkTwice(CHECK, req);
          assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
          assertThat(r.deliverable()).contains(true);
          assertThat(r.verdict()).isNotEqualTo(SendVerdict.WILL_NOT_BE_DELIVERED);
        });
  }

  @Test
  void aCriticalMessageIsNeverBlockedByOptOut() {
    qt().withExamples(300).forAll(Generators.messageTypes(), Generators.messageText(), Generators.optOutStates(), booleans().all())
        .checkAssert((type, text, optOut, reply) -> {
          SendReport r = CHECK.check(request(message(type, "", text, AT), SendFixtures.shippedOrder(), reply, optOut, AT));
          if (r.critical()) {
            assertThat(r.delivery().outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
          }
          assertThat(r.delivery().outcome() == DeliveryOutcome.BLOCKED_OPT_OUT)
              .isEqualTo(!r.critical() && !reply && optOut == OptOutState.OPTED_OUT);
        });
  }

  @Test
  void insideTheSolicitationWindowTimingNeverBlocksOutsideItAlwaysDoes() {
    Message solicitation = message(MessageType.REVIEW_REQUEST, "", "", AT);
    qt().withExamples(400).forAll(Generators.shippedOrders(), integers().between(-60 * 24 * 60, 90 * 24 * 60))
        .checkAssert((order, minutes) -> {
          Instant opens = order.earliestDeliveryDate().orElseThrow().plus(Duration.ofDays(5));
          Instant closes = order.latestDeliveryDate().orElseThrow().plus(Duration.ofDays(30));
          Instant at = opens.plus(Duration.ofMinutes(minutes));
          SendReport r = CHECK.check(request(solicitation, order, false, OptOutState.OPTED_IN, at));
          boolean inside = !at.isBefore(opens) && at.isBefore(closes);
          assertThat(r.blockedByTiming()).as("at %s in [%s, %s)", at, opens, closes).isEqualTo(!inside);
          assertThat(r.findings("solicitation.window").isEmpty()).isEqualTo(inside);
          earliestIsAllowed(r, solicitation, order, false);
        });
  }

  @Test
  void insideTheProactiveWindowTimingNeverBlocksOutsideItAlwaysDoes() {
    qt().withExamples(400).forAll(Generators.shippedOrders(), integers().between(0, 60 * 24 * 60), Generators.messageTypes())
        .assuming((order, minutes, type) -> type != MessageType.REVIEW_REQUEST)
        .checkAssert((order, minutes, type) -> {
          Message m = message(type, "", "x", AT);
          Instant at = order.purchasedAt().plus(Duration.ofMinutes(minutes));
          Instant closes = order.deliveredAt().orElse(order.purchasedAt()).plus(Duration.ofDays(30));
          SendReport r = CHECK.check(request(m, order, false, OptOutState.OPTED_IN, at));
          assertThat(r.findings("message.proactive-window").isEmpty()).isEqualTo(at.isBefore(closes));
          if (at.isBefore(closes) && r.orderReport().allowedUntil().map(at::isBefore).orElse(true)) {
            assertThat(r.blockedByTiming()).isFalse();
          }
          if (!at.isBefore(closes)) {
            assertThat(r.blockedByTiming()).isTrue();
            assertThat(r.earliestAllowedAt()).isEmpty();
          }
          earliestIsAllowed(r, m, order, false);
        });
  }

  private static void earliestIsAllowed(SendReport r, Message m, Order order, boolean reply) {
    r.earliestAllowedAt().ifPresent(earliest -> {
      assertThat(r.blockedByTiming()).isTrue();
      SendReport then = CHECK.check(request(m, order, reply, OptOutState.OPTED_IN, earliest));
      assertThat(then.blockedByTiming()).as("blocked at its own earliest allowed instant %s", earliest).isFalse();
    });
  }

  @Test
  void theVerdictNeverDependsOnTheDefaultZoneOrLocale() {
    List<String> zones = List.of("UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu", "Pacific/Pago_Pago");
    List<Locale> locales = List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("hi-IN"), Locale.forLanguageTag("ja-JP"), Locale.forLanguageTag("ar-SA"));
    qt().withExamples(60).forAll(Generators.messageTypes(), Generators.messageText(), Generators.shippedOrders(), integers().between(0, 60 * 24 * 60))
        .checkAssert((type, text, order, minutes) -> {
          Instant at = order.purchasedAt().plus(Duration.ofMinutes(minutes));
          SendRequest req = request(message(type, "WICHTIG Invoice " + text, text, at), order, false, OptOutState.UNKNOWN, at);
          SendReport expected = CHECK.check(req);
          TimeZone zone = TimeZone.getDefault();
          Locale locale = Locale.getDefault();
          try {
            for (int i = 0; i < zones.size(); i++) {
              TimeZone.setDefault(TimeZone.getTimeZone(zones.get(i)));
              Locale.setDefault(locales.get(i));
              assertThat(CHECK.check(req)).as("zone %s locale %s", zones.get(i), locales.get(i)).isEqualTo(expected);
            }
          } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
          }
        });
  }
}
