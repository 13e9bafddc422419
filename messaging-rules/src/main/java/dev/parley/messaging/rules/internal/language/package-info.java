/**
 * The language rule ({@code message.language}). Not exported.
 */
package dev.parley.messaging.rules.internal.language;
