/**
 * Message templates with placeholders and their check.
 *
 * <p>Entry points: {@link dev.parley.messaging.templates.Template} (subject and body with
 * placeholders), {@link dev.parley.messaging.templates.TemplateCheck#check} (the whole send check
 * run on the template, findings in template coordinates), {@link
 * dev.parley.messaging.templates.TemplateSettings} with {@link
 * dev.parley.messaging.templates.PlaceholderSyntax} (which syntaxes are read) and {@link
 * dev.parley.messaging.templates.PlaceholderVocabulary} (which names mean which {@link
 * dev.parley.messaging.templates.PlaceholderType}).
 *
 * <p>Every type here is immutable and thread-safe; nothing reads a clock, the default locale or
 * zone, or does I/O.
 */
package dev.parley.messaging.templates;
