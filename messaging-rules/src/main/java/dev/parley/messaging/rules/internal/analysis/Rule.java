package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The description of a rule, written on the class that implements it: its stable id, a one-line
 * summary, its default severity, how sure the specification is, its sources and what it reads.
 *
 * <p>The rule catalog ({@code RuleCatalog}) and docs/RULES.md are built from these annotations on
 * the classes {@link RuleRegistry} lists; nothing else describes a rule. A class that implements
 * several closely tied rules (the HTML style checks share one pass over the markup) carries one
 * annotation per rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Rule.List.class)
public @interface Rule {
  /** {@return the stable rule id, one of the constants of {@code RuleIds}} */
  String id();

  /** {@return one line: what the rule forbids or requires} */
  String summary();

  /** {@return the severity of a finding unless the policy overrides it} */
  Severity severity();

  /** {@return how sure the specification is} */
  Confidence confidence();

  /** {@return links to the sources, at least one} */
  String[] sources();

  /** {@return what the rule reads} */
  Input[] reads();

  /**
   * {@return ids of rules whose findings this rule reads; the engine runs those first}
   */
  String[] after() default {};

  /** The container of repeated {@link Rule} annotations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    /** {@return the rules} */
    Rule[] value();
  }

  /** What a rule reads from the analysis of a message or from the request around it. */
  enum Input {
    /** The subject line. */
    SUBJECT,
    /** The visible text of the body (the text itself, or the text of an HTML body). */
    BODY_TEXT,
    /** The markup of an HTML body: tags, attributes, CSS. */
    HTML,
    /** Attachment file names and declared media types. */
    ATTACHMENT_NAME,
    /** Attachment bytes: type by content, structure, extracted text and links. */
    ATTACHMENT_CONTENT,
    /** The context: marketplace, buyer locale, reply or proactive, message type. */
    CONTEXT,
    /** The order, its dates and status. */
    ORDER,
    /** What was already sent for the order. */
    HISTORY,
    /** The conversation thread and its messages' instants. */
    THREAD
  }
}
