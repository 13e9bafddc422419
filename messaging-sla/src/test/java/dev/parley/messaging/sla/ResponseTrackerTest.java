package dev.parley.messaging.sla;

import static dev.parley.messaging.sla.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.OrderId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTrackerTest {
  @Test
  void aLateArrivingReplyTimestampedBeforeTheQuestionDoesNotAnswerIt() {
    ResponseTracker tr = new ResponseTracker(SlaPolicy.defaults());
    tr.received("T", "b1", t("2026-05-01T10:00:00Z"));
    tr.replied("T", "s0", t("2026-05-01T09:59:00Z"));
    assertThat(tr.state("T", t("2026-05-01T11:00:00Z")).orElseThrow().messages().get(0).status()).isEqualTo(MessageStatus.OPEN);
    tr.replied("T", "s1", t("2026-05-01T12:00:00Z"));
    assertThat(tr.state("T", t("2026-05-01T12:00:00Z")).orElseThrow().messages().get(0).status())
        .isEqualTo(MessageStatus.ANSWERED_ON_TIME);
    assertThat(tr.threads().get(0).messages()).extracting(m -> m.id()).containsExactly("s0", "b1", "s1");
  }

  @Test
  void concurrentFeedersLoseNoEvent() throws Exception {
    ResponseTracker tr = new ResponseTracker(SlaPolicy.defaults());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int worker = w;
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 250; i++) {
            String thread = "T" + (i % 10);
            tr.received(thread, "b-" + worker + "-" + i, t("2026-05-01T00:00:00Z").plusSeconds(i * 60L));
            if (i % 2 == 0) {
              tr.replied(thread, "s-" + worker + "-" + i, t("2026-05-01T00:00:00Z").plusSeconds(i * 60L + 30));
            }
            if (i % 25 == 0) {
              tr.workQueue(t("2026-05-02T00:00:00Z"));
            }
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(tr.deadlines()).hasSize(1000);
    assertThat(tr.threads()).hasSize(10);
    assertThat(tr.metrics(t("2026-04-01T00:00:00Z"), t("2026-06-01T00:00:00Z"), t("2026-06-01T00:00:00Z")).counted()).isEqualTo(1000);
  }

  @Test
  void marksAndOrdersAndErrors() {
    ResponseTracker tr = new ResponseTracker(SlaPolicy.builder().vacationReading(VacationReading.EXEMPT_NEW_MESSAGES_WHILE_INACTIVE)
        .addInactivePeriods(InactivePeriod.of(t("2026-05-01T00:00:00Z"), t("2026-05-10T00:00:00Z"))).build(),
        OrderDates.of(Map.of(OrderId.parse("111-1111111-1111111"), t("2026-04-01T00:00:00Z"))));
    tr.received("T", "b1", t("2026-05-02T10:00:00Z"));
    assertThat(tr.deadlines().get(0).exclusion()).contains(ExclusionReason.VACATION);
    tr.assignOrder("T", OrderId.parse("111-1111111-1111111"));
    assertThat(tr.deadlines().get(0).needsReply()).isTrue();
    tr.markedNoResponseNeeded("T", "b1");
    assertThat(tr.deadlines().get(0).exclusion()).contains(ExclusionReason.NO_RESPONSE_NEEDED);
    assertThat(tr.workQueue(t("2026-05-05T00:00:00Z")).size()).isZero();
    assertThatThrownBy(() -> tr.received("T", "b1", t("2026-05-02T10:00:00Z"))).hasMessageContaining("b1");
    assertThatThrownBy(() -> tr.markedNoResponseNeeded("T", "nope")).hasMessageContaining("nope");
    assertThatThrownBy(() -> tr.markedNoResponseNeeded("U", "b1")).hasMessageContaining("U");
    assertThat(tr.state("U", t("2026-05-05T00:00:00Z"))).isEmpty();
  }
}
