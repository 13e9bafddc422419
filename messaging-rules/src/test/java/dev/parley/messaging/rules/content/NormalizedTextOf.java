package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.text.NormalizedText;

/** Folds text as the rules do, for tests that compute labels mechanically. */
final class NormalizedTextOf {
  private NormalizedTextOf() {}

  static String fold(String s) {
    return NormalizedText.fold(s);
  }
}
