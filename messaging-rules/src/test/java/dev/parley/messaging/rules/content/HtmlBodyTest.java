package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.html.HtmlBody;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlBodyTest {
  // A reply, so that message-level rules for proactive messages (order id) stay out of the HTML checks.
  private static final CheckContext CTX = CheckContext.builder().marketplace(Marketplace.US).replyToBuyer(true).build();

  static Message html(String body) {
    return Message.builder().id("h").author(Author.SELLER).sentAt(Instant.parse("2026-03-02T10:00:00Z")).bodyFormat(BodyFormat.HTML).body(body).build();
  }

  static PolicyReport check(String body) {
    return ReportInvariants.checkAndVerify(ContentPolicy.standard(), html(body), CTX);
  }

  static Set<String> rules(PolicyReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).collect(Collectors.toSet());
  }

  @Test
  void visibleTextMapsBackIntoTheSourceExactly() {
    String src = "<html><head><title>T</title><style>p{}</style></head><body><p>Visit&nbsp;<b>shop</b>&#46;com &amp; more</p><img alt=\"logo of shop&#x2E;de\" src=\"cid:x\"></body></html>";
    FieldText f = HtmlBody.extract(src, ContentSettings.defaults(), List.of());
    String scan = f.scanText();
    assertThat(scan).contains("Visit\u00A0shop.com & more").contains("logo of shop.de").doesNotContain("p{}").doesNotContain("<b>");
    int s = scan.indexOf("shop.com");
    int e = s + "shop.com".length();
    assertThat(src.substring(f.sourceStartOfScan(s), f.sourceEndOfScan(e))).isEqualTo("shop</b>&#46;com");
    int a = scan.indexOf("shop.de");
    assertThat(src.substring(f.sourceStartOfScan(a), f.sourceEndOfScan(a + 7))).isEqualTo("shop&#x2E;de");
    for (int i = 0; i < scan.length(); i++) {
      assertThat(f.sourceStartOfScan(i)).isBetween(0, src.length());
      assertThat(f.sourceEndOfScan(i + 1)).isBetween(f.sourceStartOfScan(i), src.length());
    }
  }

  @Test
  void aTextRuleOnTheFoldedTextReportsSpansInTheHtmlSource() {
    String src = "<p>Besuchen Sie <b>SHOP</b>&#46;de und <i>sh​op</i> .de</p>";
    FieldText f = HtmlBody.extract(src, ContentSettings.defaults(), List.of());
    Reporter sink = new Reporter(ContentSettings.defaults(), RuleCatalog.standard());
    String folded = f.normalized().text();
    for (String needle : new String[] {"shop.de", "shop .de"}) {
      int at = folded.indexOf(needle);
      assertThat(at).as(needle + " in " + folded).isGreaterThanOrEqualTo(0);
      sink.addFolded("content.link", f, at, at + needle.length(), "test", "");
    }
    assertThat(sink.findings()).extracting(x -> src.substring(x.start(), x.end())).containsExactly("SHOP</b>&#46;de", "sh​op</i> .de");
  }

  @Test
  void linkInAttributeIsReportedOnTheAttributeValue() {
    String src = "<p>See <a href=\"https://shop.example.net/x\">our page</a> or <a href=\"https://www.amazon.de/x\">Amazon</a>.</p>";
    PolicyReport r = check(src);
    List<Finding> links = r.findings("content.link");
    assertThat(links).hasSize(1);
    assertThat(src.substring(links.get(0).start(), links.get(0).end())).isEqualTo("https://shop.example.net/x");
    assertThat(links.get(0).explanation()).contains("shop.example.net").contains("href");
  }

  @Test
  void linkedLogoIsNamedAsSuch() {
    PolicyReport r = check("<a href=\"https://brand.example.com\"><img src=\"https://m.media-amazon.com/l.png\" width=\"90\"></a><p>Hello</p>");
    assertThat(r.findings("content.link")).singleElement().extracting(Finding::explanation).asString().startsWith("A linked image (logo) hides a link");
  }

  @Test
  void everyUrlBearingAttributeIsRead() {
    String[] cases = {
      "<img src=\"https://x.example.io/a.png\" width=\"50\">",
      "<img srcset=\"https://m.media-amazon.com/a.png 1x, https://x.example.io/b.png 2x\">",
      "<form action=\"https://x.example.io/f\"></form>",
      "<table background=\"https://x.example.io/bg.png\"><tr><td>a</td></tr></table>",
      "<video poster=\"https://x.example.io/p.png\"></video>",
      "<object data=\"https://x.example.io/o\"></object>",
      "<button formaction=\"https://x.example.io/b\">b</button>",
      "<q cite=\"https://x.example.io/c\">q</q>",
      "<div style=\"background:url(&quot;https://x.example.io/u.png&quot;)\">a</div>",
      "<div style=\"background:url(https://x.example.io/u.png)\">a</div>",
      "<style>@import url(\"https://x.example.io/s.css\");</style>",
      "<style>.a{background-image:url('https://x.example.io/s.png')}</style>",
      "<meta http-equiv=\"Refresh\" content=\"0; URL='https://x.example.io/r'\">",
      "<a href=\"www.x.example.io\">text</a>",
      "<a href=\"//x.example.io/p\">text</a>",
    };
    for (String c : cases) {
      assertThat(rules(check("<p>Hello</p>" + c))).as(c).contains("content.link");
    }
  }

  @Test
  void obfuscatedTargetsAreStillLinks() {
    for (String href : new String[] {
      "https://www.amazon.com@shop.example.net/", "https://www.amazon.com.shop.example.net/", "HTTPS://SHOP.EXAMPLE.NET",
      "h&#116;tps://shop.example.net", "ht\ttps://shop.example.net", "https:\n//shop.example.net", " https://shop.example.net ",
      "https://shop.example.net\\@www.amazon.com", "https://[2001:db8::1]/x", "https://203.0.113.7:8080/x", "https:shop.example.net"}) {
      assertThat(rules(check("<a href=\"" + href + "\">our page</a>"))).as(href).contains("content.link");
    }
  }

  @Test
  void allowedAndRelativeTargetsAreNotLinks() {
    for (String c : new String[] {
      "<a href=\"https://www.amazon.co.uk/gp/help\">help</a>", "<a href=\"#top\">top</a>", "<a href=\"/relative\">r</a>",
      "<img src=\"cid:logo\" width=\"50\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" width=\"50\">",
      "<a href=\"https://smile.amazon.com/x\">s</a>", "<a href=\"HTTPS://WWW.AMAZON.DE/x\">s</a>"}) {
      assertThat(rules(check("<p>Hello</p>" + c))).as(c).doesNotContain("content.link");
    }
  }

  @Test
  void allowListComesFromTheSettings() {
    ContentPolicy p = ContentPolicy.of(ContentSettings.builder().addAllowedLinkDomains("amazon.com", "carrier.example").build());
    PolicyReport r = ReportInvariants.checkAndVerify(p, html("<a href=\"https://track.carrier.example/1Z\">Track the parcel</a>"), CTX);
    assertThat(r.findings("content.link")).isEmpty();
  }

  @Test
  void styleRulesFire() {
    assertThat(rules(check("<p style=\"font-family:Arial\">a</p>"))).contains("style.font-override");
    assertThat(rules(check("<p style=\"color:red\">a</p>"))).contains("style.font-override");
    assertThat(rules(check("<p style=\"line-height:30px\">a</p>"))).contains("style.font-override");
    assertThat(rules(check("<body text=\"#333333\"><p>a</p></body>"))).contains("style.font-override");
    assertThat(rules(check("<div align=\"right\">a</div>"))).contains("style.alignment");
    assertThat(rules(check("<center>a</center>"))).contains("style.alignment");
    assertThat(rules(check("<p style=\"margin:0 0 0 21%\">a</p>"))).contains("style.margin");
    assertThat(rules(check("<p style=\"margin:0 0 0 20%\">a</p>"))).doesNotContain("style.margin");
    assertThat(rules(check("<div width=\"400\"><p style=\"margin-right:100px\">a</p></div>"))).contains("style.margin");
    assertThat(rules(check("<p style=\"margin-right:100px\">a</p>"))).as("width unknown: not judged").doesNotContain("style.margin");
    assertThat(rules(check("<img src=\"https://m.media-amazon.com/a.png\" width=\"81%\">"))).contains("style.image-width");
    assertThat(rules(check("<p>a</p><p>b</p><br><br>c"))).doesNotContain("style.line-breaks");
    assertThat(rules(check("<p>a</p><br><br><br>c"))).contains("style.line-breaks");
    assertThat(rules(check("<h1>a</h1><h2>b</h2><h3>c</h3>"))).contains("style.font-size");
    assertThat(rules(check("<h1>a</h1><h2>b</h2>text"))).doesNotContain("style.font-size");
  }

  @Test
  void trackingPixelsAndImages() {
    assertThat(rules(check("<img src=\"https://m.media-amazon.com/p.png\" width=\"2\" height=\"40\">"))).contains("content.tracking-pixel");
    assertThat(rules(check("<img src=\"https://m.media-amazon.com/p.png\" width=\"3\" height=\"3\">"))).doesNotContain("content.tracking-pixel");
    assertThat(rules(check("<img src=\"https://m.media-amazon.com/p.png\" style=\"opacity:0\">"))).contains("content.tracking-pixel");
    assertThat(rules(check("<img src=\"http://m.media-amazon.com/p.png\" width=\"50\">"))).contains("style.image-https");
    assertThat(rules(check("<img src=\"https://m.media-amazon.com/p.GIF?v=2\" width=\"50\">"))).contains("style.gif");
  }

  @Test
  void linkTextInSeveralLanguages() {
    for (String t : new String[] {"Click here", "click here!", "Hier klicken", "cliquez ici", "Clicca qui", "haga clic aquí", "Klik hier", "kliknij tutaj", "Klicka här"}) {
      assertThat(rules(check("<p>Return: <a href=\"https://www.amazon.com/returns\">" + t + "</a></p>"))).as(t).contains("style.link-text");
    }
    assertThat(rules(check("<p><a href=\"https://www.amazon.com/returns\">start your return on Amazon</a></p>"))).doesNotContain("style.link-text");
  }

  @Test
  void redactedHtmlPassesTheHtmlRules() {
    String src = "<html><head><style>p{font-family:Arial;text-align:center}</style></head><body>"
        + "<center><a href=\"https://shop.example.net\"><img src=\"http://shop.example.net/logo.gif\" width=\"100\"></a></center>"
        + "<p style=\"color:red;margin:0 30%\">Hello, your order <font size=\"7\">ships</font> today.</p>"
        + "<h1>A</h1><h2>B</h2><h3>C</h3><br><br><br><br><p>&nbsp;</p>"
        + "<p><a href=\"https://www.amazon.com/x\">click here</a> <a href=\"mailto:a@b.example\">mail</a></p>"
        + "<img src=\"https://m.media-amazon.com/p.png\" width=\"1\" height=\"1\"></body></html>";
    PolicyReport r = check(src);
    assertThat(rules(r)).contains("content.link", "style.gif", "style.image-https", "style.alignment", "style.font-override", "style.margin",
        "style.font-size", "style.line-breaks", "style.link-text", "content.tracking-pixel", "content.email");
    Message redacted = r.redacted();
    PolicyReport again = ReportInvariants.checkAndVerify(ContentPolicy.standard(), redacted, CTX);
    // What redaction leaves is clean, except where masking joined text into something new: the
    // report says so itself, and that is not masked.
    List<Finding> joined = r.findings().stream().filter(f -> f.explanation().startsWith("Redacting the reported text would join")).toList();
    assertThat(again.findings()).filteredOn(f -> f.severity() != Severity.INFO)
        .allSatisfy(f -> assertThat(joined).extracting(Finding::ruleId).contains(f.ruleId()));
    assertThat(redacted.body()).contains("Hello, your order").contains("ships").contains("click here");
  }

  @Test
  void redactionRemovesOnlyTheFlaggedAttribute() {
    PolicyReport r = check("<p>Hi <a href=\"https://shop.example.net\">our shop</a></p>");
    assertThat(r.redacted().body()).isEqualTo("<p>Hi <a >our shop</a></p>");
  }

  @Test
  void spApiTextMustNotContainHtml() {
    Message sp = Message.builder().id("s").author(Author.SELLER).sentAt(Instant.EPOCH).type(MessageType.CONFIRM_DELIVERY_DETAILS)
        .body("Hello <b>Anna</b>, which day suits you? 3 < 5 and I <3 it.").build();
    PolicyReport r = ReportInvariants.checkAndVerify(ContentPolicy.standard(), sp, CTX);
    assertThat(r.findings("content.html")).hasSize(2).allMatch(f -> f.severity() == Severity.BLOCK);
    assertThat(r.redacted().body()).doesNotContain("<b>");
    Message free = Message.builder().from(sp).type(MessageType.FREE_FORM).build();
    assertThat(ContentPolicy.standard().check(free, CTX).findings("content.html")).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    Message plain = Message.builder().from(sp).body("I <3 this, 3 < 5 > 2").build();
    assertThat(ContentPolicy.standard().check(plain, CTX).findings("content.html")).isEmpty();
  }

  @Test
  void redactionThatJoinsTextIntoANewLinkIsReportedNotRedactedAgain() {
    // unwrapping two "click here" links around an encoded dot leaves "here.click" (.click is a TLD):
    // the report says so, and redaction does not mask what the report does not show
    String src = "<p>Hello,<a href=\"https://www.amazon.com\">click here</a><b><center>&#x2E;<a href=\"https://www.amazon.com\">click here</a></p>";
    PolicyReport r = check(src);
    assertThat(r.findings("content.link")).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo(MessageField.message());
      assertThat(f.explanation()).startsWith("Redacting the reported text would join what is left into this").contains("here.click");
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    });
    List<Finding> again = ContentPolicy.standard().check(r.redacted(), CTX).findings();
    assertThat(again).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::ruleId).containsOnly("content.link");
  }
}
