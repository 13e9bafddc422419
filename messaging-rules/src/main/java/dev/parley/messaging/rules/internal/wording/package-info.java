/**
 * Wording rules judged by phrase lexicons (marketing, review manipulation, sensitive words, thank-you-only, order confirmations), the order-id and emoji rules, and house rules. Not exported.
 */
package dev.parley.messaging.rules.internal.wording;
