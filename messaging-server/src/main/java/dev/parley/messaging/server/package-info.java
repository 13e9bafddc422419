/**
 * The Parley HTTP/JSON service: {@link dev.parley.messaging.server.ParleyServer} serves the check,
 * SLA, rule-catalog, health and OpenAPI endpoints on embedded Jetty, with limits on body size,
 * batch size and time, RFC 9457 problem details, an access log line per request and graceful
 * shutdown.
 */
package dev.parley.messaging.server;
