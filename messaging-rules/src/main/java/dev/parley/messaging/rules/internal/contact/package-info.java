/**
 * Contact rules: links, e-mail addresses, phone numbers and opt-out instructions ({@code content.link}, {@code content.email}, {@code content.buyer-alias}, {@code content.phone}, {@code content.opt-out-link}) and their scanners. Not exported.
 */
package dev.parley.messaging.rules.internal.contact;
