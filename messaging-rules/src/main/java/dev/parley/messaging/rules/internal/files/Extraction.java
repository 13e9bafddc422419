package dev.parley.messaging.rules.internal.files;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What was read out of one attachment: its text, the links it carries outside its text (PDF link
 * annotations, Word hyperlink relationships), active content it holds (macros, scripts, launch
 * actions, embedded files) and whether reading stopped early.
 *
 * <p>Mutable while a reader fills it; not thread-safe.
 */
public final class Extraction {
  private static final int MAX_LINKS = 1000;

  private final StringBuilder text = new StringBuilder();
  private final Set<String> links = new LinkedHashSet<>();
  private final Set<String> activeContent = new LinkedHashSet<>();
  private final long maxChars;
  private String incomplete;

  /**
   * Creates an empty extraction.
   *
   * @param maxChars the most characters of text kept
   */
  public Extraction(long maxChars) {
    this.maxChars = maxChars;
  }

  /** Appends text, up to the character cap. */
  public void text(CharSequence s) {
    long room = maxChars - text.length();
    if (room <= 0) {
      incomplete("the text-size cap of " + maxChars + " characters");
      return;
    }
    if (s.length() > room) {
      text.append(s, 0, (int) room);
      incomplete("the text-size cap of " + maxChars + " characters");
    } else {
      text.append(s);
    }
  }

  /** Appends one character, up to the character cap. */
  public void text(char c) {
    if (text.length() >= maxChars) {
      incomplete("the text-size cap of " + maxChars + " characters");
    } else {
      text.append(c);
    }
  }

  /** {@return the length of the text so far} */
  public int textLength() {
    return text.length();
  }

  /** {@return the last character of the text, or NUL} */
  public char lastChar() {
    return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
  }

  /** Records a link (trimmed; blank links are ignored). */
  public void link(String url) {
    String u = url.strip();
    if (!u.isEmpty() && links.size() < MAX_LINKS) {
      links.add(u.length() > 2000 ? u.substring(0, 2000) : u);
    }
  }

  /** Records active content, such as "VBA macros". */
  public void active(String what) {
    activeContent.add(what);
  }

  /** Marks the extraction incomplete (the first reason wins). */
  public void incomplete(String reason) {
    if (incomplete == null) {
      incomplete = reason;
    }
  }

  /** {@return the text} */
  public String text() {
    return text.toString();
  }

  /** {@return the links, in order of appearance, without duplicates} */
  public List<String> links() {
    return new ArrayList<>(links);
  }

  /** {@return the active content found} */
  public List<String> activeContent() {
    return new ArrayList<>(activeContent);
  }

  /** {@return why reading stopped early, or null if it did not} */
  public String incompleteReason() {
    return incomplete;
  }
}
