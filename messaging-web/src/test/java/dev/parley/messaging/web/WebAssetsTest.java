package dev.parley.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WebAssetsTest {
  @Test
  void everyListedFileIsThereAndEveryFileIsListed() throws IOException, URISyntaxException {
    Path root = Path.of(WebAssets.class.getResource("/parley-web/index.html").toURI()).getParent();
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(WebAssets.names());
    for (String name : WebAssets.names()) {
      assertThat(WebAssets.read(name)).as(name).hasValueSatisfying(b -> assertThat(b).isNotEmpty());
    }
  }

  @Test
  void everyScriptAndStyleAPageLoadsIsOneOfTheFiles() {
    Pattern ref = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
    for (String page : List.of("index.html", "rules.html", "sla.html")) {
      String html = new String(WebAssets.read(page).orElseThrow(), StandardCharsets.UTF_8);
      Matcher m = ref.matcher(html);
      int refs = 0;
      while (m.find()) {
        String target = m.group(1).equals("/") ? "index.html" : m.group(1);
        assertThat(WebAssets.names()).as("%s refers to %s", page, target).contains(target);
        refs++;
      }
      assertThat(refs).as(page).isGreaterThanOrEqualTo(5);
      assertThat(html).as(page).contains("<html lang=\"en\">", "<title>", "aria-current=\"page\"");
    }
  }

  /** WCAG 2 relative luminance of a #rrggbb colour. */
  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static double contrast(String a, String b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  @Test
  void textColoursMeetTheContrastOfWcagAa() {
    String css = new String(WebAssets.read("parley.css").orElseThrow(), StandardCharsets.UTF_8);
    java.util.Map<String, String> vars = new java.util.HashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-f]{6});").matcher(css);
    while (m.find()) {
      vars.put(m.group(1), m.group(2));
    }
    String[][] pairs = {
        {"ink", "paper"}, {"ink", "panel"}, {"ink", "block-bg"}, {"ink", "warn-bg"}, {"ink", "info-bg"},
        {"muted", "paper"}, {"muted", "panel"}, {"accent", "paper"}, {"accent", "panel"}};
    for (String[] p : pairs) {
      assertThat(vars).containsKeys(p[0], p[1]);
      assertThat(contrast(vars.get(p[0]), vars.get(p[1]))).as("%s on %s", p[0], p[1]).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast("#ffffff", vars.get("accent"))).as("button text").isGreaterThanOrEqualTo(4.5);
    for (String line : List.of("block-line", "warn-line", "info-line")) {
      assertThat(contrast(vars.get(line), vars.get("paper"))).as("%s, the underline that tells severities apart", line).isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void namesOutsideTheListAreNotRead() {
    for (String name : List.of("../pom.xml", "/index.html", "index.html/", "samples/../index.html", "INDEX.HTML", "parley-web/index.html",
        "dev/parley/messaging/web/WebAssets.class", "module-info.class", "", "samples")) {
      assertThat(WebAssets.read(name)).as(name).isEmpty();
    }
  }
}
