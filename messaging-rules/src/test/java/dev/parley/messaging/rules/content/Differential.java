package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shared machinery of the differential tests: how many documents to generate, the seed, and what
 * counts as "Parley reported it" for an attachment.
 *
 * <p>CI runs {@link #count()} documents per format (10,000 unless {@code -Dparley.differential.count=N}
 * says otherwise); CONTRIBUTING.md shows a longer run. The seed is {@code -Dparley.differential.seed}.
 */
final class Differential {
  static final CheckContext CTX = CheckContext.builder().marketplace(Marketplace.US).replyToBuyer(true).build();

  private Differential() {}

  static int count() {
    return Integer.getInteger("parley.differential.count", 10_000);
  }

  static long seed() {
    return Long.getLong("parley.differential.seed", 20261204L);
  }

  /** Checks a message carrying the file as its only attachment. */
  static PolicyReport checkAttachment(String name, byte[] bytes) {
    return ContentPolicy.standard().check(AttachmentRulesTest.with(MessageType.FREE_FORM, Attachment.withContent(name, bytes)), CTX);
  }

  /** What a finding says: its explanation and its evidence. */
  static String text(Finding f) {
    return f.explanation() + " " + f.evidence();
  }

  static boolean notFullyInspected(PolicyReport r) {
    return r.findings("attachment.content").stream().anyMatch(f -> f.severity() == Severity.WARN && Differential.text(f).contains("could not be fully inspected"));
  }

  /** A content.link finding (anywhere) that names the host. */
  static boolean reportsLink(PolicyReport r, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (Finding f : r.findings("content.link")) {
      if (Differential.text(f).toLowerCase(Locale.ROOT).contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** A blocking attachment.content finding that names the active content. */
  static boolean reportsActive(PolicyReport r, String what) {
    for (Finding f : r.findings("attachment.content")) {
      if (f.severity() == Severity.BLOCK && Differential.text(f).contains(what)) {
        return true;
      }
    }
    return false;
  }

  /** Tally of one differential run, with the first few silent misses for the failure message. */
  static final class Tally {
    int documents;
    int oracleSaw;
    int reported;
    int notInspected;
    final List<String> misses = new ArrayList<>();

    void miss(String what) {
      if (misses.size() < 10) {
        misses.add(what);
      } else {
        misses.set(9, "... and more");
      }
    }

    @Override
    public String toString() {
      return documents + " documents, the oracle saw the payload in " + oracleSaw + ", Parley reported it in " + reported
          + ", said \"could not be fully inspected\" for " + notInspected + ", silent misses " + misses.size();
    }
  }
}
