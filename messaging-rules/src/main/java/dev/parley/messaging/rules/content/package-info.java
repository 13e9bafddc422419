/**
 * The content policy: what a message may say and carry.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.content.ContentPolicy#standard()} and {@link
 * dev.parley.messaging.rules.content.ContentPolicy#check}, which returns a {@link
 * dev.parley.messaging.rules.content.PolicyReport}; {@link
 * dev.parley.messaging.rules.content.ContentSettings} holds every parameter with its documented
 * default. {@link dev.parley.messaging.rules.content.LanguageIdentifier} tells the language of a
 * text (as {@code message.language} does).
 */
@ParleyStyle
package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.ParleyStyle;
