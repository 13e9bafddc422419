package dev.parley.messaging.rules.internal.html;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.Redactor;

import static dev.parley.messaging.rules.internal.html.HtmlBody.UNWRAP;
import static dev.parley.messaging.rules.internal.html.HtmlBody.VOID;

import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.html.HtmlBody.Pending;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strips what the findings of an HTML body point at; see {@link #redact}. Stateless. */
public final class HtmlRedaction {
  private HtmlRedaction() {}

  /**
   * Strips what the findings point at: a flagged element or tag is removed (centring, headings,
   * small/big, font and flagged links are unwrapped: their content stays), a flagged attribute is
   * removed, a flagged declaration inside a style is cut out, and flagged visible text is masked.
   * One pass: only what the findings report is touched. Removing elements can create a new
   * violation (two runs of line breaks join); the content policy checks the result once and reports
   * such a violation as a finding of its own instead of redacting again.
   */
  public static String redact(String html, List<Finding> findings) {
    if (findings.isEmpty()) {
      return html;
    }
    return applyFindings(html, findings);
  }

  /** Structure of an HTML source for redaction: its tags, their end tags and text runs. */
  private static final class Structure implements HtmlTokenizer.Handler {
    final List<HtmlTokenizer.Tag> tags = new ArrayList<>();
    final Map<HtmlTokenizer.Tag, int[]> endOf = new IdentityHashMap<>();
    final List<int[]> endTags = new ArrayList<>();
    final List<int[]> styles = new ArrayList<>();
    final boolean[] text;
    private final Deque<HtmlTokenizer.Tag> open = new ArrayDeque<>();

    Structure(int length) {
      text = new boolean[length];
    }

    int[] endTagStarts() {
      int[] out = new int[endTags.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = endTags.get(i)[0];
      }
      return out;
    }

    @Override
    public void text(int start, int end) {
      Arrays.fill(text, start, end, true);
    }

    @Override
    public void startTag(HtmlTokenizer.Tag tag) {
      tags.add(tag);
      if (!VOID.contains(tag.name) && !tag.selfClosing && open.size() < 4096) {
        open.push(tag);
      }
    }

    @Override
    public void endTag(String name, int start, int end) {
      endTags.add(new int[] {start, end});
      int depth = 0;
      for (HtmlTokenizer.Tag t : open) {
        if (t.name.equals(name)) {
          while (open.peek() != t) {
            open.pop();
          }
          open.pop();
          endOf.put(t, new int[] {start, end});
          return;
        }
        if (++depth > 64) {
          return;
        }
      }
    }

    @Override
    public void rawText(String element, int start, int end) {
      if (element.equals("style")) {
        styles.add(new int[] {start, end});
      } else if (element.equals("textarea")) {
        Arrays.fill(text, start, end, true);
      }
    }
  }

  private static boolean structural(String ruleId) {
    return ruleId.startsWith("style.") || ruleId.equals("content.tracking-pixel") || ruleId.equals("content.html");
  }

  private static String applyFindings(String html, List<Finding> findings) {
    Structure st = new Structure(html.length());
    HtmlTokenizer.tokenize(html, st);
    int[] tagStarts = new int[st.tags.size()];
    for (int i = 0; i < tagStarts.length; i++) {
      tagStarts[i] = st.tags.get(i).start;
    }
    int[] endTagStarts = st.endTagStarts();
    int[] styleStarts = new int[st.styles.size()];
    for (int i = 0; i < styleStarts.length; i++) {
      styleStarts[i] = st.styles.get(i)[0];
    }
    List<int[]> deletions = new ArrayList<>();
    boolean[] mask = new boolean[html.length()];
    for (Finding f : findings) {
      int s = Math.max(0, Math.min(f.start(), html.length()));
      int e = Math.max(s, Math.min(f.end(), html.length()));
      int idx = Arrays.binarySearch(tagStarts, s);
      int containing = idx >= 0 ? idx : -idx - 2;
      HtmlTokenizer.Tag tag = containing >= 0 ? st.tags.get(containing) : null;
      if (tag != null && s >= tag.start && s < tag.end) {
        if (s == tag.start && structural(f.ruleId())) {
          int[] endTag = st.endOf.get(tag);
          if (e == tag.end && UNWRAP.contains(tag.name)) {
            deletions.add(new int[] {tag.start, tag.end});
            if (endTag != null) {
              deletions.add(endTag);
            }
          } else {
            deletions.add(new int[] {s, Math.max(e, tag.end)});
          }
          continue;
        }
        if (s > tag.start) {
          HtmlTokenizer.Attr attr = null;
          for (HtmlTokenizer.Attr a : tag.attrs) {
            if (s >= a.start && s < Math.max(a.end, a.start + 1)) {
              attr = a;
            }
          }
          if (attr != null) {
            if (attr.name.equals("style") && s >= attr.valueStart && e <= attr.valueEnd && e > s) {
              deletions.add(new int[] {s, e});
            } else {
              deletions.add(new int[] {attr.start, attr.end});
            }
          }
          continue;
        }
      }
      boolean done = false;
      int si = Arrays.binarySearch(styleStarts, s);
      si = si >= 0 ? si : -si - 2;
      if (si >= 0 && s < st.styles.get(si)[1]) {
        deletions.add(new int[] {s, Math.min(e, st.styles.get(si)[1])});
        done = true;
      }
      if (!done && structural(f.ruleId())) {
        int k = Arrays.binarySearch(endTagStarts, s);
        if (k >= 0) {
          deletions.add(st.endTags.get(k));
          done = true;
        }
      }
      if (done) {
        continue;
      }
      for (int i = s; i < e; i++) {
        mask[i] = st.text[i];
      }
    }
    deletions.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    StringBuilder sb = new StringBuilder(html.length());
    int pos = 0;
    for (int[] d : deletions) {
      if (d[1] <= pos) {
        continue;
      }
      copy(html, mask, Math.max(pos, 0), Math.max(pos, d[0]), sb);
      pos = Math.max(pos, d[1]);
    }
    copy(html, mask, pos, html.length(), sb);
    return sb.toString();
  }

  private static void copy(String html, boolean[] mask, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      if (mask[i] && !Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        sb.append(Redactor.MASK);
      } else if (!(mask[i] && Character.isLowSurrogate(c))) {
        sb.append(c);
      }
    }
  }
}
