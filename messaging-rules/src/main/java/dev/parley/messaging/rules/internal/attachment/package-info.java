/**
 * Attachment rules, one class each ({@code attachment.type}, {@code .size}, {@code .count}, {@code .content}, {@code .purpose}, {@code style.gif}), and type detection by content. Not exported.
 */
package dev.parley.messaging.rules.internal.attachment;
