/**
 * Parley's template check: message templates with placeholders in five syntaxes, a vocabulary
 * that types each placeholder, the full send check run on the template with neutral stand-in
 * values and reported in template coordinates, and what each typed placeholder's values can
 * break.
 */
module dev.parley.messaging.templates {
  requires transitive dev.parley.messaging.core;
  requires transitive dev.parley.messaging.rules;
  requires org.slf4j;

  exports dev.parley.messaging.templates;
}
