/**
 * The vocabulary shared by every Parley rule: rule descriptors and their catalog, findings,
 * severities and the context a message is checked in.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.RuleCatalog} (every rule Parley knows, with
 * its id, summary, default severity and source), {@link dev.parley.messaging.rules.Finding} and
 * {@link dev.parley.messaging.rules.CheckContext}; and the single "may I send this?" check, {@link
 * dev.parley.messaging.rules.SendCheck#check}, which takes a {@link
 * dev.parley.messaging.rules.SendRequest} and returns a {@link dev.parley.messaging.rules.SendReport}
 * with a {@link dev.parley.messaging.rules.SendVerdict}.
 */
@ParleyStyle
package dev.parley.messaging.rules;

import dev.parley.messaging.rules.internal.ParleyStyle;
