package dev.parley.messaging.rules.internal.wording;

import dev.parley.messaging.rules.Confidence;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.internal.analysis.Rule;
import dev.parley.messaging.rules.internal.analysis.Rule.Input;

import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Reporter;
import dev.parley.messaging.rules.internal.analysis.MessageRule;
import dev.parley.messaging.rules.internal.analysis.RuleInput;

import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.internal.concept.Concept;
import dev.parley.messaging.rules.internal.concept.ConceptIndex;
import dev.parley.messaging.rules.internal.concept.RuleGrammars;
import dev.parley.messaging.rules.internal.text.PhraseMatcher;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.List;

/**
 * {@code message.thank-you-only}: a proactive message whose whole point is thanks or "we are here
 * to help" (RULES.md §1, confidence high). Replies to the buyer may say thanks and are never
 * judged.
 *
 * <p>How: the lexicon {@code message.thank-you-only.<lang>.txt} names filler phrases, tagged
 * {@code greeting}, {@code signoff}, {@code thanks}, {@code help} or {@code pleasantry}; its
 * exception lexicon names content cues (a question to answer, an attachment, a delay, a review
 * request ...), and so do the concepts of advice and of days and durations ({@link
 * RuleGrammars#POINTS}). The body is cut into lines and sentences; the greeting line and the signature
 * block go; a sentence is filler when it holds a filler phrase, no content cue and at most
 * {@link ContentSettings#thankYouOnlyMaxOtherWords()} other words (names, products, order
 * numbers). The message is thank-you-only when every sentence left is filler and at least one
 * holds thanks, help or a pleasantry. A message with attachments, whose subject holds a content
 * cue, whose body has more than {@value #MAX_WORDS} words, or that the (enabled) marketing,
 * review or contact rules (e-mail, phone) have already flagged has content. Message rules run after every text rule, so
 * those findings are known here. When the phrases find no thank-you-only body and the body has no
 * content cue outside the scope of an offer of help ({@link RuleGrammars#inHelpScope(ConceptIndex, int, int, String)}:
 * "if there's anything we can help with, whether it's care instructions …"), the rule grammar judges it by concepts ({@link RuleGrammars#thanksOnly}), in every
 * language with a concept vocabulary: a sentence of thanks, greeting, sign-off, help, a wish for the
 * item or a courtesy about the shop (a wish or a courtesy alone is enough when the body neither
 * thanks nor offers help: "just checking in to make sure everything arrived in one piece. Enjoy your
 * new chair!") may hold as many words of content (names, products; function
 * words not counted) as the phrase path allows other words, any other sentence half as many words
 * (the phrase path cuts the greeting line and signature away first); a hyphenated compound
 * ("Saint-Malo") counts as one word. Advice and days or durations are content, and so, on the phrase
 * path, is something of value or free that no courtesy speaks for ("ein Geschenk liegt bei").
 *
 * <p>Immutable and thread-safe.
 */
@Rule(
    id = RuleIds.MESSAGE_THANK_YOU_ONLY,
    summary = "A proactive message must not be only thanks or an offer of help.",
    severity = Severity.BLOCK,
    confidence = Confidence.HIGH,
    sources = {RuleCatalog.SOURCE_GUIDELINES},
    reads = {Input.SUBJECT, Input.BODY_TEXT, Input.ATTACHMENT_NAME, Input.CONTEXT},
    after = {RuleIds.CONTENT_PROMOTION, RuleIds.REVIEW_POSITIVE_ONLY, RuleIds.REVIEW_INCENTIVE, RuleIds.REVIEW_CHANGE_REQUEST})
public final class ThankYouOnlyRule implements MessageRule {
  public static final String ID = RuleIds.MESSAGE_THANK_YOU_ONLY;

  /**
   * Marketing or review wording is content: such a message is judged by those rules instead; so is
   * an e-mail address or a phone number to write to or call (the text rules, which always run
   * before the message rules, have found them): "for questions write to info (at) shop (dot) de"
   * gives an address, however briefly. A link is not: a logo linked to the shop's site is no
   * point of the message.
   */
  private static final List<String> CONTENT_RULES = List.of(RuleIds.CONTENT_PROMOTION, RuleIds.REVIEW_POSITIVE_ONLY, RuleIds.REVIEW_INCENTIVE, RuleIds.REVIEW_CHANGE_REQUEST,
      RuleIds.CONTENT_EMAIL, RuleIds.CONTENT_PHONE);
  /**
   * A body with more words than this says more than thanks; checked before any matching. Words are
   * counted by {@link dev.parley.messaging.rules.internal.text.Tokens#wordCount()}: a Japanese run,
   * one token per character, counts half its characters, so the bound means words in Japanese too.
   */
  public static final int MAX_WORDS = 300;

  private final Lexicon lexicon = Lexicon.standard(ID);
  private final int maxOtherWords;

  public ThankYouOnlyRule(ContentSettings settings) {
    this.maxOtherWords = settings.thankYouOnlyMaxOtherWords();
  }

  @Override
  public void check(RuleInput input, List<FieldText> fields, Reporter sink) {
    if (!sink.enabled(ID) || !input.context().proactive() || !input.message().attachments().isEmpty()) {
      return;
    }
    FieldText body = null;
    for (FieldText f : fields) {
      if (f.field().kind() == MessageField.Kind.SUBJECT && !lexicon.scan(f).exceptions.isEmpty()) {
        return;
      }
      if (f.field().kind() == MessageField.Kind.BODY) {
        body = f;
      }
    }
    if (body == null) {
      return;
    }
    // a word count never exceeds the token count: the pass over the tokens only when it may
    if (body.tokens().size() > MAX_WORDS && body.tokens().wordCount() > MAX_WORDS) {
      return;
    }
    for (String rule : CONTENT_RULES) {
      if (!sink.reported(rule).isEmpty()) {
        return;
      }
    }
    Lexicon.Scan scan = lexicon.scan(body);
    PhraseMatcher.Match evidence = thanksOnly(scan);
    if (evidence != null) {
      sink.addFolded(ID, body, evidence.start(), evidence.end(), WordingRule.explanation(EXPLANATION, body, evidence), evidence.evidence());
      return;
    }
    // A content cue inside the scope of an offer of help ("if there's anything we can help with,
    // whether it's care instructions or just a question, …") is what the help is offered about,
    // and a bare question word in a statement that asks nothing ("she can tell which tree a board
    // came from") is no question; the concepts judge the rest of the sentence.
    // A cue of a language the body is not written in is a chance spelling ("Ar Livre Ibérico" under
    // a Portuguese note is no French "livré"): the body's languages are those its concepts kept.
    java.util.Set<String> written = new java.util.HashSet<>();
    for (ConceptIndex.Occurrence o : body.concepts().occurrences()) {
      written.add(o.language());
    }
    int signature = RuleGrammars.signatureStart(body.concepts());
    for (PhraseMatcher.Match e : scan.exceptions) {
      String language = Lexicon.languageOf(e);
      if (e.firstToken() >= signature) {
        // a cue in the signature block is the shop's name ("Kinderland Versand")
        continue;
      }
      if ((written.isEmpty() || written.contains(language)) && !RuleGrammars.inHelpScope(body.concepts(), e.firstToken(), e.lastToken(), language)
          && !RuleGrammars.questionWordInStatement(body.concepts(), e.firstToken(), e.lastToken())) {
        return;
      }
    }
    for (FieldText f : fields) {
      if (f.field().kind() == MessageField.Kind.SUBJECT && RuleGrammars.purpose(f.concepts(), NOT_FILLER) != null) {
        return;
      }
    }
    ConceptIndex.Occurrence thanks = RuleGrammars.thanksOnly(body.concepts(), maxOtherWords, signature, true);
    if (thanks != null) {
      sink.addFolded(ID, body, thanks.start(), thanks.end(), WordingRule.explanation(EXPLANATION, body, thanks.start(), thanks.end()),
          "grammar " + ID + ": every concept of the body is thanks, greeting, sign-off or an offer of help; first " + thanks.concept()
              + " [" + body.sourceStartOfFolded(thanks.start()) + "," + body.sourceEndOfFolded(thanks.end()) + ") at " + thanks.origin());
    }
  }

  private static final String EXPLANATION = "is all this proactive message says besides greetings and sign-offs; Amazon does not allow messages whose only point is thanks or an offer of help";


  /** Every concept that is not filler: a subject that holds one gives the message a purpose. */
  private static final java.util.Set<Concept> NOT_FILLER = notFiller();

  private static java.util.Set<Concept> notFiller() {
    java.util.EnumSet<Concept> s = java.util.EnumSet.allOf(Concept.class);
    s.removeAll(RuleGrammars.FILLER);
    return java.util.Set.copyOf(s);
  }

  /** Returns the first thanks/help phrase if the body is nothing but filler, else null. */
  private PhraseMatcher.Match thanksOnly(Lexicon.Scan scan) {
    Tokens tokens = scan.field.tokens();
    int n = tokens.size();
    if (n == 0) {
      return null;
    }
    String text = scan.text;
    // covered[t]: the token belongs to a filler phrase; kind[t]: its tag
    boolean[] covered = new boolean[n];
    String[] tagAt = new String[n];
    for (PhraseMatcher.Match m : scan.triggers) {
      for (int t = m.firstToken(); t <= m.lastToken(); t++) {
        covered[t] = true;
        if (tagAt[t] == null) {
          tagAt[t] = m.tag();
        }
      }
    }
    for (int t = 0; t < n; t++) {
      if (isDigits(text, tokens.start(t), tokens.end(t))) {
        covered[t] = true;
      }
    }
    // Lines as token ranges.
    int[] lineOfToken = new int[n];
    int line = 0;
    int pos = 0;
    for (int t = 0; t < n; t++) {
      for (; pos < tokens.start(t); pos++) {
        if (text.charAt(pos) == '\n') {
          line++;
        }
      }
      lineOfToken[t] = line;
    }
    int lines = line + 1;
    int[] lineFirst = new int[lines];
    int[] lineCount = new int[lines];
    java.util.Arrays.fill(lineFirst, -1);
    for (int t = 0; t < n; t++) {
      int l = lineOfToken[t];
      if (lineFirst[l] < 0) {
        lineFirst[l] = t;
      }
      lineCount[l]++;
    }
    boolean[] dropLine = new boolean[lines];
    // Greeting: the first line with words, when it opens with a greeting and is short.
    for (int l = 0; l < lines; l++) {
      if (lineFirst[l] >= 0) {
        if ("greeting".equals(tagAt[lineFirst[l]]) && lineCount[l] <= 6) {
          dropLine[l] = true;
        }
        break;
      }
    }
    // Signature: from a short sign-off line near the end to the end.
    int lastWordLine = -1;
    for (int l = lines - 1; l >= 0; l--) {
      if (lineFirst[l] >= 0) {
        lastWordLine = l;
        break;
      }
    }
    int wordLinesSeen = 0;
    for (int l = lastWordLine; l > 0 && wordLinesSeen < 4; l--) {
      if (lineFirst[l] < 0) {
        continue;
      }
      wordLinesSeen++;
      String tag = tagAt[lineFirst[l]];
      if (tag != null && (tag.equals("signoff") || tag.equals("thanks")) && lineCount[l] <= 5 && allCovered(covered, lineFirst[l], lineCount[l])) {
        // the lines after it are names (the writer, the shop), not a postscript with news
        boolean names = true;
        for (int k = l + 1; k <= lastWordLine; k++) {
          names &= lineCount[k] <= RuleGrammars.NAME_LINE_TOKENS;
        }
        if (names) {
          for (int k = l; k <= lastWordLine; k++) {
            dropLine[k] = true;
          }
        }
        break;
      }
    }
    // Content cues per sentence.
    boolean[] cueSentence = new boolean[scan.sentences().count()];
    for (PhraseMatcher.Match e : scan.exceptions) {
      int s0 = scan.sentences().indexOf(e.start());
      if (!dropLine[lineOfToken[e.firstToken()]]) {
        cueSentence[s0] = true;
      }
    }
    // Words that carry content by the concept vocabulary: a sentence without a filler phrase is
    // still filler when it is short and says nothing of content ("Your trust means a lot to us").
    // Advice or a day or duration is a point in any sentence ("let it burn 2 hours the first
    // time", "delivered on Thursday between 8 and 12").
    boolean[] content = new boolean[n];
    for (ConceptIndex.Occurrence o : scan.field.concepts().occurrences()) {
      // So is something of value or free that no courtesy speaks for ("als kleines Dankeschön liegt
      // ein Geschenk bei"; "Ihr Vertrauen geschenkt" is an idiom of thanks).
      boolean gift = (o.concept() == Concept.VALUE || o.concept() == Concept.FREE) && !RuleGrammars.spokenFor(scan.field.concepts(), o);
      if ((RuleGrammars.POINTS.contains(o.concept()) || gift) && !o.negated() && o.firstToken() < n && !dropLine[lineOfToken[o.firstToken()]]) {
        cueSentence[scan.sentences().indexOf(tokens.start(o.firstToken()))] = true;
      }
      if (NOT_FILLER.contains(o.concept())) {
        for (int t = o.firstToken(); t <= o.lastToken() && t < n; t++) {
          content[t] = true;
        }
      }
    }
    PhraseMatcher.Match evidence = null;
    int sentence = -1;
    int coveredInSentence = 0;
    int warmInSentence = 0;
    int otherInSentence = 0;
    boolean contentInSentence = false;
    boolean meaningful = false;
    for (int t = 0; t <= n; t++) {
      int s = t < n ? scan.sentences().indexOf(tokens.start(t)) : Integer.MAX_VALUE;
      if (s != sentence) {
        if (sentence >= 0 && (coveredInSentence + otherInSentence) > 0) {
          // A lone word (a name, an image's alt text) is no sentence of thanks: judged as content, conservatively.
          boolean plainFiller = coveredInSentence == 0 && !contentInSentence && otherInSentence >= 2 && otherInSentence <= maxOtherWords / 2;
          // A greeting or sign-off opens a sentence without making it one of thanks: "Hej, för
          // graveringen i order … behöver vi fortfarande namnet" is a request behind a greeting,
          // so such a sentence gets the plain sentence's bound.
          boolean greetedOnly = coveredInSentence > 0 && warmInSentence == 0
              && (contentInSentence || otherInSentence > maxOtherWords / 2);
          if (cueSentence[sentence] || (coveredInSentence == 0 && !plainFiller) || greetedOnly || otherInSentence > maxOtherWords) {
            return null;
          }
        }
        sentence = s;
        coveredInSentence = 0;
        warmInSentence = 0;
        otherInSentence = 0;
        contentInSentence = false;
      }
      if (t == n) {
        break;
      }
      if (dropLine[lineOfToken[t]]) {
        continue;
      }
      contentInSentence |= content[t];
      if (covered[t]) {
        coveredInSentence++;
        String tag = tagAt[t];
        if (tag != null && (tag.equals("thanks") || tag.equals("help") || tag.equals("pleasantry"))) {
          meaningful = true;
          warmInSentence++;
        }
      } else {
        otherInSentence++;
      }
    }
    if (!meaningful) {
      return null;
    }
    for (PhraseMatcher.Match m : scan.triggers) {
      String tag = m.tag();
      if ((tag.equals("thanks") || tag.equals("help") || tag.equals("pleasantry")) && !dropLine[lineOfToken[m.firstToken()]]) {
        evidence = m;
        break;
      }
    }
    return evidence;
  }

  private static boolean allCovered(boolean[] covered, int first, int count) {
    for (int t = first; t < first + count; t++) {
      if (!covered[t]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return e > s;
  }
}
