package dev.parley.messaging.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The labelled template corpus in src/test/resources/templates/corpus.jsonl (format in its README.md). */
final class TemplateCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateCorpus() {}

  /** One labelled template. */
  static final class Entry {
    final String id;
    final String lang;
    final String syntax;
    final Template template;
    final CheckContext context;
    final Set<String> expected;

    Entry(String id, String lang, String syntax, Template template, CheckContext context, Set<String> expected) {
      this.id = id;
      this.lang = lang;
      this.syntax = syntax;
      this.template = template;
      this.context = context;
      this.expected = expected;
    }
  }

  static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = TemplateCorpus.class.getResourceAsStream("/templates/corpus.jsonl")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        Template t = Template.builder()
            .id(n.path("id").asText())
            .subject(n.path("subject").asText(""))
            .body(n.path("body").asText())
            .bodyFormat(n.path("format").asText("text").equals("html") ? BodyFormat.HTML : BodyFormat.TEXT)
            .type(MessageType.valueOf(n.path("type").asText("FREE_FORM")))
            .build();
        CheckContext c = CheckContext.builder()
            .marketplace(Marketplace.of(n.path("marketplace").asText("US")))
            .buyerLocale(Locale.forLanguageTag(n.path("buyerLocale").asText("en-US")))
            .replyToBuyer(n.path("replyToBuyer").asBoolean(false))
            .build();
        Set<String> expected = new LinkedHashSet<>();
        n.path("expect").path("rules").forEach(x -> expected.add(x.asText()));
        out.add(new Entry(t.id(), n.path("lang").asText(), n.path("syntax").asText(), t, c, expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
