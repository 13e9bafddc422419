/**
 * HTML bodies: the tokenizer, the markup analysis with a span map from text to source, one class per style rule, tracking pixels, HTML in SP-API text and HTML redaction. Not exported.
 */
package dev.parley.messaging.rules.internal.html;
