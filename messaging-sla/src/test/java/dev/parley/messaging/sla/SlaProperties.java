package dev.parley.messaging.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SlaProperties {
  private static final SlaPolicy P = SlaPolicy.defaults();

  @Test
  void dueInstantNeverDependsOnTheJvmDefaultZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      qt().withExamples(200).forAll(Generators.threadLists(), Generators.zones(), Generators.instants())
          .checkAssert((ts, zone, at) -> {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            List<List<ResponseDeadline>> utc = deadlines(ts);
            WorkQueue q1 = WorkQueue.at(ts, P, at);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            assertThat(deadlines(ts)).isEqualTo(utc);
            assertThat(WorkQueue.at(ts, P, at)).isEqualTo(q1);
            for (List<ResponseDeadline> ds : utc) {
              for (ResponseDeadline d : ds) {
                d.due().ifPresent(due -> assertThat(Duration.between(d.receivedAt(), due)).isEqualTo(Duration.ofHours(24)));
              }
            }
          });
    } finally {
      TimeZone.setDefault(original);
    }
  }

  private static List<List<ResponseDeadline>> deadlines(List<MessageThread> ts) {
    List<List<ResponseDeadline>> out = new ArrayList<>();
    for (MessageThread t : ts) {
      out.add(ResponseDeadlines.compute(t, P));
    }
    return out;
  }

  @Test
  void addingASellerReplyNeverMakesAnAnsweredMessageOrTheMetricWorse() {
    qt().withExamples(300).forAll(Generators.threads("T"), Generators.instants(), Generators.instants())
        .checkAssert((thread, replyAt, at) -> {
          List<Message> ms = new ArrayList<>(thread.messages());
          ms.add(Message.builder().id("new-reply").author(Author.SELLER).sentAt(replyAt).build());
          ms.sort(Comparator.comparing(Message::sentAt));
          MessageThread after = MessageThread.builder().from(thread).messages(ms).build();
          List<ResponseDeadline> before = ResponseDeadlines.compute(thread, P);
          List<ResponseDeadline> now = ResponseDeadlines.compute(after, P);
          assertThat(now).hasSameSizeAs(before);
          for (int i = 0; i < before.size(); i++) {
            ResponseDeadline b = before.get(i);
            ResponseDeadline a = now.get(i);
            if (b.answeredAt().isPresent()) {
              assertThat(a.answeredAt().orElseThrow()).isBeforeOrEqualTo(b.answeredAt().get());
            }
            assertThat(rank(a.status(at, Duration.ZERO))).isLessThanOrEqualTo(rank(b.status(at, Duration.ZERO)));
          }
          Instant from = at.minus(Duration.ofDays(90));
          ResponseMetrics mb = ResponseMetrics.of(before, from, at, at);
          ResponseMetrics ma = ResponseMetrics.of(now, from, at, at);
          assertThat(ma.late()).isLessThanOrEqualTo(mb.late());
          assertThat(ma.answeredOnTime()).isGreaterThanOrEqualTo(mb.answeredOnTime());
          assertThat(ma.counted()).isGreaterThanOrEqualTo(mb.counted());
        });
  }

  /** Lower is better; pending and overdue are worse than any answer of the same lateness. */
  private static int rank(MessageStatus s) {
    switch (s) {
      case ANSWERED_ON_TIME:
      case EXCLUDED:
        return 0;
      case OPEN:
      case DUE_SOON:
        return 1;
      case ANSWERED_LATE:
        return 2;
      default:
        return 3;
    }
  }

  @Test
  void metricsOverAdjacentPeriodsAddUpAndRatesAreNeverNaN() {
    qt().withExamples(200).forAll(Generators.threadLists(), Generators.instants(), Generators.durations(), Generators.durations())
        .checkAssert((ts, a, d1, d2) -> {
          Instant b = a.plus(d1);
          Instant c = b.plus(d2);
          Instant at = c.plus(Duration.ofDays(1));
          ResponseMetrics left = ResponseMetrics.over(ts, P, a, b, at);
          ResponseMetrics right = ResponseMetrics.over(ts, P, b, c, at);
          ResponseMetrics whole = ResponseMetrics.over(ts, P, a, c, at);
          assertThat(left.plus(right)).isEqualTo(whole);
          assertThat(whole.counted()).isEqualTo(left.counted() + right.counted());
          assertThat(whole.totalResponseTime()).isEqualTo(left.totalResponseTime().plus(right.totalResponseTime()));
          for (ResponseMetrics m : List.of(left, right, whole)) {
            assertThat(m.lateResponseRate().isPresent()).isEqualTo(m.counted() > 0);
            m.lateResponseRate().ifPresent(r -> assertThat(r).isBetween(0.0, 1.0));
            assertThat(m.averageResponseTime().isPresent()).isEqualTo(m.answered() > 0);
          }
          Map<StandardPeriod, ResponseMetrics> std = ResponseMetrics.standard(ts, P, at);
          assertThat(std.get(StandardPeriod.LAST_7_DAYS).counted()).isLessThanOrEqualTo(std.get(StandardPeriod.LAST_30_DAYS).counted());
          assertThat(std.get(StandardPeriod.LAST_30_DAYS).counted()).isLessThanOrEqualTo(std.get(StandardPeriod.LAST_90_DAYS).counted());
        });
  }

  @Test
  void workQueueIsSortedByDueInstantAndHoldsEveryThreadAwaitingAReply() {
    qt().withExamples(300).forAll(Generators.threadLists(), Generators.instants(), Generators.durations())
        .checkAssert((ts, at, lead) -> {
          SlaPolicy p = SlaPolicy.builder().dueSoonLead(lead).build();
          WorkQueue q = WorkQueue.at(ts, p, at);
          Instant prevDue = Instant.MIN;
          Urgency prevUrgency = Urgency.OVERDUE;
          String prevId = "";
          for (ThreadState s : q.entries()) {
            Instant due = s.bindingDeadline().orElseThrow();
            assertThat(due).isAfterOrEqualTo(prevDue);
            assertThat(s.urgency()).isGreaterThanOrEqualTo(prevUrgency);
            if (due.equals(prevDue)) {
              assertThat(s.threadId()).isGreaterThan(prevId);
            }
            assertThat(s.urgency()).isEqualTo(Urgency.valueOf(statusOf(due, at, lead).name()));
            prevDue = due;
            prevUrgency = s.urgency();
            prevId = s.threadId();
          }
          long awaiting = ts.stream().filter(t -> ThreadState.at(t, p, at).awaitingReply() > 0).count();
          assertThat(q.size()).isEqualTo((int) awaiting);
        });
  }

  private static MessageStatus statusOf(Instant due, Instant at, Duration lead) {
    if (at.isAfter(due)) {
      return MessageStatus.OVERDUE;
    }
    return at.isBefore(due.minus(lead)) ? MessageStatus.OPEN : MessageStatus.DUE_SOON;
  }

  @Test
  void businessClockCountsOnlyOpenMomentsAndAgreesWithIsOpen() {
    qt().withExamples(150).forAll(Generators.clocks(), Generators.instants(), Generators.durations())
        .checkAssert((clock, from, span) -> {
          Instant to = from.plus(span.dividedBy(3));
          List<Instant[]> pieces = new ArrayList<>();
          clock.forEachOpenPiece(from, to, (s, e) -> {
            pieces.add(new Instant[] {s, e});
            return true;
          });
          Duration sum = Duration.ZERO;
          Instant prevEnd = from;
          for (Instant[] pc : pieces) {
            assertThat(pc[0]).isBefore(pc[1]).isAfterOrEqualTo(prevEnd);
            assertThat(clock.isOpen(pc[0])).as("start of %s..%s in %s", pc[0], pc[1], clock).isTrue();
            assertThat(clock.isOpen(pc[1].minusNanos(1))).as("end of %s..%s", pc[0], pc[1]).isTrue();
            if (pc[0].isAfter(prevEnd)) {
              assertThat(clock.isOpen(prevEnd)).as("gap at %s in %s", prevEnd, clock).isFalse();
              assertThat(clock.isOpen(pc[0].minusNanos(1))).as("before %s", pc[0]).isFalse();
            }
            sum = sum.plus(Duration.between(pc[0], pc[1]));
            prevEnd = pc[1];
          }
          if (prevEnd.isBefore(to)) {
            assertThat(clock.isOpen(prevEnd)).isFalse();
          }
          assertThat(clock.businessTimeBetween(from, to)).isEqualTo(sum);
          // Sample moments: open exactly when inside a piece.
          for (int i = 0; i < 24; i++) {
            Instant t = from.plus(Duration.between(from, to).multipliedBy(i).dividedBy(24));
            boolean inPiece = false;
            for (Instant[] pc : pieces) {
              inPiece |= !t.isBefore(pc[0]) && t.isBefore(pc[1]);
            }
            assertThat(clock.isOpen(t)).as("%s in %s", t, clock).isEqualTo(inPiece);
          }
        });
  }

  @Test
  void businessClockIsMonotonicAndAddIsTheInverseOfBetween() {
    qt().withExamples(150).forAll(Generators.clocks(), Generators.instants(), Generators.durations(), Generators.durations())
        .checkAssert((clock, start, d1, d2) -> {
          Duration small = d1.dividedBy(20);
          Duration large = small.plus(d2.dividedBy(20));
          Instant a = clock.plusBusinessTime(start, small);
          Instant b = clock.plusBusinessTime(start, large);
          assertThat(a).isAfterOrEqualTo(start).isBeforeOrEqualTo(b);
          assertThat(clock.businessTimeBetween(start, a)).isEqualTo(small);
          assertThat(clock.businessTimeBetween(start, b)).isEqualTo(large);
          assertThat(clock.businessTimeBetween(start, start.plus(d1))).isLessThanOrEqualTo(clock.businessTimeBetween(start, start.plus(d1).plus(d2)));
          assertThat(clock.businessTimeBetween(start, start.plus(d1))).isLessThanOrEqualTo(d1);
          Instant open = clock.nextOpening(start).orElseThrow();
          assertThat(clock.isOpen(open)).isTrue();
          assertThat(clock.businessTimeBetween(start, open)).isEqualTo(Duration.ZERO);
        });
  }

  @Test
  void deadlineComputationIsDeterministicAcrossZonesOfTheClock() {
    Map<String, Instant> seen = new HashMap<>();
    qt().withExamples(50).forAll(Generators.threads("T"), Generators.zones()).checkAssert((t, zone) -> {
      for (ResponseDeadline d : ResponseDeadlines.compute(t, P)) {
        Instant first = seen.putIfAbsent(t.toString() + d.messageId(), d.due().orElse(Instant.EPOCH));
        if (first != null) {
          assertThat(d.due().orElse(Instant.EPOCH)).isEqualTo(first);
        }
      }
      assertThat(ZoneId.of(zone.getId())).isEqualTo(zone);
    });
  }
}
