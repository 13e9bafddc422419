package dev.parley.messaging.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One template field filled with values, and the exact map from the filled text back to the
 * template: literal text maps character for character, and any position inside a filled value
 * maps to the whole placeholder. Immutable once built.
 */
final class Rendering {
  final String text;
  private final int[] rStart;
  private final int[] rEnd;
  private final int[] tStart;
  private final int[] tEnd;
  private final Placeholder[] placeholder;
  private final int templateLength;

  private Rendering(String text, List<int[]> segments, List<Placeholder> owners, int templateLength) {
    this.text = text;
    int n = segments.size();
    rStart = new int[n];
    rEnd = new int[n];
    tStart = new int[n];
    tEnd = new int[n];
    placeholder = owners.toArray(new Placeholder[0]);
    for (int i = 0; i < n; i++) {
      int[] s = segments.get(i);
      rStart[i] = s[0];
      rEnd[i] = s[1];
      tStart[i] = s[2];
      tEnd[i] = s[3];
    }
    this.templateLength = templateLength;
  }

  /**
   * Fills a field.
   *
   * @param template the field's template text
   * @param placeholders the field's placeholders, in order, not overlapping
   * @param value the value of each placeholder
   * @param html true if the text is HTML source (values are escaped)
   */
  static Rendering of(String template, List<Placeholder> placeholders, Function<Placeholder, String> value, boolean html) {
    StringBuilder sb = new StringBuilder(template.length() + 16 * placeholders.size());
    List<int[]> segments = new ArrayList<>();
    List<Placeholder> owners = new ArrayList<>();
    int t = 0;
    for (Placeholder p : placeholders) {
      if (p.start() > t) {
        segments.add(new int[] {sb.length(), sb.length() + p.start() - t, t, p.start()});
        owners.add(null);
        sb.append(template, t, p.start());
      }
      String v = value.apply(p);
      if (html) {
        v = escapeHtml(v);
      }
      segments.add(new int[] {sb.length(), sb.length() + v.length(), p.start(), p.end()});
      owners.add(p);
      sb.append(v);
      t = p.end();
    }
    if (t < template.length()) {
      segments.add(new int[] {sb.length(), sb.length() + template.length() - t, t, template.length()});
      owners.add(null);
      sb.append(template, t, template.length());
    }
    return new Rendering(sb.toString(), segments, owners, template.length());
  }

  static String escapeHtml(String v) {
    StringBuilder sb = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      String rep = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : c == '\'' ? "&#39;" : null;
      if (rep != null && sb == null) {
        sb = new StringBuilder(v.length() + 16).append(v, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? v : sb.toString();
  }

  /** A span of the template, and the placeholders the filled span touched. */
  static final class Mapped {
    final int start;
    final int end;
    final List<Placeholder> placeholders;

    Mapped(int start, int end, List<Placeholder> placeholders) {
      this.start = start;
      this.end = end;
      this.placeholders = placeholders;
    }
  }

  /** Maps a half-open span of the filled text to the template. */
  Mapped map(int s, int e) {
    int len = text.length();
    s = Math.max(0, Math.min(s, len));
    e = Math.max(s, Math.min(e, len));
    List<Placeholder> touched = new ArrayList<>(1);
    if (s == e) {
      int i = firstEndAfter(s);
      if (i < 0) {
        return new Mapped(templateLength, templateLength, touched);
      }
      if (placeholder[i] != null) {
        touched.add(placeholder[i]);
        return new Mapped(tStart[i], tEnd[i], touched);
      }
      int at = tStart[i] + (s - rStart[i]);
      return new Mapped(at, at, touched);
    }
    int i = firstEndAfter(s);
    int ts = placeholder[i] != null ? tStart[i] : tStart[i] + (s - rStart[i]);
    int te = ts;
    for (int k = i; k < rStart.length && rStart[k] < e; k++) {
      if (rEnd[k] == rStart[k]) {
        continue;
      }
      if (placeholder[k] != null) {
        touched.add(placeholder[k]);
        te = tEnd[k];
      } else {
        te = tStart[k] + (Math.min(e, rEnd[k]) - rStart[k]);
      }
    }
    return new Mapped(ts, Math.max(ts, te), touched);
  }

  /** The first non-empty segment whose end lies after {@code x}, or -1 past the end. */
  private int firstEndAfter(int x) {
    int lo = 0;
    int hi = rEnd.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (rEnd[mid] > x) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }
}
