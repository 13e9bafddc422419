package dev.parley.messaging.rules.internal.language;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.LanguageGuess;
import dev.parley.messaging.rules.content.LanguageIdentifier;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.MessageField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code message.language}: the message must be written in the buyer's language (RULES.md §2,
 * confidence high): the buyer's locale when known, else any locale the marketplace accepts
 * ({@link Marketplace#acceptedLocales()}). With {@link
 * ContentSettings#acceptEnglishWhenBuyerWroteEnglish()} (an unconfirmed seed claim, off by
 * default) English is also accepted when the buyer wrote in English.
 *
 * <p>The body's visible text (the subject when the body is empty) is identified with {@link
 * LanguageIdentifier}. Nothing is reported unless the text has at least {@link
 * ContentSettings#languageMinLetters()} letters, the guess reaches {@link
 * ContentSettings#languageMinConfidence()}, and the accepted language holds less than {@link
 * ContentSettings#languageMinShare()} of the evidence (so a German message with an English
 * product name or signature passes). Only the first {@value #MAX_CHARS} characters are read.
 * Languages Parley cannot identify are not judged. The finding
 * names both languages and the confidence. Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.MESSAGE_LANGUAGE,
    summary = "Write in the buyer's preferred language (else the marketplace default).",
    severity = Severity.WARN,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_API_MESSAGING, RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.CONTEXT})
public final class LanguageRule implements MessageRule {
  public static final String ID = RuleIds.MESSAGE_LANGUAGE;
  /** The language of a message shows in its first paragraphs; longer texts are judged on these. */
  public static final int MAX_CHARS = 20_000;

  private final LanguageIdentifier identifier = LanguageIdentifier.standard();
  private final int minLetters;
  private final double minConfidence;
  private final double minShare;
  private final boolean acceptEnglish;

  public LanguageRule(ContentSettings settings) {
    this.minLetters = settings.languageMinLetters();
    this.minConfidence = settings.languageMinConfidence();
    this.minShare = settings.languageMinShare();
    this.acceptEnglish = settings.acceptEnglishWhenBuyerWroteEnglish();
  }

  /** {@inheritDoc} The finding is about the message as a whole. */
  @Override
  public boolean mayReportInText() {
    return false;
  }

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    if (!sink.enabled(ID)) {
      return;
    }
    String text = "";
    String subject = "";
    FieldText bodyField = null;
    FieldText subjectField = null;
    for (FieldText f : fields) {
      if (f.field().kind() == MessageField.Kind.BODY) {
        text = f.scanText();
        bodyField = f;
      } else if (f.field().kind() == MessageField.Kind.SUBJECT) {
        subject = f.scanText();
        subjectField = f;
      }
    }
    FieldText read = bodyField;
    if (text.isBlank()) {
      text = subject;
      read = subjectField;
    }
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
    }
    // The field has told this very text's language already (the rule grammar asks it which
    // vocabularies count): its guess and shares are taken over instead of being worked out again.
    FieldText told = read != null && MAX_CHARS == FieldText.LANGUAGE_CHARS && read.languageText().equals(text) ? read : null;
    LanguageGuess guess = told != null ? told.languageGuess() : identifier.identify(text);
    if (!guess.determined() || guess.letters() < minLetters || guess.confidence() < minConfidence) {
      return;
    }
    CheckContext context = input.context();
    Set<String> accepted = accepted(context, acceptEnglish);
    if (accepted.contains(guess.language())) {
      return;
    }
    Set<String> known = identifier.languages();
    boolean judgeable = false;
    for (String a : accepted) {
      if (known.contains(a)) {
        judgeable = true;
        if ((told != null ? told.languageShare(a) : identifier.share(text, a, guess)) >= minShare) {
          return;
        }
      }
    }
    if (!judgeable) {
      return;
    }
    String want = context.buyerLocale().map(l -> name(l.getLanguage()) + " (" + l.toLanguageTag() + ")")
        .orElse(String.join(" or ", accepted.stream().map(LanguageRule::name).toArray(String[]::new)) + " (marketplace " + context.marketplace().code() + ")");
    sink.addMessage(ID, "The message reads as " + name(guess.language()) + " but the buyer's language is " + want + "; write in the buyer's language.",
        "language guess " + guess.language() + ", confidence " + twoDecimals(guess.confidence()) + " over " + guess.letters() + " letters");
  }

  /**
   * {@return a value of [0, 1] as {@code String.format(Locale.ROOT, "%.2f", value)} writes it}:
   * hundredths rounded half up, read off the value unless it lies within a hair of a half
   * hundredth, where the formatter's own decimal digits decide (and the formatter is asked).
   */
  static String twoDecimals(double value) {
    double hundredths = value * 100;
    double floor = Math.floor(hundredths);
    double fraction = hundredths - floor;
    if (!(value >= 0 && value <= 1) || Math.abs(fraction - 0.5) < 1e-9) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    int h = (int) floor + (fraction > 0.5 ? 1 : 0);
    return (h / 100) + "." + (h % 100 < 10 ? "0" : "") + (h % 100);
  }

  /** The languages a message may be written in, for a context. */
  public static Set<String> accepted(CheckContext context, boolean acceptEnglish) {
    Set<String> accepted = new LinkedHashSet<>();
    if (context.buyerLocale().isPresent() && !context.buyerLocale().get().getLanguage().isEmpty()) {
      accepted.add(context.buyerLocale().get().getLanguage());
    } else {
      for (Locale l : context.marketplace().acceptedLocales()) {
        accepted.add(l.getLanguage());
      }
    }
    if (acceptEnglish && context.buyerWritingLocale().map(l -> l.getLanguage().equals("en")).orElse(false)) {
      accepted.add("en");
    }
    return accepted;
  }

  private static String name(String code) {
    String known = NAMES.get(code);
    return known != null ? known : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }

  /** The English names of the languages the identifier answers, looked up once (the look-up is slow). */
  private static final Map<String, String> NAMES = names();

  private static Map<String, String> names() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String code : LanguageIdentifier.standard().languages()) {
      m.put(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
    }
    return Map.copyOf(m);
  }
}
