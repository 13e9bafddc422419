/**
 * Classification of seller messages into the categories of Parley's rule specification, with the
 * critical flag that decides delivery to buyers who opted out.
 *
 * <p>Entry points: {@link dev.parley.messaging.rules.classify.Classifier#standard()} and {@link
 * dev.parley.messaging.rules.classify.Classifier#classify}, which returns a {@link
 * dev.parley.messaging.rules.classify.Classification} (category, critical flag, confidence and
 * {@link dev.parley.messaging.rules.classify.Evidence}); {@link
 * dev.parley.messaging.rules.classify.ClassifierSettings} holds the parameters.
 */
@ParleyStyle
package dev.parley.messaging.rules.classify;

import dev.parley.messaging.rules.internal.ParleyStyle;
