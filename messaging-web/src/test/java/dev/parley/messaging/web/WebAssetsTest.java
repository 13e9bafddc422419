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

  @Test
  void namesOutsideTheListAreNotRead() {
    for (String name : List.of("../pom.xml", "/index.html", "index.html/", "samples/../index.html", "INDEX.HTML", "parley-web/index.html",
        "dev/parley/messaging/web/WebAssets.class", "module-info.class", "", "samples")) {
      assertThat(WebAssets.read(name)).as(name).isEmpty();
    }
  }
}
