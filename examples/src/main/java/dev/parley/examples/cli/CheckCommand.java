package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.PolicyReport;
import dev.parley.messaging.rules.content.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * {@code parley check [FILE|-]...}: reads messages as JSON Lines and writes one JSON result per
 * input line, in input order. The formats are documented in README.md and are a stable contract.
 */
final class CheckCommand {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The instant used for messages without {@code sentAt}: fixed, so output is reproducible. */
  static final Instant DEFAULT_SENT_AT = Instant.parse("2026-01-01T00:00:00Z");

  private CheckCommand() {}

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help")) {
        out.print(Parley.USAGE);
        return 0;
      }
      if (a.startsWith("--")) {
        err.println("parley check: unknown option " + a);
        return 2;
      }
      files.add(a);
    }
    if (files.isEmpty()) {
      files.add("-");
    }
    ContentPolicy policy = ContentPolicy.standard();
    boolean blocked = false;
    boolean malformed = false;
    int line = 0;
    for (String file : files) {
      try (BufferedReader in = open(file, stdin)) {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          ObjectNode result;
          try {
            result = check(policy, JSON.readTree(text));
            blocked |= "BLOCK".equals(result.path("verdict").asText());
          } catch (JsonProcessingException e) {
            result = error(line, "not valid JSON: " + e.getOriginalMessage());
            malformed = true;
          } catch (Json.InputException | IllegalArgumentException | NullPointerException e) {
            result = error(line, e.getMessage());
            malformed = true;
          }
          out.println(result.toString());
        }
      } catch (NoSuchFileException e) {
        err.println("parley check: no such file: " + file);
        return 2;
      } catch (IOException e) {
        err.println("parley check: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
    }
    out.flush();
    return malformed ? 2 : blocked ? 1 : 0;
  }

  private static BufferedReader open(String file, InputStream stdin) throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static ObjectNode error(int line, String message) {
    ObjectNode n = JSON.createObjectNode();
    n.put("line", line);
    n.put("error", message == null ? "malformed input" : message);
    return n;
  }

  static ObjectNode check(ContentPolicy policy, JsonNode in) {
    if (!in.isObject()) {
      throw new Json.InputException("each line must be a JSON object, got " + in.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    if (!in.has("body") || in.get("body").isNull()) {
      throw new Json.InputException("body is required");
    }
    String id = Json.text(in, "id").orElse("");
    Marketplace marketplace = Json.text(in, "marketplace").map(Marketplace::of).orElse(Marketplace.US);
    MessageType type = Json.text(in, "type").map(t -> Json.enumValue(MessageType.class, "type", t)).orElse(MessageType.FREE_FORM);
    BodyFormat format = Json.text(in, "format").map(f -> Json.enumValue(BodyFormat.class, "format", f)).orElse(BodyFormat.TEXT);
    Instant sentAt = Json.instant(in, "sentAt").orElse(DEFAULT_SENT_AT);
    Message message = Message.builder()
        .id(id.isEmpty() ? "message" : id)
        .author(Author.SELLER)
        .sentAt(sentAt)
        .type(type)
        .subject(Json.text(in, "subject").orElse(""))
        .body(Json.text(in, "body").orElse(""))
        .bodyFormat(format)
        .attachments(attachments(in))
        .build();
    CheckContext.Builder context = CheckContext.builder()
        .marketplace(marketplace)
        .replyToBuyer(Json.bool(in, "replyToBuyer").orElse(false));
    Json.text(in, "buyerLocale").filter(s -> !s.isBlank()).map(CheckCommand::locale).ifPresent(context::buyerLocale);
    PolicyReport report = policy.check(message, context.build());

    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    out.put("verdict", report.verdict().name());
    ArrayNode findings = out.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode fn = findings.addObject();
      fn.put("rule", f.ruleId());
      fn.put("severity", f.severity().name());
      fn.put("field", f.field().toString());
      fn.put("start", f.start());
      fn.put("end", f.end());
      fn.put("excerpt", f.excerpt());
      fn.put("message", f.message());
    }
    return out;
  }

  static Verdict verdictOf(JsonNode result) {
    return Verdict.valueOf(result.path("verdict").asText());
  }

  private static Locale locale(String tag) {
    Locale l = Locale.forLanguageTag(tag.replace('_', '-'));
    if (l.getLanguage().isEmpty()) {
      throw new Json.InputException("buyerLocale must be a language tag such as de-DE, got \"" + tag + "\"");
    }
    return l;
  }

  private static List<Attachment> attachments(JsonNode in) {
    List<Attachment> list = new ArrayList<>();
    JsonNode arr = in.get("attachments");
    if (arr == null || arr.isNull()) {
      return list;
    }
    if (!arr.isArray()) {
      throw new Json.InputException("attachments must be an array, got " + arr);
    }
    int i = 0;
    for (JsonNode a : arr) {
      String field = "attachments[" + i++ + "]";
      String name = Json.text(a, "fileName").orElseThrow(() -> new Json.InputException(field + ".fileName is required"));
      Attachment attachment;
      if (a.hasNonNull("contentBase64")) {
        byte[] bytes;
        try {
          bytes = Base64.getMimeDecoder().decode(a.get("contentBase64").asText());
        } catch (IllegalArgumentException e) {
          throw new Json.InputException(field + ".contentBase64 is not valid base64: " + e.getMessage());
        }
        attachment = Attachment.withContent(name, bytes);
        if (a.hasNonNull("sizeBytes") && a.get("sizeBytes").asLong() != bytes.length) {
          throw new Json.InputException(field + ".sizeBytes is " + a.get("sizeBytes").asLong() + " but the content has " + bytes.length + " bytes");
        }
      } else {
        JsonNode size = a.get("sizeBytes");
        if (size == null || !size.canConvertToLong()) {
          throw new Json.InputException(field + ".sizeBytes must be a number of bytes when contentBase64 is absent, got " + size);
        }
        attachment = Attachment.of(name, size.asLong());
      }
      if (a.hasNonNull("mediaType")) {
        attachment = attachment.withDeclaredMediaType(a.get("mediaType").asText());
      }
      list.add(attachment);
    }
    return list;
  }
}
