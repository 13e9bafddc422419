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
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
}
