package dev.parley.messaging.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.content.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateCheckTest {
  static final CheckContext US = CheckContext.of(Marketplace.US);
  static final CheckContext DE = CheckContext.builder().marketplace(Marketplace.DE).buyerLocale(Locale.GERMANY).build();

  static TemplateReport check(String subject, String body, CheckContext ctx) {
    Template t = Template.builder().id("t").subject(subject).body(body).build();
    TemplateReport r = TemplateCheck.standard().check(t, ctx);
    invariants(t, r);
    assertThat(TemplateCheck.standard().check(t, ctx)).isEqualTo(r);
    return r;
  }

  static void invariants(Template t, TemplateReport r) {
    for (Finding f : r.findings()) {
      assertThat(RuleCatalog.standard().contains(f.ruleId())).as(f.ruleId()).isTrue();
      String source = f.field().toString().equals("subject") ? t.subject() : f.field().toString().equals("body") ? t.body() : "";
      assertThat(f.end()).isLessThanOrEqualTo(source.length());
    }
  }

  static List<String> rules(TemplateReport r) {
    return r.findings().stream().map(Finding::ruleId).distinct().sorted().collect(Collectors.toList());
  }

  @Test
  void orderIdPlaceholderSatisfiesTheOrderIdRuleInEverySyntax() {
    for (String p : List.of("{{order_id}}", "[[order-id]]", "%ORDER_ID%", "${orderId}", "<<order_number>>", "{{ order_id }}", "{{{OrderID}}}")) {
      TemplateReport r = check("Your order " + p, "Hello {{buyer_name}},\n\nthe engraving text for your order " + p
          + " is too long for the lid. Please tell us a shorter text of at most 20 letters.\n\nKind regards", US);
      assertThat(rules(r)).as(p).doesNotContain("message.order-id-missing", "template.unknown-placeholder");
      assertThat(r.placeholders()).hasSize(3);
    }
  }

  @Test
  void outsideLinkPlaceholderIsAContentLinkOnThePlaceholder() {
    String body = "Hello {{buyer_name}}, please register the warranty of your order {{order_id}} at [[contact-link]] within 30 days.";
    TemplateReport r = check("", body, US);
    List<Finding> links = r.findings("content.link");
    assertThat(links).hasSize(1);
    assertThat(body.substring(links.get(0).start(), links.get(0).end())).isEqualTo("[[contact-link]]");
    assertThat(links.get(0).explanation()).contains("[[contact-link]]").contains("link to elsewhere");
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void amazonReviewLinkPlaceholderIsAllowed() {
    TemplateReport r = check("Order {{order_id}}", "Hello {{buyer_name}}, your {{product_name}} from order {{order_id}} should have arrived."
        + " If you have a moment, we would appreciate an honest review: {{review_link}}\n\n{{seller_name}}", US);
    assertThat(rules(r)).doesNotContain("content.link", "message.order-id-missing");
  }

  @Test
  void placeholderInHtmlAttribute() {
    String body = "<p>Hallo {{buyer_name}},</p><p>die Anleitung zu Ihrer Bestellung {{order_id}} finden Sie <a href=\"{{website}}\">in unserem Handbuch</a>.</p>";
    Template t = Template.builder().id("h").subject("Bestellung {{order_id}}").body(body).bodyFormat(BodyFormat.HTML).build();
    TemplateReport r = TemplateCheck.standard().check(t, DE);
    invariants(t, r);
    List<Finding> links = r.findings("content.link");
    assertThat(links).isNotEmpty();
    assertThat(body.substring(links.get(0).start(), links.get(0).end())).contains("{{website}}");
  }

  @Test
  void unknownPlaceholderIsAWarningNamingIt() {
    TemplateReport r = check("", "Hello, your order {{order_id}} has a question about {{gift_wrap_color}}: which colour would you like?", US);
    List<Finding> unknown = r.findings("template.unknown-placeholder");
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).explanation()).contains("{{gift_wrap_color}}");
    assertThat(unknown.get(0).excerpt()).isEqualTo("{{gift_wrap_color}}");
  }

  @Test
  void noFindingComesFromAPlaceholderName() {
    // Names that read as rule words: a link, an e-mail, a phone, a coupon, "five star review".
    TemplateReport r = check("", "Hello {{buyer_name}}, about your order {{order_id}}: the replacement part for {{product_name}} "
        + "is on its way with {{carrier}}, tracking {{tracking_number}}. %COUPON_CODE% {{five_star_review}} {{www_shop_com}} {{email}} {{phone_0301234567}}", US);
    assertThat(rules(r)).doesNotContain("content.link", "content.email", "content.phone", "content.promotion", "review.positive-only");
    assertThat(r.findings("template.unknown-placeholder")).hasSize(5);
  }

  @Test
  void productNameWithWebAddressOrEmojiIsAnUnsafeValue() {
    TemplateReport r = check("", "Hello {{buyer_name}}, the {{product_name}} from your order {{order_id}} needs a firmware update before first use: "
        + "hold the power button for ten seconds until the light blinks.", US);
    List<Finding> unsafe = r.findings("template.unsafe-value");
    assertThat(unsafe).extracting(Finding::explanation).anyMatch(m -> m.contains("{{product_name}}") && m.contains("content.link"));
    assertThat(unsafe).extracting(Finding::explanation).anyMatch(m -> m.contains("{{product_name}}") && m.contains("style.emoji"));
    assertThat(r.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void disabledSyntaxIsText() {
    TemplateCheck noPercent = TemplateCheck.of(TemplateSettings.defaults().withSyntax(PlaceholderSyntax.PERCENT, false));
    Template t = Template.of("p", "Hello, about your order %ORDER_ID%: the size you chose is out of stock; would you like the next size up?");
    assertThat(noPercent.placeholders(t)).isEmpty();
    assertThat(noPercent.check(t, US).findings("message.order-id-missing")).hasSize(1);
    assertThat(TemplateCheck.standard().check(t, US).findings("message.order-id-missing")).isEmpty();
  }

  @Test
  void vocabularyIsConfigurable() {
    PlaceholderVocabulary v = PlaceholderVocabulary.defaults().with("auftrag", PlaceholderType.ORDER_ID).without("website");
    assertThat(v.typeOf("AUFTRAG")).contains(PlaceholderType.ORDER_ID);
    assertThat(v.typeOf("website")).isEmpty();
    assertThat(PlaceholderVocabulary.defaults().typeOf("orderId")).contains(PlaceholderType.ORDER_ID);
    assertThat(PlaceholderVocabulary.defaults().typeOf("BUYER-NAME")).contains(PlaceholderType.BUYER_NAME);
  }

  @Test
  void print() {
    TemplateReport r = check("Ihre Bestellung {{order_id}}", "Hallo {{buyer_name}},\n\nIhr {{product_name}} wurde heute mit {{carrier}} verschickt, Sendungsnummer {{tracking_number}}. Besuchen Sie {{website}}!", DE);
    r.findings().forEach(System.out::println);
  }
}
