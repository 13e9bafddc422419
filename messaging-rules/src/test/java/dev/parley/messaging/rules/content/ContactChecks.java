package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared helpers of the contact-rule tests: checking text, engine invariants, resources, TSV. */
final class ContactChecks {
  static final Set<String> CONTACT = Set.of("content.link", "content.email", "content.phone", "content.opt-out-link", "content.buyer-alias");

  private ContactChecks() {}

  /** Checks a plain text body in the marketplace, asserting the engine invariants. */
  static PolicyReport check(String text, Marketplace marketplace) {
    return check(ContentPolicy.standard(), text, CheckContext.of(marketplace));
  }

  static PolicyReport check(ContentPolicy policy, String text, CheckContext context) {
    PolicyReport r = policy.checkText(text, context);
    assertInvariants(policy, r);
    return r;
  }

  /** Every rule id is in the catalog, every span lies inside its field's source, a second check is equal. */
  static void assertInvariants(ContentPolicy policy, PolicyReport r) {
    ReportInvariants.verify(policy, r);
  }

  /** Spans [start, end) of the findings of the given rules. */
  static List<int[]> spans(PolicyReport r, Set<String> rules) {
    return r.findings().stream().filter(f -> rules.contains(f.ruleId())).map(f -> new int[] {f.start(), f.end()}).collect(Collectors.toList());
  }

  static Set<String> ruleIds(PolicyReport r) {
    return r.findings().stream().map(Finding::ruleId).filter(CONTACT::contains).collect(Collectors.toSet());
  }

  static boolean overlaps(List<int[]> spans, int s, int e) {
    for (int[] sp : spans) {
      if (sp[0] < e && s < sp[1]) {
        return true;
      }
    }
    return false;
  }

  static String resource(String path) {
    try (InputStream in = ContactChecks.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a conformance TSV file (comments skipped, escapes decoded). */
  static List<String[]> tsv(String path) {
    List<String[]> rows = new ArrayList<>();
    for (String line : resource(path).split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      for (int i = 0; i < cols.length; i++) {
        cols[i] = unescape(cols[i]);
      }
      rows.add(cols);
    }
    return rows;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't':
          sb.append('\t');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case '\\':
          sb.append('\\');
          break;
        case 'u':
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default:
          sb.append('\\').append(n);
      }
    }
    return sb.toString();
  }
}
