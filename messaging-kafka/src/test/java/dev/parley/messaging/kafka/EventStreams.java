package dev.parley.messaging.kafka;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Deterministic generated threads and the event streams that carry them: shuffled, with
 * duplicates, with "no response needed" marked by a second event, and with heartbeats that move
 * stream time ahead of events still to come (so those arrive late). The module's generators.
 */
final class EventStreams {
  static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");
  private static final Author[] AUTHORS = {Author.BUYER, Author.BUYER, Author.BUYER, Author.SELLER, Author.SELLER,
      Author.AMAZON};

  /** One generated case: the threads (by seller), the records to pipe, and the final instant. */
  static final class Case {
    final List<MessageThread> threads = new ArrayList<>();
    final List<String> sellers = new ArrayList<>();
    /** Each step is an event, or a heartbeat when {@code event} is null. */
    final List<Step> steps = new ArrayList<>();
    Instant end;

    List<MessageThread> threadsOf(String seller) {
      List<MessageThread> out = new ArrayList<>();
      for (int i = 0; i < threads.size(); i++) {
        if (sellers.get(i).equals(seller)) {
          out.add(threads.get(i));
        }
      }
      return out;
    }
  }

  /** An event to pipe, or a heartbeat at an instant. */
  static final class Step {
    final MessageEvent event;
    final Instant tick;

    Step(MessageEvent event, Instant tick) {
      this.event = event;
      this.tick = tick;
    }
  }

  private EventStreams() {}

  /**
   * Generates a case.
   *
   * @param seed the seed
   * @param threadCount threads in the case
   * @param maxMessages messages per thread, at most
   * @param spanDays how many days the messages span
   */
  static Case generate(long seed, int threadCount, int maxMessages, int spanDays) {
    Random r = new Random(seed);
    Case c = new Case();
    List<MessageEvent> events = new ArrayList<>();
    Instant last = BASE;
    for (int t = 0; t < threadCount; t++) {
      String threadId = "T-" + t;
      String seller = "S-" + r.nextInt(3);
      int n = 1 + r.nextInt(maxMessages);
      TreeSet<Long> minutes = new TreeSet<>();
      while (minutes.size() < n) {
        minutes.add((long) r.nextInt(spanDays * 24 * 60));
      }
      List<Message> messages = new ArrayList<>();
      int i = 0;
      for (long m : minutes) {
        Author a = AUTHORS[r.nextInt(AUTHORS.length)];
        int flag = r.nextInt(10);
        boolean automated = flag == 0;
        boolean noResponseNeeded = flag == 1 && a == Author.BUYER;
        Instant at = BASE.plus(Duration.ofMinutes(m)).plusSeconds(r.nextInt(60));
        String id = "m" + i++;
        messages.add(Message.builder().id(id).author(a).sentAt(at).automated(automated)
            .noResponseNeeded(noResponseNeeded).build());
        MessageEvent.Builder e = MessageEvent.builder().threadId(threadId).messageId(id).sellerId(seller).author(a)
            .sentAt(at).automated(automated);
        if (noResponseNeeded && r.nextBoolean()) {
          // First seen unmarked, marked by a later event.
          events.add(e.build());
          events.add(e.noResponseNeeded(true).build());
        } else {
          events.add(e.noResponseNeeded(noResponseNeeded).build());
        }
        if (at.isAfter(last)) {
          last = at;
        }
      }
      messages.sort(TrackedThread.ORDER);
      c.threads.add(MessageThread.builder().id(threadId).messages(messages).build());
      c.sellers.add(seller);
    }
    // Duplicates, then a shuffle that keeps each marking after its unmarked event.
    int size = events.size();
    for (int i = 0; i < size; i++) {
      if (r.nextInt(5) == 0) {
        events.add(events.get(i));
      }
    }
    Collections.shuffle(events, r);
    fixMarkOrder(events);
    Instant tickMax = BASE;
    for (MessageEvent e : events) {
      c.steps.add(new Step(e, null));
      if (r.nextInt(4) == 0) {
        Instant tick = BASE.plus(Duration.ofMinutes(r.nextInt((spanDays + 3) * 24 * 60)));
        c.steps.add(new Step(null, tick));
        if (tick.isAfter(tickMax)) {
          tickMax = tick;
        }
      }
    }
    Instant latest = last.isAfter(tickMax) ? last : tickMax;
    c.end = latest.plus(Duration.ofMinutes(1 + r.nextInt(40 * 24 * 60)));
    return c;
  }

  /** Moves every marking event after the first unmarked event of the same message, if any. */
  private static void fixMarkOrder(List<MessageEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      MessageEvent e = events.get(i);
      if (!e.noResponseNeeded()) {
        continue;
      }
      for (int j = i + 1; j < events.size(); j++) {
        MessageEvent u = events.get(j);
        if (!u.noResponseNeeded() && u.threadId().equals(e.threadId()) && u.messageId().equals(e.messageId())) {
          // A later unmarked copy of a marked message would be the first record of it; swap them.
          events.set(i, u);
          events.set(j, e);
          break;
        }
      }
    }
  }
}
