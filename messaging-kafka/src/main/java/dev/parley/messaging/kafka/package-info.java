/**
 * Parley's Kafka Streams topology.
 *
 * <p>Entry points: {@link dev.parley.messaging.kafka.ParleyTopology} (builds the {@code
 * Topology} and the exactly-once Streams properties), {@link dev.parley.messaging.kafka.Topics}
 * (the topic names), {@link dev.parley.messaging.kafka.MessageEvent} (the documented message-event
 * JSON), {@link dev.parley.messaging.kafka.DeadlineEventType} (what the deadline-events topic
 * carries), {@link dev.parley.messaging.kafka.TrackedThread} (the per-thread state held in the
 * store) and {@link dev.parley.messaging.kafka.SlaQueries} (the work queue and metrics read from
 * that store).
 *
 * <p>The processors and serdes are package-private machinery. Nothing here reads the system
 * clock: the instant of every answer is the stream time of the task.
 */
package dev.parley.messaging.kafka;
