package dev.parley.messaging.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The labelled corpora in src/test/resources/corpus/ (JSON Lines; format in that folder's
 * README.md), and the precision/recall arithmetic the evaluation tests share.
 */
public final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** One labelled message. */
  public static final class Entry {
    public final String id;
    public final String lang;
    public final Message message;
    public final CheckContext context;
    public final Set<String> expectedRules;
    public final Optional<String> category;
    public final Optional<Boolean> critical;
    public final String note;

    Entry(String id, String lang, Message message, CheckContext context, Set<String> expectedRules, Optional<String> category, Optional<Boolean> critical, String note) {
      this.id = id;
      this.lang = lang;
      this.message = message;
      this.context = context;
      this.expectedRules = expectedRules;
      this.category = category;
      this.critical = critical;
      this.note = note;
    }

    @Override
    public String toString() {
      return id + " [" + lang + "] " + message.subject() + " | " + message.body();
    }
  }

  /** Loads a corpus file from the test resources, such as {@code /corpus/contact.jsonl}. */
  public static List<Entry> load(String resource) {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(JSON.readTree(line), resource + ":" + lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Entry parse(JsonNode n, String where) {
    String id = n.path("id").asText(where);
    Marketplace marketplace = Marketplace.of(n.path("marketplace").asText("US"));
    MessageType type = MessageType.valueOf(n.path("type").asText("FREE_FORM").toUpperCase(Locale.ROOT));
    Message.Builder builder = Message.builder()
        .id(id)
        .author(Author.SELLER)
        .sentAt(Instant.parse("2026-03-02T10:00:00Z"))
        .type(type)
        .subject(n.path("subject").asText(""))
        .body(n.path("body").asText(""));
    // Optional "format":"html" and "attachments":[{fileName, sizeBytes, contentBase64?}].
    if (n.path("format").asText("text").equalsIgnoreCase("html")) {
      builder.bodyFormat(BodyFormat.HTML);
    }
    for (JsonNode a : n.path("attachments")) {
      String fileName = a.path("fileName").asText();
      builder.addAttachments(a.hasNonNull("contentBase64")
          ? Attachment.withContent(fileName, Base64.getDecoder().decode(a.get("contentBase64").asText()))
          : Attachment.of(fileName, a.path("sizeBytes").asLong(0)));
    }
    Message message = builder.build();
    CheckContext.Builder ctx = CheckContext.builder().marketplace(marketplace).replyToBuyer(n.path("replyToBuyer").asBoolean(false));
    if (n.hasNonNull("buyerLocale")) {
      ctx.buyerLocale(Locale.forLanguageTag(n.get("buyerLocale").asText()));
    }
    JsonNode expect = n.path("expect");
    Set<String> rules = new LinkedHashSet<>();
    expect.path("rules").forEach(x -> rules.add(x.asText()));
    Optional<String> category = expect.hasNonNull("category") ? Optional.of(expect.get("category").asText()) : Optional.empty();
    Optional<Boolean> critical = expect.hasNonNull("critical") ? Optional.of(expect.get("critical").asBoolean()) : Optional.empty();
    return new Entry(id, n.path("lang").asText("en"), message, ctx.build(), rules, category, critical, n.path("note").asText(""));
  }

  /** Counts of one label's confusion matrix. */
  public static final class Score {
    public int truePositives;
    public int falsePositives;
    public int falseNegatives;
    public int trueNegatives;

    public Score() {}

    public void add(boolean expected, boolean actual) {
      if (expected && actual) {
        truePositives++;
      } else if (actual) {
        falsePositives++;
      } else if (expected) {
        falseNegatives++;
      } else {
        trueNegatives++;
      }
    }

    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f (tp=%d fp=%d fn=%d tn=%d)", precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
  }

  /** Scores keyed by label, printed in a stable order. */
  public static final class Scores {
    private final Map<String, Score> byLabel = new TreeMap<>();

    public Scores() {}

    public Score get(String label) {
      return byLabel.computeIfAbsent(label, k -> new Score());
    }

    public Map<String, Score> all() {
      return byLabel;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      byLabel.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-32s %s%n", k, v)));
      return sb.toString();
    }
  }

  /** Scores of a set of rules over a corpus: per rule, per language, per rule and language. */
  public static final class Evaluation {
    public final Scores byRule = new Scores();
    public final Scores byLang = new Scores();
    public final Map<String, Scores> byRuleLang = new TreeMap<>();
    public final List<String> misses = new ArrayList<>();
    public int compliant;
    public int compliantBlocked;

    Evaluation() {}
  }

  /**
   * Scores the given rules over a corpus. A message is compliant when it expects none of the
   * rules; it counts as blocked when one of the rules reports it at BLOCK.
   *
   * @param corpus the labelled messages
   * @param check the findings of one message
   * @param rules the rule ids to score
   */
  public static Evaluation evaluate(List<Entry> corpus, Function<Entry, List<Finding>> check, Collection<String> rules) {
    Evaluation ev = new Evaluation();
    for (Entry e : corpus) {
      List<Finding> findings = check.apply(e);
      Set<String> actual = new HashSet<>();
      boolean blocked = false;
      for (Finding f : findings) {
        if (rules.contains(f.ruleId()) && f.severity() != Severity.INFO) {
          actual.add(f.ruleId());
          blocked |= f.severity() == Severity.BLOCK;
        }
      }
      if (rules.stream().noneMatch(e.expectedRules::contains)) {
        ev.compliant++;
        if (blocked) {
          ev.compliantBlocked++;
        }
      }
      for (String rule : rules) {
        boolean exp = e.expectedRules.contains(rule);
        boolean act = actual.contains(rule);
        ev.byRule.get(rule).add(exp, act);
        ev.byLang.get(e.lang).add(exp, act);
        ev.byRuleLang.computeIfAbsent(rule, k -> new Scores()).get(e.lang).add(exp, act);
        if (exp != act) {
          ev.misses.add((exp ? "MISS " : "FALSE ") + rule + " " + e.id + " :: " + findings.stream().filter(f -> f.ruleId().equals(rule))
              .map(f -> "\u201c" + f.excerpt() + "\u201d " + f.evidence()).findFirst().orElse(e.message.body().replace('\n', ' ')));
        }
      }
    }
    return ev;
  }
}
