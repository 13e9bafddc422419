/**
 * Immutable, validated domain types of Amazon buyer-seller messaging.
 *
 * <p>Entry points: {@link dev.parley.messaging.core.Marketplace}, {@link
 * dev.parley.messaging.core.OrderId}, {@link dev.parley.messaging.core.Order}, {@link
 * dev.parley.messaging.core.Message}, {@link dev.parley.messaging.core.MessageThread}, {@link
 * dev.parley.messaging.core.Attachment}, {@link dev.parley.messaging.core.OptOutStatus} and {@link
 * dev.parley.messaging.core.MessageType}. Malformed values fail at construction with an {@link
 * IllegalArgumentException} whose message names the field, the value and what was expected.
 */
@ParleyStyle
package dev.parley.messaging.core;

import dev.parley.messaging.core.internal.ParleyStyle;
