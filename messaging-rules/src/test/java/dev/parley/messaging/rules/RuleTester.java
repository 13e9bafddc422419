package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.PolicyReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule's tests as a table, one line per case (in the spirit of Error Prone's {@code
 * CompilationTestHelper}):
 *
 * <pre>{@code
 * RuleTester.of(RuleIds.CONTENT_PHONE).in(Marketplace.DE)
 *     .flags("Rufen Sie uns an: 030 1234567", "030 1234567")
 *     .passes("Sendungsnummer 00340434161234567890");
 * }</pre>
 *
 * <p>Each case checks the text as the body of a proactive free-form message (or a reply, after
 * {@link #reply()}) with the content policy, then verifies the invariants every check keeps: every
 * finding's rule is in the policy's catalog, every span lies inside its field, a second check gives
 * an equal report. Immutable: each setter returns a new tester.
 */
public final class RuleTester {
  private static final String ORDER = " Order 302-4418290-7719034.";

  private final String ruleId;
  private final ContentPolicy policy;
  private final CheckContext context;
  private final MessageType type;
  private final String subject;

  private RuleTester(String ruleId, ContentPolicy policy, CheckContext context, MessageType type) {
    this(ruleId, policy, context, type, "");
  }

  private RuleTester(String ruleId, ContentPolicy policy, CheckContext context, MessageType type, String subject) {
    this.ruleId = ruleId;
    this.policy = policy;
    this.context = context;
    this.type = type;
    this.subject = subject;
  }

  /**
   * The wording and contact rules a compliant probe is checked against by {@link
   * #passesAll(Marketplace, String, String...)}: those whose false positives the probe tables
   * hunt.
   */
  public static final List<String> PROBED = List.of(RuleIds.REVIEW_INCENTIVE, RuleIds.REVIEW_CHANGE_REQUEST, RuleIds.REVIEW_REPEAT,
      RuleIds.REVIEW_POSITIVE_ONLY, RuleIds.CONTENT_PROMOTION, RuleIds.CONTENT_PHONE);

  /**
   * Checks that each text passes every rule of {@link #PROBED} but {@code except} (a carrier's or
   * maker's line is {@code content.phone}'s at WARN; an Amazon promotion named beside the shop's
   * may be {@code content.promotion}'s), as a proactive message on the marketplace.
   *
   * @param marketplace the marketplace
   * @param except a rule of {@link #PROBED} not checked, or null
   * @param texts the compliant texts
   */
  public static void passesAll(Marketplace marketplace, String except, String... texts) {
    for (String rule : PROBED) {
      if (rule.equals(except)) {
        continue;
      }
      RuleTester tester = of(rule).in(marketplace);
      for (String text : texts) {
        tester.passes(text);
      }
    }
  }

  /**
   * {@return a tester for one rule with the standard policy, on the US marketplace}
   *
   * @param ruleId the rule, one of {@link RuleIds}
   */
  public static RuleTester of(String ruleId) {
    return new RuleTester(ruleId, ContentPolicy.standard(), CheckContext.of(Marketplace.US), MessageType.FREE_FORM);
  }

  /** {@return this tester on another marketplace (its language and phone formats)} */
  public RuleTester in(Marketplace marketplace) {
    return new RuleTester(ruleId, policy, CheckContext.builder().from(context).marketplace(marketplace).build(), type, subject);
  }

  /** {@return this tester for replies in a buyer-started thread} */
  public RuleTester reply() {
    return new RuleTester(ruleId, policy, CheckContext.builder().from(context).replyToBuyer(true).build(), type, subject);
  }

  /** {@return this tester with other settings} */
  public RuleTester with(ContentSettings settings) {
    return new RuleTester(ruleId, ContentPolicy.of(settings), context, type, subject);
  }

  /** {@return this tester for an SP-API message type} */
  public RuleTester type(MessageType messageType) {
    return new RuleTester(ruleId, policy, context, messageType, subject);
  }

  /** {@return this tester with a subject line on every case (none by default)} */
  public RuleTester subject(String subjectLine) {
    return new RuleTester(ruleId, policy, context, type, subjectLine);
  }

  /**
   * Asserts that the rule reports the text (an order id is appended, so that the order-id rule
   * stays quiet).
   *
   * @return this tester, for the next case
   */
  public RuleTester flags(String text) {
    List<Finding> found = findings(text);
    assertThat(found).as("%s should flag: %s", ruleId, text).isNotEmpty();
    return this;
  }

  /**
   * Asserts that the rule reports exactly the given part of the text (the first finding's span).
   *
   * @return this tester, for the next case
   */
  public RuleTester flags(String text, String span) {
    List<Finding> found = findings(text);
    assertThat(found).as("%s should flag: %s", ruleId, text).isNotEmpty();
    String body = text + ORDER;
    assertThat(found.stream().filter(f -> f.field().kind() == MessageField.Kind.BODY).map(f -> body.substring(f.start(), f.end())).collect(Collectors.toList()))
        .as("%s spans in: %s", ruleId, text).contains(span);
    return this;
  }

  /**
   * Asserts that the rule does not report the text.
   *
   * @return this tester, for the next case
   */
  public RuleTester passes(String text) {
    assertThat(findings(text)).as("%s should pass: %s", ruleId, text).isEmpty();
    return this;
  }

  private List<Finding> findings(String text) {
    Message m = Message.builder().id("case").author(Author.SELLER).sentAt(Instant.EPOCH).type(type).subject(subject).body(text + ORDER).build();
    PolicyReport r = policy.check(m, context);
    for (Finding f : r.findings()) {
      assertThat(policy.catalog().contains(f.ruleId())).as("rule %s in the catalog", f.ruleId()).isTrue();
      int length = f.field().kind() == MessageField.Kind.BODY ? m.body().length() : f.field().kind() == MessageField.Kind.SUBJECT ? m.subject().length() : 0;
      if (f.field().kind() == MessageField.Kind.BODY || f.field().kind() == MessageField.Kind.SUBJECT) {
        assertThat(f.end()).as("span of %s", f).isBetween(f.start(), length);
      }
      assertThat(f.explanation()).as("explanation of %s", f.ruleId()).isNotBlank();
    }
    assertThat(policy.check(m, context)).as("a second check").isEqualTo(r);
    return r.findings().stream().filter(f -> Objects.equals(f.ruleId(), ruleId) && f.severity() != Severity.INFO).collect(Collectors.toList());
  }
}
