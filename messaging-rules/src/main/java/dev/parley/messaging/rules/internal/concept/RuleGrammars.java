package dev.parley.messaging.rules.internal.concept;

import static dev.parley.messaging.rules.internal.concept.Concept.*;
import static dev.parley.messaging.rules.internal.concept.Grammar.all;
import static dev.parley.messaging.rules.internal.concept.Grammar.anyOf;
import static dev.parley.messaging.rules.internal.concept.Grammar.define;

import dev.parley.messaging.rules.RuleIds;
import dev.parley.messaging.rules.internal.text.Tokens;
import java.util.EnumSet;
import java.util.Set;

/**
 * The wording rules written once, as combinations of concepts; every language's vocabulary then
 * gives every rule at the same depth. Each definition runs alongside the rule's phrase lexicons
 * (the rules report lexicon matches and the grammar's hits that no lexicon match covers, and the
 * rule's exception lexicons still veto both).
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleGrammars {
  private RuleGrammars() {}

  /**
   * What a sentence that gives something free, or encloses something of value, must not name to be
   * a gift the next sentence's review request is tied to: a problem, delay, unavailable item,
   * warranty or return (the free replacement is a remedy), a wish ("we hope the duvet offers you
   * cosy nights"), the shipment or its delivery (free shipping is the order's terms), a denial.
   */
  private static final Grammar.Term GIFT_VETOES = anyOf(PROBLEM, DELAY, UNAVAILABLE, WARRANTY, RETURN, NEGATION, WISH, SHIPPED, DELIVERED);

  /**
   * A review or feedback asked for in a sentence that names no value, change, denial or poor
   * rating: the request that {@link #GIFT_VETOES} ties, or not, to the gift of the sentence before.
   */
  private static final Grammar.Combination REVIEW_ASKED_AFTER_A_GIFT = all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(ASK, CONDITION, EXCHANGE).notNegated())
      .withinSentence().unless(anyOf(NEGATION, CHANGE, REMOVE, VALUE, FREE, NEGATIVE));

  /**
   * How many sentences before a review request a gift may stand and still be tied to it: two
   * sentences may come between (one until s20: the code of a gift card on a line of its own is
   * often one sentence and its validity another) ("We've added a $10 gift card to your account as a thank-you. No
   * strings attached! We'd love a review", "Enviamos por nossa conta um jogo de cordas extra. Deve
   * chegar em 5 dias. E que tal contar na avaliação o que achou?"), as the code of the gift card
   * or its arrival often do.
   */
  static final int GIFT_REACH = 3;

  /**
   * Sentences before a question that asks to change or remove "it" within which the review it
   * points back to may be named ("We read your one-star review. You were right about the zip; we
   * sent a new backpack. Now that the problem is solved, would it be possible for you to remove
   * it?"): the apology and the remedy usually stand between them, and in a long letter the cost
   * of the review to the shop too (five since s20: "… a one-star review at the top of the listing
   * is very hard to recover from. Sales have halved. … The problem has been fixed now. Would you
   * be able to take it down?"). A review thanked for, an attachment, a personalisation or
   * instructions that far back do not count.
   */
  static final int CHANGE_REACH = 5;

  /**
   * Sentences before a review request within which a recall of the seller's earlier message may
   * stand and make the request a repeat ("I wrote to you last week about your game, but haven't
   * heard back. If you've had a chance to play, we'd value your opinion. You can leave a review
   * from Your Orders"): a sentence about the item often stands between them.
   */
  static final int REMINDER_REACH = 2;

  /**
   * Sentences before a conditional "write to us instead" within which the review it diverts from
   * may be named: the happy buyer's sentence ("if you're happy, tell others there") often stands
   * between them.
   */
  static final int DIVERSION_REACH = 2;

  /** A question that asks to change or remove something, not about a return, a personalisation, the address, a slot or a problem. */
  private static final Grammar.Combination QUESTION_TO_CHANGE = all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence().onlyInQuestion()
      .unless(anyOf(RETURN, CUSTOMIZE, ADDRESS, SCHEDULE, PROBLEM));

  /**
   * What makes the review named in an earlier sentence no review to change: thanks for it, an
   * attachment, a personalisation or instructions ("Thanks for your review! Please update the
   * firmware", "please review the attached proof").
   */
  private static final Grammar.Term NO_REVIEW_TO_CHANGE = anyOf(ATTACHED, CUSTOMIZE, INSTRUCTIONS, THANKS);

  /**
   * {@code review.incentive}: in one sentence, a review or feedback, something of value or
   * something free that no negation reaches ("we do not offer gifts" is fine), and an exchange or
   * a condition that ties the two together ("a gift card in return for your review", "if you leave
   * a review you get a free sample"). A refund mentioned in one sentence and feedback in the next
   * are not tied. The deal may also refer back to the review named in the sentence before ({@link
   * Grammar.Combination#anchoredBy}): "Leave a review on Amazon. Once it's up, we'll send you a
   * pillowcase on the house" (an exchange and something of value, the sentence naming no order,
   * problem, delay, warranty or return: "as a thank you for your order, a free sample is
   * enclosed" thanks for the order); "We saw your two-star review. If you delete it, we refund
   * you in full" (a removal or change made the condition of value); "We refunded the full amount.
   * In return, we only ask you to remove your negative review" (the value named just before); a
   * gift given as thanks, or in return, and a review asked for in the same or the next sentence:
   * "As a small token of appreciation, here is a £5 gift card. We'd love a review when you have a
   * moment", "We have put a €30 coupon aside for you. In return we only ask for your review" (the
   * gift's sentence naming no problem, delay, unavailable item or warranty and denying nothing,
   * and, unless the review is asked for "in return", no return or refund either: a refund for the
   * broken item is a remedy, "we offer no gifts for reviews" a policy; a change asked for after a
   * refund is {@code review.change-request}'s, unless the refund is its price; a review sentence
   * that names the value itself is judged by the combinations above); and something given free,
   * or something of value enclosed, in one sentence and a review asked for in the next, without a
   * word of thanks or exchange: "We've slipped a free cleaning cloth into your parcel. Once you've
   * tried the pan, would you leave a review?" (unless the gift's sentence names any of {@link
   * #GIFT_VETOES}, or the review sentence a poor rating: "we refunded you. Please look at your
   * two-star review again" is {@code review.change-request}'s); and so is the next purchase given a
   * reward as thanks or in return ("Pour vous remercier, voici un code à utiliser sur votre prochaine
   * commande … Et si vous avez cinq minutes, un petit avis sur Amazon, ça nous aiderait": the code
   * need not name its value; "we look forward to your next order" thanks no one in return). A gift
   * and the request it is tied to may have two sentences between them ({@link #GIFT_REACH}). A review or feedback, a next or
   * future purchase and something of value, something free or an exchange in one sentence are a
   * future benefit bought with the review ("Reviewers get priority shipping on all future orders",
   * "To say thanks for reviewing, your next order ships free", "Post your review and we'll add a
   * surprise to your next order"), unless the sentence denies it or is about a problem, a delay,
   * an unavailable item, a warranty or a return ("we look forward to your next order" beside a
   * review request offers nothing; a replacement with the next order settles a fault). Something
   * given free and, within {@link #GIFT_REACH} sentences, a request to change or remove the review
   * buy the change with the gift ("Als goedmaker doen we er gratis een set wieltjes bij. … dan
   * zouden we het fijn vinden als u uw recensie aanpast"), unless the gift's sentence names any of
   * {@link #GIFT_VETOES} (a free replacement for a fault is a remedy); a refund before the request
   * is {@code review.change-request}'s alone.
   */
  public static final Grammar.Definition INCENTIVE = define(RuleIds.REVIEW_INCENTIVE,
      all(anyOf(REVIEW, FEEDBACK), anyOf(VALUE, FREE).notNegated(), anyOf(EXCHANGE, CONDITION)).withinSentence(),
      all(anyOf(EXCHANGE), anyOf(VALUE, FREE).notNegated()).withinSentence().unless(anyOf(ORDER, PROBLEM, UNAVAILABLE, DELAY, WARRANTY, RETURN)).anchoredBy(anyOf(REVIEW, FEEDBACK)),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(CONDITION, EXCHANGE), anyOf(VALUE, FREE).notNegated()).withinSentence().anchoredBy(anyOf(REVIEW, FEEDBACK)),
      all(anyOf(REVIEW, FEEDBACK), anyOf(CHANGE, REMOVE).notNegated(), anyOf(EXCHANGE)).withinSentence().anchoredBy(anyOf(VALUE, FREE)),
      all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(ASK, CONDITION, EXCHANGE).notNegated()).withinSentence().unless(anyOf(NEGATION, CHANGE, REMOVE, VALUE, FREE))
          .anchoredBy(anyOf(VALUE, FREE), anyOf(THANKS, EXCHANGE)).anchoredUnless(anyOf(PROBLEM, DELAY, UNAVAILABLE, WARRANTY, RETURN, NEGATION))
          .anchoredWithin(GIFT_REACH),
      REVIEW_ASKED_AFTER_A_GIFT.anchoredBy(anyOf(FREE).notNegated()).anchoredUnless(GIFT_VETOES).anchoredWithin(GIFT_REACH),
      REVIEW_ASKED_AFTER_A_GIFT.anchoredBy(anyOf(VALUE).notNegated(), anyOf(ATTACHED)).anchoredUnless(GIFT_VETOES).anchoredWithin(GIFT_REACH),
      REVIEW_ASKED_AFTER_A_GIFT.anchoredBy(anyOf(NEXT_PURCHASE).notNegated(), anyOf(EXCHANGE)).anchoredUnless(GIFT_VETOES).anchoredWithin(GIFT_REACH),
      all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(EXCHANGE)).withinSentence().unless(anyOf(NEGATION, THANKS, VALUE, FREE))
          .anchoredBy(anyOf(VALUE, FREE)).anchoredUnless(anyOf(PROBLEM, DELAY, UNAVAILABLE, WARRANTY, NEGATION)).anchoredWithin(GIFT_REACH),
      all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(NEXT_PURCHASE), anyOf(VALUE, FREE, EXCHANGE).notNegated()).withinSentence()
          .unless(anyOf(PROBLEM, DELAY, UNAVAILABLE, WARRANTY, RETURN)),
      all(anyOf(REVIEW, FEEDBACK), anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence()
          .anchoredBy(anyOf(FREE).notNegated()).anchoredUnless(GIFT_VETOES).anchoredWithin(GIFT_REACH));

  /**
   * {@code review.positive-only}: asking for a favourable review only. In one sentence: a review
   * or feedback with a favourable outcome (five stars, a positive review), unless the same
   * sentence also names the unfavourable one ("good or bad"); or a review or feedback asked of
   * satisfied buyers only ("if you are happy, please leave a review"), the satisfaction not
   * negated; or unhappy buyers diverted ("contact us before leaving a review", or right after the
   * review is asked for: "Should anything be less than perfect, write to us first"); or a favourable
   * rating asked for right after the buyer's satisfaction is named ("Happy with your drill? Then
   * give it five stars"). The diversion of unhappy buyers may be the second of two conditional
   * sentences, the review named up to {@value #DIVERSION_REACH} sentences before it, and its
   * condition may be an "otherwise" ("Every review on Amazon matters to us. Are you happy? Then
   * tell other parents there. And should you not be, write to us directly instead of writing
   * anything", "Zo niet, neem dan liever contact met ons op in plaats van iets te schrijven").
   */
  public static final Grammar.Definition POSITIVE_ONLY = define(RuleIds.REVIEW_POSITIVE_ONLY,
      all(anyOf(REVIEW, FEEDBACK), anyOf(POSITIVE).notNegated()).withinSentence().unless(anyOf(NEGATIVE)),
      all(anyOf(CONDITION), anyOf(SATISFIED).notNegated(), anyOf(REVIEW, FEEDBACK)).withinSentence().unless(anyOf(NEGATIVE), anyOf(CHANGE, REMOVE).notNegated()),
      all(anyOf(CONTACT_FIRST), anyOf(REVIEW, FEEDBACK)).withinSentence(),
      all(anyOf(CONTACT_FIRST), anyOf(CONDITION, OTHERWISE)).withinSentence().anchoredBy(anyOf(REVIEW, FEEDBACK)).anchoredWithin(RuleGrammars.DIVERSION_REACH),
      all(anyOf(POSITIVE).notNegated(), anyOf(ASK)).withinSentence().unless(anyOf(NEGATIVE)).anchoredBy(anyOf(SATISFIED)));

  /**
   * {@code review.change-request}: asking to change or remove a review. In one sentence: a
   * product review with a change or removal that no negation reaches ("please update your
   * review"), unless the sentence is about a personalisation ("please review the name on the
   * proof and send us any changes before we print": the design is what is reviewed); or seller feedback with a change or removal and a request marker, unless the
   * sentence is conditional ("if you feel we resolved your issue, you can update your feedback"
   * is the one neutral sentence Amazon allows); or a review or feedback whose change or removal is
   * the condition of something of value ("if you delete the negative review, we refund you in
   * full", "we refund €7.50 once your review is removed"), in one sentence. The deal or the request may also refer back to the review named in
   * the sentence before ({@link Grammar.Combination#anchoredBy}): "We saw your two-star review.
   * If you delete it, we refund you in full" makes the deal with "it"; "We saw your negative
   * feedback. Please withdraw it." asks with "it", when that sentence names an unfavourable
   * review. A product review may not be the subject of any such request, hedged or not ("Would you
   * be willing to update it or, if you see fit, remove it?"); for seller feedback a conditional
   * sentence is the neutral one Amazon allows. A question the seller puts about changing or
   * removing the review is a request whatever marker it uses or leaves out ("Would you consider
   * revisiting your review?", "Vielleicht möchten Sie Ihre Rezension noch einmal überdenken?",
   * "kanske du vill justera betyget?"); for seller feedback, unless conditional. A question that
   * asks to change or remove what the sentence before calls a review is one too, favourable or not
   * ("Votre commentaire parle encore du retard ; peut-être pourriez-vous le retirer ou le
   * modifier ?"), unless it is about a return, a personalisation, the address, a delivery slot or
   * a problem ("Could you send a photo so that we can change the part?"). So is a statement that
   * asks so ("We read your review. Since the problem is fixed, please delete it."), unless it is
   * about a return, a personalisation, the address, a delivery slot or instructions, or is
   * conditional, and unless the sentence before thanks for the review or names an attachment, a
   * personalisation or instructions ("Thanks for your review! Please update the firmware",
   * "please review the attached proof"). A review, its change or removal and a sanction or a
   * menace in one sentence demand the change by threat, whether the removal is asked for or its
   * absence is the condition ("Om recensionen inte är borttagen senast måndag polisanmäler vi dig",
   * "if the review is not removed by Monday, we will take legal action"): the negation there
   * states the condition, it denies no removal; the review may be named up to {@value
   * #CHANGE_REACH} sentences before the threat ("星1つのレビューを確認いたしました。… 今週中に削除されない場合は、
   * 法的措置を検討いたします"), unless the threat's sentence is about a return, a personalisation,
   * the address, a slot, instructions or the order. So does a deadline ({@link Concept#DEADLINE}): a
   * review and its change or removal by a day or hour set for the buyer, in one sentence ("Wir
   * fordern Sie auf, die Bewertung bis spätestens Freitag zu löschen") or with the review named up
   * to {@value #CHANGE_REACH} sentences before ("… please take it down by Sunday"), is a demand,
   * unless the sentence is about a return, a personalisation, the address, a slot, instructions or
   * the order ("please change the delivery address by Friday").
   */
  public static final Grammar.Definition CHANGE_REQUEST = define(RuleIds.REVIEW_CHANGE_REQUEST,
      all(anyOf(REVIEW), anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence().unless(anyOf(CUSTOMIZE)),
      all(anyOf(FEEDBACK), anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence().unless(anyOf(CONDITION)),
      all(anyOf(REVIEW, FEEDBACK), anyOf(CHANGE, REMOVE).notNegated(), anyOf(CONDITION, EXCHANGE), anyOf(VALUE, FREE).notNegated()).withinSentence(),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK).notNegated()).withinSentence().notInQuestion().unless(anyOf(RETURN, CUSTOMIZE, ADDRESS, SCHEDULE, CONDITION, INSTRUCTIONS))
          .anchoredBy(anyOf(REVIEW).notNegated()).anchoredUnless(NO_REVIEW_TO_CHANGE),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK).notNegated()).withinSentence().notInQuestion().unless(anyOf(RETURN, CUSTOMIZE, ADDRESS, SCHEDULE, CONDITION, INSTRUCTIONS, ADVICE))
          .anchoredBy(anyOf(REVIEW).notNegated()).anchoredUnless(NO_REVIEW_TO_CHANGE).anchoredWithin(CHANGE_REACH),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(CONDITION), anyOf(VALUE, FREE).notNegated()).withinSentence().anchoredBy(anyOf(REVIEW, FEEDBACK)),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence().anchoredBy(anyOf(REVIEW), anyOf(NEGATIVE)),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(ASK)).withinSentence().unless(anyOf(CONDITION)).anchoredBy(anyOf(FEEDBACK), anyOf(NEGATIVE)),
      all(anyOf(REVIEW), anyOf(CHANGE, REMOVE).notNegated()).withinSentence().onlyInQuestion(),
      all(anyOf(FEEDBACK), anyOf(CHANGE, REMOVE).notNegated()).withinSentence().onlyInQuestion().unless(anyOf(CONDITION)),
      all(anyOf(CHANGE, REMOVE).notNegated()).withinSentence().onlyInQuestion().anchoredBy(anyOf(REVIEW), anyOf(NEGATIVE)),
      QUESTION_TO_CHANGE.anchoredBy(anyOf(REVIEW)),
      QUESTION_TO_CHANGE.anchoredBy(anyOf(REVIEW).notNegated()).anchoredUnless(NO_REVIEW_TO_CHANGE).anchoredWithin(CHANGE_REACH),
      all(anyOf(REVIEW, FEEDBACK), anyOf(CHANGE, REMOVE), anyOf(SANCTION, MENACE)).withinSentence(),
      all(anyOf(CHANGE, REMOVE), anyOf(SANCTION, MENACE)).withinSentence().unless(anyOf(RETURN, CUSTOMIZE, ADDRESS, SCHEDULE, INSTRUCTIONS, ORDER))
          .anchoredBy(anyOf(REVIEW).notNegated()).anchoredUnless(NO_REVIEW_TO_CHANGE).anchoredWithin(CHANGE_REACH),
      all(anyOf(REVIEW, FEEDBACK), anyOf(CHANGE, REMOVE), anyOf(DEADLINE)).withinSentence().unless(anyOf(CUSTOMIZE)),
      all(anyOf(CHANGE, REMOVE).notNegated(), anyOf(DEADLINE)).withinSentence().unless(anyOf(RETURN, CUSTOMIZE, ADDRESS, SCHEDULE, INSTRUCTIONS, ORDER))
          .anchoredBy(anyOf(REVIEW).notNegated()).anchoredUnless(NO_REVIEW_TO_CHANGE).anchoredWithin(CHANGE_REACH));

  /**
   * Another matter a message may remind the buyer of beside a review request: the warranty, a
   * delay, a delivery slot, an invoice, a return, the address, a personalisation, instructions.
   */
  private static final Grammar.Term OTHER_MATTER = anyOf(WARRANTY, DELAY, SCHEDULE, INVOICE, RETURN, ADDRESS, CUSTOMIZE, INSTRUCTIONS);

  /**
   * {@code review.repeat}, as written in the text: a reminder (a reminder, once more, still
   * waiting, we wrote last week) next to a review or feedback request, in one sentence or, the
   * reminder first, within {@value #REMINDER_WINDOW} tokens ("Just a quick reminder. Could you
   * leave a review?"; a reminder after the review is named recalls something else: "… contact us
   * before you review. Reminding you that the mattress takes 30 days to adapt"), the reminder not
   * negated; a sentence that asks to change or
   * remove a review is a change request, judged by that rule ("please reconsider your review once
   * more"). A review asked for in one of the {@value #REMINDER_REACH} sentences after one that
   * recalls the seller's earlier message ({@link Concept#FOLLOW_UP}: "I wrote to you last week but
   * haven't heard back. If you have a moment, we'd be grateful for a review") is one too, however
   * many words apart, when that sentence is about nothing else: not the
   * order, its shipping, delivery, tracking or carrier, a product fact ("as mentioned in our
   * previous message, the lamp needs a 9 V battery"), a delay or a problem, a warranty, a
   * delivery slot, an invoice, a return, the address, a personalisation or instructions ("Your
   * order shipped last week. If you like it, please leave a review" and "We remind you that the
   * seeds take 7–12 days to sprout" remind of nothing asked before). When the earlier message was
   * sent ("we wrote to you a few days ago") is part of the recall, not another matter, and so is
   * the reply that did not arrive ("nie otrzymaliśmy jeszcze odpowiedzi", "non abbiamo ricevuto
   * risposta": a delivery denied is no news of the order). A recall of the message itself, named as
   * sent ({@link Concept#PRIOR_MESSAGE}: "circling back on the message we sent you on the 3rd about
   * your camera (order …)"), may name the order: it says which order the earlier message was about.
   * The earlier message recalled in the sentence that names the review is the earlier request
   * itself ("ten days ago we sent you a message asking for your opinion on the coffee maker and
   * we don't know whether it reached you"), unless that sentence is about a change or removal,
   * another matter, the shipment, a problem or a delivery. A sentence that only reminds, right
   * after one that names the review and recalls the earlier message, repeats that request ("Vor ein
   * paar Tagen hatten wir Sie schon mal um eine Bewertung gebeten. Deshalb hier ein zweiter Anlauf";
   * "Häromdagen skickade vi ett meddelande och frågade om du ville recensera kaminen. Vi har inte
   * sett något än, så vi tänkte bara påminna lite försiktigt"), unless the reminding sentence is
   * about another matter, the order or its shipment, a product fact, advice or a problem; without
   * the recalled message the reminder after a review recalls something else, as above.
   */
  public static final Grammar.Definition REVIEW_REMINDER = define(RuleIds.REVIEW_REPEAT,
      all(anyOf(REMINDER).notNegated(), anyOf(REVIEW, FEEDBACK)).withinSentence().unless(anyOf(CHANGE, REMOVE)),
      all(anyOf(REMINDER).notNegated(), anyOf(REVIEW, FEEDBACK)).near(RuleGrammars.REMINDER_WINDOW).inOrder().unless(anyOf(CHANGE, REMOVE),
          OTHER_MATTER),
      all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(ASK, CONDITION, EXCHANGE, THANKS, COURTESY).notNegated()).withinSentence()
          .unless(anyOf(CHANGE, REMOVE, NEGATION), OTHER_MATTER)
          .anchoredBy(anyOf(FOLLOW_UP)).anchoredUnless(OTHER_MATTER, anyOf(ORDER, SHIPPED, TRACKING, CARRIER, PROBLEM, SPEC), anyOf(DELIVERED).notNegated())
          .anchoredWithin(REMINDER_REACH),
      all(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(ASK, CONDITION, EXCHANGE, THANKS, COURTESY).notNegated()).withinSentence()
          .unless(anyOf(CHANGE, REMOVE, NEGATION), OTHER_MATTER)
          .anchoredBy(anyOf(PRIOR_MESSAGE))
          .anchoredUnless(OTHER_MATTER, anyOf(SHIPPED, TRACKING, CARRIER, PROBLEM, SPEC), anyOf(DELIVERED).notNegated()).anchoredWithin(REMINDER_REACH),
      all(anyOf(FOLLOW_UP).notNegated(), anyOf(REVIEW, FEEDBACK).notNegated()).withinSentence()
          .unless(anyOf(CHANGE, REMOVE), OTHER_MATTER, anyOf(SHIPPED, TRACKING, CARRIER, PROBLEM, SPEC), anyOf(DELIVERED).notNegated()),
      all(anyOf(REMINDER).notNegated()).withinSentence()
          .unless(anyOf(CHANGE, REMOVE, REVIEW, FEEDBACK, ASK), OTHER_MATTER, anyOf(ORDER, SHIPPED, TRACKING, CARRIER, PROBLEM, SPEC, ADVICE), anyOf(DELIVERED).notNegated())
          .anchoredBy(anyOf(REVIEW, FEEDBACK).notNegated(), anyOf(PRIOR_MESSAGE, FOLLOW_UP))
          .anchoredUnless(anyOf(CHANGE, REMOVE))
          .anchoredWithin(1));

  /**
   * Sentences before or after a request to change or remove a review within which a reminder
   * belongs to that request ({@link #remindsOfAChange}).
   */
  public static final int CHANGE_REMINDER_REACH = 2;

  /**
   * {@return for each reminder hit of {@link #REVIEW_REMINDER}, whether it repeats a request to
   * change or remove a review}: a sentence that asks so lies within {@value
   * #CHANGE_REMINDER_REACH} sentences of it ("Wir bitten Sie nochmals, die Bewertung zu entfernen.
   * Das ist unsere dritte Nachricht", "Le scriviamo di nuovo riguardo alla recensione. La preghiamo
   * di rimuoverla"). Asking again to change a review is the change request's pressure, judged by
   * {@code review.change-request}; {@code review.repeat} counts requests for a review, of which
   * such a message makes none. Linear: the requests mark their reach on the field's sentences once.
   *
   * @param index the field's concepts
   * @param reminders the field's {@link #REVIEW_REMINDER} hits
   * @param changes per sentence of the field, whether it asks to change or remove a review
   */
  public static boolean[] remindsOfAChange(ConceptIndex index, java.util.List<Grammar.Hit> reminders, boolean[] changes) {
    boolean[] out = new boolean[reminders.size()];
    int sentences = index.sentences();
    if (changes.length != sentences) {
      throw new IllegalArgumentException("changes: one mark per sentence of the field expected (" + sentences + "), got " + changes.length);
    }
    int[] diff = new int[sentences + 1];
    boolean any = false;
    for (int s = 0; s < sentences; s++) {
      if (changes[s]) {
        any = true;
        diff[Math.max(0, s - CHANGE_REMINDER_REACH)]++;
        diff[Math.min(sentences, s + CHANGE_REMINDER_REACH + 1)]--;
      }
    }
    if (!any) {
      return out;
    }
    boolean[] near = new boolean[sentences];
    int running = 0;
    for (int i = 0; i < sentences; i++) {
      running += diff[i];
      near[i] = running > 0;
    }
    for (int r = 0; r < reminders.size(); r++) {
      for (ConceptIndex.Occurrence o : reminders.get(r).occurrences()) {
        if (near[o.sentence()]) {
          out[r] = true;
          break;
        }
      }
    }
    return out;
  }

  /**
   * {@return per sentence of the field, whether it asks to change or remove a review}: the
   * sentences of the {@link #CHANGE_REQUEST} hits, and every sentence with a change or removal that
   * no negation reaches beside a request marker, about nothing else that is changed (the order,
   * the address, a personalisation, a delivery slot, an invoice, instructions: "please update your
   * address"). "La preghiamo di rimuoverla, il rimborso è stato fatto" asks to remove "it", the
   * review of the sentence before, whatever the refund beside it does to the change-request grammar.
   *
   * @param index the field's concepts
   * @param changeRequests the field's {@link #CHANGE_REQUEST} hits
   */
  public static boolean[] changeSentences(ConceptIndex index, java.util.List<Grammar.Hit> changeRequests) {
    int sentences = index.sentences();
    boolean[] out = new boolean[sentences];
    for (Grammar.Hit hit : changeRequests) {
      for (ConceptIndex.Occurrence o : hit.occurrences()) {
        out[o.sentence()] = true;
      }
    }
    boolean[] change = new boolean[sentences];
    boolean[] ask = new boolean[sentences];
    boolean[] other = new boolean[sentences];
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      Concept c = o.concept();
      if ((c == CHANGE || c == REMOVE) && !o.negated()) {
        change[o.sentence()] = true;
      } else if (c == ASK) {
        ask[o.sentence()] = true;
      } else if (c == ORDER || c == ADDRESS || c == CUSTOMIZE || c == SCHEDULE || c == INVOICE || c == INSTRUCTIONS) {
        other[o.sentence()] = true;
      }
    }
    for (int s = 0; s < sentences; s++) {
      out[s] |= change[s] && ask[s] && !other[s];
    }
    return out;
  }

  /** Tokens within which a reminder and a review request belong together across sentences. */
  public static final int REMINDER_WINDOW = 12;

  /**
   * {@code content.promotion}: marketing. Other products, social media or a newsletter, not
   * negated; the seller's own shop or website with an invitation, an offer or other products in
   * its sentence (a thanks for shopping in "our store" is no promotion); or a promotion with an offer shape in its sentence (a
   * value, something free, a next purchase, other products: "10 % off your next order", "sale on
   * our whole range"); or a value tied to a next purchase ("a voucher for your next order"); or
   * another product recommended as the perfect match for the purchase ({@link Concept#PAIRS_WITH}:
   * "our tamper goes perfectly with your purchase"), which {@code PromotionRule} lets pass in a
   * reply and in a message about a problem with the order (a replacement offered, a part that fits).
   *
   * <p>Issue 11: the sentences below were most of the compliant messages the rule blocked.
   * Other products alone are not marketing in a sentence that settles a problem with the order:
   * a replacement, a return, a fault or an item that cannot be supplied ("we can send a
   * replacement or one of our other models in the same size at no cost", "das Modell ist
   * ausverkauft, gern schicken wir eines unserer anderen Modelle") offers a choice of remedy,
   * not the range; with the shop, a promotion or a next purchase in the sentence they still are.
   * A value tied to a next purchase is no marketing in a sentence that names a review or
   * feedback (the next-order discount for a review is {@code review.incentive}'s; a discount code
   * stays a promotion through {@code PROMO}) or a return ("we have created a new order for the
   * replacement, free of charge"). Asked to use the shop's own site for the item's manual,
   * invoice or warranty ("you can download the manual from our website"), the buyer is sent to
   * a document, not to the shop (a link there is {@code content.link}'s matter); asked about a
   * poor comment on the shop ("please remove the negative comment you left about our shop"), to
   * change a review ({@code review.change-request}'s matter). A social
   * platform named alone ({@link Concept#PLATFORM}: "thanks for writing to us on Instagram", "the
   * video is on YouTube") needs an invitation, the shop, an offer or other products in its
   * sentence; following the seller ({@link Concept#SOCIAL}) needs nothing more. A discount in a
   * sentence that names a problem is its remedy ("we can send the creased volume today with 30 %
   * off its price"), unless the sentence also names a next purchase, other products or the shop.
   */
  public static final Grammar.Definition PROMOTION = define(RuleIds.CONTENT_PROMOTION,
      all(anyOf(OTHER_PRODUCTS)).notNegated().unless(anyOf(RETURN, PROBLEM, UNAVAILABLE)),
      all(anyOf(SOCIAL, NEWSLETTER, PAIRS_WITH)).notNegated(),
      all(anyOf(PLATFORM), anyOf(ASK, OWN_SHOP, PROMO, VALUE, FREE, OTHER_PRODUCTS, NEWSLETTER, NEXT_PURCHASE)).withinSentence().notNegated(),
      all(anyOf(OTHER_PRODUCTS), anyOf(NEXT_PURCHASE)).withinSentence().notNegated(),
      all(anyOf(OWN_SHOP), anyOf(ASK)).withinSentence().notNegated().unless(anyOf(INSTRUCTIONS, INVOICE, WARRANTY, NEGATIVE)),
      all(anyOf(OWN_SHOP), anyOf(PROMO, OTHER_PRODUCTS, NEXT_PURCHASE)).withinSentence().notNegated(),
      all(anyOf(PROMO), anyOf(NEXT_PURCHASE, OTHER_PRODUCTS, OWN_SHOP)).withinSentence().notNegated(),
      all(anyOf(PROMO), anyOf(VALUE, FREE)).withinSentence().notNegated().unless(anyOf(PROBLEM)),
      all(anyOf(VALUE, FREE), anyOf(NEXT_PURCHASE)).withinSentence().notNegated().unless(anyOf(REVIEW, FEEDBACK, RETURN)));

  /**
   * The marks of the seller's stance towards the buyer that turn an adult or child yardstick with
   * an ease word into contempt when they stand in its sentence or the one before: contempt, the
   * manual not read, the instruction's emphasis ("twice in bold in the manual") and the buyer's
   * fault. A yardstick alone is a product claim ("most adults manage the assembly alone in 20
   * minutes"), and candor ("honestly, most adults manage it in 20 minutes") adds no reproach.
   */
  static final Concept[] STANCE_MARKS = {DEMEAN, NOT_READ, EMPHASIS, BUYER_FAULT};

  /**
   * {@code content.sensitive}, the veiled threats and the contempt that no single word carries
   * (the rule's phrase lexicons name the outright insults and threats). A menace ("you will
   * regret it", "there will be consequences", "think carefully", "we will find you") in the
   * sentence that holds, or follows, the seller's leverage over the buyer ("we have your name and
   * address", "we know who you are"); a menace within {@value #MENACE_WINDOW} tokens of a demand
   * to drop the buyer's claim, complaint or review; two marks of contempt for the buyer's
   * competence ("can't even", "like a grown adult", "wasting our time") within {@value
   * #DEMEAN_WINDOW} tokens. One of these alone is an ordinary sentence: "we have your address as
   * 12 High Street", "think carefully about the size", "if you can't read the label, send us a
   * photo". Hostility also adds up within {@value #DEMEAN_WINDOW} tokens: the buyer's review or
   * claim called a lie or a fraud ("your comment is dishonest", "false claims") next to contempt,
   * a menace or the seller's leverage ("we keep records of buyers who make false claims"); and
   * contempt next to a menace or to leverage ("people like you ... think about it next time",
   * "we know where you live ... customers like you"), and the seller's leverage next to a menace
   * a sentence or two on ("we know where you live. People who pull stunts like yours ... I'd think
   * very carefully before ..."). A sanction held over the buyer ({@link Concept#SANCTION}: report
   * you to Amazon, refuse your future orders, hand your details to our lawyers) is a threat when the
   * buyer's conduct is its condition in the same sentence ("if you open a claim, we will ...",
   * "otherwise we will ...") or when contempt, an accusation, a menace, leverage or a demand to drop
   * a claim stands within {@value #DEMEAN_WINDOW} tokens. An accusation alone is a seller disputing a
   * claim ("the tracking shows it was delivered, so the claim is false"), and so are two of them.
   * The seller's stance towards the buyer (s22) adds up from parts that recombine freely: an adult
   * or child yardstick with an ease word in one sentence ("plugging in a charger is something most
   * adults manage") and a mark of the stance in it or the sentence before ({@link #STANCE_MARKS});
   * the manual not read ("no haberse molestado en leer las instrucciones", "okumadan") within {@value
   * #DEMEAN_WINDOW} tokens of contempt, the buyer's fault or a yardstick, or after the instruction's
   * emphasis ("it is printed twice in bold ... without reading it"; "many buyers skip the manual, so
   * here it is in large letters" puts the emphasis after), in no request or advice ("please do not
   * use it without reading the manual"); the buyer's fault asserted ("you broke it", "Cihazı siz bozdunuz") next to contempt or
   * shame ("biraz ayıp"), the manual not read or a yardstick (a refusal that names the damage is no
   * insult); the buyer's body ("your diet", "lose a few kilos") next to contempt or the
   * buyer's fault ("your weight" said of a scale, even "honestly", is no remark); and sexual innuendo, two marks of it or one with candor.
   * Hits never span a blank line; the rule's exceptions veto them.
   */
  public static final Grammar.Definition SENSITIVE = define(RuleIds.CONTENT_SENSITIVE,
      all(anyOf(MENACE)).anchoredBy(anyOf(LEVERAGE)),
      all(anyOf(LEVERAGE), anyOf(MENACE).notNegated()).near(RuleGrammars.DEMEAN_WINDOW),
      all(anyOf(MENACE), anyOf(ULTIMATUM)).near(RuleGrammars.MENACE_WINDOW),
      all(anyOf(DEMEAN), anyOf(DEMEAN)).near(RuleGrammars.DEMEAN_WINDOW),
      all(anyOf(ACCUSE), anyOf(DEMEAN, MENACE, LEVERAGE)).near(RuleGrammars.DEMEAN_WINDOW),
      all(anyOf(DEMEAN), anyOf(MENACE, LEVERAGE)).near(RuleGrammars.DEMEAN_WINDOW),
      all(anyOf(SANCTION).notNegated(), anyOf(CONDITION, OTHERWISE)).withinSentence().notInQuestion(),
      all(anyOf(SANCTION).notNegated(), anyOf(ULTIMATUM, DEMEAN, ACCUSE, MENACE, LEVERAGE)).near(RuleGrammars.DEMEAN_WINDOW),
      all(anyOf(YARDSTICK), anyOf(EASE)).withinSentence().notInQuestion().anchoredBy(anyOf(STANCE_MARKS)),
      all(anyOf(NOT_READ), anyOf(DEMEAN, BUYER_FAULT, YARDSTICK)).near(RuleGrammars.DEMEAN_WINDOW).notInQuestion().unless(anyOf(ASK, ADVICE)),
      all(anyOf(EMPHASIS), anyOf(NOT_READ)).near(RuleGrammars.DEMEAN_WINDOW).inOrder().notInQuestion().unless(anyOf(ASK, ADVICE)),
      all(anyOf(BUYER_FAULT).notNegated(), anyOf(DEMEAN, NOT_READ, YARDSTICK)).near(RuleGrammars.DEMEAN_WINDOW).notInQuestion(),
      all(anyOf(BODY), anyOf(DEMEAN, BUYER_FAULT)).near(RuleGrammars.DEMEAN_WINDOW).notInQuestion(),
      all(anyOf(INTIMATE), anyOf(INTIMATE, CANDOR)).near(RuleGrammars.DEMEAN_WINDOW));

  /**
   * The concepts of hostility towards the buyer (the seller's leverage, a menace, contempt, an
   * accusation, a sanction): words of a threat, which say nothing of a message's category and invite no one
   * to anything.
   */
  public static final Set<Concept> HOSTILITY = Set.copyOf(EnumSet.of(LEVERAGE, MENACE, DEMEAN, ACCUSE, SANCTION));

  /** Tokens within which a menace and a demand to drop a claim belong together. */
  public static final int MENACE_WINDOW = 30;

  /** Tokens within which two marks of contempt, or contempt or an accusation and a threat, make an insult. */
  public static final int DEMEAN_WINDOW = 40;

  /**
   * {@code message.order-confirmation}: a sentence whose point is confirming the order or its
   * shipment: an order with a confirmation that the sentence does not ask of the buyer ("please
   * confirm the width" is a request), or a shipment of the order, parcel or tracking in one
   * sentence (not negated, not asked); the caller drops the hits when the message has a purpose
   * of its own ({@link #hasOtherPurpose}).
   */
  public static final Grammar.Definition ORDER_CONFIRMATION = define(RuleIds.MESSAGE_ORDER_CONFIRMATION,
      all(anyOf(ORDER), anyOf(CONFIRM)).withinSentence().notNegated().notInQuestion().unless(anyOf(ASK)),
      all(anyOf(SHIPPED), anyOf(ORDER, TRACKING, DELIVERED, CARRIER)).withinSentence().notNegated().notInQuestion());

  /**
   * Purposes that win over a mention of shipping, tracking or thanks: a problem, a delay, an
   * address or a delivery to schedule, a personalisation to confirm, a return or warranty matter.
   */
  public static final Set<Concept> CRITICAL_PURPOSE = Set.copyOf(EnumSet.of(PROBLEM, UNAVAILABLE, DELAY, ADDRESS, SCHEDULE, CUSTOMIZE, RETURN, WARRANTY));

  /**
   * {@code message.thank-you-only}: the concepts that fill a thank-you message (thanks, greetings,
   * sign-offs, offers of help, and the pleasantries around them: satisfaction, the order, its
   * arrival, a request marker, a negation, a condition as in "if you need anything", a wish for the
   * item, a courtesy about the shop, and function words). A proactive message is thank-you-only when its every
   * concept is one of these, at least one is thanks or an offer of help (or, without either, a wish or
   * a courtesy), no sentence is a question
   * and no sentence holds more than a few other words (see the rule).
   */
  public static final Set<Concept> FILLER = Set.copyOf(EnumSet.of(THANKS, GREETING, CLOSING, OFFER_HELP, SATISFIED, POSITIVE, ORDER, DELIVERED, ASK, NEGATION, CONDITION,
      WISH, COURTESY, FUNCTION_WORD, CANDOR, KIN));

  /**
   * The filler concepts that make a sentence one of thanks (thanks, a greeting, a sign-off, an
   * offer of help, the buyer's satisfaction, a wish for the item, a courtesy about the shop): such a
   * sentence may hold the whole bound of other words in {@link #thanksOnly}.
   */
  static final Set<Concept> ANCHORS = Set.copyOf(EnumSet.of(THANKS, GREETING, CLOSING, OFFER_HELP, SATISFIED, WISH, COURTESY));

  /**
   * The filler concepts that speak for the words they span in {@link #thanksOnly}: a concept of
   * content inside a wish or a courtesy is the wish's wording ("speriamo che ti regali un momento":
   * "regali" is no gift), as one inside an offer of help is
   * ({@link #purpose}). Their patterns are kept tight so that they never span a word of content.
   */
  static final Set<Concept> SPEAKS_FOR = Set.copyOf(EnumSet.of(WISH, COURTESY));

  /**
   * {@return whether a wish or a courtesy ({@link #SPEAKS_FOR}) spans the occurrence}: its concept
   * is then the courtesy's wording, not what the sentence is about ("każde zamówienie wciąż
   * pakujemy ręcznie", every order is still packed by hand, tells the shop's habit, not news of
   * this order)
   *
   * @param index the field's concepts
   * @param o an occurrence of the field
   */
  public static boolean spokenFor(ConceptIndex index, ConceptIndex.Occurrence o) {
    java.util.List<ConceptIndex.Occurrence> all = index.occurrences();
    // an occurrence that covers o reaches o's last token: none before firstReaching(o.lastToken()) does
    for (int i = index.firstReaching(o.lastToken()); i < all.size() && all.get(i).firstToken() <= o.firstToken(); i++) {
      ConceptIndex.Occurrence p = all.get(i);
      if (SPEAKS_FOR.contains(p.concept()) && p.firstToken() <= o.firstToken() && p.lastToken() >= o.lastToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Concepts that give a thank-you note a point of its own in any sentence, whatever else the
   * sentence says: advice on using the item and a day, date or duration ("let it burn 2 hours the
   * first time", "delivered on Thursday between 8 and 12").
   */
  public static final Set<Concept> POINTS = Set.copyOf(EnumSet.of(ADVICE, TIME));

  /**
   * What an offer of help may be offered about: a topic the buyer might ask about (care or
   * assembly, advice, a problem, a return, the warranty), never news (a shipment, an attachment, a
   * delay, a date). Such a topic inside the scope of an offer of help is the offer's scope, not
   * content ({@link #inHelpScope}): "should you have any questions about assembly, we're happy to
   * help", "pour toute question sur l'entretien, nous restons à votre disposition".
   */
  static final Set<Concept> HELP_TOPICS = Set.copyOf(EnumSet.of(INSTRUCTIONS, ADVICE, PROBLEM, RETURN, WARRANTY));

  /**
   * {@return whether an occurrence of a {@link #HELP_TOPICS topic} is what an offer of help in its
   * sentence is offered about}: a condition or an offer of help opens the scope before it ("if you
   * ever need anything, whether it's care instructions…", "pour toute question sur l'entretien") and
   * the topic is in that clause or an offer of help follows it in the sentence ("…, please don't
   * hesitate"). In the verb-final languages the scope comes first and its condition or offer after
   * it, in the same clause or the next ("お手入れ方法など、ご不明な点がございましたら"). A topic after the
   * offer in a clause of its own ("we are happy to help, and remember to wash it at 30 degrees")
   * is content.
   *
   * @param index the field's concepts
   * @param o an occurrence of the field
   */
  static boolean inHelpScope(ConceptIndex index, ConceptIndex.Occurrence o) {
    return HELP_TOPICS.contains(o.concept()) && inHelpScope(index, o.firstToken(), o.lastToken(), o.language());
  }

  /**
   * {@return whether the token lies in a refusal}: its sentence is a statement that holds a {@link
   * Concept#REFUSAL} ("we cannot offer a refund in exchange for a review", "Amazon erlaubt uns
   * nicht, Sie um eine Änderung Ihrer Bewertung zu bitten", "星5つのレビューに対して割引を差し上げることは
   * いたしかねます") and no condition or "otherwise" that no negation reaches. The incentive, the
   * favourable rating or the change that sentence names is what the seller declines or Amazon's
   * rules forbid, not what it offers or asks. A condition brings the deal back ("we can't refund
   * you unless you delete your review", "we can't give a refund, but if you update your review
   * we'll send a voucher"); a question asks ("can't you change your rating?"). A negation that is
   * no refusal keeps the request ("we can't wait for your 5-star review", "don't forget to rate us
   * 5 stars"). Bounded by the sentence's occurrences.
   *
   * @param index the field's concepts
   * @param token a token of the finding
   */
  public static boolean refuses(ConceptIndex index, int token) {
    int sentence = index.sentenceOf(token);
    if (index.isQuestion(sentence)) {
      return false;
    }
    java.util.List<ConceptIndex.Occurrence> all = index.occurrences();
    boolean refusal = false;
    for (int i = index.firstReaching(index.sentenceStartOf(token)); i < all.size() && all.get(i).sentence() <= sentence; i++) {
      ConceptIndex.Occurrence o = all.get(i);
      if (o.sentence() != sentence) {
        continue;
      }
      if ((o.concept() == CONDITION || o.concept() == OTHERWISE) && !o.negated()) {
        return false;
      }
      refusal |= o.concept() == REFUSAL;
    }
    return refusal;
  }

  /**
   * {@return whether the tokens lie in the buyer's own question, restated by a reply and refused}:
   * their sentence restates what the buyer asked ({@link Concept#BUYER_ASKS}: "vous nous demandez
   * si nous pourrions vous rembourser les frais de port en échange d'un avis 5 étoiles") before
   * them (anywhere in it in a verb-final language, whose restatement ends the sentence), and a
   * negation follows the restatement in that sentence or stands in the next ("… : c'est gentil,
   * mais nous ne le pouvons pas"; "Te lo agradecemos, pero no podemos"). The words are the buyer's
   * proposal, answered by a refusal, not the seller's offer; a restatement answered yes ("you ask
   * whether we send a gift for a review: we do!") keeps them. Bounded by the two sentences'
   * occurrences.
   *
   * @param index the field's concepts
   * @param firstToken the finding's first token
   */
  public static boolean restatesTheBuyer(ConceptIndex index, int firstToken) {
    int sentence = index.sentenceOf(firstToken);
    java.util.List<ConceptIndex.Occurrence> all = index.occurrences();
    int from = index.firstReaching(index.sentenceStartOf(firstToken));
    int restated = -1;
    for (int i = from; i < all.size() && all.get(i).sentence() <= sentence; i++) {
      ConceptIndex.Occurrence o = all.get(i);
      if (o.sentence() == sentence && o.concept() == BUYER_ASKS
          && (o.firstToken() <= firstToken || ConceptVocabulary.VERB_FINAL.contains(o.language()))) {
        restated = restated < 0 ? o.firstToken() : Math.min(restated, o.firstToken());
      }
    }
    if (restated < 0) {
      return false;
    }
    // a negation after the restatement in its sentence, or anywhere in the next
    for (int i = from; i < all.size() && all.get(i).sentence() <= sentence + 1; i++) {
      ConceptIndex.Occurrence o = all.get(i);
      if (o.concept() == NEGATION && (o.sentence() == sentence + 1 || (o.sentence() == sentence && o.firstToken() > restated))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether a span of a field is only a question word in a statement that asks nothing}
   * ("she swears she can tell which tree a board came from"): no question to the buyer, as {@link
   * #thanksOnly} reads a {@link Concept#QUESTION_WORD} there; the phrase path's content cues ("which",
   * "whether") are read the same way
   *
   * @param index the field's concepts
   * @param firstToken the span's first token
   * @param lastToken the span's last token
   */
  public static boolean questionWordInStatement(ConceptIndex index, int firstToken, int lastToken) {
    int sentence = index.sentenceOf(firstToken);
    if (index.sentenceOf(lastToken) != sentence || index.isQuestion(sentence)) {
      return false;
    }
    boolean word = false;
    for (ConceptIndex.Occurrence p : index.occurrencesOfSentences(firstToken, firstToken)) {
      if (p.sentence() != sentence) {
        continue;
      }
      if (p.concept() == ASK) {
        return false;
      }
      word |= p.concept() == QUESTION_WORD && p.firstToken() <= firstToken && lastToken <= p.lastToken();
    }
    return word;
  }

  /**
   * {@return whether a span of a field lies in the scope of an offer of help in its sentence}, as
   * {@link #inHelpScope(ConceptIndex, ConceptIndex.Occurrence)} reads it for a topic: the phrase
   * path's content cues ("whether it's care instructions or just a question") are read the same
   * way
   *
   * @param index the field's concepts
   * @param firstToken the span's first token
   * @param lastToken the span's last token
   * @param language the span's language (in a verb-final one the scope comes first)
   */
  public static boolean inHelpScope(ConceptIndex index, int firstToken, int lastToken, String language) {
    boolean verbFinal = ConceptVocabulary.VERB_FINAL.contains(language);
    int sentenceOf = index.sentenceOf(firstToken);
    int clause = index.clauseOf(firstToken);
    if (index.sentenceOf(lastToken) != sentenceOf) {
      return false;
    }
    // only the sentence's own occurrences
    java.util.List<ConceptIndex.Occurrence> sentence = index.occurrencesOfSentences(firstToken, firstToken);
    boolean offer = false;
    boolean offerAfter = false;
    for (ConceptIndex.Occurrence p : sentence) {
      if (p.sentence() == sentenceOf && p.concept() == OFFER_HELP) {
        offer = true;
        offerAfter |= p.firstToken() > lastToken;
      }
    }
    if (!offer) {
      return false;
    }
    for (ConceptIndex.Occurrence p : sentence) {
      if (p.sentence() != sentenceOf || !(p.concept() == OFFER_HELP || (p.concept() == CONDITION && !p.negated()))) {
        continue;
      }
      boolean opens = verbFinal
          ? p.firstToken() > lastToken && (p.clause() == clause || p.clause() == clause + 1)
          : p.lastToken() < firstToken && (p.clause() == clause || offerAfter);
      if (opens) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether an occurrence of advice only reminds the buyer of the offer of help that
   * follows it}: "och kom ihåg: om du undrar över något är vi bara ett meddelande bort", "recuerde
   * que estamos aquí para ayudarle", "unutmayın, her zaman buradayız". The next occurrence in the
   * sentence is an offer of help or a condition, and at most one word that is no function word lies
   * between; advice with an object of its own ("remember to wash it at 30 degrees, and contact us")
   * is content.
   *
   * @param index the field's concepts
   * @param o an occurrence of advice
   */
  static boolean remindsOfHelp(ConceptIndex index, ConceptIndex.Occurrence o) {
    if (o.concept() != ADVICE) {
      return false;
    }
    java.util.List<ConceptIndex.Occurrence> all = index.occurrences();
    ConceptIndex.Occurrence next = null;
    for (int i = index.firstReaching(o.lastToken() + 1); i < all.size(); i++) {
      ConceptIndex.Occurrence p = all.get(i);
      if (p.firstToken() > o.lastToken()) {
        next = p;
        break;
      }
    }
    if (next == null || next.sentence() != o.sentence() || !(next.concept() == OFFER_HELP || (next.concept() == CONDITION && !next.negated()))) {
      return false;
    }
    int words = 0;
    for (int t = o.lastToken() + 1; t < next.firstToken(); t++) {
      if (!index.functionWord(t)) {
        words++;
      }
    }
    return words <= 1;
  }

  /** The filler concepts that make a message a thank-you or an offer of help. */
  public static final Set<Concept> THANKS_OR_HELP = Set.copyOf(EnumSet.of(THANKS, OFFER_HELP));

  /**
   * What else a message may be for, besides confirming the order: the critical purposes, an
   * invoice, instructions, an attachment, a review request, marketing (judged by its own rules).
   */
  public static final Set<Concept> OTHER_PURPOSE = Set.copyOf(EnumSet.of(PROBLEM, SPLIT, UNAVAILABLE, DELAY, ADDRESS, SCHEDULE, CUSTOMIZE, RETURN, WARRANTY,
      INVOICE, INSTRUCTIONS, ATTACHED, REVIEW, FEEDBACK, PROMO, NEXT_PURCHASE, OTHER_PRODUCTS, OWN_SHOP, SOCIAL, PLATFORM, NEWSLETTER));

  /**
   * {@return whether a field has a point besides confirming the order: a purpose of {@link
   * #OTHER_PURPOSE} that no negation or courtesy covers (an address in a sentence that reports the
   * shipment is where the parcel went, no purpose), or a question to the buyer} A
   * confirmation inside such a field is a mention, not what the message is for.
   *
   * @param index the field's concepts
   */
  public static boolean hasOtherPurpose(ConceptIndex index) {
    java.util.Set<Integer> shipmentSentences = new java.util.HashSet<>();
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.concept() == SHIPPED && !o.negated()) {
        shipmentSentences.add(o.sentence());
      }
    }
    for (ConceptIndex.Occurrence o : purposes(index)) {
      // An address in a sentence that reports the shipment ("delivered to your letterbox") is
      // where the parcel went, not an address to settle.
      if (OTHER_PURPOSE.contains(o.concept()) && !(o.concept() == ADDRESS && shipmentSentences.contains(o.sentence()))) {
        return true;
      }
    }
    for (int sentence = 0; sentence < index.sentences(); sentence++) {
      if (index.isQuestion(sentence)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the first occurrence of one of the concepts that is a purpose of the field, or null}:
   * not negated, and not inside an offer of help or a sign-off ("if you have any problems, let us
   * know" mentions a problem without being about one)
   *
   * @param index a field's concept index
   * @param purposes the concepts that count
   */
  public static ConceptIndex.Occurrence purpose(ConceptIndex index, Set<Concept> purposes) {
    boolean[] filler = fillerTokens(index);
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (purposes.contains(o.concept()) && !o.negated() && !covered(filler, o)) {
        return o;
      }
    }
    return null;
  }

  /**
   * {@return the occurrences that are purposes of the field}: not negated, and not inside an offer
   * of help or a sign-off (see {@link #purpose})
   *
   * @param index a field's concept index
   */
  public static java.util.List<ConceptIndex.Occurrence> purposes(ConceptIndex index) {
    boolean[] filler = fillerTokens(index);
    java.util.List<ConceptIndex.Occurrence> out = new java.util.ArrayList<>();
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (!o.negated() && !covered(filler, o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** {@return per token, whether an offer of help or a sign-off covers it} */
  static boolean[] fillerTokens(ConceptIndex index) {
    int n = index.tokens().size();
    int[] diff = new int[n + 1];
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if (o.concept() == OFFER_HELP || o.concept() == CLOSING || o.concept() == THANKS) {
        diff[o.firstToken()]++;
        diff[o.lastToken() + 1]--;
      }
    }
    boolean[] out = new boolean[n];
    int running = 0;
    for (int t = 0; t < n; t++) {
      running += diff[t];
      out[t] = running > 0;
    }
    return out;
  }

  static boolean covered(boolean[] filler, ConceptIndex.Occurrence o) {
    if (o.concept() == OFFER_HELP || o.concept() == CLOSING || o.concept() == THANKS) {
      return false;
    }
    for (int t = o.firstToken(); t <= o.lastToken(); t++) {
      if (!filler[t]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code message.thank-you-only} by concepts: returns the thanks or offer of help that is all a
   * field says, or null. Every sentence of the field must be filler: no question (unless it offers
   * help, "Any questions?", or is a word or two before an offer of help, "Questions? We're here"), every concept in it one of {@link #FILLER} or tolerated, and few words of
   * content. Tolerated: a concept inside an offer of help, a sign-off or thanks ({@link #purpose}),
   * or inside a wish or courtesy ({@link #SPEAKS_FOR}); a reminder in a sentence that offers help
   * or wishes ("we just want to remind you that we are here for any question", "speriamo di
   * averla presto di nuovo tra i nostri clienti"); the shop named in a sentence
   * of thanks or courtesy ("thank you for the trust placed in our store": the marketing rule has
   * judged it already); a product fact in a sentence of thanks or a wish (the item thanked for,
   * "grazie per la padella in ghisa da 28 cm"); "people like you" in a sentence of thanks or a wish
   * ("it means the world that people like you support small makers"); a street or a neighbourhood
   * in a sentence of thanks that asks nothing (the shop's name or story); an exchange when the field names nothing of value ("passando só para
   * agradecer"); a topic that an offer of help is offered about ({@link #inHelpScope}: "whether
   * it's care instructions or just a question, please don't hesitate"); advice that only reminds of
   * the offer that follows ({@link #remindsOfHelp}: "och kom ihåg: om du undrar …"); a question word
   * in a sentence that offers help and asks nothing ("ne zaman olursa olsun buradayız"). The words that no concept covers (names, products, the wish's own words; digits
   * are free) are bounded per sentence: in a sentence that holds one of {@link #ANCHORS} (thanks,
   * a greeting, a sign-off, an offer of help, satisfaction, a wish, a courtesy) at most {@code
   * maxOtherWords} words of content (twice as many with a wish or a courtesy), {@link
   * Concept#FUNCTION_WORD function words} not counted unless a greeting or sign-off is its only
   * anchor; in any other sentence half as many words (three halves, function words not counted, in
   * a {@link #letterOfThanks letter of thanks}, whose story sentences sit between the thanks and the
   * closing wish), every word counted but the function words of
   * a check-in on the delivery ({@link Concept#DELIVERED}), except the last sentence when it names no concept after a sign-off or a
   * closing wish: that is the signature, anchored by the sign-off. A hyphenated compound
   * ("Saint-Malo") is one word, and so is a run of kanji or katakana; at least one occurrence must
   * be thanks or an offer of help or, when there is neither, a wish or a courtesy: goodwill whose
   * whole point is the relationship ("just checking in to make sure everything arrived in one
   * piece", "enjoy your new chair!", "welcome to the family") is thank-you-only as a pleasantry is
   * on the phrase path of the rule (session s17); a sentence of more than three tokens must then
   * hold one of the {@link #ANCHORS} or at least some concept, so that a care tip no concept names ("Enjoy your new kettle!
   * Descale it once a month with white vinegar.") keeps its point. A note that gives advice ({@link Concept#ADVICE}) or names a day
   * or a duration ({@link Concept#TIME}) has a point: those are not filler, except a day or an hour
   * in the story a letter of thanks tells ({@link #storyTime}). Letter case plays no
   * part.
   *
   * @param index the body's concept index
   * @param maxOtherWords the most words of content a sentence of thanks may hold
   * @return the first thanks or offer of help (else the first wish or courtesy), or null when the
   *     field says something else
   */
  public static ConceptIndex.Occurrence thanksOnly(ConceptIndex index, int maxOtherWords) {
    return thanksOnly(index, maxOtherWords, signatureStart(index), false);
  }

  /**
   * {@link #thanksOnly(ConceptIndex, int)} with the field's {@link #signatureStart} already known
   * (the rule reads it for its content cues too), reading a {@link #letterOfThanks letter of
   * thanks} with its wider bound only when told: the rule reads a proactive body so, where the
   * sentences between the thanks and the closing wish tell the shop's story; a reply's sentences
   * between two thanks are its answer ("Thank you for your message. We only sell through Amazon,
   * so there is no shop of ours elsewhere. Many thanks again"), so the classifier, which reads
   * replies too, does not ({@link #thanksOnly(ConceptIndex, int)}).
   *
   * @param index the body's concept index
   * @param maxOtherWords the most words of content a sentence of thanks may hold
   * @param signatureAt {@code signatureStart(index)}
   * @param letters whether a letter of thanks gets the wider bound
   * @return as {@link #thanksOnly(ConceptIndex, int)}
   */
  public static ConceptIndex.Occurrence thanksOnly(ConceptIndex index, int maxOtherWords, int signatureAt, boolean letters) {
    int n = index.tokens().size();
    if (n == 0) {
      return null;
    }
    boolean[] filler = fillerTokens(index);
    boolean[] spoken = new boolean[n];
    boolean[] covered = new boolean[n];
    ConceptIndex.Occurrence evidence = null;
    int sentences = index.sentences();
    boolean[] offersHelp = new boolean[sentences];
    boolean[] anchored = new boolean[sentences];
    // Sentences of thanks, help, satisfaction, a wish or a courtesy: their function words are free.
    // A greeting or sign-off anchors its sentence but frees nothing: "Hallo, für die Maßanfertigung
    // Ihres Rollos brauchen wir noch die Breite" is a request behind a greeting.
    boolean[] warm = new boolean[sentences];
    boolean[] thanked = new boolean[sentences];
    boolean[] thanksIn = new boolean[sentences];
    boolean[] greets = new boolean[sentences];
    boolean[] courteous = new boolean[sentences];
    boolean[] wishes = new boolean[sentences];
    boolean[] signsOff = new boolean[sentences];
    boolean[] named = new boolean[sentences];
    boolean[] asks = new boolean[sentences];
    boolean[] news = new boolean[sentences];
    // Sentences that name the seller's family, and those or a courtesy: the shop's story.
    boolean[] kin = new boolean[sentences];
    boolean[] story = new boolean[sentences];
    boolean value = false;
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      Concept c = o.concept();
      if (c == OFFER_HELP) {
        offersHelp[o.sentence()] = true;
      }
      if (ANCHORS.contains(c)) {
        anchored[o.sentence()] = true;
      }
      // (and a check-in on the delivery, "your chair should have arrived by now": its function
      // words are the check-in's phrasing, though it anchors nothing)
      if (ANCHORS.contains(c) && c != GREETING && c != CLOSING || c == DELIVERED) {
        warm[o.sentence()] = true;
      }
      if (c == THANKS || c == COURTESY) {
        thanked[o.sentence()] = true;
      }
      if (c == THANKS) {
        thanksIn[o.sentence()] = true;
      }
      if (c == GREETING) {
        greets[o.sentence()] = true;
      }
      if (c == COURTESY) {
        courteous[o.sentence()] = true;
      }
      if (c == KIN) {
        kin[o.sentence()] = true;
      }
      if (c == COURTESY || c == KIN) {
        story[o.sentence()] = true;
      }
      if (c == WISH) {
        wishes[o.sentence()] = true;
      }
      if (c == CLOSING || c == WISH) {
        signsOff[o.sentence()] = true;
      }
      named[o.sentence()] = true;
      if (c == ASK) {
        asks[o.sentence()] = true;
      }
      if ((c == VALUE || c == FREE) && !o.negated()) {
        value = true;
      }
      if (SPEAKS_FOR.contains(c)) {
        for (int t = o.firstToken(); t <= o.lastToken(); t++) {
          spoken[t] = true;
        }
      }
    }
    // An order or a delivery named in its sentence is news, unless a courtesy speaks for it ("każde
    // zamówienie wciąż nas cieszy", every order still makes us glad, is the shop's habit).
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      if ((o.concept() == ORDER || o.concept() == DELIVERED) && !covered(spoken, o)) {
        news[o.sentence()] = true;
      }
    }
    boolean letter = letters && letterOfThanks(thanksIn, greets, warm, signsOff, story, signatureAt == 0 ? -1 : index.sentenceOf(signatureAt - 1));
    ConceptIndex.Occurrence goodwill = null;
    for (ConceptIndex.Occurrence o : index.occurrences()) {
      Concept c = o.concept();
      if (o.firstToken() >= signatureAt && !FILLER.contains(c)) {
        // the writer's and the shop's names: "Kinderland Versand" names no shipment
        continue;
      }
      boolean tolerated = covered(filler, o) || covered(spoken, o)
          || ((c == REMINDER || c == FOLLOW_UP) && !o.negated() && (offersHelp[o.sentence()] || wishes[o.sentence()] || thanked[o.sentence()]))
          // A question word in a courtesy, or in a statement that offers help or asks nothing ("we
          // know how much the right gear matters"; "let us know which colour you'd like" asks)
          || (c == QUESTION_WORD && (courteous[o.sentence()]
              || (!index.isQuestion(o.sentence()) && (offersHelp[o.sentence()] || !asks[o.sentence()]))))
          || (!o.negated() && offersHelp[o.sentence()] && (inHelpScope(index, o) || remindsOfHelp(index, o)))
          || (c == OWN_SHOP && thanked[o.sentence()])
          // in a letter of thanks the shop is the story's subject ("dükkanımızı 1968'de dedem açmış",
          // our shop was opened by my grandfather in 1968) when its sentence asks nothing; an
          // invitation to the shop is the promotion rule's, which runs first
          || (letter && c == OWN_SHOP && !o.negated() && !asks[o.sentence()] && !index.isQuestion(o.sentence()))
          // the item thanked for or wished well, named with its facts ("grazie per la padella in
          // ghisa da 28 cm", "we hope the 100 % cotton towels serve you well")
          || (c == SPEC && (thanked[o.sentence()] || wishes[o.sentence()]))
          // a street or a neighbourhood in a sentence of thanks or courtesy that asks nothing is the
          // shop's name or its story ("thanks again for choosing Maple Street Candles", "começamos
          // no balcão aqui do bairro há 22 anos"); not what it makes ("we'll engrave it just as you
          // wrote" confirms a personalisation) nor how it packs or sends ("nous avons bien reçu
          // votre commande et elle est en préparation dans notre atelier" is the order's news)
          || (c == ADDRESS && thanked[o.sentence()] && !asks[o.sentence()] && !index.isQuestion(o.sentence()))
          || (c == EXCHANGE && !value)
          // "people like you" in thanks or in a letter of thanks is praise ("it means the world
          // that people like you keep supporting small makers", "Kundinnen wie Sie sind der Grund,
          // warum wir das alles machen"); only contempt elsewhere makes it a mark of contempt
          || (c == DEMEAN && (thanked[o.sentence()] || wishes[o.sentence()] || (letter && !asks[o.sentence()])))
          // "still" in the story of a letter ("dedemin tezgâhı hâlâ atölyenin köşesinde duruyor",
          // grandfather's loom still stands in the workshop) recalls no earlier request
          || (letter && c == REMINDER && story[o.sentence()] && !asks[o.sentence()])
          // a day or an hour in the story of a letter of thanks ("yours rang the bell on Tuesday
          // afternoon", "il rumore della navetta al mattino") is the story's, when its sentence asks
          // nothing and speaks of no order or delivery ("your parcel arrives on Tuesday" is news)
          || (letter && (c == TIME || c == SCHEDULE) && storyTime(index, o, asks, news, kin));
      if (!FILLER.contains(c) && !tolerated) {
        return null;
      }
      if (evidence == null && THANKS_OR_HELP.contains(c)) {
        evidence = o;
      }
      if (goodwill == null && (c == WISH || c == COURTESY) && !o.negated()) {
        goodwill = o;
      }
      // Function words are not among the occurrences: the index marks their tokens (functionWord).
      for (int t = o.firstToken(); t <= o.lastToken(); t++) {
        covered[t] = true;
      }
    }
    // No thanks and no offer of help: a wish or a courtesy is then what the note is for (s17), but
    // only when every sentence longer than a signature holds an anchor or some concept: a sentence
    // beside it that no concept names is a point of its own ("Enjoy your new kettle! Descale it
    // once a month.").
    boolean goodwillOnly = evidence == null;
    if (evidence == null) {
      evidence = goodwill;
    }
    if (evidence == null) {
      return null;
    }
    int[] tokensIn = new int[sentences];
    for (int t = 0; t < n; t++) {
      tokensIn[index.sentenceOf(t)]++;
    }
    String text = index.tokens().text();
    int[] quoteOf = new int[n];
    int[] quoteLength = quotes(index.tokens(), quoteOf);
    int sentence = -1;
    int other = 0;
    int bound = maxOtherWords;
    int lastOther = -2;
    boolean inIdeographRun = false;
    for (int t = 0; t < signatureAt; t++) {
      int s = index.sentenceOf(t);
      if (s != sentence) {
        // A question is content, unless it offers help ("Any questions? We're here for you"), or
        // is a word or two that the next sentence's offer of help answers ("Questions? We're here").
        boolean leadsToHelp = s + 1 < sentences && offersHelp[s + 1] && tokensIn[s] <= 2;
        // A check-in on the parcel ("商品は無事お手元に届きましたでしょうか", "sorunsuz ulaştı mı")
        // is courtesy, not a question the buyer must answer.
        if (index.isQuestion(s) && !offersHelp[s] && !leadsToHelp && !courteous[s]) {
          return null;
        }
        sentence = s;
        other = 0;
        // The last sentence, naming no concept, after a sign-off or a closing wish is the signature
        // ("Życzymy ciepłych dni!\nEwa i Bartek, Świece z Sadu"): the sign-off anchors it.
        boolean signature = s == sentences - 1 && s > 0 && !named[s] && signsOff[s - 1];
        if (goodwillOnly && !anchored[s] && !named[s] && tokensIn[s] > 3) {
          return null;
        }
        // A courtesy about the shop tells its story ("we are a small team in Gothenburg and print
        // every poster ourselves; it makes our day when ..."), and a wish pictures the item in use
        // ("we hope the pencil cases and ring binders make the start of term a little easier for
        // your children"): twice the words, all of them still without a concept of content.
        // In a letter of thanks no sentence gets less than a story sentence does ("Whenever an order
        // comes in, we ring a little brass bell over the door, a silly tradition but we love it").
        int letterBound = letter ? LETTER_SENTENCE_HALVES * maxOtherWords / 2 : 0;
        // In a letter, a sentence that names who in the family made or packed the order tells the
        // story as a courtesy does ("my daughter Grace wound them into cakes on Tuesday evening").
        bound = courteous[s] || wishes[s] || (letter && kin[s]) ? 2 * maxOtherWords : anchored[s] || signature ? Math.max(maxOtherWords, letterBound) : letter ? letterBound : maxOtherWords / 2;
        inIdeographRun = false;
      }
      int start = index.tokens().start(t);
      int end = index.tokens().end(t);
      if (covered[t] || ((warm[s] || letter) && index.functionWord(t)) || isDigits(text, start, end)) {
        inIdeographRun = false;
        continue;
      }
      // Japanese is one token per character: hiragana is grammar (particles, endings) and a run
      // of kanji or katakana is one word, so that the bound means words in every language.
      int c = text.codePointAt(start);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HIRAGANA) {
        inIdeographRun = false;
        continue;
      }
      boolean ideograph = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
      if (ideograph && inIdeographRun) {
        continue;
      }
      inIdeographRun = ideograph;
      // A hyphenated compound ("Saint-Malo", "family-run") is one word, and so is a short name in
      // quotation marks ("«Elbe im Nebel»", "„Noc w Sewilli”").
      boolean compound = lastOther == t - 1 && index.tokens().end(t - 1) + 1 == start && text.charAt(start - 1) == '-';
      int quote = quoteOf[t];
      boolean quoted = quote > 0 && lastOther >= 0 && quoteOf[lastOther] == quote && quoteLength[quote] <= MAX_QUOTED_NAME;
      lastOther = t;
      if (compound || quoted) {
        continue;
      }
      if (++other > bound) {
        return null;
      }
    }
    return evidence;
  }

  /**
   * In a letter of thanks ({@link #letterOfThanks}), a sentence with no anchor may hold this many
   * halves of {@code maxOtherWords} words, function words not counted (four: sixteen words by
   * default, against four words, function words included, elsewhere):
   * the shop's story between the opening thanks and the closing wish ("Teak only gets more
   * beautiful as it weathers to a soft silver"; "Det är jag och min syster som packar allt") is no
   * point of the letter while no concept of content (advice, a day or duration, a shipment, a
   * question, an address to confirm) is in it. Measured on the development sets (s20): three
   * halves found three more letters of thanks than one, and four none more than three; freeing the
   * function words three more; none of it added a false positive. Raised to four in s23, with the
   * letters that tell the order's journey (dev25, dev26: story sentences of thirteen words); no
   * development set gained a false positive.
   */
  static final int LETTER_SENTENCE_HALVES = 4;

  /**
   * {@return whether a body is written as a letter of thanks}: its first sentence, or the second
   * or third after greetings of their own, thanks ("Dear Mrs Palmer, | We just wanted to say a heartfelt
   * thank you …"; a salutation and a seasonal greeting: "中島様 | 朝夕めっきり冷え込むように…いかがお過ごしでしょうか。 | この度は…御礼申し上げます"), one of its last three sentences before the signature thanks again, wishes
   * well, offers help or signs off, and somewhere in it the shop speaks of itself (a courtesy: "we
   * are a small family business", "every order makes our day"; or the seller's family named: "mein
   * Mann rief sofort"). What lies between is then read with
   * the wider bound of {@link #LETTER_SENTENCE_HALVES}. Without the shop's own voice the sentences
   * between are the item's facts ("Thank you for your order. The grinder ships with the coarse burr
   * fitted; the fine one is in the bag under the lid."), and keep the narrow bound.
   *
   * @param thanksIn per sentence, whether it holds {@link Concept#THANKS}
   * @param greets per sentence, whether it holds {@link Concept#GREETING}
   * @param warm per sentence, whether it holds a warm anchor (thanks, help, a wish, a courtesy …)
   * @param signsOff per sentence, whether it signs off or wishes
   * @param courteous per sentence, whether it holds a courtesy about the shop or names the
   *     seller's family ({@link Concept#KIN}: "my daughter Grace wound them into cakes")
   * @param last the last sentence before the signature, or -1 when there is none
   */
  static boolean letterOfThanks(boolean[] thanksIn, boolean[] greets, boolean[] warm, boolean[] signsOff, boolean[] courteous, int last) {
    if (last < 1) {
      return false;
    }
    int first = 0;
    while (first < last && greets[first] && !thanksIn[first]) {
      first++;
    }
    if (first > 2 || !thanksIn[first]) {
      return false;
    }
    boolean story = false;
    for (int s = first; s <= last; s++) {
      story |= courteous[s];
    }
    if (!story) {
      return false;
    }
    for (int s = Math.max(first + 1, last - 2); s <= last; s++) {
      if (warm[s] || signsOff[s]) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether a day or a time of day in a {@link #letterOfThanks letter of thanks} belongs to
   * the shop's story}: its sentence is a statement that asks nothing and names no order and no
   * delivery, unless it names who in the seller's family handled it ("Ihre Bestellung kam am
   * Sonntagabend rein, gerade als die ganze Familie beim Abendbrot saß", "طلبك جهزته أختي يوم
   * الخميس": the order's journey through the shop; a shipment, a tracking number or a delay in it
   * is content of its own), and the mention is a day or an hour, not a date or a duration (no digit
   * in it: "on Tuesday afternoon", "al mattino"; "closed from 12 to 20 August", "within 3 days" are
   * news).
   *
   * @param index the body's concept index
   * @param o a {@link Concept#TIME} or {@link Concept#SCHEDULE} occurrence
   * @param asks per sentence, whether it holds {@link Concept#ASK}
   * @param news per sentence, whether it names an order or a delivery
   * @param kin per sentence, whether it names the seller's family ({@link Concept#KIN})
   */
  static boolean storyTime(ConceptIndex index, ConceptIndex.Occurrence o, boolean[] asks, boolean[] news, boolean[] kin) {
    int s = o.sentence();
    if (o.negated() || asks[s] || (news[s] && !kin[s]) || index.isQuestion(s)) {
      return false;
    }
    Tokens tokens = index.tokens();
    String text = tokens.text();
    int end = tokens.end(o.lastToken());
    for (int i = tokens.start(o.firstToken()); i < end; i++) {
      if (Character.isDigit(text.charAt(i))) {
        // a year is the shop's past ("seit 1961", "od 2011 roku"), any other number a date or a
        // duration
        int run = i;
        while (run < end && Character.isDigit(text.charAt(run))) {
          run++;
        }
        if (!year(text, i, run)) {
          return false;
        }
        i = run - 1;
      }
    }
    return true;
  }

  /** Whether the digits {@code [start, end)} of the text are a year of the shop's past, 1800 to 2099, standing alone. */
  private static boolean year(String text, int start, int end) {
    if (end - start != 4 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
      return false;
    }
    int century = (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
    return century >= 18 && century <= 20;
  }

  /** The most tokens a quoted name may have to count as one word in {@link #thanksOnly}. */
  static final int MAX_QUOTED_NAME = 6;

  /** The most lines a signature block may hold, its sign-off line included. */
  static final int SIGNATURE_LINES = 4;

  /** The most tokens a signature block may hold, its sign-off line included. */
  static final int SIGNATURE_TOKENS = 14;

  /** The most tokens of the sign-off line of a signature block. */
  static final int SIGN_OFF_LINE_TOKENS = 6;

  /** The most tokens of a line after a sign-off that is a name (the writer, the shop, a title), not a postscript. */
  public static final int NAME_LINE_TOKENS = 5;

  /**
   * {@return the first token of the field's signature block, or the number of tokens when it has
   * none}: from a line that a sign-off opens ("Alles Liebe", "Warm wishes", "Saygılarımızla", "Ihr
   * Team von …") to the end, when that is at most {@value #SIGNATURE_LINES} lines and {@value
   * #SIGNATURE_TOKENS} tokens, the sign-off line at most {@value #SIGN_OFF_LINE_TOKENS} tokens and
   * every line after it at most {@value #NAME_LINE_TOKENS}, with no question mark: the sign-off, the
   * writer's name and the shop's, whose words are no point of the message ("Ihr Team von
   * Kinderland Versand" names no shipment, "Cliffside Knitwear" no product). A sign-off inside a
   * line of text opens no block, and a postscript is text ("P.S. Ihr Paket wurde heute versandt"
   * is longer than a name). The earliest such line wins. Linear in the field.
   *
   * @param index the field's concepts
   */
  public static int signatureStart(ConceptIndex index) {
    Tokens tokens = index.tokens();
    int n = tokens.size();
    if (n == 0) {
      return 0;
    }
    String text = tokens.text();
    // The last SIGNATURE_LINES lines that hold a token, from the end: their first tokens.
    int[] lineFirst = new int[SIGNATURE_LINES];
    int count = 0;
    int t = n - 1;
    while (t >= 0 && count < SIGNATURE_LINES) {
      int lineStart = text.lastIndexOf('\n', tokens.start(t)) + 1;
      int first = t;
      while (first > 0 && tokens.start(first - 1) >= lineStart) {
        first--;
      }
      lineFirst[count++] = first;
      t = first - 1;
    }
    for (int i = count - 1; i >= 0; i--) {
      int first = lineFirst[i];
      if (first == 0 || n - first > SIGNATURE_TOKENS || !opensWithSignOff(index, first)) {
        continue;
      }
      boolean names = true;
      for (int k = i; k >= 0 && names; k--) {
        int end = k == 0 ? n : lineFirst[k - 1];
        names = end - lineFirst[k] <= (k == i ? SIGN_OFF_LINE_TOKENS : NAME_LINE_TOKENS);
      }
      if (names && !hasQuestionMark(text, tokens.start(first))) {
        return first;
      }
    }
    return n;
  }

  private static boolean opensWithSignOff(ConceptIndex index, int token) {
    java.util.List<ConceptIndex.Occurrence> all = index.occurrences();
    for (int i = index.firstReaching(token); i < all.size() && all.get(i).firstToken() <= token; i++) {
      ConceptIndex.Occurrence o = all.get(i);
      if (o.concept() == CLOSING && !o.negated() && o.firstToken() == token) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasQuestionMark(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '\uFF1F' || c == '\u061F') {
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers the quotations of a text from 1 and writes, per token, the number of the quotation it
   * stands in (0: none); returns the number of tokens of each quotation (index 0 unused). A
   * quotation opens at « “ „ 「 『 or a straight double quote and closes at » ” 」 』, at the
   * next straight quote or “ (German „…“), or at the end of the line; linear in the text.
   */
  private static int[] quotes(Tokens tokens, int[] quoteOf) {
    String text = tokens.text();
    int n = tokens.size();
    int[] length = new int[n + 2];
    int current = 0;
    int count = 0;
    int t = 0;
    for (int i = 0; i < text.length() && t < n; i++) {
      while (t < n && tokens.start(t) == i) {
        quoteOf[t] = current;
        if (current > 0) {
          length[current]++;
        }
        t++;
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '»' || c == '”' || c == '」' || c == '』' || ((c == '"' || c == '“') && current > 0)) {
        current = 0;
      } else if (c == '«' || c == '“' || c == '„' || c == '「' || c == '『' || c == '"') {
        current = count < n ? ++count : 0;
      }
    }
    return java.util.Arrays.copyOf(length, Math.max(count + 1, 1));
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

  /**
   * {@return whether the seller denies, in the trigger's own sentence, what the trigger says}: the
   * sentence holds a negation that comes before the trigger (anywhere in the sentence in the
   * verb-final languages, {@code ja} and {@code tr}) and no request or condition before the trigger ("we are
   * not able to edit, hide or delete reviews", "nous ne proposons aucun bon d'achat, remboursement
   * ou cadeau en échange d'un avis", "レビューの編集・削除はできません"). The negation's own scope
   * ({@link ConceptIndex}) ends at a comma, so a list of denied things reaches past it; this reads
   * the sentence instead. A negation inside an offer of help ("don't hesitate") or a reminder ("don't
   * forget") denies nothing, and a request or condition in the sentence ("we can't refund you unless
   * you remove the review", "don't keep it, please update it") keeps the trigger.
   *
   * @param index the field's concepts
   * @param firstToken the trigger's first token
   * @param lastToken the trigger's last token
   */
  public static boolean deniedInSentence(ConceptIndex index, int firstToken, int lastToken) {
    int first = index.sentenceOf(firstToken);
    int last = index.sentenceOf(lastToken);
    // Only the occurrences of the trigger's sentences count, not every occurrence of the field for
    // every trigger (quadratic on a long dense body).
    int[] firstNegation = new int[last - first + 1];
    int[] firstBinding = new int[last - first + 1];
    stances(index.occurrencesOfSentences(firstToken, lastToken), first, firstNegation, firstBinding);
    int negation = Integer.MAX_VALUE;
    int binding = Integer.MAX_VALUE;
    for (int s = 0; s < firstNegation.length; s++) {
      negation = Math.min(negation, firstNegation[s]);
      binding = Math.min(binding, firstBinding[s]);
    }
    return negation <= firstToken && binding > lastToken;
  }

  /**
   * Fills, per sentence from {@code firstSentence} on, the first token of a negation that no offer
   * of help or reminder covers ("don't hesitate", "don't forget" deny nothing), and the first token
   * of a request or condition that is not negated; -1 for one in a verb-final language (it reaches
   * the whole sentence), {@link Integer#MAX_VALUE} for none. {@link #deniedInSentence} and {@link
   * #asksForReview} read the seller's stance from these.
   */
  private static void stances(java.util.List<ConceptIndex.Occurrence> occurrences, int firstSentence, int[] firstNegation, int[] firstBinding) {
    java.util.Arrays.fill(firstNegation, Integer.MAX_VALUE);
    java.util.Arrays.fill(firstBinding, Integer.MAX_VALUE);
    java.util.BitSet courtesy = new java.util.BitSet();
    for (ConceptIndex.Occurrence o : occurrences) {
      if (o.concept() == OFFER_HELP || o.concept() == REMINDER) {
        courtesy.set(o.firstToken(), o.lastToken() + 1);
      }
    }
    for (ConceptIndex.Occurrence o : occurrences) {
      int s = o.sentence() - firstSentence;
      if (s < 0 || s >= firstNegation.length) {
        continue;
      }
      int at = ConceptVocabulary.VERB_FINAL.contains(o.language()) ? -1 : o.firstToken();
      if (o.concept() == NEGATION && courtesy.get(o.firstToken(), o.lastToken() + 1).isEmpty()) {
        firstNegation[s] = Math.min(firstNegation[s], at);
      } else if ((o.concept() == ASK || o.concept() == CONDITION) && !o.negated()) {
        // before the trigger: "unless you remove it" binds it; "only the one who wrote it can" after it does not
        firstBinding[s] = Math.min(firstBinding[s], at);
      }
    }
  }


  /** What makes a sentence that names a review ask for one: a request, a condition, a favourable outcome, a value, a change, a reminder. */
  private static final Set<Concept> REVIEW_ASKED_BY = Set.copyOf(EnumSet.of(ASK, CONDITION, POSITIVE, VALUE, FREE, CHANGE, REMOVE, REMINDER));

  /**
   * {@return whether a field asks for a review or feedback}: a sentence names one (not negated)
   * and it or the next sentence holds a request, a condition, a favourable outcome, a value, a
   * change or a reminder that the seller does not deny ({@link #deniedInSentence}). A reply that explains the review policy ("we cannot edit or remove
   * reviews; only the author can") names reviews without asking for one.
   *
   * @param index the field's concepts
   */
  public static boolean asksForReview(ConceptIndex index) {
    return asksForReview(index, REVIEW_ASKED_BY, false);
  }

  /** What makes a sentence of a reply that names a review ask for one: a change or removal alone is how the buyer does it. */
  private static final Set<Concept> REVIEW_ASKED_BY_IN_REPLY = Set.copyOf(EnumSet.of(ASK, CONDITION, POSITIVE, VALUE, FREE, REMINDER));

  /**
   * {@return whether a reply asks for a review or feedback}: as {@link #asksForReview}, but a change
   * or removal asks only with a request, a condition or a question of its own ("would you update
   * your review?"): a reply that tells the buyer that only the author can change or delete a
   * review, or where to do it, answers the buyer's question and asks nothing.
   *
   * @param index the field's concepts
   */
  public static boolean asksForReviewInReply(ConceptIndex index) {
    return asksForReview(index, REVIEW_ASKED_BY_IN_REPLY, true);
  }

  private static boolean asksForReview(ConceptIndex index, Set<Concept> askedBy, boolean questionsAsk) {
    // Linear: the stances of every sentence at once, then each occurrence judged by its sentence's.
    int sentences = index.sentences();
    java.util.List<ConceptIndex.Occurrence> occurrences = index.occurrences();
    int[] firstNegation = new int[sentences];
    int[] firstBinding = new int[sentences];
    stances(occurrences, 0, firstNegation, firstBinding);
    boolean[] review = new boolean[sentences];
    boolean[] asked = new boolean[sentences];
    for (ConceptIndex.Occurrence o : occurrences) {
      int s = o.sentence();
      if ((o.concept() == REVIEW || o.concept() == FEEDBACK) && !o.negated()) {
        review[s] = true;
      } else if (askedBy.contains(o.concept()) && !o.negated()) {
        boolean denied = firstNegation[s] <= o.firstToken() && firstBinding[s] > o.lastToken();
        asked[s] |= !denied;
      }
    }
    if (questionsAsk) {
      for (int s = 0; s < sentences; s++) {
        asked[s] |= index.isQuestion(s);
      }
    }
    for (int s = 0; s < sentences; s++) {
      // the ask may follow in the next sentence: "Your negative feedback hurts us. Please remove it."
      if (review[s] && (asked[s] || (s + 1 < sentences && asked[s + 1]))) {
        return true;
      }
    }
    return false;
  }

}
