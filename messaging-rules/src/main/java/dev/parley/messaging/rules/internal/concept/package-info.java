/**
 * The rule grammar: wording rules defined once as combinations of concepts, and a concept
 * vocabulary per language. {@link dev.parley.messaging.rules.internal.concept.ConceptVocabulary}
 * loads {@code concepts/<lang>.txt}; {@link dev.parley.messaging.rules.internal.concept.ConceptIndex}
 * holds one field's concept occurrences (with sentences, clauses, negation and questions);
 * {@link dev.parley.messaging.rules.internal.concept.Grammar} is the small language the rules are
 * written in and {@link dev.parley.messaging.rules.internal.concept.RuleGrammars} the definitions.
 * Not exported.
 */
package dev.parley.messaging.rules.internal.concept;
