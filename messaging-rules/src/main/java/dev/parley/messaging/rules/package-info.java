/**
 * The vocabulary shared by every Parley rule: rule descriptors and their catalog, findings,
 * severities and the context a message is checked in.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.RuleCatalog} (every rule Parley knows, with
 * its id, summary, default severity and source), {@link dev.parley.messaging.rules.Finding} and
 * {@link dev.parley.messaging.rules.CheckContext}.
 */
@ParleyStyle
package dev.parley.messaging.rules;

import dev.parley.messaging.rules.internal.ParleyStyle;
