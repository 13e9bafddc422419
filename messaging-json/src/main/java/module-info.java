/**
 * Parley's JSON: every domain type, the check request and report, findings, the thread input and
 * the SLA output in the documented contracts, the template lint request and result, and SP-API payloads in and out. Jackson
 * (jackson-databind) is its only dependency besides Parley's own modules.
 */
module dev.parley.messaging.json {
  requires transitive dev.parley.messaging.core;
  requires transitive dev.parley.messaging.rules;
  requires transitive dev.parley.messaging.sla;
  requires transitive dev.parley.messaging.templates;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.parley.messaging.json;
  exports dev.parley.messaging.json.spapi;
}
