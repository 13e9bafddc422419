package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The autolink examples of the GitHub Flavored Markdown spec (conformance/cmark-gfm, CC-BY-SA 4.0
 * spec text, BSD-2 code): every {@code <a>} in an example's HTML output is a link in its Markdown
 * input, which the contact rules must flag, except the listed intended differences.
 */
class GfmAutolinkConformanceTest {
  private static final String FENCE = "````````````````````````````````";

  /** Anchor texts Parley does not flag on purpose, with the reason. */
  private static final Map<String, String> INTENDED_MISSES = Map.of(
      "a+b+c:d", "a scheme with neither \"//\" nor a host names no place on the web; Parley only flags schemes followed by \"//\" (and web schemes)",
      "http://../", "nothing but dots and slashes after the scheme: no host, nothing a buyer could visit",
      "a.w@b.c", "\"c\" is not a top-level domain, and without mailto: Parley needs a real TLD after the @");

  @Test
  void gfmAutolinksAreFlagged() {
    String spec = ContactChecks.resource("/conformance/cmark-gfm/gfm_autolinks_spec.txt");
    int examples = 0;
    int expected = 0;
    int found = 0;
    int intended = 0;
    int emptyExamples = 0;
    int emptyFlagged = 0;
    List<String> misses = new ArrayList<>();
    List<String> stricter = new ArrayList<>();
    int i = 0;
    while ((i = spec.indexOf(FENCE + " example\n", i)) >= 0) {
      int start = i + FENCE.length() + " example\n".length();
      int dot = spec.indexOf("\n.\n", start - 1);
      int end = spec.indexOf(FENCE, dot);
      String markdown = spec.substring(start, dot + 1).replace('\u2192', '\t');
      String html = spec.substring(dot + 3, end);
      i = end + FENCE.length();
      examples++;
      List<int[]> spans = ContactChecks.spans(ContactChecks.check(markdown, Marketplace.US), Set.of("content.link", "content.email"));
      List<String> anchors = anchorTexts(html);
      if (anchors.isEmpty()) {
        emptyExamples++;
        if (!spans.isEmpty()) {
          emptyFlagged++;
          stricter.add(markdown.strip());
        }
        continue;
      }
      int from = 0;
      for (String a : anchors) {
        expected++;
        int s = markdown.indexOf(a, from);
        if (s >= 0 && ContactChecks.overlaps(spans, s, s + a.length())) {
          found++;
          from = s + a.length();
        } else if (INTENDED_MISSES.containsKey(a)) {
          intended++;
        } else {
          misses.add("example " + examples + ": " + a);
        }
      }
    }
    System.out.printf(Locale.ROOT, "cmark-gfm autolinks: %d examples, %d of %d links found (%.1f %%), %d intended differences; %d of %d link-free examples flagged (stricter)%n  misses: %s%n  stricter: %s%n",
        examples, found, expected, 100.0 * found / expected, intended, emptyFlagged, emptyExamples, misses, stricter);
    assertThat(examples).isGreaterThan(15);
    assertThat(misses).isEmpty();
  }

  private static List<String> anchorTexts(String html) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while ((i = html.indexOf("<a href=", i)) >= 0) {
      int gt = html.indexOf('>', i);
      int close = html.indexOf("</a>", gt);
      out.add(html.substring(gt + 1, close).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
      i = close;
    }
    return out;
  }
}
