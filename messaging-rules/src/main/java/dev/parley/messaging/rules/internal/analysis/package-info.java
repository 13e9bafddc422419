/**
 * The rule framework of the content policy: the analysis of a message ({@link dev.parley.messaging.rules.internal.analysis.Fields}, {@link dev.parley.messaging.rules.internal.analysis.FieldText}), the rule interfaces and their {@link dev.parley.messaging.rules.internal.analysis.Rule} description, the {@link dev.parley.messaging.rules.internal.analysis.RuleRegistry} of built-in rules, the one {@link dev.parley.messaging.rules.internal.analysis.Reporter} that applies the policy, redaction and the size bound. Not exported.
 */
package dev.parley.messaging.rules.internal.analysis;
