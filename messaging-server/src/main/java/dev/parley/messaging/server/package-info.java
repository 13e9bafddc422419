/**
 * The Parley HTTP/JSON service: {@link dev.parley.messaging.server.ParleyServer} serves the check,
 * SLA (and its per-day series), rule-catalog, health and OpenAPI endpoints and the browser pages
 * of {@code messaging-web} on embedded Jetty, with limits on body size,
 * batch size and time, RFC 9457 problem details, an access log line per request and graceful
 * shutdown.
 */
package dev.parley.messaging.server;
