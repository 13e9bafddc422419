package dev.parley.messaging.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A stateful property: a {@link ResponseTracker} fed with random events (buyer messages, seller
 * replies and auto-replies, Amazon messages, "no response needed" marks) out of time order agrees
 * after every event with a naive quadratic model on every message's status and answer, the work
 * queue and the 30-day metrics.
 */
class ResponseTrackerProperties {
  private static final SlaPolicy P = SlaPolicy.defaults();

  /** kind: 0 buyer, 1 seller reply, 2 seller auto-reply, 3 mark, 4 Amazon, 5 automated buyer. */
  private static final class Command {
    final int kind;
    final int thread;
    final int hour;
    final int pick;
    final int queryHour;

    Command(int kind, int thread, int hour, int pick, int queryHour) {
      this.kind = kind;
      this.thread = thread;
      this.hour = hour;
      this.pick = pick;
      this.queryHour = queryHour;
    }

    @Override
    public String toString() {
      return "Command{kind=" + kind + ", thread=" + thread + ", hour=" + hour + ", pick=" + pick + ", query=" + queryHour + "}";
    }
  }

  private static Gen<Command> commands() {
    return integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 200), integers().between(0, 9),
        integers().between(0, 260), Command::new);
  }

  /** A message as the model knows it, with its arrival sequence. */
  private static final class ModelMessage {
    final String id;
    final Author author;
    final Instant at;
    final boolean automated;
    boolean noResponseNeeded;
    final int seq;

    ModelMessage(String id, Author author, Instant at, boolean automated, int seq) {
      this.id = id;
      this.author = author;
      this.at = at;
      this.automated = automated;
      this.seq = seq;
    }
  }

  @Test
  void trackerAgreesWithANaiveModelAfterEveryEvent() {
    qt().withExamples(150).forAll(lists().of(commands()).ofSizeBetween(1, 30)).checkAssert(cmds -> {
      ResponseTracker tracker = new ResponseTracker(P);
      Map<String, List<ModelMessage>> model = new TreeMap<>();
      int seq = 0;
      for (Command c : cmds) {
        String tid = "t" + c.thread;
        Instant at = Generators.BASE.plus(Duration.ofHours(c.hour)).plusSeconds(c.pick % 2 == 0 ? 0 : 1800);
        String mid = "m" + seq;
        switch (c.kind) {
          case 3: {
            List<ModelMessage> ms = model.getOrDefault(tid, List.of());
            List<ModelMessage> buyers = new ArrayList<>();
            for (ModelMessage m : ms) {
              if (m.author == Author.BUYER) {
                buyers.add(m);
              }
            }
            if (!buyers.isEmpty()) {
              ModelMessage target = buyers.get(c.pick % buyers.size());
              target.noResponseNeeded = true;
              tracker.markedNoResponseNeeded(tid, target.id);
            }
            break;
          }
          case 0:
            tracker.received(tid, mid, at);
            add(model, tid, new ModelMessage(mid, Author.BUYER, at, false, seq));
            break;
          case 1:
            tracker.replied(tid, mid, at);
            add(model, tid, new ModelMessage(mid, Author.SELLER, at, false, seq));
            break;
          case 2:
            tracker.record(tid, Message.builder().id(mid).author(Author.SELLER).automated(true).sentAt(at).build());
            add(model, tid, new ModelMessage(mid, Author.SELLER, at, true, seq));
            break;
          case 4:
            tracker.record(tid, Message.builder().id(mid).author(Author.AMAZON).sentAt(at).build());
            add(model, tid, new ModelMessage(mid, Author.AMAZON, at, false, seq));
            break;
          default:
            tracker.record(tid, Message.builder().id(mid).author(Author.BUYER).automated(true).sentAt(at).build());
            add(model, tid, new ModelMessage(mid, Author.BUYER, at, true, seq));
            break;
        }
        seq++;
        check(tracker, model, Generators.BASE.plus(Duration.ofHours(c.queryHour)));
      }
    });
  }

  private static void add(Map<String, List<ModelMessage>> model, String tid, ModelMessage m) {
    model.computeIfAbsent(tid, k -> new ArrayList<>()).add(m);
  }

  private static void check(ResponseTracker tracker, Map<String, List<ModelMessage>> model, Instant now) {
    long onTime = 0;
    long late = 0;
    long unanswered = 0;
    Instant from = now.minus(Duration.ofDays(30));
    List<Object[]> queue = new ArrayList<>();
    for (Map.Entry<String, List<ModelMessage>> e : model.entrySet()) {
      Map<String, MessageStatus> expected = new LinkedHashMap<>();
      Map<String, Instant> expectedAnswer = new LinkedHashMap<>();
      Instant binding = null;
      for (ModelMessage m : e.getValue()) {
        if (m.author == Author.SELLER || m.at.isAfter(now)) {
          continue;
        }
        ModelMessage answer = null;
        for (ModelMessage s : e.getValue()) {
          // The default reply timing: only a seller message strictly after the question answers it.
          if (s.author == Author.SELLER && !s.automated && s.at.isAfter(m.at)
              && (answer == null || s.at.isBefore(answer.at) || (s.at.equals(answer.at) && s.seq < answer.seq))) {
            answer = s;
          }
        }
        Instant due = m.at.plus(Duration.ofHours(24));
        MessageStatus st;
        boolean excluded = m.author == Author.AMAZON || m.automated || m.noResponseNeeded;
        if (excluded) {
          st = MessageStatus.EXCLUDED;
        } else if (answer != null && !answer.at.isAfter(now)) {
          st = answer.at.isAfter(due) ? MessageStatus.ANSWERED_LATE : MessageStatus.ANSWERED_ON_TIME;
        } else if (now.isAfter(due)) {
          st = MessageStatus.OVERDUE;
        } else {
          st = now.isBefore(due.minus(Duration.ofHours(4))) ? MessageStatus.OPEN : MessageStatus.DUE_SOON;
        }
        expected.put(m.id, st);
        expectedAnswer.put(m.id, answer == null ? null : answer.at);
        if (st.needsReply() && (binding == null || due.isBefore(binding))) {
          binding = due;
        }
        if (!excluded && !m.at.isBefore(from) && m.at.isBefore(now)) {
          if (st == MessageStatus.ANSWERED_ON_TIME) {
            onTime++;
          } else if (st == MessageStatus.ANSWERED_LATE) {
            late++;
          } else if (st == MessageStatus.OVERDUE) {
            unanswered++;
          }
        }
      }
      ThreadState state = tracker.state(e.getKey(), now).orElseThrow();
      Map<String, MessageStatus> actual = new LinkedHashMap<>();
      Map<String, Instant> actualAnswer = new LinkedHashMap<>();
      for (MessageState ms : state.messages()) {
        actual.put(ms.messageId(), ms.status());
        actualAnswer.put(ms.messageId(), ms.deadline().answeredAt().orElse(null));
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(actualAnswer).isEqualTo(expectedAnswer);
      assertThat(state.bindingDeadline().orElse(null)).isEqualTo(binding);
      if (binding != null) {
        int urgency = now.isAfter(binding) ? 0 : now.isBefore(binding.minus(Duration.ofHours(4))) ? 2 : 1;
        queue.add(new Object[] {urgency, binding, e.getKey()});
      }
    }
    queue.sort(Comparator.<Object[]>comparingInt(o -> (Integer) o[0])
        .thenComparing(o -> (Instant) o[1]).thenComparing(o -> (String) o[2]));
    List<String> expectedIds = new ArrayList<>();
    for (Object[] o : queue) {
      expectedIds.add((String) o[2]);
    }
    assertThat(tracker.workQueue(now).entries()).extracting(ThreadState::threadId).isEqualTo(expectedIds);
    ResponseMetrics m = tracker.standardMetrics(now).get(StandardPeriod.LAST_30_DAYS);
    assertThat(m.answeredOnTime()).isEqualTo(onTime);
    assertThat(m.answeredLate()).isEqualTo(late);
    assertThat(m.unansweredLate()).isEqualTo(unanswered);
    assertThat(ResponseMetrics.over(tracker.threads(), P, from, now, now)).isEqualTo(m);
  }
}
