/** Placeholder. */
@ParleyStyle
package dev.parley.messaging.rules.delivery;

import dev.parley.messaging.rules.internal.ParleyStyle;
