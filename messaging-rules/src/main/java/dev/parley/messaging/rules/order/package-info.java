/**
 * Per-order sending rules: one review request per order, solicitations, the proactive and
 * solicitation windows, SP-API type availability by order status, text length and the daily cap.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.order.OrderRules#standard()} and {@link
 * dev.parley.messaging.rules.order.OrderRules#check}, which returns an {@link
 * dev.parley.messaging.rules.order.OrderReport}; {@link
 * dev.parley.messaging.rules.order.PriorMessage} describes what was already sent and {@link
 * dev.parley.messaging.rules.order.OrderSettings} holds the parameters.
 */
@ParleyStyle
package dev.parley.messaging.rules.order;

import dev.parley.messaging.rules.internal.ParleyStyle;
