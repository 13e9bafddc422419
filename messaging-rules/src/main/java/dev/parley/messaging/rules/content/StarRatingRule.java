package dev.parley.messaging.rules.content;

/**
 * {@code review.positive-only} written with symbols: a run of four or more star symbols (⭐ ★ 🌟
 * ✩ ✪ ✫ ✬ ✭ ✮ ✯ ✰, with spaces, variation selectors or joiners between them) in a proactive
 * message reads as "give us five stars", which no lexicon of words sees. Three stars or fewer, and
 * replies to the buyer, are left alone: a reply may quote a rating, and a short run is decoration.
 * Immutable and thread-safe.
 */
final class StarRatingRule implements TextRule {
  static final String ID = "review.positive-only";
  static final int MIN_RUN = 4;

  @Override
  public void check(FieldText field, RuleInput input, FindingSink sink) {
    if (!sink.enabled(ID) || input.context().replyToBuyer()) {
      return;
    }
    String s = field.scanText();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isStar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      int stars = 0;
      while (i < n) {
        int c = s.codePointAt(i);
        if (isStar(c)) {
          stars++;
          i += Character.charCount(c);
          end = i;
        } else if (c == ' ' || c == 0xFE0F || c == 0x200D || c == 0xFE0E) {
          i += Character.charCount(c);
        } else {
          break;
        }
      }
      if (stars >= MIN_RUN) {
        sink.addScan(ID, input.settings().severityOf(ID), field, start, end,
            "review.positive-only: a row of " + stars + " stars asks for a top rating; ask for an honest review without suggesting a rating.");
      }
    }
  }

  static boolean isStar(int cp) {
    return cp == 0x2B50 || cp == 0x2605 || cp == 0x1F31F || (cp >= 0x2729 && cp <= 0x2730) || cp == 0x2606;
  }
}
