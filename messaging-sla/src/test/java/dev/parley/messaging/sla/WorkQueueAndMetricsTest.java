package dev.parley.messaging.sla;

import static dev.parley.messaging.sla.Fixtures.buyer;
import static dev.parley.messaging.sla.Fixtures.seller;
import static dev.parley.messaging.sla.Fixtures.t;
import static dev.parley.messaging.sla.Fixtures.thread;
import static dev.parley.messaging.sla.Fixtures.threads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkQueueAndMetricsTest {
  private static final SlaPolicy P = SlaPolicy.defaults();
  private static final Instant NOW = t("2026-06-10T12:00:00Z");

  private static List<MessageThread> sample() {
    return threads(
        thread("open", buyer("b", "2026-06-10T06:00:00Z")),                         // due 06-11 06:00, open
        thread("soon-b", buyer("b", "2026-06-09T14:00:00Z")),                       // due 06-10 14:00, due soon
        thread("soon-a", buyer("b", "2026-06-09T14:00:00Z")),                       // same due: tie by id
        thread("late", buyer("b1", "2026-06-08T09:00:00Z"), buyer("b2", "2026-06-10T09:00:00Z")), // b1 overdue
        thread("later", buyer("b", "2026-06-09T10:00:00Z")),                        // due 06-10 10:00 overdue
        thread("done", buyer("b", "2026-06-09T10:00:00Z"), seller("s", "2026-06-09T11:00:00Z")),
        thread("future", buyer("b", "2026-06-11T10:00:00Z")),                       // after NOW: not visible
        thread("empty"));
  }

  @Test
  void queueOrdersOverdueThenDueSoonThenOpenWithTiesById() {
    WorkQueue q = WorkQueue.at(sample(), P, NOW);
    assertThat(q.entries()).extracting(ThreadState::threadId)
        .containsExactly("late", "later", "soon-a", "soon-b", "open");
    assertThat(q.entries()).extracting(ThreadState::urgency)
        .containsExactly(Urgency.OVERDUE, Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.DUE_SOON, Urgency.OPEN);
    assertThat(q.withUrgency(Urgency.OVERDUE)).hasSize(2);
    ThreadState late = q.entries().get(0);
    assertThat(late.bindingDeadline()).contains(t("2026-06-09T09:00:00Z"));
    assertThat(late.awaitingReply()).isEqualTo(2);
    assertThat(late.messages()).extracting(MessageState::status).containsExactly(MessageStatus.OVERDUE, MessageStatus.OPEN);
    assertThat(WorkQueue.at(sample(), P, NOW)).isEqualTo(q);
  }

  @Test
  void futureMessagesAndRepliesAreInvisibleAtAnEarlierInstant() {
    MessageThread th = thread("T", buyer("b", "2026-06-10T06:00:00Z"), seller("s", "2026-06-10T07:00:00Z"),
        buyer("b2", "2026-06-10T08:00:00Z"));
    ThreadState s = ThreadState.at(th, P, t("2026-06-10T06:30:00Z"));
    assertThat(s.messages()).hasSize(1);
    assertThat(s.messages().get(0).status()).isEqualTo(MessageStatus.OPEN);
    assertThat(ThreadState.at(th, P, t("2026-06-10T07:00:00Z")).urgency()).isEqualTo(Urgency.NONE);
  }

  @Test
  void duplicateThreadIdsAreRejected() {
    assertThatThrownBy(() -> WorkQueue.at(threads(thread("X"), thread("X")), P, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"X\"");
  }

  @Test
  void metricsCountLateSplitAndAverageAndSkipYoungUnanswered() {
    List<MessageThread> ts = threads(
        thread("a", buyer("b", "2026-06-01T00:00:00Z"), seller("s", "2026-06-01T02:00:00Z")),   // on time 2h
        thread("b", buyer("b", "2026-06-02T00:00:00Z"), seller("s", "2026-06-03T06:00:00Z")),   // late 30h
        thread("c", buyer("b", "2026-06-03T00:00:00Z")),                                        // unanswered late
        thread("d", buyer("b", "2026-06-10T00:00:00Z")),                                        // pending
        thread("e", Message.builder().id("x").author(Author.BUYER).noResponseNeeded(true)
            .sentAt(t("2026-06-04T00:00:00Z")).build()));
    ResponseMetrics m = ResponseMetrics.over(ts, P, t("2026-06-01T00:00:00Z"), t("2026-06-11T00:00:00Z"), NOW);
    assertThat(m.counted()).isEqualTo(3);
    assertThat(m.answeredOnTime()).isEqualTo(1);
    assertThat(m.answeredLate()).isEqualTo(1);
    assertThat(m.unansweredLate()).isEqualTo(1);
    assertThat(m.pending()).isEqualTo(1);
    assertThat(m.excluded()).isEqualTo(1);
    assertThat(m.lateResponseRate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.answeredLateRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.unansweredLateRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.onTimeRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.averageResponseTime()).contains(Duration.ofHours(16));
  }

  @Test
  void zeroMessagesGiveEmptyRatesNotNaN() {
    ResponseMetrics m = ResponseMetrics.over(List.of(), P, t("2026-06-01T00:00:00Z"), t("2026-06-11T00:00:00Z"), NOW);
    assertThat(m.counted()).isZero();
    assertThat(m.lateResponseRate()).isEmpty();
    assertThat(m.onTimeRate()).isEmpty();
    assertThat(m.averageResponseTime()).isEmpty();
    ResponseMetrics onlyPending = ResponseMetrics.over(threads(thread("d", buyer("b", "2026-06-10T00:00:00Z"))),
        P, t("2026-06-01T00:00:00Z"), t("2026-06-11T00:00:00Z"), NOW);
    assertThat(onlyPending.lateResponseRate()).isEmpty();
    assertThat(onlyPending.pending()).isEqualTo(1);
  }

  @Test
  void periodsSelectByReceivedInstantHalfOpen() {
    List<MessageThread> ts = threads(thread("a", buyer("b", "2026-06-01T00:00:00Z")));
    assertThat(ResponseMetrics.over(ts, P, t("2026-06-01T00:00:00Z"), t("2026-06-02T00:00:00Z"), NOW).counted()).isEqualTo(1);
    assertThat(ResponseMetrics.over(ts, P, t("2026-05-31T00:00:00Z"), t("2026-06-01T00:00:00Z"), NOW).counted()).isZero();
    assertThatThrownBy(() -> ResponseMetrics.over(ts, P, t("2026-06-02T00:00:00Z"), t("2026-06-01T00:00:00Z"), NOW))
        .hasMessageContaining("to");
  }

  @Test
  void standardPeriodsAreSevenThirtyNinetyDaysOfElapsedTime() {
    List<MessageThread> ts = threads(
        thread("d5", buyer("b", "2026-06-05T12:00:00Z")),
        thread("d7", buyer("b", "2026-06-03T12:00:00Z")),          // exactly 7 days before: in 7d
        thread("d7x", buyer("b", "2026-06-03T11:59:59.999999999Z")), // just outside 7d
        thread("d60", buyer("b", "2026-04-11T12:00:00Z")),
        thread("d100", buyer("b", "2026-03-02T12:00:00Z")));
    Map<StandardPeriod, ResponseMetrics> m = ResponseMetrics.standard(ts, P, NOW);
    assertThat(m.get(StandardPeriod.LAST_7_DAYS).counted()).isEqualTo(2);
    assertThat(m.get(StandardPeriod.LAST_30_DAYS).counted()).isEqualTo(3);
    assertThat(m.get(StandardPeriod.LAST_90_DAYS).counted()).isEqualTo(4);
    assertThat(m.get(StandardPeriod.LAST_7_DAYS).start()).isEqualTo(t("2026-06-03T12:00:00Z"));
    List<ResponseDeadline> all = ts.stream().flatMap(x -> ResponseDeadlines.compute(x, P).stream()).toList();
    assertThat(ResponseMetrics.standardOf(all, NOW)).isEqualTo(m);
  }

  @Test
  void adjacentPeriodsCombineAndNonAdjacentAreRejected() {
    List<MessageThread> ts = sample();
    Instant a = t("2026-06-01T00:00:00Z");
    Instant b = t("2026-06-09T12:00:00Z");
    Instant c = t("2026-06-12T00:00:00Z");
    ResponseMetrics left = ResponseMetrics.over(ts, P, a, b, NOW);
    ResponseMetrics right = ResponseMetrics.over(ts, P, b, c, NOW);
    assertThat(left.plus(right)).isEqualTo(ResponseMetrics.over(ts, P, a, c, NOW));
    assertThat(right.plus(left)).isEqualTo(ResponseMetrics.over(ts, P, a, c, NOW));
    assertThatThrownBy(() -> left.plus(ResponseMetrics.over(ts, P, c, c.plusSeconds(1), NOW)))
        .hasMessageContaining("adjacent");
  }
}
