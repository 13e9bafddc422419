package dev.parley.messaging.rules.internal.text;

import java.util.List;

/**
 * The one list of languages Parley's text knowledge covers: every lexicon (wording rules, the
 * classifier, per-language exceptions) is looked up for these codes, in this order, and the
 * language identifier profiles the Latin-script ones. Adding a language means adding it here and
 * writing its files; a lexicon file a language does not have yet is simply absent (Arabic, the
 * newest, is identified by its script and folded by {@link NormalizedText}, and gets its wording
 * vocabulary separately).
 */
public final class Languages {
  private Languages() {}

  /** Every language with lexicons, in load order (the order patterns are numbered in). */
  public static final List<String> ALL = List.of("en", "de", "fr", "it", "es", "nl", "pl", "sv", "pt", "tr", "ja", "ar");

  /** The languages of {@link #ALL} written in the Latin script, in the same order: the identifier's word and letter profiles. */
  public static final List<String> LATIN = ALL.stream().filter(l -> !l.equals("ja") && !l.equals("ar")).toList();
}
