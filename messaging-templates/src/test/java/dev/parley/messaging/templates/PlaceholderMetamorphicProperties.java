package dev.parley.messaging.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The metamorphic property of placeholders: replacing an order id, a buyer name or a product name
 * in any message of messaging-rules' labelled corpora ({@code messaging-rules/src/test/resources/corpus/*.jsonl})
 * by its typed placeholder, in any of the five syntaxes, never changes the verdict, nor even the
 * set of rules that fire. (Adversarial values are off: what values can do is a separate question.)
 *
 * <p>Where the replaced text is itself part of a finding that does not cover it whole, the pair is
 * skipped: a placeholder stands for an ordinary value, not for a violation.
 */
class PlaceholderMetamorphicProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TemplateCheck CHECK = TemplateCheck.of(TemplateSettings.defaults().withTryValues(false));
  private static final String[] OPEN = {"{{", "[[", "%", "${", "<<"};
  private static final String[] CLOSE = {"}}", "]]", "%", "}", ">>"};
  private static final String[][] NAMES = {
      {"order_id", "order-id", "ORDER_ID", "orderId", "order_number"},
      {"buyer_name", "buyer-name", "BUYER_NAME", "buyerName", "customer_name"},
      {"product_name", "product-name", "PRODUCT_NAME", "productName", "item_name"}};
  private static final Set<String> NOT_NAMES = Set.of("Amazon", "Team", "Customer", "Sir", "Madam", "Kunde", "Kundin", "Herr", "Frau",
      "Monsieur", "Madame", "Signora", "Signor", "Señor", "Señora", "Prime", "Instagram", "Facebook", "There", "All", "Everyone",
      "Mr", "Mrs", "Ms", "Dr", "Again", "Friend", "Support", "Service");

  /** A message with one replaceable value. */
  static final class Case {
    final String id;
    final Template template;
    final CheckContext context;
    final int kind;
    final String value;

    Case(String id, Template template, CheckContext context, int kind, String value) {
      this.id = id;
      this.template = template;
      this.context = context;
      this.kind = kind;
      this.value = value;
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    Path dir = Path.of("..", "messaging-rules", "src", "test", "resources", "corpus");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jsonl")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = JSON.readTree(line);
          if (n.has("attachments")) {
            continue;
          }
          String subject = n.path("subject").asText("");
          String body = n.path("body").asText("");
          Template t = Template.builder().id(n.path("id").asText())
              .subject(subject).body(body)
              .bodyFormat(n.path("format").asText("text").equalsIgnoreCase("html") ? BodyFormat.HTML : BodyFormat.TEXT)
              .type(MessageType.valueOf(n.path("type").asText("FREE_FORM").toUpperCase(Locale.ROOT)))
              .build();
          if (!CHECK.placeholders(t).isEmpty()) {
            continue; // the message already holds text that reads as a placeholder
          }
          CheckContext.Builder c = CheckContext.builder().marketplace(Marketplace.of(n.path("marketplace").asText("US")))
              .replyToBuyer(n.path("replyToBuyer").asBoolean(false));
          if (n.hasNonNull("buyerLocale")) {
            c.buyerLocale(Locale.forLanguageTag(n.get("buyerLocale").asText()));
          }
          CheckContext context = c.build();
          String all = subject + "\n" + body;
          orderId(all).ifPresent(v -> out.add(new Case(t.id(), t, context, 0, v)));
          buyerName(body).ifPresent(v -> out.add(new Case(t.id(), t, context, 1, v)));
          productName(body).ifPresent(v -> out.add(new Case(t.id(), t, context, 2, v)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static java.util.Optional<String> orderId(String text) {
    for (int i = 0; i + 19 <= text.length(); i++) {
      String s = text.substring(i, i + 19);
      if (s.matches("\\d{3}-\\d{7}-\\d{7}") && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && (i + 19 == text.length() || !Character.isDigit(text.charAt(i + 19)))) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  /** The name after an opening greeting ("Hi Karen,", "Hallo Frau Weber,", "Bonjour Claire,", "高橋 様"). */
  static java.util.Optional<String> buyerName(String body) {
    String first = body.lines().findFirst().orElse("").strip();
    int sama = first.indexOf('様');
    if (sama > 0 && sama <= 6) {
      String name = first.substring(0, sama).strip();
      return name.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(name);
    }
    String[] words = first.replaceAll("[,!:]+$", "").split(" ");
    if (words.length < 2 || words.length > 4 || !(first.endsWith(",") || first.endsWith("!") || first.endsWith(":"))) {
      return java.util.Optional.empty();
    }
    String last = words[words.length - 1];
    if (last.length() < 2 || !Character.isUpperCase(last.codePointAt(0)) || NOT_NAMES.contains(last) || !last.chars().allMatch(Character::isLetter)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(last);
  }

  /**
   * A product name: the words between "your"/"the"/"votre"/"su"/"il suo" and "(order …" ("your new
   * LED desk lamp (order 396-…)"), else two to four capitalised words after "the" or "your" ("the
   * Bamboo Bath Mat"), or one that is written like a brand (PlugMate, X200).
   */
  static java.util.Optional<String> productName(String body) {
    String[] words = body.split("[ \\n]");
    for (int i = 0; i + 2 < words.length; i++) {
      if (!Set.of("the", "your", "votre", "su", "suo", "sua", "tu").contains(words[i])) {
        continue;
      }
      for (int j = i + 1; j < Math.min(words.length, i + 7); j++) {
        if (words[j].startsWith("(") && (words[j].equals("(order") || words[j].equals("(commande") || words[j].equals("(pedido") || words[j].equals("(ordine"))) {
          if (j > i + 1) {
            return java.util.Optional.of(String.join(" ", java.util.Arrays.asList(words).subList(i + 1, j)));
          }
        }
        if (!words[j].matches("[\\p{L}0-9-]+")) {
          break;
        }
      }
    }
    for (int i = 0; i + 1 < words.length; i++) {
      if (!words[i].equals("the") && !words[i].equals("your")) {
        continue;
      }
      int j = i + 1;
      List<String> name = new ArrayList<>();
      boolean brand = false;
      while (j < words.length && name.size() < 4 && words[j].matches("[A-Z][A-Za-z0-9]+(-[A-Za-z0-9]+)?") && !NOT_NAMES.contains(words[j])) {
        brand |= words[j].matches(".*[a-z][A-Z0-9].*");
        name.add(words[j++]);
      }
      if (name.size() >= 2 || (brand && !name.isEmpty())) {
        return java.util.Optional.of(String.join(" ", name));
      }
    }
    return java.util.Optional.empty();
  }

  static Set<String> rules(TemplateReport r) {
    Set<String> s = new TreeSet<>();
    for (Finding f : r.findings()) {
      if (!f.ruleId().startsWith("template.")) {
        s.add(f.ruleId());
      }
    }
    return s;
  }

  /** True if a finding overlaps the value without covering it whole: the value is part of evidence. */
  static boolean valueIsEvidence(TemplateReport original, Template t, String value) {
    for (Finding f : original.findings()) {
      String text = f.field().equals(MessageField.subject()) ? t.subject() : f.field().equals(MessageField.body()) ? t.body() : null;
      if (text == null) {
        continue;
      }
      for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        int end = at + value.length();
        boolean overlaps = f.start() < end && at < f.end();
        boolean covers = f.start() <= at && f.end() >= end;
        if (overlaps && !covers) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void replacingAValueByItsTypedPlaceholderKeepsTheVerdict() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThan(500);
    assertThat(cases.stream().filter(c -> c.kind == 1).count()).as("buyer names").isGreaterThan(100);
    assertThat(cases.stream().filter(c -> c.kind == 2).count()).as("product names").isGreaterThan(30);
    qt().withExamples(400).forAll(integers().between(0, cases.size() - 1), integers().between(0, 4)).checkAssert((i, syntax) -> {
      Case c = cases.get(i);
      TemplateReport original = CHECK.check(c.template, c.context);
      if (valueIsEvidence(original, c.template, c.value)) {
        return;
      }
      String placeholder = OPEN[syntax] + NAMES[c.kind][syntax] + CLOSE[syntax];
      Template replaced = Template.builder().id(c.id).subject(c.template.subject().replace(c.value, placeholder))
          .body(c.template.body().replace(c.value, placeholder)).bodyFormat(c.template.bodyFormat()).type(c.template.type()).build();
      TemplateReport after = CHECK.check(replaced, c.context);
      assertThat(after.placeholders()).as(c.id).isNotEmpty();
      assertThat(after.findings(TemplateCheck.UNKNOWN_PLACEHOLDER)).as(c.id).isEmpty();
      assertThat(after.verdict()).as(c.id + ": " + c.value + " -> " + placeholder).isEqualTo(original.verdict());
      assertThat(rules(after)).as(c.id + ": " + c.value + " -> " + placeholder).isEqualTo(rules(original));
    });
  }

  @Test
  void everyCaseKeepsItsVerdict() {
    // The exhaustive version of the property over every case, in the first syntax; prints the count.
    List<Case> cases = cases();
    List<String> changed = new ArrayList<>();
    int checked = 0;
    for (Case c : cases) {
      TemplateReport original = CHECK.check(c.template, c.context);
      if (valueIsEvidence(original, c.template, c.value)) {
        continue;
      }
      checked++;
      int syntax = checked % 5;
      String placeholder = OPEN[syntax] + NAMES[c.kind][syntax] + CLOSE[syntax];
      Template replaced = Template.builder().id(c.id).subject(c.template.subject().replace(c.value, placeholder))
          .body(c.template.body().replace(c.value, placeholder)).bodyFormat(c.template.bodyFormat()).type(c.template.type()).build();
      TemplateReport after = CHECK.check(replaced, c.context);
      if (after.verdict() != original.verdict() || !rules(after).equals(rules(original))) {
        changed.add(c.id + " [" + c.value + " -> " + placeholder + "] " + rules(original) + " -> " + rules(after));
      }
    }
    System.out.println("Metamorphic placeholder property: " + checked + " replacements over " + cases.size() + " cases ("
        + cases.stream().filter(c -> c.kind == 0).count() + " order ids, " + cases.stream().filter(c -> c.kind == 1).count() + " buyer names, "
        + cases.stream().filter(c -> c.kind == 2).count() + " product names), " + changed.size() + " changed");
    changed.forEach(s -> System.out.println("  " + s));
    assertThat(changed).isEmpty();
  }
}
