/**
 * Parley's rule engines: the content policy, message classification, delivery under opt-out,
 * per-order sending rules and the single "can I send this?" check.
 */
module dev.parley.messaging.rules {
  requires transitive dev.parley.messaging.core;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires org.jsoup;

  exports dev.parley.messaging.rules;
  exports dev.parley.messaging.rules.content;
  exports dev.parley.messaging.rules.classify;
  exports dev.parley.messaging.rules.delivery;
  exports dev.parley.messaging.rules.order;
}
