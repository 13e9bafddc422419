package dev.parley.messaging.rules.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One lexicon file in Parley's one lexicon format, read and parsed: every phrase list (the wording
 * rules' triggers and exceptions, the classifier's categories, opt-out, attachment purpose, the
 * important-misuse words) is read through this class.
 *
 * <h2>Format</h2>
 *
 * <p>UTF-8, one pattern per line in {@link PhraseMatcher}'s syntax ({@code => tag} gives it a tag:
 * a scope, a weight, a sub-rule). Blank lines and lines starting with {@code #} followed by a space
 * (or a lone {@code #}) are comments. Two shorthands expand a written line into several patterns
 * ({@link #expandLine}): a group whose choices are several words ({@code (here is|enclosed)}) and
 * an optional group ({@code (our|the)?}). An Arabic word also finds itself behind the conjunctions
 * and prepositions written onto it ({@link ArabicClitics}: تقييم finds وتقييم and لتقييم,
 * التقييم finds بالتقييم and للتقييم). Every pattern keeps the file and line it was written on,
 * so a match's evidence names them.
 *
 * <h2>Failing loudly</h2>
 *
 * <p>A bundled file that should exist and does not, a file with no pattern, a line that expands
 * into too many patterns or a line that is not a valid pattern (found when the matcher is
 * compiled) is an exception when the lexicon is loaded, never an empty lexicon that silently
 * matches nothing. Per-language files are optional one by one ({@link #bundledIfPresent}); their
 * callers require at least one language.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexiconFile {
  /** The resource directory of the bundled lexicons. */
  public static final String DIR = "/dev/parley/messaging/rules/phrases/";

  /** The resource directory of the concept vocabularies ({@code concepts/<lang>.txt}), read with the same loader. */
  public static final String CONCEPTS_DIR = "/dev/parley/messaging/rules/concepts/";

  /** The most patterns one written line may expand into. */
  static final int MAX_EXPANSION = 512;

  /** One written line: where it is, and the patterns it expands into. */
  public static final class Line {
    private final String file;
    private final int number;
    private final List<String> patterns;

    Line(String file, int number, List<String> patterns) {
      this.file = file;
      this.number = number;
      this.patterns = List.copyOf(patterns);
    }

    /** {@return the file name, such as {@code review.incentive.en.txt}} */
    public String file() {
      return file;
    }

    /** {@return the line number, from 1} */
    public int number() {
      return number;
    }

    /** {@return the file and line, such as {@code review.incentive.en.txt:12}: a match's {@link PhraseMatcher.Match#source()}} */
    public String source() {
      return file + ":" + number;
    }

    /** {@return the patterns the line expands into, in order} */
    public List<String> patterns() {
      return patterns;
    }
  }

  private final String name;
  private final List<Line> lines;

  private LexiconFile(String name, List<Line> lines) {
    this.name = name;
    this.lines = List.copyOf(lines);
  }

  /**
   * Reads a bundled lexicon file that must exist.
   *
   * @param file the file name under {@link #DIR}, such as {@code opt-out.txt} or {@code classify/return.en.txt}
   * @return the parsed file
   * @throws IllegalStateException if the file is missing or holds no pattern
   * @throws IllegalArgumentException if a line is malformed; the message names the file and line
   */
  public static LexiconFile bundled(String file) {
    return bundledIfPresent(file).orElseThrow(() -> new IllegalStateException("lexicon " + DIR + file + " is missing"));
  }

  /**
   * Reads a bundled per-language lexicon file that may be absent (not every rule has every
   * language).
   *
   * @param file the file name under {@link #DIR}
   * @return the parsed file, or empty if it does not exist
   * @throws IllegalStateException if the file exists but holds no pattern
   * @throws IllegalArgumentException if a line is malformed; the message names the file and line
   */
  public static Optional<LexiconFile> bundledIfPresent(String file) {
    return bundledIfPresent(DIR, file);
  }

  /**
   * Reads a bundled lexicon file of another directory (such as {@link #CONCEPTS_DIR}) that may be
   * absent, with the same parsing and failure modes as {@link #bundledIfPresent(String)}.
   *
   * @param dir the resource directory, absolute and ending in {@code /}
   * @param file the file name under it
   * @return the parsed file, or empty if it does not exist
   * @throws IllegalStateException if the file exists but holds no pattern
   * @throws IllegalArgumentException if a line is malformed; the message names the file and line
   */
  public static Optional<LexiconFile> bundledIfPresent(String dir, String file) {
    List<String> raw = readIfPresent(LexiconFile.class, dir + file);
    if (raw == null) {
      return Optional.empty();
    }
    String name = file.substring(file.lastIndexOf('/') + 1);
    LexiconFile parsed = parse(name, raw);
    if (parsed.lines.isEmpty()) {
      throw new IllegalStateException("lexicon " + dir + file + " holds no pattern");
    }
    return Optional.of(parsed);
  }

  /**
   * Parses lines in the lexicon format.
   *
   * @param name the file name that sources and errors name
   * @param raw the lines as read
   * @return the parsed lexicon (possibly without lines)
   * @throws IllegalArgumentException if a line expands into more than {@value #MAX_EXPANSION} patterns
   */
  public static LexiconFile parse(String name, List<String> raw) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i).strip();
      if (isComment(line)) {
        continue;
      }
      List<String> variants = new ArrayList<>();
      for (String pattern : expandLine(line)) {
        variants.add(ArabicClitics.expand(pattern));
      }
      if (variants.size() > MAX_EXPANSION) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": pattern expands into more than " + MAX_EXPANSION + " patterns: " + line);
      }
      lines.add(new Line(name, i + 1, variants));
    }
    return new LexiconFile(name, lines);
  }

  /** {@return true if a stripped line is blank or a comment} */
  static boolean isComment(String line) {
    return line.isEmpty() || line.startsWith("# ") || line.equals("#");
  }

  /** {@return the file name} */
  public String name() {
    return name;
  }

  /** {@return the written lines that hold a pattern, in file order} */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Reads a UTF-8 resource that must exist, as lines.
   *
   * @param anchor a class of the module that holds the resource
   * @param resource the resource path, absolute (starting with {@code /})
   * @return the lines
   * @throws IllegalStateException if the resource does not exist
   */
  public static List<String> readRequired(Class<?> anchor, String resource) {
    List<String> lines = readIfPresent(anchor, resource);
    if (lines == null) {
      throw new IllegalStateException("resource " + resource + " is missing");
    }
    return lines;
  }

  /** Reads a UTF-8 resource as lines, or returns null if it does not exist. */
  private static List<String> readIfPresent(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          lines.add(l);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Expands the two shorthands the lexicon format adds to the matcher's syntax: a group whose
   * alternatives are several words ({@code (here is|enclosed)}) and an optional group ({@code
   * (our|the)?}); each becomes one pattern per choice. Other groups are left to the matcher.
   *
   * @param line a stripped pattern line
   * @return the patterns, in order
   */
  public static List<String> expandLine(String line) {
    int open = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        open = i;
      } else if (c == ')' && open >= 0) {
        String inner = line.substring(open + 1, i);
        boolean optional = i + 1 < line.length() && line.charAt(i + 1) == '?';
        if (optional || needsExpansion(inner)) {
          List<String> out = new ArrayList<>();
          String before = line.substring(0, open);
          String after = line.substring(optional ? i + 2 : i + 1);
          // Single-word choices stay one group (one pattern); each multi-word choice gets its own.
          List<String> single = new ArrayList<>();
          List<String> choices = new ArrayList<>();
          for (String choice : inner.split("\\|", -1)) {
            if (!choice.isEmpty() && !needsExpansion(choice)) {
              single.add(choice);
            } else if (!choice.isEmpty()) {
              choices.add(choice);
            }
          }
          if (!single.isEmpty()) {
            choices.add(0, single.size() == 1 ? single.get(0) : "(" + String.join("|", single) + ")");
          }
          if (optional || inner.startsWith("|") || inner.endsWith("|") || inner.contains("||")) {
            choices.add("");
          }
          for (String choice : choices) {
            out.addAll(expandLine((before + " " + choice + " " + after).strip().replaceAll(" {2,}", " ")));
          }
          return out;
        }
        open = -1;
      }
    }
    // A gap left dangling by an empty optional choice ("a ~2 ~3 b", "a ~2 => t") is merged or dropped.
    return List.of(tidyGaps(line));
  }

  /**
   * {@return a pattern line cut before its tag: the pattern's words, and the tag with its arrow and
   * one leading space ({@code " => REVIEW"}), or an empty string when the line has no tag}
   */
  static String[] bodyAndTag(String line) {
    int arrow = line.indexOf("=>");
    return arrow < 0 ? new String[] {line, ""} : new String[] {line.substring(0, arrow).strip(), " " + line.substring(arrow).strip()};
  }

  private static String tidyGaps(String line) {
    String[] cut = bodyAndTag(line);
    String body = cut[0];
    String tag = cut[1];
    List<String> parts = new ArrayList<>(List.of(body.split(" +")));
    List<String> out = new ArrayList<>();
    int pendingGap = -1;
    for (String p : parts) {
      if (p.startsWith("~")) {
        int g;
        try {
          g = Integer.parseInt(p.substring(1));
        } catch (NumberFormatException e) {
          out.add(p);
          continue;
        }
        if (g > PhraseMatcher.MAX_GAP) {
          // A written gap the matcher cannot honour is a mistake in the file, not a wish to clamp.
          throw new IllegalArgumentException("gap must be between ~0 and ~" + PhraseMatcher.MAX_GAP + ", got " + p + " in: " + line);
        }
        // Gaps that meet where an optional element was left out add up, up to the matcher's bound.
        pendingGap = Math.min(PhraseMatcher.MAX_GAP, pendingGap < 0 ? g : pendingGap + g + 1);
        continue;
      }
      if (pendingGap >= 0 && !out.isEmpty()) {
        out.add("~" + pendingGap);
      }
      pendingGap = -1;
      out.add(p);
    }
    return String.join(" ", out) + tag;
  }

  private static boolean needsExpansion(String inner) {
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '*' && c != '|' && c != '<' && c != '>') {
        return true;
      }
    }
    // A Japanese word is one token per character, so a word of several characters is several tokens.
    for (String alt : inner.split("\\|")) {
      if (alt.codePointCount(0, alt.length()) > 1 && alt.codePoints().anyMatch(LexiconFile::isCjk)) {
        return true;
      }
    }
    return inner.startsWith("|") || inner.endsWith("|") || inner.contains("||");
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  @Override
  public String toString() {
    return "LexiconFile{" + name + ", lines=" + lines.size() + "}";
  }
}
