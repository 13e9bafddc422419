package dev.parley.messaging.rules.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Corpus;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.PolicyReport;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.StandardLexicons;
import dev.parley.messaging.rules.internal.text.Tokens;
import dev.parley.messaging.rules.internal.contact.ContactText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The re-check of a redacted message takes unchanged fields over from the original's analysis
 * ({@link Analysis#reusing}); every field it gives must be exactly what a fresh analysis of the
 * redacted message gives: source, scanned text, folded text and its offset map, contact text,
 * tokens, the matches of every lexicon group and the concept index. Checked on every message of
 * the corpora (the blind set excepted), on messages with attachments and an HTML body, and on
 * generated dense text.
 */
class RedactedAnalysisTest {
  private static final ContentSettings SETTINGS = ContentSettings.defaults();
  private static final List<String> CORPORA = List.of("/corpus/classify.jsonl", "/corpus/contact.jsonl", "/corpus/holdout.jsonl",
      "/corpus/html.jsonl", "/corpus/wording.jsonl");
  private static final List<String> LANGUAGES = List.of("ar", "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "sv", "tr");

  @Test
  void reusedFieldsEqualAFreshAnalysisOnEveryCorpusMessage() {
    List<Corpus.Entry> entries = new ArrayList<>();
    for (String c : CORPORA) {
      entries.addAll(Corpus.load(c));
    }
    for (String set : List.of("dev", "nearmiss")) {
      for (String lang : LANGUAGES) {
        if (RedactedAnalysisTest.class.getResource("/corpus/" + set + "/" + lang + ".jsonl") != null) {
          entries.addAll(Corpus.load("/corpus/" + set + "/" + lang + ".jsonl"));
        }
      }
    }
    assertThat(entries).hasSizeGreaterThan(500);
    int redactedCount = 0;
    for (Corpus.Entry e : entries) {
      redactedCount += check(e.message, e.context) ? 1 : 0;
    }
    assertThat(redactedCount).as("corpus messages that redaction changes").isGreaterThan(100);
  }

  @Test
  void reusedFieldsEqualAFreshAnalysisWithAttachmentsAndHtml() {
    Attachment manual = Attachment.withContent("manual.txt",
        "Set-up guide. Questions? Write to help@shop-example.com or call +49 30 1234567.".getBytes(StandardCharsets.UTF_8));
    Attachment blocked = Attachment.withContent("offer.txt",
        "Leave a 5-star review and get a free gift card: www.shop-example.com/deal".getBytes(StandardCharsets.UTF_8));
    for (BodyFormat format : BodyFormat.values()) {
      String body = format == BodyFormat.HTML
          ? "<p>Thank you! Visit <a href=\"https://www.shop-example.com\">our shop</a> or write to info@shop-example.com.</p><p>Please leave us a 5-star review.</p>"
          : "Thank you! Visit www.shop-example.com or write to info@shop-example.com. Please leave us a 5-star review.";
      Message m = Message.builder().id("a").author(Author.SELLER).sentAt(Instant.EPOCH).subject("Your order, call 0176 1234 5678")
          .body(body).bodyFormat(format).attachments(List.of(manual, blocked, manual)).build();
      check(m, CheckContext.of(dev.parley.messaging.core.Marketplace.DE));
    }
  }

  @Test
  void reusedFieldsEqualAFreshAnalysisOnDenseText() {
    String[] dense = {
      "Visit www.shop-example.com/deal and write to sales@shop-example.com for 20% off your next order!",
      "Call +49 30 1234567 or WhatsApp 0176 1234 5678, we reply fast.",
      "Please leave us a 5-star review, only positive feedback helps us.",
      "Kontaktieren Sie uns unter info@beispiel.de oder 030 98765432.",
      "Merci de laisser un avis positif, écrivez à contact@boutique.fr.",
    };
    for (int size : new int[] {300, 5_000, 40_000}) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; sb.length() < size; i++) {
        sb.append(dense[(i * 7) % dense.length]).append(i % 4 == 3 ? "\n" : " ");
      }
      Message m = Message.builder().id("d").author(Author.SELLER).sentAt(Instant.EPOCH).subject("About your order").body(sb.toString()).build();
      assertThat(check(m, CheckContext.of(dev.parley.messaging.core.Marketplace.DE))).isTrue();
    }
  }

  /** Compares the reused and the fresh analysis of the message's redaction; returns whether redaction changed the message. */
  private static boolean check(Message message, CheckContext context) {
    PolicyReport report = ContentPolicy.standard().check(message, context);
    Message redacted = report.redacted();
    Analysis original = Analysis.of(message);
    for (FieldText f : original.fields(SETTINGS)) {
      describe(f); // computes everything the rules read, so the reused fields carry it
    }
    List<String> reused = new ArrayList<>();
    for (FieldText f : Analysis.reusing(original, redacted).fields(SETTINGS)) {
      reused.add(describe(f));
    }
    List<String> fresh = new ArrayList<>();
    for (FieldText f : Analysis.of(redacted).fields(SETTINGS)) {
      fresh.add(describe(f));
    }
    assertThat(reused).as("fields of the redaction of %s", message.id()).isEqualTo(fresh);
    return !redacted.equals(message);
  }

  /** Everything a rule can read of a field, as text. */
  private static String describe(FieldText f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.field()).append('|').append(f.source()).append('|').append(f.scanText()).append('\n');
    NormalizedText n = f.normalized();
    sb.append(n.text()).append('\n');
    for (int i = 0; i <= n.text().length(); i++) {
      sb.append(n.originalStart(i)).append(':').append(n.originalEnd(i)).append(' ');
    }
    ContactText c = f.contactText();
    sb.append('\n').append(c.substring(0, c.length())).append('\n');
    for (int i = 0; i <= c.length(); i++) {
      sb.append(c.foldedStart(i)).append(':').append(c.foldedEnd(i)).append(i < c.length() && c.disguised(i) ? "d " : " ");
    }
    Tokens t = f.tokens();
    sb.append('\n');
    for (int i = 0; i < t.size(); i++) {
      sb.append(t.start(i)).append('-').append(t.end(i)).append(' ');
    }
    StandardLexicons lexicons = StandardLexicons.get();
    List<String> groups = new ArrayList<>(StandardLexicons.WORDING);
    groups.addAll(List.of(StandardLexicons.OPT_OUT, StandardLexicons.IMPORTANT_MISUSE, StandardLexicons.CLASSIFIER, StandardLexicons.CONCEPTS));
    for (String g : groups) {
      sb.append('\n').append(g).append(':');
      for (PhraseMatcher.Match m : f.lexiconMatches(lexicons.group(g))) {
        sb.append(' ').append(m.origin()).append('@').append(m.firstToken()).append('-').append(m.lastToken())
            .append('[').append(m.start()).append(',').append(m.end()).append(')');
      }
    }
    sb.append('\n').append(f.concepts());
    for (int i = 0; i < t.size(); i++) {
      sb.append(f.concepts().sentenceOf(i)).append('/').append(f.concepts().clauseOf(i)).append(' ');
    }
    for (int s = 0; s < f.concepts().sentences(); s++) {
      sb.append(f.concepts().isQuestion(s) ? '?' : '.');
    }
    for (String lang : LANGUAGES) {
      sb.append(f.mayBeWrittenIn(lang) ? lang : "-");
    }
    return sb.toString();
  }
}
