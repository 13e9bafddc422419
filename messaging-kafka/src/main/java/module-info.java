/**
 * Parley on Kafka Streams: a topology that checks every outgoing draft with the send check and
 * keeps every buyer thread's reply deadlines and every seller's response metrics current from
 * message events, with a persistent, changelog-backed state store.
 *
 * <p>Entry point: {@link dev.parley.messaging.kafka.ParleyTopology}.
 */
module dev.parley.messaging.kafka {
  requires transitive dev.parley.messaging.rules;
  requires transitive dev.parley.messaging.sla;
  requires kafka.streams;
  requires kafka.clients;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.parley.messaging.kafka;
}
