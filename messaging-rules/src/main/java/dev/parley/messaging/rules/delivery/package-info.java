/**
 * Delivery under buyer opt-out: whether a message reaches the buyer, and the misuse of
 * "important" subjects.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.delivery.DeliveryRules#standard()}, {@link
 * dev.parley.messaging.rules.delivery.DeliveryRules#decide} (a {@link
 * dev.parley.messaging.rules.delivery.DeliveryDecision}) and {@link
 * dev.parley.messaging.rules.delivery.DeliverySettings} (the dated legacy overrides).
 */
@ParleyStyle
package dev.parley.messaging.rules.delivery;

import dev.parley.messaging.rules.internal.ParleyStyle;
