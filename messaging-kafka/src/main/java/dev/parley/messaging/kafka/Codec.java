package dev.parley.messaging.kafka;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.OrderId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary serdes for the state stores and the internal seller-delta topic. Every format
 * starts with a version byte so a later release can read what an earlier one wrote to the
 * changelog. Stateless and thread-safe.
 */
final class Codec {
  private static final int THREAD_VERSION = 1;
  private static final int COUNTS_VERSION = 1;
  private static final Author[] AUTHORS = Author.values();

  private Codec() {}

  /** {@return the serde of the per-thread state} */
  static Serde<TrackedThread> threadSerde() {
    return Serdes.serdeFrom(threadSerializer(), threadDeserializer());
  }

  /** {@return the serde of seller totals and deltas} */
  static Serde<MetricCounts.AtInstant> countsSerde() {
    return Serdes.serdeFrom(
        (Serializer<MetricCounts.AtInstant>) (topic, c) -> c == null ? null : writeCounts(c),
        (Deserializer<MetricCounts.AtInstant>) (topic, b) -> b == null ? null : readCounts(b));
  }

  private static Serializer<TrackedThread> threadSerializer() {
    return (topic, t) -> t == null ? null : writeThread(t);
  }

  private static Deserializer<TrackedThread> threadDeserializer() {
    return (topic, bytes) -> bytes == null ? null : readThread(bytes);
  }

  static byte[] writeThread(TrackedThread t) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 48 * t.messages().size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(THREAD_VERSION);
      out.writeUTF(t.threadId());
      out.writeUTF(t.sellerId());
      writeOptional(out, t.orderId().map(OrderId::toString).orElse(null));
      writeInstant(out, t.purchasedAt().orElse(null));
      writeInstant(out, t.evaluatedAtOrNull());
      writeInstant(out, t.timerOrNull());
      List<Message> messages = t.messages();
      out.writeInt(messages.size());
      for (int i = 0; i < messages.size(); i++) {
        Message m = messages.get(i);
        out.writeUTF(m.id());
        out.writeByte(m.author().ordinal() | (m.noResponseNeeded() ? 0x10 : 0) | (m.automated() ? 0x20 : 0));
        out.writeLong(m.sentAt().getEpochSecond());
        out.writeInt(m.sentAt().getNano());
        out.writeByte(t.emitted(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static TrackedThread readThread(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readUnsignedByte();
      if (version != THREAD_VERSION) {
        throw new SerializationException("thread state version is invalid: got " + version + ", expected "
            + THREAD_VERSION);
      }
      String threadId = in.readUTF();
      String sellerId = in.readUTF();
      String order = readOptional(in);
      Instant purchasedAt = readInstant(in);
      Instant evaluatedAt = readInstant(in);
      Instant timer = readInstant(in);
      int n = in.readInt();
      List<Message> messages = new ArrayList<>(n);
      byte[] emitted = new byte[n];
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        int a = in.readUnsignedByte();
        Instant sentAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        emitted[i] = in.readByte();
        messages.add(Message.builder()
            .id(id)
            .author(AUTHORS[a & 0x0f])
            .noResponseNeeded((a & 0x10) != 0)
            .automated((a & 0x20) != 0)
            .sentAt(sentAt)
            .build());
      }
      return new TrackedThread(threadId, sellerId, order == null ? null : OrderId.parse(order), purchasedAt,
          messages, emitted, evaluatedAt, timer);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("thread state cannot be read: " + e.getMessage(), e);
    }
  }

  static byte[] writeCounts(MetricCounts.AtInstant c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 8 * c.counts.values.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(COUNTS_VERSION);
      writeInstant(out, c.at);
      out.writeByte(c.counts.values.length);
      for (long v : c.counts.values) {
        out.writeLong(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static MetricCounts.AtInstant readCounts(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readUnsignedByte();
      if (version != COUNTS_VERSION) {
        throw new SerializationException("metric counts version is invalid: got " + version + ", expected "
            + COUNTS_VERSION);
      }
      Instant at = readInstant(in);
      int n = in.readUnsignedByte();
      MetricCounts c = new MetricCounts();
      if (n != c.values.length) {
        throw new SerializationException("metric counts are invalid: got " + n + " fields, expected "
            + c.values.length);
      }
      for (int i = 0; i < n; i++) {
        c.values[i] = in.readLong();
      }
      return new MetricCounts.AtInstant(c, at);
    } catch (IOException e) {
      throw new SerializationException("metric counts cannot be read: " + e.getMessage(), e);
    }
  }

  private static void writeOptional(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeInstant(DataOutputStream out, Instant i) throws IOException {
    out.writeBoolean(i != null);
    if (i != null) {
      out.writeLong(i.getEpochSecond());
      out.writeInt(i.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }

  /**
   * {@return a timer-store key that sorts by instant, then thread id}: the epoch second with its
   * sign bit flipped (so unsigned byte order is numeric order), the nanosecond, the thread id.
   *
   * @param at the instant
   * @param threadId the thread
   */
  static byte[] timerKey(Instant at, String threadId) {
    byte[] id = threadId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] key = new byte[1 + 12 + id.length];
    key[0] = 1;
    long s = at.getEpochSecond() ^ Long.MIN_VALUE;
    for (int i = 0; i < 8; i++) {
      key[1 + i] = (byte) (s >>> (56 - 8 * i));
    }
    int n = at.getNano();
    for (int i = 0; i < 4; i++) {
      key[9 + i] = (byte) (n >>> (24 - 8 * i));
    }
    System.arraycopy(id, 0, key, 13, id.length);
    return key;
  }

  /** {@return the instant of a timer key} */
  static Instant timerInstant(byte[] key) {
    long s = 0;
    for (int i = 0; i < 8; i++) {
      s = (s << 8) | (key[1 + i] & 0xff);
    }
    int n = 0;
    for (int i = 0; i < 4; i++) {
      n = (n << 8) | (key[9 + i] & 0xff);
    }
    return Instant.ofEpochSecond(s ^ Long.MIN_VALUE, n);
  }

  /** {@return the thread id of a timer key} */
  static String timerThread(byte[] key) {
    return new String(key, 13, key.length - 13, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The key under which the timer store keeps the task's evaluation instant; sorts before every timer. */
  static final byte[] CLOCK_KEY = {0};

  static byte[] instantBytes(Instant at) {
    return timerKey(at, "");
  }
}
