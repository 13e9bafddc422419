package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.templates.TemplateCheck;
import dev.parley.messaging.templates.TemplateReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lint request and result: read with paths in errors, written as the schemas say, both forms. */
class LintJsonTest {
  private static final ParleyJson JSON = ParleyJson.standard();
  private static final Schema REQUEST = Schemas.parley("lint-request");
  private static final Schema RESULT = Schemas.parley("lint-result");
  private static final List<String> SAMPLES = List.of(
      "{\"id\":\"review-de\",\"marketplace\":\"DE\",\"locale\":\"de-DE\",\"subject\":\"Ihre Bestellung {{order_id}}\","
          + "\"body\":\"Hallo {{buyer_name}}, Zubehör unter [[shop-link]] 😊 {{rabatt}}\"}",
      "{\"body\":\"Thank you for your order.\"}",
      "{\"id\":7,\"type\":\"confirm_delivery_details\",\"format\":\"html\",\"replyToBuyer\":\"true\",\"buyerLocale\":\"en_GB\","
          + "\"marketplace\":\"UK\",\"body\":\"<p>Hi ${buyer}, when can we deliver %ORDER_ID%? See <a href=\\\"https://x.example\\\">here</a></p>\"}",
      "{\"subject\":\"<<seller_name>>\",\"body\":\"Order {{order_id}}: leave a review at {{review_link}}\",\"unknown\":1}");

  @Test
  void readsEveryFieldOfATemplate() {
    LintRequest r = JSON.readLintRequest(JSON.parse(SAMPLES.get(2)), "");
    assertThat(r.id()).isEqualTo("7");
    assertThat(r.template().id()).isEqualTo("7");
    assertThat(r.template().type()).isEqualTo(MessageType.CONFIRM_DELIVERY_DETAILS);
    assertThat(r.template().bodyFormat()).isEqualTo(BodyFormat.HTML);
    assertThat(r.context().marketplace()).isEqualTo(Marketplace.UK);
    assertThat(r.context().replyToBuyer()).isTrue();
    assertThat(r.context().buyerLocale()).contains(Locale.UK);
    LintRequest plain = JSON.readLintRequest(JSON.parse(SAMPLES.get(1)), "");
    assertThat(plain.id()).isEmpty();
    assertThat(plain.template().id()).isEqualTo("template");
    assertThat(plain.context().marketplace()).isEqualTo(Marketplace.US);
  }

  @Test
  void errorsNameTheJsonPath() {
    assertThatThrownBy(() -> JSON.readLintRequest(JSON.parse("{\"subject\":\"x\"}"), "[2]"))
        .isInstanceOf(JsonInputException.class).hasMessage("[2].body is required")
        .satisfies(e -> assertThat(((JsonInputException) e).path()).isEqualTo("[2].body"));
    assertThatThrownBy(() -> JSON.readLintRequest(JSON.parse("{\"body\":\"x\",\"type\":\"POSTCARD\"}"), ""))
        .isInstanceOf(JsonInputException.class).hasMessageStartingWith("type is unknown");
    assertThatThrownBy(() -> JSON.readLintRequest(JSON.parse("{\"body\":\"x\",\"locale\":\"--\"}"), ""))
        .isInstanceOf(JsonInputException.class).hasMessageStartingWith("locale must be a language tag");
    assertThatThrownBy(() -> JSON.readLintRequest(JSON.parse("{\"body\":\"x\",\"replyToBuyer\":\"maybe\"}"), "[0]"))
        .isInstanceOf(JsonInputException.class).hasMessageStartingWith("[0].replyToBuyer must be true or false");
    assertThatThrownBy(() -> JSON.readLintRequest(JSON.parse("[1]"), ""))
        .isInstanceOf(JsonInputException.class).hasMessageContaining("must be a JSON object");
  }

  @Test
  void requestsAndResultsMatchTheirSchemas() {
    for (String sample : SAMPLES) {
      JsonNode in = JSON.parse(sample);
      assertThat(Schemas.errors(REQUEST, in)).as(sample).isEmpty();
      LintRequest r = JSON.readLintRequest(in, "");
      TemplateReport report = TemplateCheck.standard().check(r.template(), r.context());
      ObjectNode out = JSON.writeLintResult(r.id(), report);
      assertThat(Schemas.errors(RESULT, out)).as(out.toString()).isEmpty();
      assertThat(out.path("verdict").asText()).isEqualTo(report.verdict().name());
      assertThat(out.path("findings")).hasSize(report.findings().size());
      // the service form's findings are the check result's findings, written once
      for (int i = 0; i < report.findings().size(); i++) {
        assertThat(out.path("findings").get(i)).isEqualTo(JSON.writeFinding(report.findings().get(i)));
      }
      for (JsonNode p : out.path("placeholders")) {
        String text = p.path("field").asText().equals("subject") ? r.template().subject() : r.template().body();
        assertThat(text.substring(p.path("start").asInt(), p.path("end").asInt())).isEqualTo(p.path("text").asText());
      }
      assertThat(JSON.write(JSON.writeLintResult(r.id(), report))).isEqualTo(JSON.write(out));
    }
  }

  @Test
  void theFileFormAddsLinesAndColumnsInItsContractOrder() {
    LintRequest r = JSON.readLintRequest(JSON.parse(SAMPLES.get(0)), "");
    TemplateReport report = TemplateCheck.standard().check(r.template(), r.context());
    // subject on line 2, body from line 5; one column per UTF-16 unit is enough here
    LintLocator at = (field, offset) -> new LintLocator.Position(field.kind() == MessageField.Kind.SUBJECT ? 2 : 5, offset + 1);
    ObjectNode out = JSON.writeLintResult("t.yaml", "review-de", 1, report, at);
    List<String> keys = new ArrayList<>();
    out.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("file", "id", "line", "verdict", "category", "placeholders", "findings");
    List<String> findingKeys = new ArrayList<>();
    out.path("findings").get(0).fieldNames().forEachRemaining(findingKeys::add);
    assertThat(findingKeys).containsExactly("rule", "severity", "field", "start", "end", "line", "column", "endLine", "endColumn",
        "excerpt", "message", "explanation", "evidence");
    JsonNode unknown = null;
    for (JsonNode p : out.path("placeholders")) {
      if (p.path("type").isNull()) {
        unknown = p;
      }
    }
    assertThat(unknown).isNotNull();
    assertThat(unknown.path("line").asInt()).isEqualTo(5);
    assertThat(unknown.path("column").asInt()).isEqualTo(r.template().body().indexOf("{{rabatt}}") + 1);
    assertThat(JSON.write(JSON.writeLintError("t.yaml", "", 3, 4, "body is required")))
        .isEqualTo("{\"file\":\"t.yaml\",\"line\":3,\"column\":4,\"error\":\"body is required\"}");
    assertThatThrownBy(() -> new LintLocator.Position(0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 0");
  }
}
