package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.RuleInput;
import dev.parley.messaging.rules.internal.analysis.TextRule;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.Severity;

/**
 * {@code style.emoji}: no emoji (styling rules of 2020, confidence high). Scans the text rules see
 * (plain text, or the visible text of HTML) for emoji sequences: pictographs with emoji
 * presentation, any pictograph followed by the emoji variation selector U+FE0F, keycaps, regional
 * indicator flags, with their skin-tone modifiers and zero-width-joiner continuations. One finding
 * per run of adjacent emoji, at the rule's severity (BLOCK by default).
 *
 * <p>Text-style symbols are a judgement call, and a parameter: the symbols Unicode lists as emoji
 * although their default presentation is text, which many devices draw as emoji (✔ ❤ ☺ ☀ ✈ ⚠ ♻
 * and the other such pictographs of the Miscellaneous Symbols and Dingbats blocks), get {@link
 * ContentSettings#textSymbolSeverity()} (WARN by default). Symbols that are no emoji in Unicode
 * (★ ☆ ♪ ☐ ♡, typographic stars and marks, as in "★5" or "★★★★★") are never reported; ⭐ U+2B50
 * is an emoji and blocks. Text smileys such as {@code :)}, arrows, and © ® ™ are never reported.
 * Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.STYLE_EMOJI,
    summary = "No emojis.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_STYLE},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_CONTENT})
public final class EmojiRule implements TextRule {
  public static final String ID = RuleIds.STYLE_EMOJI;

  private final Severity textSymbolSeverity;

  public EmojiRule(ContentSettings settings) {
    this.textSymbolSeverity = settings.textSymbolSeverity();
  }

  @Override
  public boolean appliesTo(MessageField.Kind kind) {
    return kind != MessageField.Kind.MESSAGE;
  }

  /**
   * {@inheritDoc} A run starts only at a character {@code kindAt} accepts and grows only by the
   * modifiers, selectors, keycap marks, tags and joined pictographs of {@code extend}; the mask
   * (U+2588, a block element) is none of them, so no run covers one.
   */
  @Override
  public boolean neverCoversMask() {
    return true;
  }

  @Override
  public void check(FieldText field, RuleInput input, Reporter sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    String s = field.scanText();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char ch = s.charAt(i);
      if (ch < FIRST_PICTOGRAPH && (ch < '0' || ch > '9') && ch != '#' && ch != '*') {
        // Below U+203C only a keycap's digit, # or * can start an emoji: nothing else to classify.
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      int kind = kindAt(s, i, cp, next);
      if (kind == NONE) {
        i = next;
        continue;
      }
      int start = i;
      boolean emoji = kind == EMOJI;
      i = extend(s, next);
      while (i < n) {
        int c = s.codePointAt(i);
        int k = kindAt(s, i, c, i + Character.charCount(c));
        if (k == NONE) {
          break;
        }
        emoji |= k == EMOJI;
        i = extend(s, i + Character.charCount(c));
      }
      String run = s.substring(start, i);
      Severity severity = emoji ? null : textSymbolSeverity;
      String what = emoji ? "is an emoji" : "is a pictographic symbol many devices show as an emoji";
      sink.addScan(ID, severity, field, start, i, "\u201C" + run + "\u201D " + what + "; Amazon does not allow emoji in buyer messages.", emoji ? "emoji presentation" : "text-style pictograph");
    }
  }

  /** The first code point any of the pictograph tests below accepts (U+203C, ‼). */
  private static final char FIRST_PICTOGRAPH = 0x203C;

  private static final int NONE = 0;
  private static final int EMOJI = 1;
  private static final int SYMBOL = 2;

  /** Classifies the code point at i (which ends at next), looking at what follows it. */
  private static int kindAt(String s, int i, int cp, int next) {
    int after = next < s.length() ? s.codePointAt(next) : -1;
    if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
      int k = after == 0xFE0F && next + 1 < s.length() ? s.codePointAt(next + 1) : after;
      return k == 0x20E3 ? EMOJI : NONE;
    }
    if (isEmojiPresentation(cp)) {
      return EMOJI;
    }
    if (isTextPictograph(cp)) {
      return after == 0xFE0F ? EMOJI : SYMBOL;
    }
    if (after == 0xFE0F && isOtherPictograph(cp)) {
      return EMOJI;
    }
    return NONE;
  }

  /** Skips the modifiers, selectors, keycap marks, tags and joined pictographs after an emoji. */
  private static int extend(String s, int i) {
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      if (c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)) {
        i += Character.charCount(c);
      } else if (c == 0x200D && i + 1 < n) {
        int j = i + 1;
        int d = s.codePointAt(j);
        if (isEmojiPresentation(d) || isTextPictograph(d) || isOtherPictograph(d) || d == 0x2640 || d == 0x2642) {
          i = j + Character.charCount(d);
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** Code points whose default presentation is emoji (the common blocks of Emoji_Presentation). */
  public static boolean isEmojiPresentation(int cp) {
    // Miscellaneous Symbols and Pictographs: a few have text default, but every one is a picture.
    return (cp >= 0x1F300 && cp <= 0x1F5FF)
        || (cp >= 0x1F600 && cp <= 0x1F64F) // emoticons
        || (cp >= 0x1F680 && cp <= 0x1F6FF) // transport and map
        || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
        || (cp >= 0x1FA70 && cp <= 0x1FAFF) // symbols and pictographs extended-A
        || (cp >= 0x1F1E6 && cp <= 0x1F1FF) // regional indicators (flags)
        || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
        // enclosed ideographs with emoji presentation (🈁 🈚 🈯 🈲–🈶 🈸–🈺 🉐 🉑)
        || cp == 0x1F201 || cp == 0x1F21A || cp == 0x1F22F || (cp >= 0x1F232 && cp <= 0x1F236) || (cp >= 0x1F238 && cp <= 0x1F23A)
        || cp == 0x1F250 || cp == 0x1F251 || cp == 0x1F7F0
        || (cp >= 0x1F7E0 && cp <= 0x1F7EB) // coloured circles and squares
        || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2B1B || cp == 0x2B1C
        || cp == 0x231A || cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
        || cp == 0x25FD || cp == 0x25FE
        || cp == 0x2614 || cp == 0x2615 || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693
        || cp == 0x26A1 || cp == 0x26AA || cp == 0x26AB || cp == 0x26BD || cp == 0x26BE || cp == 0x26C4
        || cp == 0x26C5 || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA || cp == 0x26F2 || cp == 0x26F3
        || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705 || cp == 0x270A || cp == 0x270B
        || cp == 0x2728 || cp == 0x274C || cp == 0x274E || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757
        || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0 || cp == 0x27BF;
  }

  /**
   * Pictographs of the Miscellaneous Symbols and Dingbats blocks that are emoji in Unicode
   * ({@code Emoji=Yes}) but whose default presentation is text ({@code Emoji_Presentation=No}):
   * reported as symbols, or as emoji when U+FE0F follows. Among them ☀ ☎ ☑ ☝ ☺ ♥ ♻ ⚠ ✂ ✈ ✉ ✌ ✏
   * ✔ ✖ ❄ ❤. The other symbols of those blocks (★ ☆ ☐ ♪ ♡ ☞ ⚀, typographic stars, ballot
   * boxes, notes, dice) are no emoji in Unicode and are never reported; nor are ♀ and ♂ alone,
   * which only join an emoji sequence (🏃‍♀️). Unicode 16 data, checked against ICU in the tests.
   */
  public static boolean isTextPictograph(int cp) {
    if (cp < 0x2600 || cp > 0x27BF) {
      return false;
    }
    // pairs of first and last code point, ascending
    int lo = 0;
    int hi = TEXT_PICTOGRAPHS.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < TEXT_PICTOGRAPHS[2 * mid]) {
        hi = mid - 1;
      } else if (cp > TEXT_PICTOGRAPHS[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The ranges of {@link #isTextPictograph}: Emoji=Yes, Emoji_Presentation=No, U+2600–U+27BF, without ♀ ♂. */
  private static final int[] TEXT_PICTOGRAPHS = {
      0x2600, 0x2604, 0x260E, 0x260E, 0x2611, 0x2611, 0x2618, 0x2618, 0x261D, 0x261D, 0x2620, 0x2620,
      0x2622, 0x2623, 0x2626, 0x2626, 0x262A, 0x262A, 0x262E, 0x262F, 0x2638, 0x263A, 0x265F, 0x2660,
      0x2663, 0x2663, 0x2665, 0x2666, 0x2668, 0x2668, 0x267B, 0x267B, 0x267E, 0x267E, 0x2692, 0x2692,
      0x2694, 0x2697, 0x2699, 0x2699, 0x269B, 0x269C, 0x26A0, 0x26A0, 0x26A7, 0x26A7, 0x26B0, 0x26B1,
      0x26C8, 0x26C8, 0x26CF, 0x26CF, 0x26D1, 0x26D1, 0x26D3, 0x26D3, 0x26E9, 0x26E9, 0x26F0, 0x26F1,
      0x26F4, 0x26F4, 0x26F7, 0x26F9, 0x2702, 0x2702, 0x2708, 0x2709, 0x270C, 0x270D, 0x270F, 0x270F,
      0x2712, 0x2712, 0x2714, 0x2714, 0x2716, 0x2716, 0x271D, 0x271D, 0x2721, 0x2721, 0x2733, 0x2734,
      0x2744, 0x2744, 0x2747, 0x2747, 0x2763, 0x2764, 0x27A1, 0x27A1};

  /** Other pictographs that are emoji only with U+FE0F (arrows, ©, ®, ™ and the like are left alone). */
  private static boolean isOtherPictograph(int cp) {
    return cp == 0x203C || cp == 0x2049 || cp == 0x2139 || (cp >= 0x2194 && cp <= 0x2199) || cp == 0x21A9 || cp == 0x21AA
        || cp == 0x2328 || cp == 0x23CF || (cp >= 0x23ED && cp <= 0x23EF) || cp == 0x23F1 || cp == 0x23F2
        || (cp >= 0x23F8 && cp <= 0x23FA) || cp == 0x24C2 || cp == 0x25AA || cp == 0x25AB || cp == 0x25B6
        || cp == 0x25C0 || (cp >= 0x25FB && cp <= 0x25FC) || cp == 0x2934 || cp == 0x2935 || (cp >= 0x2B05 && cp <= 0x2B07)
        || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299 || (cp >= 0x1F170 && cp <= 0x1F17F)
        || cp == 0x1F202 || cp == 0x1F237;
  }
}
