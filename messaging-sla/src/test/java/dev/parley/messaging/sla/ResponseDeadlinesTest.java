package dev.parley.messaging.sla;

import static dev.parley.messaging.sla.Fixtures.amazon;
import static dev.parley.messaging.sla.Fixtures.buyer;
import static dev.parley.messaging.sla.Fixtures.seller;
import static dev.parley.messaging.sla.Fixtures.sellerAuto;
import static dev.parley.messaging.sla.Fixtures.t;
import static dev.parley.messaging.sla.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseDeadlinesTest {
  private static final SlaPolicy DEFAULTS = SlaPolicy.defaults();

  @Test
  void policyDefaultsFollowRules() {
    assertThat(DEFAULTS.responseWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(DEFAULTS.dueSoonLead()).isEqualTo(Duration.ofHours(4));
    assertThat(DEFAULTS.vacationReading()).isEqualTo(VacationReading.NO_EXEMPTION);
    assertThat(DEFAULTS.internalTarget()).isEmpty();
    assertThat(DEFAULTS.toString()).contains("responseWindow=PT24H", "vacationReading=NO_EXEMPTION");
    assertThat(SlaPolicy.builder().build()).isEqualTo(DEFAULTS);
  }

  @Test
  void policyRejectsNonPositiveWindowNamingTheField() {
    assertThatThrownBy(() -> SlaPolicy.builder().responseWindow(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responseWindow")
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> SlaPolicy.builder().dueSoonLead(Duration.ofHours(-1)).build())
        .hasMessageContaining("dueSoonLead");
    assertThatThrownBy(() -> InactivePeriod.of(t("2026-01-02T00:00:00Z"), t("2026-01-01T00:00:00Z")))
        .hasMessageContaining("end");
  }

  @Test
  void dueIsReceiptPlus24HoursAndAReplyExactlyAtDueIsOnTime() {
    MessageThread th = thread("T1", buyer("b1", "2026-05-04T10:00:00Z"), seller("s1", "2026-05-05T10:00:00Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, DEFAULTS).get(0);
    assertThat(d.due()).contains(t("2026-05-05T10:00:00Z"));
    assertThat(d.answeredBy()).contains("s1");
    assertThat(d.responseTime()).contains(Duration.ofHours(24));
    assertThat(d.status(t("2026-05-06T00:00:00Z"), Duration.ofHours(4))).isEqualTo(MessageStatus.ANSWERED_ON_TIME);
  }

  @Test
  void aReplyOneNanosecondAfterDueIsLate() {
    MessageThread th = thread("T1", buyer("b1", "2026-05-04T10:00:00Z"), seller("s1", "2026-05-05T10:00:00.000000001Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, DEFAULTS).get(0);
    assertThat(d.status(t("2026-05-06T00:00:00Z"), Duration.ZERO)).isEqualTo(MessageStatus.ANSWERED_LATE);
  }

  @Test
  void overdueOnlyStrictlyAfterDue() {
    ResponseDeadline d = ResponseDeadlines.compute(thread("T", buyer("b", "2026-05-04T10:00:00Z")), DEFAULTS).get(0);
    Duration lead = Duration.ofHours(4);
    assertThat(d.status(t("2026-05-05T10:00:00Z"), lead)).isEqualTo(MessageStatus.DUE_SOON);
    assertThat(d.status(t("2026-05-05T10:00:00.000000001Z"), lead)).isEqualTo(MessageStatus.OVERDUE);
    assertThat(d.status(t("2026-05-05T06:00:00Z"), lead)).isEqualTo(MessageStatus.DUE_SOON);
    assertThat(d.status(t("2026-05-05T05:59:59.999999999Z"), lead)).isEqualTo(MessageStatus.OPEN);
  }

  /** Spring-forward and fall-back nights: the deadline is 24 elapsed hours, so its local time moves. */
  @ParameterizedTest
  @CsvSource({
    "America/Los_Angeles, 2026-03-07T12:00, 2026-03-08T13:00",
    "America/Los_Angeles, 2026-10-31T12:00, 2026-11-01T11:00",
    "Europe/Berlin, 2026-03-28T12:00, 2026-03-29T13:00",
    "Europe/Berlin, 2026-10-24T12:00, 2026-10-25T11:00",
    "Australia/Sydney, 2026-04-04T12:00, 2026-04-05T11:00",
    "Australia/Sydney, 2026-10-03T12:00, 2026-10-04T13:00",
  })
  void dstNightsDoNotChangeTheElapsedWindow(String zone, String localReceived, String localDue) {
    ZoneId z = ZoneId.of(zone);
    Instant received = java.time.LocalDateTime.parse(localReceived).atZone(z).toInstant();
    MessageThread th = thread("T", Message.builder().id("b").author(Author.BUYER).sentAt(received).build());
    Instant due = ResponseDeadlines.compute(th, DEFAULTS).get(0).due().orElseThrow();
    assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(24));
    assertThat(ZonedDateTime.ofInstant(due, z).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse(localDue));
  }

  @Test
  void leapDayAndNewYearsEve() {
    assertThat(dueOf("2028-02-28T09:30:00Z")).isEqualTo(t("2028-02-29T09:30:00Z"));
    assertThat(dueOf("2028-02-29T09:30:00Z")).isEqualTo(t("2028-03-01T09:30:00Z"));
    assertThat(dueOf("2027-02-28T09:30:00Z")).isEqualTo(t("2027-03-01T09:30:00Z"));
    assertThat(dueOf("2026-12-31T23:59:59.999999999Z")).isEqualTo(t("2027-01-01T23:59:59.999999999Z"));
  }

  private static Instant dueOf(String received) {
    return ResponseDeadlines.compute(thread("T", buyer("b", received)), DEFAULTS).get(0).due().orElseThrow();
  }

  @Test
  void oneReplyAnswersAllEarlierBuyerMessagesAndInterleavedRepliesAnswerTheirOwn() {
    MessageThread th = thread("T",
        buyer("b1", "2026-05-01T08:00:00Z"),
        buyer("b2", "2026-05-01T09:00:00Z"),
        seller("s1", "2026-05-01T10:00:00Z"),
        buyer("b3", "2026-05-01T11:00:00Z"),
        sellerAuto("auto", "2026-05-01T11:00:01Z"),
        buyer("b4", "2026-05-02T12:00:00Z"),
        seller("s2", "2026-05-03T12:00:00Z"),
        buyer("b5", "2026-05-03T13:00:00Z"));
    List<ResponseDeadline> ds = ResponseDeadlines.compute(th, DEFAULTS);
    assertThat(ds).extracting(ResponseDeadline::messageId).containsExactly("b1", "b2", "b3", "b4", "b5");
    assertThat(ds).extracting(d -> d.answeredBy().orElse("-")).containsExactly("s1", "s1", "s2", "s2", "-");
    Instant at = t("2026-05-10T00:00:00Z");
    assertThat(ds).extracting(d -> d.status(at, Duration.ofHours(4))).containsExactly(
        MessageStatus.ANSWERED_ON_TIME, MessageStatus.ANSWERED_ON_TIME, MessageStatus.ANSWERED_LATE,
        MessageStatus.ANSWERED_ON_TIME, MessageStatus.OVERDUE);
  }

  @Test
  void aSellerAutoReplyIsNoAnswer() {
    MessageThread th = thread("T", buyer("b", "2026-05-01T08:00:00Z"), sellerAuto("a", "2026-05-01T08:00:05Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, DEFAULTS).get(0);
    assertThat(d.answeredBy()).isEmpty();
    assertThat(d.status(t("2026-05-03T00:00:00Z"), Duration.ZERO)).isEqualTo(MessageStatus.OVERDUE);
  }

  @Test
  void clockSkewAReplyTimestampedBeforeTheQuestionDoesNotAnswerIt() {
    MessageThread th = thread("T", seller("s0", "2026-05-01T07:59:59Z"), buyer("b", "2026-05-01T08:00:00Z"));
    assertThat(ResponseDeadlines.compute(th, DEFAULTS).get(0).answeredBy()).isEmpty();
  }

  @Test
  void aReplyWithTheSameInstantDoesNotAnswerByDefaultWhateverTheListOrder() {
    MessageThread th = thread("T", seller("s0", "2026-05-01T08:00:00Z"), buyer("b", "2026-05-01T08:00:00Z"));
    assertThat(ResponseDeadlines.compute(th, DEFAULTS).get(0).answeredBy()).isEmpty();
    MessageThread reversed = thread("T", buyer("b", "2026-05-01T08:00:00Z"), seller("s0", "2026-05-01T08:00:00Z"));
    assertThat(ResponseDeadlines.compute(reversed, DEFAULTS).get(0).answeredBy()).isEmpty();
  }

  @Test
  void atOrAfterReplyTimingLetsASameInstantReplyAnswer() {
    SlaPolicy sameInstant = SlaPolicy.builder().replyTiming(ReplyTiming.AT_OR_AFTER).build();
    MessageThread th = thread("T", seller("s0", "2026-05-01T08:00:00Z"), buyer("b", "2026-05-01T08:00:00Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, sameInstant).get(0);
    assertThat(d.answeredBy()).contains("s0");
    assertThat(d.responseTime()).contains(Duration.ZERO);
  }

  @Test
  void aHugeWindowSaturatesInsteadOfThrowing() {
    SlaPolicy huge = SlaPolicy.builder().responseWindow(Duration.ofSeconds(Long.MAX_VALUE)).build();
    MessageThread th = thread("T", buyer("b", "2026-05-01T08:00:00Z"));
    assertThat(ResponseDeadlines.compute(th, huge).get(0).due()).contains(Instant.MAX);
    assertThat(ResponseMetrics.standard(List.of(th), huge, OrderDates.none(), t("2026-05-02T08:00:00Z")).get(StandardPeriod.LAST_7_DAYS).pending()).isEqualTo(1);
  }

  @Test
  void anInstantAtTheEdgeOfTheRangeSaturatesInsteadOfThrowing() {
    Instant edge = java.time.OffsetDateTime.parse("-999999999-01-01T00:00:00+18:00").toInstant();
    MessageThread th = thread("T", Message.builder().id("b").author(Author.BUYER).sentAt(edge).build());
    assertThat(ResponseDeadlines.compute(th, DEFAULTS)).hasSize(1);
    assertThat(ResponseMetrics.standard(List.of(th), DEFAULTS, OrderDates.none(), edge)).isNotEmpty();
    assertThat(WorkQueue.at(List.of(th), DEFAULTS, edge).size()).isEqualTo(1);
  }

  @Test
  void emptyThreadsAndSellerOnlyThreadsHaveNoDeadlines() {
    assertThat(ResponseDeadlines.compute(thread("T"), DEFAULTS)).isEmpty();
    assertThat(ResponseDeadlines.compute(thread("T", seller("s", "2026-05-01T08:00:00Z")), DEFAULTS)).isEmpty();
    assertThat(ThreadState.at(thread("T"), DEFAULTS, t("2026-05-01T00:00:00Z")).urgency()).isEqualTo(Urgency.NONE);
  }

  @Test
  void exclusionsAreReportedWithTheirReasonAndNoDue() {
    MessageThread th = thread("T",
        amazon("a", "2026-05-01T08:00:00Z"),
        Message.builder().id("auto").author(Author.BUYER).automated(true).sentAt(t("2026-05-01T08:01:00Z")).build(),
        Message.builder().id("thanks").author(Author.BUYER).noResponseNeeded(true).sentAt(t("2026-05-01T08:02:00Z")).build(),
        Message.builder().id("both").author(Author.BUYER).automated(true).noResponseNeeded(true)
            .sentAt(t("2026-05-01T08:03:00Z")).build());
    List<ResponseDeadline> ds = ResponseDeadlines.compute(th, DEFAULTS);
    assertThat(ds).extracting(d -> d.exclusion().orElseThrow()).containsExactly(
        ExclusionReason.FROM_AMAZON, ExclusionReason.AUTOMATED, ExclusionReason.NO_RESPONSE_NEEDED,
        ExclusionReason.AUTOMATED);
    assertThat(ds).allSatisfy(d -> {
      assertThat(d.due()).isEmpty();
      assertThat(d.needsReply()).isFalse();
      assertThat(d.status(t("2026-06-01T00:00:00Z"), Duration.ZERO)).isEqualTo(MessageStatus.EXCLUDED);
    });
  }

  @Test
  void vacationDefaultReadingExemptsNothing() {
    SlaPolicy p = SlaPolicy.builder()
        .addInactivePeriods(InactivePeriod.of(t("2026-07-01T00:00:00Z"), t("2026-07-15T00:00:00Z")))
        .build();
    assertThat(ResponseDeadlines.compute(thread("T", buyer("b", "2026-07-02T00:00:00Z")), p).get(0).needsReply()).isTrue();
  }

  @Test
  void vacationSeedReadingExemptsNewMessagesButNotThoseAboutEarlierOrders() {
    Instant start = t("2026-07-01T00:00:00Z");
    SlaPolicy p = SlaPolicy.builder()
        .vacationReading(VacationReading.EXEMPT_NEW_MESSAGES_WHILE_INACTIVE)
        .addInactivePeriods(InactivePeriod.of(start, t("2026-07-15T00:00:00Z")))
        .build();
    OrderId before = OrderId.parse("111-0000000-0000001");
    OrderId during = OrderId.parse("111-0000000-0000002");
    OrderId unknown = OrderId.parse("111-0000000-0000003");
    OrderDates dates = OrderDates.of(Map.of(before, start.minusSeconds(1), during, start));
    assertThat(exclusion(p, dates, thread("A", before.toString(), buyer("b", "2026-07-02T00:00:00Z")))).isNull();
    assertThat(exclusion(p, dates, thread("B", during.toString(), buyer("b", "2026-07-02T00:00:00Z"))))
        .isEqualTo(ExclusionReason.VACATION);
    assertThat(exclusion(p, dates, thread("C", unknown.toString(), buyer("b", "2026-07-02T00:00:00Z")))).isNull();
    assertThat(exclusion(p, dates, thread("D", buyer("b", "2026-07-02T00:00:00Z")))).isEqualTo(ExclusionReason.VACATION);
    // Half-open period: the end instant is active again.
    assertThat(exclusion(p, dates, thread("E", buyer("b", "2026-07-15T00:00:00Z")))).isNull();
    assertThat(exclusion(p, dates, thread("F", buyer("b", "2026-07-01T00:00:00Z")))).isEqualTo(ExclusionReason.VACATION);
  }

  private static ExclusionReason exclusion(SlaPolicy p, OrderDates dates, MessageThread th) {
    return ResponseDeadlines.compute(th, p, dates).get(0).exclusion().orElse(null);
  }

  @Test
  void aLongerWindowMovesTheDue() {
    SlaPolicy p = SlaPolicy.builder().responseWindow(Duration.ofHours(48)).build();
    MessageThread th = thread("T", buyer("b", "2026-05-01T08:00:00Z"), seller("s", "2026-05-02T20:00:00Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, p).get(0);
    assertThat(d.due()).contains(t("2026-05-03T08:00:00Z"));
    assertThat(d.status(t("2026-05-04T00:00:00Z"), Duration.ZERO)).isEqualTo(MessageStatus.ANSWERED_ON_TIME);
    assertThat(ResponseDeadlines.compute(th, DEFAULTS).get(0).status(t("2026-05-04T00:00:00Z"), Duration.ZERO))
        .isEqualTo(MessageStatus.ANSWERED_LATE);
  }

  @Test
  void internalBusinessHoursTargetRunsBesideAmazonsClock() {
    BusinessClock clock = BusinessClock.of(WeeklySchedule.officeHours(), ZoneId.of("Europe/Berlin"), HolidayCalendar.country("DE"));
    SlaPolicy p = SlaPolicy.builder().internalTarget(InternalTarget.of(clock, Duration.ofHours(4))).build();
    // Friday 15:00 Berlin (13:00Z): 2 h on Friday, 2 h on Monday -> Monday 11:00 Berlin.
    MessageThread th = thread("T", buyer("b", "2026-05-08T13:00:00Z"));
    ResponseDeadline d = ResponseDeadlines.compute(th, p).get(0);
    assertThat(d.due()).contains(t("2026-05-09T13:00:00Z"));
    assertThat(d.internalDue()).contains(t("2026-05-11T09:00:00Z"));
    assertThat(d.internalTargetMissed(t("2026-05-11T09:00:00Z"))).isFalse();
    assertThat(d.internalTargetMissed(t("2026-05-11T09:00:00.000000001Z"))).isTrue();
    assertThat(ThreadState.at(th, p, t("2026-05-11T10:00:00Z")).messages().get(0).internalTargetMissed()).isTrue();
  }

  @Test
  void resultIsIdenticalOnASecondCallAndIndependentOfDefaultZone() {
    MessageThread th = thread("T", buyer("b1", "2026-03-08T09:59:00Z"), seller("s", "2026-03-09T10:00:00Z"));
    assertThat(ResponseDeadlines.compute(th, DEFAULTS)).isEqualTo(ResponseDeadlines.compute(th, DEFAULTS));
  }
}
