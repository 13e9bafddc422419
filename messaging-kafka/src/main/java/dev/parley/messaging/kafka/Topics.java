package dev.parley.messaging.kafka;

import java.util.List;
import java.util.Objects;

/**
 * The names of the topics the topology reads and writes. Build with {@link #defaults()} and the
 * {@code with…} methods. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code drafts}: check requests (JSON, the {@code parley check} input), keyed by order id;
 *   <li>{@code verdicts}: every report (JSON, the {@code parley check} output), same key;
 *   <li>{@code blocked}: the reports of blocked drafts, same key;
 *   <li>{@code messageEvents}: {@link MessageEvent}s, keyed by thread id;
 *   <li>{@code deadlineEvents}: {@link DeadlineEventType} records, keyed by thread id;
 *   <li>{@code sellerMetrics}: each seller's 7, 30 and 90-day metrics, keyed by seller id;
 *   <li>{@code deadLetters}: records that could not be read, original bytes plus error headers.
 * </ul>
 */
public final class Topics {
  private final String drafts;
  private final String verdicts;
  private final String blocked;
  private final String messageEvents;
  private final String deadlineEvents;
  private final String sellerMetrics;
  private final String deadLetters;

  private Topics(String drafts, String verdicts, String blocked, String messageEvents, String deadlineEvents,
      String sellerMetrics, String deadLetters) {
    this.drafts = name("drafts", drafts);
    this.verdicts = name("verdicts", verdicts);
    this.blocked = name("blocked", blocked);
    this.messageEvents = name("messageEvents", messageEvents);
    this.deadlineEvents = name("deadlineEvents", deadlineEvents);
    this.sellerMetrics = name("sellerMetrics", sellerMetrics);
    this.deadLetters = name("deadLetters", deadLetters);
  }

  private static String name(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank() || !value.matches("[A-Za-z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(field + " is invalid: got \"" + value
          + "\", expected a Kafka topic name (letters, digits, '.', '_', '-')");
    }
    return value;
  }

  /** {@return the default names: {@code parley.drafts}, {@code parley.verdicts}, {@code parley.blocked}, {@code parley.message-events}, {@code parley.deadline-events}, {@code parley.seller-metrics}, {@code parley.dead-letters}} */
  public static Topics defaults() {
    return new Topics("parley.drafts", "parley.verdicts", "parley.blocked", "parley.message-events",
        "parley.deadline-events", "parley.seller-metrics", "parley.dead-letters");
  }

  /** {@return the check-request topic} */
  public String drafts() {
    return drafts;
  }

  /** {@return the report topic} */
  public String verdicts() {
    return verdicts;
  }

  /** {@return the blocked-report topic} */
  public String blocked() {
    return blocked;
  }

  /** {@return the message-event topic} */
  public String messageEvents() {
    return messageEvents;
  }

  /** {@return the deadline-event topic} */
  public String deadlineEvents() {
    return deadlineEvents;
  }

  /** {@return the seller-metrics topic} */
  public String sellerMetrics() {
    return sellerMetrics;
  }

  /** {@return the dead-letter topic} */
  public String deadLetters() {
    return deadLetters;
  }

  /** {@return every topic name, inputs first} */
  public List<String> all() {
    return List.of(drafts, messageEvents, verdicts, blocked, deadlineEvents, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another check-request topic}
   *
   * @param name the topic
   */
  public Topics withDrafts(String name) {
    return new Topics(name, verdicts, blocked, messageEvents, deadlineEvents, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another report topic}
   *
   * @param name the topic
   */
  public Topics withVerdicts(String name) {
    return new Topics(drafts, name, blocked, messageEvents, deadlineEvents, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another blocked-report topic}
   *
   * @param name the topic
   */
  public Topics withBlocked(String name) {
    return new Topics(drafts, verdicts, name, messageEvents, deadlineEvents, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another message-event topic}
   *
   * @param name the topic
   */
  public Topics withMessageEvents(String name) {
    return new Topics(drafts, verdicts, blocked, name, deadlineEvents, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another deadline-event topic}
   *
   * @param name the topic
   */
  public Topics withDeadlineEvents(String name) {
    return new Topics(drafts, verdicts, blocked, messageEvents, name, sellerMetrics, deadLetters);
  }

  /**
   * {@return a copy with another seller-metrics topic}
   *
   * @param name the topic
   */
  public Topics withSellerMetrics(String name) {
    return new Topics(drafts, verdicts, blocked, messageEvents, deadlineEvents, name, deadLetters);
  }

  /**
   * {@return a copy with another dead-letter topic}
   *
   * @param name the topic
   */
  public Topics withDeadLetters(String name) {
    return new Topics(drafts, verdicts, blocked, messageEvents, deadlineEvents, sellerMetrics, name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Topics && ((Topics) o).all().equals(all());
  }

  @Override
  public int hashCode() {
    return all().hashCode();
  }

  @Override
  public String toString() {
    return "Topics" + all();
  }
}
