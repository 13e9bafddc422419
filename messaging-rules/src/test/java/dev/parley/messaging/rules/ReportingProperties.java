package dev.parley.messaging.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.PolicyReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The policy is applied once, by the one reporter, to every finding of every engine: for every rule
 * id and every severity, an override gives exactly that severity and the verdict follows from it;
 * a disabled rule reports nothing. And redaction is honest: the redacted subject and text body
 * differ from the original only inside reported spans.
 */
class ReportingProperties {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final List<Corpus.Entry> CORPUS = corpus();

  private static List<Corpus.Entry> corpus() {
    List<Corpus.Entry> all = new ArrayList<>();
    for (String f : List.of("holdout", "contact", "wording", "classify", "html")) {
      all.addAll(Corpus.load("/corpus/" + f + ".jsonl"));
    }
    return all;
  }

  /** A message and a rule it triggers under the default policy. */
  private static final class Case {
    final Corpus.Entry entry;
    final String ruleId;

    Case(Corpus.Entry entry, String ruleId) {
      this.entry = entry;
      this.ruleId = ruleId;
    }
  }

  private static final List<Case> CASES = cases();

  private static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Corpus.Entry e : CORPUS) {
      Set<String> ids = new LinkedHashSet<>();
      SendCheck.standard().check(SendRequest.of(e.message, e.context, AT)).findings().forEach(f -> ids.add(f.ruleId()));
      ids.forEach(id -> out.add(new Case(e, id)));
    }
    return out;
  }

  @Test
  void everyRuleIdAndEverySeverityOverrideGivesThatSeverityAndItsVerdict() {
    assertThat(CASES.stream().map(c -> c.ruleId).distinct().count()).as("rules the corpora trigger").isGreaterThanOrEqualTo(25);
    qt().withExamples(600).forAll(SourceDSL.integers().between(0, CASES.size() - 1), SourceDSL.arbitrary().enumValues(Severity.class))
        .checkAssert((i, severity) -> {
          Case c = CASES.get(i);
          SendPolicy policy = SendPolicy.builder().content(ContentSettings.builder().putSeverityOverrides(c.ruleId, severity).build()).build();
          SendReport r = SendCheck.of(policy).check(SendRequest.of(c.entry.message, c.entry.context, AT));
          assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(c.ruleId)).isNotEmpty().allMatch(f -> f.severity() == severity);
          boolean block = r.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK);
          assertThat(r.verdict() == SendVerdict.BLOCKED).as("verdict of %s", r.findings()).isEqualTo(block);
          SendPolicy off = SendPolicy.builder().content(ContentSettings.builder().addDisabledRules(c.ruleId).build()).build();
          assertThat(SendCheck.of(off).check(SendRequest.of(c.entry.message, c.entry.context, AT)).findings()).noneMatch(f -> f.ruleId().equals(c.ruleId));
        });
  }

  @Test
  void attachmentContentOverriddenToInfoNeverBlocksOnWhatAnAttachmentCarries() {
    Message m = Message.builder().id("a").author(dev.parley.messaging.core.Author.SELLER).sentAt(AT).type(MessageType.FREE_FORM)
        .body("Please find the care guide attached. Order 302-4418290-7719034.")
        .addAttachments(Attachment.withContent("guide.txt", "Visit www.myshop-example.com or call +1 415 555 0199.".getBytes(StandardCharsets.UTF_8)))
        .build();
    CheckContext ctx = CheckContext.of(dev.parley.messaging.core.Marketplace.US);
    assertThat(ContentPolicy.standard().check(m, ctx).verdict()).isEqualTo(dev.parley.messaging.rules.content.Verdict.BLOCK);
    ContentPolicy tolerant = ContentPolicy.of(ContentSettings.builder().putSeverityOverrides(RuleIds.ATTACHMENT_CONTENT, Severity.INFO).build());
    PolicyReport r = tolerant.check(m, ctx);
    assertThat(r.findings()).filteredOn(f -> f.field().kind() == MessageField.Kind.ATTACHMENT).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
    assertThat(r.verdict()).isNotEqualTo(dev.parley.messaging.rules.content.Verdict.BLOCK);
  }

  @Test
  void theRedactionOfEveryCorpusMessageDiffersOnlyInsideReportedSpans() {
    int changed = 0;
    for (Corpus.Entry e : CORPUS) {
      PolicyReport r = ContentPolicy.standard().check(e.message, e.context);
      Message red = r.redacted();
      assertThat(red.subject().length()).isEqualTo(e.message.subject().length());
      assertOnlyInsideSpans(e.message.subject(), red.subject(), r.findings(), MessageField.Kind.SUBJECT, e.id);
      if (e.message.bodyFormat() == BodyFormat.TEXT) {
        assertThat(red.body().length()).isEqualTo(e.message.body().length());
        assertOnlyInsideSpans(e.message.body(), red.body(), r.findings(), MessageField.Kind.BODY, e.id);
      }
      changed += red.equals(e.message) ? 0 : 1;
      assertThat(red.equals(e.message)).as("%s: redacted exactly when a span is reported", e.id)
          .isEqualTo(r.findings().stream().noneMatch(dev.parley.messaging.rules.internal.analysis.Redactor::acts));
    }
    assertThat(changed).isGreaterThan(100);
  }

  private static void assertOnlyInsideSpans(String original, String redacted, List<Finding> findings, MessageField.Kind kind, String id) {
    boolean[] inside = new boolean[original.length()];
    for (Finding f : findings) {
      if (f.field().kind() == kind && f.severity() != Severity.INFO) {
        for (int i = f.start(); i < f.end(); i++) {
          inside[i] = true;
        }
      }
    }
    for (int i = 0; i < original.length(); i++) {
      if (original.charAt(i) != redacted.charAt(i)) {
        assertThat(inside[i]).as("%s: character %d ('%s') changed outside every reported span", id, i, original.charAt(i)).isTrue();
      }
    }
  }
}
