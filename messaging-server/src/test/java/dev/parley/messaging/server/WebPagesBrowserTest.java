package dev.parley.messaging.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) driven over WebDriver against a started service. Skipped, with a message, when
 * Chromium is not installed; under {@code CI} it must run. With {@code -Dparley.screenshots=true}
 * each page is saved to {@code docs/screenshots/}. Figures (keystroke to highlights) go to the
 * console and to {@code target/browser-report.txt}.
 */
class WebPagesBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String TAB = "\uE004";
  private static final String ENTER = "\uE007";
  private static final String[] CORPORA = {"classify", "contact", "holdout", "html", "wording", "edge"};
  private static ParleyServer server;
  private static Browser browser;
  private static final List<String> REPORT = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    var installed = Browser.installed();
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank() && !System.getenv("CI").equalsIgnoreCase("false");
    if (installed.isEmpty()) {
      assertThat(ci).as("CI is set, so the browser tests must run: install chromium and chromium-driver (.ci/run does)").isFalse();
      Assumptions.assumeTrue(false, "browser tests skipped: no Chromium (install Debian's chromium and chromium-driver, "
          + "or set PARLEY_CHROMIUM and PARLEY_CHROMEDRIVER)");
    }
    server = ParleyServer.start(ServerConfig.builder().port(0).maxBodyBytes(8 * 1024 * 1024).maxBatch(1000).build());
    browser = Browser.start(installed.get()[0], installed.get()[1], 1280, 1100);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (!REPORT.isEmpty()) {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "browser-report.txt"), REPORT, StandardCharsets.UTF_8);
    }
  }

  private static void report(String line) {
    System.out.println("[browser] " + line);
    REPORT.add(line);
  }

  private static void openPlayground() {
    browser.open(server.uri());
    browser.await("the playground's script", "return !!window.ParleyPlayground;", WAIT);
  }

  private static void awaitResult() {
    browser.await("the check result", "return document.getElementById('result').getAttribute('data-state') === 'ready';", WAIT);
  }

  /** Sets a form field's value as a paste would, firing one input event. */
  private static void paste(String id, String text) {
    ObjectNode args = JsonNodeFactory.instance.objectNode().put("id", id).put("text", text);
    browser.run("var a = arguments[0]; var e = document.getElementById(a.id); e.value = a.text;"
        + " e.dispatchEvent(new Event('input', {bubbles: true})); return true;", args);
  }

  private static void screenshot(String name) throws IOException {
    if (Boolean.getBoolean("parley.screenshots")) {
      Path dir = Path.of("..", "docs", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), browser.screenshot());
    }
  }

  /** The check the page sent, asked again of the service directly. */
  private static JsonNode serviceAnswer() {
    JsonNode request = browser.run("return window.ParleyPlayground.request();");
    return Http.post(server, "v1/check?redact=true", request.toString()).json();
  }

  /** For every finding with a span in the subject or body: the marks drawn for it cover exactly its text. */
  private static void marksMatch(JsonNode request, JsonNode answer) {
    JsonNode drawn = browser.run("var out = []; ['subject', 'body'].forEach(function (field) {"
        + " var c = document.getElementById('marked-' + field); var idx = c.getAttribute('data-finding-indexes');"
        + " var list = idx ? idx.split(' ') : []; list.forEach(function (g, k) {"
        + " var r = window.ParleyMarks.covered(c, k); out.push({field: field, finding: Number(g), text: r.text, contiguous: r.contiguous,"
        + " described: r.marks > 0 && Array.prototype.every.call(c.querySelectorAll('mark'), function (m) { return !!m.title && !!m.getAttribute('aria-describedby'); })}); });"
        + " out.push({field: field, whole: c.textContent}); }); return out;");
    int spans = 0;
    for (JsonNode f : answer.path("findings")) {
      if (f.path("end").asInt() > f.path("start").asInt() && Set.of("subject", "body").contains(f.path("field").asText())) {
        spans++;
      }
    }
    int checked = 0;
    for (JsonNode d : drawn) {
      String field = d.path("field").asText();
      String text = request.path(field).asText();
      if (d.has("whole")) {
        assertThat(d.path("whole").asText()).as("the %s as drawn", field).isEqualTo(text);
        continue;
      }
      JsonNode f = answer.path("findings").get(d.path("finding").asInt());
      String expected = text.substring(f.path("start").asInt(), f.path("end").asInt());
      assertThat(d.path("text").asText()).as("marks of %s in the %s", f.path("rule").asText(), field).isEqualTo(expected);
      assertThat(d.path("contiguous").asBoolean()).as("marks of %s are one run", f.path("rule").asText()).isTrue();
      assertThat(d.path("described").asBoolean()).as("marks carry an explanation and a description").isTrue();
      checked++;
    }
    assertThat(checked).isEqualTo(spans);
  }

  @Test
  void aTypedViolatingDraftIsMarkedExactlyWhereTheServiceSaysWithItsVerdictAndRedaction() throws IOException {
    openPlayground();
    browser.type(browser.find("#subject"), "Your order 112-4839201-5563920");
    browser.type(browser.find("#body"), "Hello, your order 112-4839201-5563920 has shipped. Visit www.gadgetbarn.com"
        + " or write to help@gadgetbarn.com, and please leave us 5 stars!");
    awaitResult();
    JsonNode request = browser.run("return window.ParleyPlayground.request();");
    JsonNode answer = serviceAnswer();
    assertThat(answer.path("decision").asText()).isEqualTo("BLOCKED");
    List<String> rules = new ArrayList<>();
    answer.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules).contains("content.link", "content.email");
    marksMatch(request, answer);
    assertThat(browser.run("return document.getElementById('verdict').getAttribute('data-decision');").asText()).isEqualTo("BLOCKED");
    assertThat(browser.run("return document.getElementById('verdict').textContent;").asText()).startsWith("Blocked");
    assertThat(browser.run("return document.querySelectorAll('#findings li').length;").asInt()).isEqualTo(answer.path("findings").size());
    assertThat(browser.run("return document.getElementById('redacted-body').textContent;").asText())
        .isEqualTo(answer.path("redacted").path("body").asText()).doesNotContain("gadgetbarn.com");
    assertThat(browser.run("return document.querySelectorAll('#marked-body mark.sev-BLOCK').length;").asInt()).isPositive();
    screenshot("playground");
  }

  @Test
  void aTypedTemplateIsLintedAndMarkedExactlyWithItsPlaceholdersOutlined() throws IOException {
    openPlayground();
    browser.click(browser.find("#template-mode"));
    browser.type(browser.find("#subject"), "Your order {{order_id}}");
    // ChromeDriver types characters of the Basic Multilingual Plane only (emoji are covered by the pasted-text test)
    String body = "Hi {{buyer_name}}, Zubehör at www.gadgetbarn.com or [[shop-link]]. Code {{mystery_code}}";
    browser.type(browser.find("#body"), body);
    browser.await("the lint result of the whole template", "return document.getElementById('result').getAttribute('data-state') === 'ready'"
        + " && document.getElementById('marked-body').textContent === document.getElementById('body').value;", WAIT);
    JsonNode request = browser.run("return window.ParleyPlayground.request();");
    assertThat(request.path("body").asText()).isEqualTo(body);
    assertThat(browser.run("return window.ParleyPlayground.endpoint();").asText()).isEqualTo("v1/lint");
    JsonNode answer = Http.post(server, "v1/lint", request.toString()).json();
    assertThat(answer.path("verdict").asText()).isEqualTo("BLOCK");
    List<String> spans = new ArrayList<>();
    answer.path("findings").forEach(f -> {
      if (f.path("field").asText().equals("body")) {
        spans.add(f.path("rule").asText() + " " + body.substring(f.path("start").asInt(), f.path("end").asInt()));
      }
    });
    assertThat(spans).contains("content.link www.gadgetbarn.com", "content.link [[shop-link]]",
        "template.unknown-placeholder {{mystery_code}}");
    marksMatch(request, answer);
    assertThat(browser.run("return document.getElementById('verdict').getAttribute('data-decision');").asText()).isEqualTo("BLOCK");
    assertThat(browser.run("return document.getElementById('verdict').textContent;").asText()).startsWith("Template blocked");
    assertThat(browser.run("return document.querySelectorAll('#findings li').length;").asInt()).isEqualTo(answer.path("findings").size());
    // every placeholder is outlined exactly: the spans drawn for it join to its text, in order
    List<String> expected = new ArrayList<>();
    answer.path("placeholders").forEach(p -> expected.add(p.path("field").asText() + " " + p.path("text").asText()));
    JsonNode drawn = browser.run("var out = []; ['subject', 'body'].forEach(function (field) {"
        + " document.querySelectorAll('#marked-' + field + ' span.placeholder').forEach(function (s) {"
        + " var n = out.length; if (n > 0 && out[n - 1].name === s.getAttribute('data-placeholder') && out[n - 1].field === field"
        + " && out[n - 1].text !== s.getAttribute('data-placeholder-text')) { out[n - 1].text += s.textContent; }"
        + " else { out.push({field: field, name: s.getAttribute('data-placeholder'), text: s.textContent}); } }); }); return out;");
    List<String> outlined = new ArrayList<>();
    drawn.forEach(d -> outlined.add(d.path("field").asText() + " " + d.path("text").asText()));
    assertThat(outlined).isEqualTo(expected);
    assertThat(browser.run("return document.querySelectorAll('#placeholders li').length;").asInt()).isEqualTo(answer.path("placeholders").size());
    assertThat(browser.run("return document.getElementById('redaction').hidden;").asBoolean()).isTrue();
    screenshot("playground-template");
    browser.click(browser.find("#template-mode"));
    awaitResult();
    assertThat(browser.run("return window.ParleyPlayground.endpoint();").asText()).isEqualTo("v1/check?redact=true");
    assertThat(browser.run("return document.getElementById('redaction').hidden;").asBoolean()).isFalse();
  }

  @Test
  void pastedEmojiCombiningMarksArabicAndJapaneseAreMarkedExactly() {
    openPlayground();
    paste("subject", "طلبك 408-1234567-1234567 📦");
    paste("body", "مرحبا 😀👍🏽 تفضل بزيارة www.myshop.ae أو cafe\u0301@boutique.fr — ご注文は ｗｗｗ．ｓｈｏｐ．ｃｏｍ へ 𠮷 👨‍👩‍👧‍👦 shop.example.com");
    awaitResult();
    JsonNode request = browser.run("return window.ParleyPlayground.request();");
    JsonNode answer = serviceAnswer();
    assertThat(answer.path("findings").size()).isPositive();
    marksMatch(request, answer);
  }

  @Test
  void switchingTheBuyerLocaleChangesTheAnswer() {
    openPlayground();
    browser.click(browser.find("#marketplace option:nth-child(6)"));
    paste("body", "Guten Tag, Ihre Bestellung 302-4829175-6610423 ist unterwegs. Viele Grüße");
    awaitResult();
    String english = browser.run("return document.getElementById('findings').textContent;").asText();
    assertThat(english).contains("message.language");
    browser.click(browser.find("#buyerLocale option:nth-child(3)"));
    assertThat(browser.run("return document.getElementById('buyerLocale').value;").asText()).isEqualTo("de-DE");
    browser.await("the answer for de-DE", "return document.getElementById('result').getAttribute('data-state') === 'ready'"
        + " && document.getElementById('findings').textContent.indexOf('message.language') < 0;", WAIT);
    assertThat(serviceAnswer().toString()).doesNotContain("message.language");
  }

  /** Controls without a label (or an aria-label) on the current page. */
  private static JsonNode unlabelled() {
    return browser.run("return Array.prototype.filter.call(document.querySelectorAll('input, select, textarea'), function (e) {"
        + " return e.labels.length === 0 && !e.getAttribute('aria-label'); }).map(function (e) { return e.id || e.name; });");
  }

  @Test
  void everyControlOfEveryPageHasALabel() {
    for (String page : List.of("", "rules.html", "sla.html")) {
      browser.open(server.uri().resolve(page));
      browser.await("the page", "return document.readyState === 'complete';", WAIT);
      assertThat(unlabelled()).as(page).isEmpty();
      assertThat(browser.run("return document.querySelectorAll('input, select, textarea').length;").asInt()).as(page).isPositive();
    }
  }

  @Test
  void theKeyboardReachesEveryControlAndEveryMarkAndCopiesTheRequest() {
    openPlayground();
    paste("body", "Visit www.gadgetbarn.com now for order 112-4839201-5563920");
    awaitResult();
    browser.run("document.activeElement.blur(); window.scrollTo(0, 0); return true;");
    Set<String> reached = new HashSet<>();
    int marks = 0;
    // datetime-local inputs take one Tab per part (day, month, year, hours, minutes), hence the bound
    for (int i = 0; i < 200 && (marks == 0 || !reached.contains("copy-json")); i++) {
      browser.press(TAB);
      JsonNode active = browser.run("var e = document.activeElement; return {id: e.id, tag: e.tagName, name: e.name || ''};");
      String id = active.path("id").asText().isEmpty() ? active.path("tag").asText().toLowerCase(Locale.ROOT) + ":" + active.path("name").asText()
          : active.path("id").asText();
      if (active.path("tag").asText().equals("MARK")) {
        marks++;
      }
      reached.add(id);
    }
    assertThat(reached).contains("template-mode", "subject", "body", "format", "type", "marketplace", "buyerLocale", "optOut", "orderId", "prior", "copy-json");
    assertThat(marks).as("marks in the tab order").isPositive();
    browser.run("document.getElementById('copy-json').focus(); return true;");
    browser.press(ENTER);
    browser.await("the request as JSON", "return !document.getElementById('request-json').hidden;", WAIT);
    JsonNode shown = Http.json(browser.run("return document.getElementById('request-json').textContent;").asText());
    assertThat(shown).isEqualTo(browser.run("return window.ParleyPlayground.request();"));
    assertThat(Http.post(server, "v1/check", shown.toString()).status).isEqualTo(200);
  }

  @Test
  void keystrokeToUpdatedHighlights() {
    openPlayground();
    paste("subject", "Order 112-4839201-5563920");
    paste("body", "Hello, your order 112-4839201-5563920 has shipped and should arrive on Friday. If anything is wrong,"
        + " reply here and we will sort it out. Visit www.gadgetbarn.com");
    awaitResult();
    String body = browser.find("#body");
    int keys = 25;
    for (int i = 0; i < keys; i++) {
      browser.run("document.getElementById('result').setAttribute('data-state', 'waiting'); return true;");
      browser.type(body, i % 2 == 0 ? "x" : "\uE003");
      awaitResult();
    }
    JsonNode t = browser.run("return window.ParleyPlayground.timings();");
    double[] totals = new double[t.size()];
    for (int i = 0; i < t.size(); i++) {
      totals[i] = t.get(i).path("total").asDouble();
    }
    double[] last = Arrays.copyOfRange(totals, totals.length - keys, totals.length);
    Arrays.sort(last);
    double median = (last[keys / 2] + last[(keys - 1) / 2]) / 2;
    int debounce = browser.run("return window.ParleyPlayground.debounceMillis;").asInt();
    report(String.format(Locale.ROOT, "keystroke to updated highlights: median %.1f ms over %d keystrokes (min %.1f, max %.1f);"
        + " debounce %d ms = %.0f %% of the median; service and drawing %.1f ms", median, keys, last[0], last[keys - 1], debounce,
        100.0 * debounce / median, median - debounce));
    assertThat(median).isGreaterThanOrEqualTo(debounce);
  }

  @Test
  void everyCorpusMessageIsMarkedExactlyWhereTheServiceSays() throws IOException {
    browser.open(server.uri());
    browser.await("the marks script", "return !!window.ParleyMarks;", WAIT);
    ArrayNode requests = JsonNodeFactory.instance.arrayNode();
    for (String name : CORPORA) {
      try (InputStream in = WebPagesBrowserTest.class.getResourceAsStream("/web-corpus/" + name + ".jsonl")) {
        assertThat(in).as(name).isNotNull();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            ObjectNode r = (ObjectNode) Http.json(line);
            r.put("sentAt", "2026-06-10T12:00:00Z");
            requests.add(r);
          }
        }
      }
    }
    ArrayNode cases = JsonNodeFactory.instance.arrayNode();
    int spans = 0;
    int nonAscii = 0;
    for (int from = 0; from < requests.size(); from += 500) {
      ArrayNode batch = JsonNodeFactory.instance.arrayNode();
      for (int i = from; i < Math.min(requests.size(), from + 500); i++) {
        batch.add(requests.get(i));
      }
      Http.Answer a = Http.post(server, "v1/check", batch.toString());
      assertThat(a.status).as(a.body).isEqualTo(200);
      JsonNode results = a.json();
      for (int i = 0; i < batch.size(); i++) {
        JsonNode r = batch.get(i);
        for (String field : List.of("subject", "body")) {
          String text = r.path(field).asText("");
          ArrayNode findings = JsonNodeFactory.instance.arrayNode();
          for (JsonNode f : results.get(i).path("findings")) {
            if (f.path("field").asText().equals(field) && f.path("end").asInt() > f.path("start").asInt()) {
              findings.add(f);
              spans++;
              String covered = text.substring(f.path("start").asInt(), f.path("end").asInt());
              if (covered.chars().anyMatch(c -> c > 127)) {
                nonAscii++;
              }
            }
          }
          if (findings.size() > 0) {
            ObjectNode c = cases.addObject();
            c.put("id", r.path("id").asText() + "/" + field);
            c.put("text", text);
            c.set("findings", findings);
          }
        }
      }
    }
    JsonNode drawn = browser.run("var c = document.createElement('div'); document.body.appendChild(c); var out = [];"
        + " arguments[0].forEach(function (k) { window.ParleyMarks.render(c, k.text, k.findings);"
        + " out.push({whole: c.textContent, covered: k.findings.map(function (f, i) { var r = window.ParleyMarks.covered(c, i);"
        + " return r.contiguous ? r.text : null; })}); }); c.remove(); return out;", cases);
    int checked = 0;
    for (int k = 0; k < cases.size(); k++) {
      JsonNode c = cases.get(k);
      String text = c.path("text").asText();
      assertThat(drawn.get(k).path("whole").asText()).as(c.path("id").asText()).isEqualTo(text);
      for (int i = 0; i < c.path("findings").size(); i++) {
        JsonNode f = c.path("findings").get(i);
        assertThat(drawn.get(k).path("covered").get(i).asText(null)).as("%s %s", c.path("id").asText(), f.path("rule").asText())
            .isEqualTo(text.substring(f.path("start").asInt(), f.path("end").asInt()));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(spans);
    report(String.format(Locale.ROOT, "corpus highlights: %d messages, %d spans in %d fields checked in one page load, %d of them covering"
        + " non-ASCII text; all exact", requests.size(), checked, cases.size(), nonAscii));
  }

  @Test
  void theDashboardShowsTheSampleQueueAndChartsWithTheTarget() throws IOException {
    browser.open(server.uri().resolve("sla.html"));
    browser.await("the dashboard script", "return !!window.ParleyCharts;", WAIT);
    browser.click(browser.find("#sample"));
    browser.await("the report", "return document.getElementById('report').getAttribute('data-state') === 'ready';", WAIT);
    JsonNode request = JsonNodeFactory.instance.objectNode().put("at", "2026-06-10T12:00:00Z").put("responseWindow", "PT24H")
        .set("threads", threads(browser.run("return document.getElementById('threads').value;").asText()));
    JsonNode sla = Http.post(server, "v1/sla", request.toString()).json();
    assertThat(sla.path("queue").size()).isPositive();
    assertThat(browser.run("return document.querySelectorAll('#queue tbody tr[data-thread]').length;").asInt()).isEqualTo(sla.path("queue").size());
    assertThat(browser.run("return document.querySelector('#queue tbody tr').getAttribute('data-thread');").asText())
        .isEqualTo(sla.path("queue").get(0).path("threadId").asText());
    long overdue = 0;
    for (JsonNode q : sla.path("queue")) {
      overdue += q.path("urgency").asText().equals("OVERDUE") ? 1 : 0;
    }
    assertThat(browser.run("return document.querySelector('[data-urgency=OVERDUE] strong').textContent;").asLong()).isEqualTo(overdue);
    assertThat(browser.run("return document.querySelectorAll('#chart-ontime svg rect[data-day]').length;").asInt()).isEqualTo(30);
    assertThat(browser.run("return document.querySelector('#chart-ontime line.target').getAttribute('data-target');").asDouble()).isEqualTo(0.9);
    assertThat(browser.run("return document.querySelector('#chart-late line.target').getAttribute('data-target');").asDouble()).isEqualTo(0.1);
    assertThat(browser.run("return document.querySelectorAll('#chart-ontime rect[data-value]').length;").asInt()).isPositive();
    assertThat(browser.run("return document.querySelector('#queue tbody tr td:nth-child(5)').textContent;").asText()).endsWith("overdue");
    screenshot("dashboard");
    browser.run("document.getElementById('trend-title').scrollIntoView(); return true;");
    screenshot("dashboard-trend");
    browser.click(browser.find("input[name=period][value='7']"));
    assertThat(browser.run("return document.querySelectorAll('#chart-late svg rect[data-day]').length;").asInt()).isEqualTo(7);
    browser.click(browser.find("input[name=period][value='90']"));
    assertThat(browser.run("return document.querySelectorAll('#chart-ontime svg rect[data-day]').length;").asInt()).isEqualTo(90);
  }

  private static ArrayNode threads(String jsonLines) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (String line : jsonLines.split("\n")) {
      if (!line.isBlank()) {
        out.add(Http.json(line));
      }
    }
    return out;
  }

  @Test
  void theRulePageListsAndSearchesTheCatalog() throws IOException {
    browser.open(server.uri().resolve("rules.html"));
    browser.await("the rules", "return document.getElementById('rules').getAttribute('data-state') === 'ready';", WAIT);
    int all = Http.get(server, "v1/rules").json().path("rules").size();
    assertThat(browser.run("return document.querySelectorAll('#rules article').length;").asInt()).isEqualTo(all);
    screenshot("rules");
    browser.type(browser.find("#filter"), "content.link");
    JsonNode ids = browser.run("return Array.prototype.map.call(document.querySelectorAll('#rules article'), function (a) { return a.getAttribute('data-rule'); });");
    assertThat(ids.size()).isBetween(1, all - 1);
    assertThat(ids.toString()).contains("content.link");
  }
}
