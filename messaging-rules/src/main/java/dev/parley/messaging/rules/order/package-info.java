/** Placeholder. */
@ParleyStyle
package dev.parley.messaging.rules.order;

import dev.parley.messaging.rules.internal.ParleyStyle;
