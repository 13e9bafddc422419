package dev.parley.messaging.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.sla.MessageStatus;
import dev.parley.messaging.sla.ResponseDeadline;
import dev.parley.messaging.sla.ResponseDeadlines;
import dev.parley.messaging.sla.ResponseMetrics;
import dev.parley.messaging.sla.SlaPolicy;
import dev.parley.messaging.sla.StandardPeriod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread-keyed half of the deadline topology: applies message events to each thread's state,
 * emits deadline events, and sends each seller the change of its metric counts.
 *
 * <p>All of a task's state is as seen at one instant, its <em>clock</em>: the stream time of the
 * last punctuation. An event is applied at the clock; a punctuation moves the clock to the new
 * stream time and re-evaluates exactly the threads whose timer (the next instant at which their
 * statuses or metric contributions change) has come. So a seller's total is always the sum of
 * its threads' contributions at the clock, and each thread is evaluated O(1) times per message
 * (arrival, due soon, overdue, answer, leaving the 7, 30 and 90-day periods).
 */
final class ThreadProcessor implements Processor<byte[], byte[], byte[], Routed> {
  private static final Logger LOG = LoggerFactory.getLogger(ThreadProcessor.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PRESENT = {1};

  private final SlaPolicy policy;
  private final Duration interval;
  private final Duration retention;
  private final String threadStoreName;
  private final String timerStoreName;

  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<String, TrackedThread> threads;
  private KeyValueStore<Bytes, byte[]> timers;
  private Instant clock;
  private boolean clockLoaded;

  ThreadProcessor(SlaPolicy policy, Duration interval, Duration retention, String threadStoreName,
      String timerStoreName) {
    this.policy = policy;
    this.interval = interval;
    this.retention = retention;
    this.threadStoreName = threadStoreName;
    this.timerStoreName = timerStoreName;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> ctx) {
    this.context = ctx;
    this.threads = ctx.getStateStore(threadStoreName);
    this.timers = ctx.getStateStore(timerStoreName);
    ctx.schedule(interval, PunctuationType.STREAM_TIME, this::punctuate);
  }

  /** Reads the task's clock from the timer store once, after restoration, before the first use. */
  private void loadClock() {
    if (!clockLoaded) {
      byte[] saved = timers.get(Bytes.wrap(Codec.CLOCK_KEY));
      clock = saved == null ? null : Codec.timerInstant(saved);
      clockLoaded = true;
    }
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    loadClock();
    String threadId;
    MessageEvent event;
    try {
      threadId = DeadLetters.strictUtf8(record.key(), "threadId");
      if (threadId.isBlank()) {
        throw new IllegalArgumentException("threadId is invalid: got a blank key, expected a thread id");
      }
      if (record.value() == null) {
        remove(threadId, record.timestamp());
        return;
      }
      JsonNode root = MessageEvent.readObject(record.value());
      if (MessageEvent.isTick(root)) {
        return;
      }
      event = MessageEvent.fromJson(threadId, root);
    } catch (IllegalArgumentException | NullPointerException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    try {
      apply(event);
    } catch (RuntimeException e) {
      // An engine refusing a value (say an internal target that never opens) must not stop the stream.
      if (e instanceof org.apache.kafka.streams.errors.StreamsException) {
        throw e;
      }
      context.forward(DeadLetters.of(context, record, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private void apply(MessageEvent event) {
    if (clock != null && !event.sentAt().isAfter(clock.minus(retention))) {
      LOG.debug("event {} of thread {} is older than the retention; ignored", event.messageId(), event.threadId());
      return;
    }
    TrackedThread old = threads.get(event.threadId());
    TrackedThread updated = old == null ? TrackedThread.start(event) : old.with(event);
    if (updated == old) {
      LOG.debug("event {} of thread {} changes nothing (duplicate)", event.messageId(), event.threadId());
      return;
    }
    if (clock == null) {
      // Before the first punctuation nothing is evaluated; the first one evaluates every thread.
      store(old, updated.evaluated(updated.emittedFlags(), null, Instant.MIN));
      return;
    }
    Map<String, MetricCounts> deltas = new HashMap<>();
    evaluate(old, updated, clock, deltas);
    forwardDeltas(deltas);
  }

  private void remove(String threadId, long timestamp) {
    TrackedThread old = threads.get(threadId);
    if (old != null) {
      threads.delete(threadId);
      if (old.timerOrNull() != null) {
        timers.delete(Bytes.wrap(Codec.timerKey(old.timerOrNull(), threadId)));
      }
      if (old.evaluatedAtOrNull() != null) {
        MetricCounts delta = new MetricCounts();
        delta.add(contribution(deadlinesOf(old), old.evaluatedAtOrNull()), -1);
        forwardDeltas(Map.of(old.sellerId(), delta));
      }
    }
    context.forward(new Record<>(threadId.getBytes(StandardCharsets.UTF_8),
        new Routed(Routed.Kind.DEADLINE, null), timestamp));
  }

  private void punctuate(long streamTime) {
    loadClock();
    Instant at = Instant.ofEpochMilli(streamTime);
    if (clock != null && !at.isAfter(clock)) {
      return;
    }
    // Timers at or before the previous clock have all fired and been deleted; starting the scan
    // there keeps RocksDB from walking over their tombstones on every punctuation.
    byte[] from = clock == null ? new byte[] {1} : Codec.timerKey(clock, "");
    clock = at;
    timers.put(Bytes.wrap(Codec.CLOCK_KEY), Codec.instantBytes(at));
    byte[] upper = Codec.timerKey(at, "");
    byte[] to = java.util.Arrays.copyOf(upper, upper.length + 1);
    to[to.length - 1] = (byte) 0xff;
    List<Bytes> due = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = timers.range(Bytes.wrap(from), Bytes.wrap(to))) {
      while (it.hasNext()) {
        KeyValue<Bytes, byte[]> kv = it.next();
        due.add(kv.key);
      }
    }
    Map<String, MetricCounts> deltas = new TreeMap<>();
    for (Bytes key : due) {
      timers.delete(key);
      String threadId = Codec.timerThread(key.get());
      TrackedThread t = threads.get(threadId);
      if (t == null) {
        continue;
      }
      // The timer was deleted above; evaluate() must not delete it again.
      t = t.evaluated(t.emittedFlags(), t.evaluatedAtOrNull(), null);
      evaluate(t, t, at, deltas);
    }
    forwardDeltas(deltas);
  }

  /**
   * Evaluates a thread at an instant: emits the deadline events that became true, adds the change
   * of its metric contribution to {@code deltas}, and stores it with its next timer (or purges it).
   */
  private void evaluate(TrackedThread old, TrackedThread t, Instant at, Map<String, MetricCounts> deltas) {
    List<ResponseDeadline> deadlines = deadlinesOf(t);
    byte[] flags = t.emittedFlags();
    Instant next = null;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < t.messages().size(); i++) {
      index.put(t.messages().get(i).id(), i);
    }
    for (ResponseDeadline d : deadlines) {
      Instant r = d.receivedAt();
      next = earliestAfter(at, next, r.plusNanos(1));
      for (StandardPeriod p : MetricCounts.PERIODS) {
        next = earliestAfter(at, next, r.plus(p.length()).plusNanos(1));
      }
      if (d.needsReply()) {
        Instant due = d.due().orElseThrow();
        next = earliestAfter(at, next, due.minus(policy.dueSoonLead()));
        next = earliestAfter(at, next, due.plusNanos(1));
        if (d.answeredAt().isPresent()) {
          next = earliestAfter(at, next, d.answeredAt().get());
        }
      }
      if (r.isAfter(at)) {
        continue;
      }
      int i = index.get(d.messageId());
      int f = flags[i];
      MessageStatus status = d.status(at, policy.dueSoonLead());
      DeadlineEventType type = null;
      switch (status) {
        case DUE_SOON:
          if ((f & (TrackedThread.DUE_SOON | TrackedThread.OVERDUE)) == 0) {
            type = DeadlineEventType.DUE_SOON;
            f |= TrackedThread.DUE_SOON;
          }
          break;
        case OVERDUE:
          if ((f & TrackedThread.OVERDUE) == 0) {
            type = DeadlineEventType.OVERDUE;
            f |= TrackedThread.OVERDUE;
          }
          break;
        case ANSWERED_LATE:
          if ((f & TrackedThread.ANSWERED_LATE) == 0) {
            type = DeadlineEventType.ANSWERED_LATE;
            f |= TrackedThread.ANSWERED_LATE;
          }
          break;
        default:
          if ((f & (TrackedThread.OVERDUE | TrackedThread.ANSWERED_LATE)) != 0 && (f & TrackedThread.WITHDRAWN) == 0) {
            type = DeadlineEventType.WITHDRAWN;
            f |= TrackedThread.WITHDRAWN;
          }
          break;
      }
      if (type != null) {
        flags[i] = (byte) f;
        emit(t, d, status, type, at);
      }
    }
    // A punctuation re-evaluates a thread against itself: its deadlines are computed once, not
    // three times (building a MessageThread validates every message, which profiles showed to be
    // the largest cost per event).
    MetricCounts before = old == null || old.evaluatedAtOrNull() == null
        ? new MetricCounts()
        : contribution(old == t ? deadlines : deadlinesOf(old), old.evaluatedAtOrNull());
    MetricCounts after = contribution(deadlines, at);
    MetricCounts delta = MetricCounts.difference(after, before);
    if (!delta.isZero()) {
      deltas.computeIfAbsent(t.sellerId(), s -> new MetricCounts()).add(delta, 1);
    }
    if (next == null) {
      Instant purgeAt = t.lastActivity().plus(retention);
      if (!purgeAt.isAfter(at)) {
        // Nothing will change any more and every message is past the retention: forget the thread.
        threads.delete(t.threadId());
        if (old != null && old.timerOrNull() != null) {
          timers.delete(Bytes.wrap(Codec.timerKey(old.timerOrNull(), old.threadId())));
        }
        return;
      }
      next = purgeAt;
    }
    store(old, t.evaluated(flags, at, next));
  }

  private static Instant earliestAfter(Instant at, Instant best, Instant candidate) {
    if (!candidate.isAfter(at)) {
      return best;
    }
    return best == null || candidate.isBefore(best) ? candidate : best;
  }

  private void store(TrackedThread old, TrackedThread t) {
    Instant oldTimer = old == null ? null : old.timerOrNull();
    Instant newTimer = t.timerOrNull();
    if (oldTimer != null && !oldTimer.equals(newTimer)) {
      timers.delete(Bytes.wrap(Codec.timerKey(oldTimer, t.threadId())));
    }
    if (newTimer != null && !newTimer.equals(oldTimer)) {
      timers.put(Bytes.wrap(Codec.timerKey(newTimer, t.threadId())), PRESENT);
    }
    threads.put(t.threadId(), t);
  }

  private List<ResponseDeadline> deadlinesOf(TrackedThread t) {
    return ResponseDeadlines.compute(t.toMessageThread(), policy, t.orderDates());
  }

  private static MetricCounts contribution(List<ResponseDeadline> deadlines, Instant at) {
    return MetricCounts.of(ResponseMetrics.standardOf(deadlines, at));
  }

  private void emit(TrackedThread t, ResponseDeadline d, MessageStatus status, DeadlineEventType type, Instant at) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type.name());
    n.put("threadId", t.threadId());
    n.put("messageId", d.messageId());
    n.put("sellerId", t.sellerId());
    t.orderId().ifPresent(o -> n.put("orderId", o.toString()));
    n.put("status", status.name());
    n.put("receivedAt", d.receivedAt().toString());
    d.due().ifPresent(x -> n.put("due", x.toString()));
    d.exclusion().ifPresent(x -> n.put("excluded", x.name()));
    d.answeredAt().filter(a -> !a.isAfter(at)).ifPresent(a -> {
      n.put("answeredBy", d.answeredBy().orElseThrow());
      n.put("answeredAt", a.toString());
    });
    n.put("at", at.toString());
    context.forward(new Record<>(t.threadId().getBytes(StandardCharsets.UTF_8),
        new Routed(Routed.Kind.DEADLINE, n.toString().getBytes(StandardCharsets.UTF_8)), at.toEpochMilli()));
  }

  private void forwardDeltas(Map<String, MetricCounts> deltas) {
    for (Map.Entry<String, MetricCounts> e : deltas.entrySet()) {
      if (e.getValue().isZero()) {
        continue;
      }
      byte[] payload = Codec.writeCounts(new MetricCounts.AtInstant(e.getValue(), clock));
      context.forward(new Record<>(e.getKey().getBytes(StandardCharsets.UTF_8),
          new Routed(Routed.Kind.SELLER_DELTA, payload), clock.toEpochMilli()));
    }
  }
}
