/**
 * Machinery of the response-deadline engine (build-time style, argument checks, holiday rules);
 * not exported and not part of the API.
 */
package dev.parley.messaging.sla.internal;
