/**
 * Parley's response-deadline engine: Amazon's 24-hour reply clock, message states and work
 * queues, response-time metrics, an optional business-hours clock with holiday calendars, and the
 * review-request, feedback, return and withdrawal windows of an order.
 *
 * <p>Every engine is immutable (or documents its locking), deterministic and free of I/O and of
 * the system clock: callers pass the instant.
 */
module dev.parley.messaging.sla {
  requires transitive dev.parley.messaging.core;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.parley.messaging.sla;
}
