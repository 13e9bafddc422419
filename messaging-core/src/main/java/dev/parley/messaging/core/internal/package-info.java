/**
 * Build-time support for the domain model; not exported and not part of the API.
 */
package dev.parley.messaging.core.internal;
