/**
 * Text machinery shared by the rule packages: normalisation with an offset map back to the
 * original text ({@link dev.parley.messaging.rules.internal.text.NormalizedText}), word tokens and
 * the linear-time phrase matcher over bundled lexicons. Not exported.
 */
package dev.parley.messaging.rules.internal.text;
