/**
 * Parley's domain model: marketplaces, Amazon order ids, orders, buyer aliases, messages, threads,
 * attachments and what a seller knows of a buyer's opt-out.
 *
 * <p>Every type is immutable, validated at construction and safe to share between threads.
 */
module dev.parley.messaging.core {
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.parley.messaging.core;
}
