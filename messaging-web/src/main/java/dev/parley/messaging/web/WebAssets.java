package dev.parley.messaging.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The static files of the Parley pages, read from this module's {@code parley-web/} resources.
 *
 * <p>Only the files of {@link #names()} can be read: a name is looked up in that fixed list, never
 * turned into a path, so no request can reach another resource. Stateless and thread-safe.
 */
public final class WebAssets {
  private static final String ROOT = "/parley-web/";
  /** Lower-case names with one extension, optionally in one folder: what the list may hold. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)?\\.[a-z]+");
  private static final List<String> NAMES = List.of(
      "index.html",
      "rules.html",
      "sla.html",
      "parley.css",
      "common.js",
      "marks.js",
      "playground.js",
      "rules.js",
      "sla.js",
      "charts.js",
      "samples/threads.jsonl");

  private WebAssets() {}

  /** {@return every file name that can be read, such as {@code index.html} and {@code samples/threads.jsonl}} */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Reads a file.
   *
   * @param name a name from {@link #names()}
   * @return its bytes, or empty when the name is not one of the files
   * @throws NullPointerException if name is null
   * @throws UncheckedIOException if a listed file is missing from the jar (a broken build)
   */
  public static Optional<byte[]> read(String name) {
    if (!NAME.matcher(name).matches() || !NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the page file " + ROOT + name + " is missing from the jar"));
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
