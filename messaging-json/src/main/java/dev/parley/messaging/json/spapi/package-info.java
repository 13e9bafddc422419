/**
 * Amazon Selling Partner API payloads in and out: orders (Orders API v0 and 2026-01-01) into
 * {@link dev.parley.messaging.core.Order}, {@code getMessagingActionsForOrder} and {@code
 * getSolicitationActionsForOrder} into the offered message types, and, for a checked message, the
 * Messaging or Solicitations API request body and the Uploads API metadata of its attachments.
 */
package dev.parley.messaging.json.spapi;
