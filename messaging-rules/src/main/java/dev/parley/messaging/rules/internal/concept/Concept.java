package dev.parley.messaging.rules.internal.concept;

/**
 * The concepts a language's vocabulary ({@code concepts/<lang>.txt}) expresses and the rule
 * grammar combines. The names are the contract between the grammar and the vocabularies: a
 * vocabulary line ends in {@code => NAME} with exactly one of these names.
 *
 * <p>Immutable and thread-safe.
 */
public enum Concept {
  /** A product review or rating, as noun or verb. */
  REVIEW,

  /** Seller feedback. */
  FEEDBACK,

  /** A favourable outcome: positive, five stars, a good review. */
  POSITIVE,

  /** An unfavourable outcome: negative, bad, one star. */
  NEGATIVE,

  /** The buyer's satisfaction: satisfied, happy, pleased. */
  SATISFIED,

  /** A conditional marker: if, provided, as long as. */
  CONDITION,

  /** Contact us first, before or instead of writing a review. */
  CONTACT_FIRST,

  /** A request marker: please, kindly, would you, leave, share. */
  ASK,

  /** Something of value: gift, voucher, refund, money, discount, prize. */
  VALUE,

  /** Free, at no cost. */
  FREE,

  /** In exchange, in return, once you. */
  EXCHANGE,

  /** Change, update, revise (a review). */
  CHANGE,

  /** Remove, delete, withdraw (a review). */
  REMOVE,

  /** A reminder or repeated request: reminder, once more, still waiting. */
  REMINDER,

  /** Thanks. */
  THANKS,

  /** A greeting. */
  GREETING,

  /** A sign-off. */
  CLOSING,

  /** An offer of help: let us know, contact us, any questions. */
  OFFER_HELP,

  /** A question word directed at the buyer. */
  QUESTION_WORD,

  /** A negation: not, no, never, without. */
  NEGATION,

  /** An order or purchase. */
  ORDER,

  /** Confirmation of an order. */
  CONFIRM,

  /** Shipped, dispatched, on its way. */
  SHIPPED,

  /** Delivered, arrived. */
  DELIVERED,

  /** Tracking, tracking number. */
  TRACKING,

  /** A carrier or courier. */
  CARRIER,

  /** A delay. */
  DELAY,

  /** A problem: damaged, missing, wrong, defective. */
  PROBLEM,

  /**
   * A problem settled ("now that the problem is solved", "ahora que el problema está resuelto",
   * "sandalyeniz eksiksiz olduğuna göre") or a remedy already given ("now that the refund has
   * arrived", "ora che il rimborso è arrivato"): the ground a request stands on, no problem the
   * message is about and no value offered; it covers the {@link #PROBLEM}, {@link #VALUE}, {@link
   * #FREE} and {@link #EXCHANGE} on its words.
   */
  RESOLVED,

  /**
   * The order comes in several parcels or in part ("in two parcels", "Teillieferung"): news of
   * the order, not a problem the buyer must settle (a notice of it is no bare shipping
   * confirmation either).
   */
  SPLIT,

  /**
   * The ordered item cannot be supplied: out of stock, sold out, discontinued, the seller had to
   * cancel. A notice of it that asks nothing is news (RULES.md §3: out-of-stock notices are
   * non-critical), not a problem the buyer must settle.
   */
  UNAVAILABLE,

  /** An address. */
  ADDRESS,

  /** A delivery appointment or time slot. */
  SCHEDULE,

  /** Personalisation: engraving, custom text, design proof. */
  CUSTOMIZE,

  /** An invoice or receipt. */
  INVOICE,

  /** A warranty or guarantee. */
  WARRANTY,

  /** A return, replacement or exchange of an item. */
  RETURN,

  /** Instructions, a manual, installation. */
  INSTRUCTIONS,

  /** An attachment: attached, enclosed, please find. */
  ATTACHED,

  /** Other products of the seller: our range, new arrivals. */
  OTHER_PRODUCTS,

  /**
   * Another product recommended as the perfect match for the buyer's purchase: goes perfectly
   * with, passt perfekt zu, va parfaitement avec, combina perfectamente con, 相性抜群, يناسبها تماماً.
   * Cross-selling needs no link, code or shop word (see {@link RuleGrammars#PROMOTION}).
   */
  PAIRS_WITH,

  /** The seller's own shop or website. */
  OWN_SHOP,

  /** Social media. */
  SOCIAL,

  /** A newsletter or mailing list. */
  NEWSLETTER,

  /** A sale, deal, promo code. */
  PROMO,

  /** A next or future purchase. */
  NEXT_PURCHASE,

  /** The seller holding the buyer's address or identity: we have your address, we know where you live, who you are. */
  LEVERAGE,

  /** A veiled consequence: you will regret, there will be consequences, or else, think carefully, we will find you. */
  MENACE,

  /** Contempt for the buyer's intelligence or competence: like a grown adult, can't even, wasting our time, clueless. */
  DEMEAN,

  /**
   * The buyer's review, claim or words called a lie or a fraud: your comment is dishonest, false
   * claims, a fabrication, mensongère, Betrug. A seller may dispute a claim ("the tracking shows it
   * was delivered"); calling the buyer a liar is hostility, judged with another mark of it (see
   * {@link RuleGrammars#SENSITIVE}).
   */
  ACCUSE,

  /**
   * A wish for the buyer's use of the item: we hope, may it, enjoy, bon appétit, 幸いです, umarız,
   * نتمنى. Filler of a thank-you note (see {@link RuleGrammars#thanksOnly}).
   */
  WISH,

  /**
   * A courtesy about the shop or the buyer's choice that asks and tells nothing: we are a small
   * family business, made by hand, every order makes us happy, we know you had plenty of choice.
   * Filler of a thank-you note.
   */
  COURTESY,

  /**
   * Advice on using or caring for the item: we recommend, make sure, avoid, before first use,
   * keep away from, a tip. Content: a note that gives advice has a point.
   */
  ADVICE,

  /**
   * A day, date, time or duration: Monday, tomorrow, 12 December, within 3 days, 2 hours.
   * Content: a note that names when something happens (a delivery window, a burn time) has a point.
   */
  TIME,

  /**
   * A function word (article, preposition, pronoun, conjunction, auxiliary): grammar, not content.
   * Only the word bound of {@link RuleGrammars#thanksOnly} reads it, as a mark per token ({@link
   * ConceptIndex#functionWord(int)}): it is not among {@link ConceptIndex#occurrences()}.
   */
  FUNCTION_WORD,

  /**
   * A social platform named alone: on Instagram, Facebook, TikTok. Not marketing by itself (the
   * buyer "wrote to us on Instagram", the set-up video "is on YouTube"); marketing with an
   * invitation, the shop, an offer or other products in its sentence (see {@link
   * RuleGrammars#PROMOTION}). Following the seller or the seller's page is {@link #SOCIAL}.
   */
  PLATFORM,

  /**
   * A measure the seller holds over the buyer personally: report you or your account to Amazon or
   * the police, refuse your future orders, hand your details to our lawyers or a debt collector, a
   * criminal complaint, legal steps against you, take the matter further. A threat when the buyer's
   * conduct is its condition ("if you open a claim, ...", "otherwise ...") or next to contempt, an
   * accusation, a menace or a demand to drop a claim (see {@link RuleGrammars#SENSITIVE}); a seller
   * may still tell the buyer how Amazon's own processes work.
   */
  SANCTION,

  /**
   * The other branch of a demand: otherwise, or else, failing that, andernfalls, sinon, annars,
   * aksi halde, وإلا. With a {@link #SANCTION} in its sentence a threat ("remove the review,
   * otherwise we will report you to Amazon"); not a {@link #CONDITION}, which would make a demand
   * to drop a review read as the one neutral conditional sentence Amazon allows.
   */
  OTHERWISE,

  /**
   * The variants of the item the buyer asks about, offered on the same listing: also available in
   * size M, it comes in navy and sage, all variants are on the same Amazon page, pick the colour
   * in the drop-down. Answering which variants exist is guidance on the product (see the
   * classifier); it names no other product of the seller's.
   */
  VARIANT,

  /**
   * A technical rating of the item: a number with an electrical, light, sound or protection unit
   * (2200 W, 220–240 V, 5000 mAh, 4500 lumens, 50 Hz, IP44). Telling it is guidance on the product
   * (see the classifier).
   */
  SPEC,

  /**
   * The seller's earlier message itself: we wrote to you last week, our previous message, we
   * haven't heard back, following up. A narrower {@link #REMINDER} (which also recalls facts: "as
   * mentioned, the lamp needs a 9 V battery"): a review asked for right after it is a repeat
   * request (see {@link RuleGrammars#REVIEW_REMINDER}).
   */
  FOLLOW_UP,

  /**
   * The ease of a task or the ability to do it, as a yardstick's measure: manage, cope, figure
   * out, take for granted, schaffen, vorausgesetzt, s'en sortir, poradzić sobie, お分かりになる.
   */
  EASE,

  /**
   * The instruction's prominence, as a reproach's ground: in bold, in large letters, twice, on the
   * first page, fett gedruckt, en gras, kocaman harflerle, 大きく. "See page 3 of the manual" is no
   * emphasis.
   */
  EMPHASIS,

  /**
   * A stance marker before a verdict on the buyer: honestly, frankly, to be honest, ganz ehrlich,
   * szczerze mówiąc, açıkçası, بصراحة, 失礼ながら. Filler in a thank-you note; a mark of the stance
   * only with innuendo (it adds no reproach to a yardstick, the manual not read or the buyer's
   * body).
   */
  CANDOR,

  /** A demand to drop the buyer's claim, complaint or review, or to stop repeating it: withdraw the claim, keep claiming. */
  ULTIMATUM,

  /**
   * The seller's earlier message named as sent: the message we sent you on the 3rd, die
   * Nachricht, die wir Ihnen geschickt haben, お送りしたメール. Narrower than {@link #FOLLOW_UP}
   * ("following up on your order" recalls no message): it may name the order the message was
   * about and still make the review asked for after it a repeat request.
   */
  PRIOR_MESSAGE,

  /**
   * The buyer's own question restated in a reply: you ask whether, vous nous demandez si, nos
   * preguntas si, Sie fragen, ob, とのお問い合わせ. What follows it in its sentence is the buyer's
   * proposal, not the seller's offer; the wording rules leave it to the refusal that answers it
   * (see {@code WordingRule}).
   */
  BUYER_ASKS,

  /**
   * A day set for the buyer to act by: by Friday, before the weekend, by the end of the week,
   * bis spätestens Freitag, entro domenica, cumaya kadar, 金曜日までに. With a change or removal of
   * the review named before it, a demand (see {@link RuleGrammars#CHANGE_REQUEST}): a deadline is
   * no neutral "you may update your review".
   */
  DEADLINE,

  /**
   * The adult or child held up as the yardstick of the buyer's task: most adults, any grown-up,
   * bei einem erwachsenen Menschen, każdy dorosły, even a ten-year-old, nos clients de dix ans,
   * 普通は. With an {@link #EASE} word in its sentence it measures the buyer against them; contempt
   * when a second mark of the stance (candor, contempt, the manual not read) stands in its sentence or the
   * one before (see {@link RuleGrammars#SENSITIVE}). "Children under 10 must not use it" or "even
   * beginners assemble it in 15 minutes" name no yardstick of ability.
   */
  YARDSTICK,

  /**
   * The manual or the instructions not read, as reproach: you did not read, without reading, did
   * not bother to read, sans lire, okumadan, 読まずに. With a mark of the stance near it a
   * reproach; alone, a plain statement ("please do not use it without reading the instructions"
   * is advice, and a request or advice vetoes it).
   */
  NOT_READ,

  /**
   * The buyer's fault asserted as fact: you broke it, damaged by you, your misuse, Cihazı siz
   * bozdunuz, vous l'avez cassé. A firm refusal may name the damage; with contempt, shame, a
   * yardstick or the manual not read near it, the buyer is blamed (see {@link RuleGrammars#SENSITIVE}).
   */
  BUYER_FAULT,

  /**
   * The buyer's body as a verdict: your weight, your diet, lose a few kilos, نظامك الغذائي.
   * With contempt or the buyer's fault near it, a remark on the buyer's person.
   */
  BODY,

  /**
   * Sexual innuendo in a usage tip: the clothes come off, end up in bed, the rest is up to your
   * imagination. Two of them near each other, or one with candor, make the innuendo.
   */
  INTIMATE,

  /**
   * The seller's own family named: my mother, unser Jüngster, notre fille, mi tía, annem, أختي,
   * 母が. A letter of thanks that tells who made or packed the order tells the shop's story
   * ({@link RuleGrammars#thanksOnly}); the concept is filler, never a point of a message.
   */
  KIN,

  /**
   * The seller declining, or naming Amazon's rule against, what the buyer offered or asked for:
   * we cannot offer, we are not allowed to, Amazon does not allow us, dürfen wir nicht, nous ne
   * pouvons pas, no tenemos permitido, nie wolno nam, vi får inte, veremeyiz, いたしかねます, لا
   * يمكننا. The incentive, the favourable rating or the change its sentence names is what the
   * seller refuses, not what it offers or asks (see {@link RuleGrammars#refuses}). Only a verb of
   * giving, sending or asking makes the refusal: "we can't wait for your review" refuses nothing.
   */
  REFUSAL,

  /**
   * What the buyer can do, or what a step is for, before its verb: you can, you may, to, Sie
   * können, um … zu, vous pouvez, pour, puede, para, u kunt, możesz, du kan, você pode. A change
   * or removal after it states a possibility or a purpose ("You can edit your review within 48
   * hours", "To change your rating, open Your Orders"), not an imperative (see {@link
   * ConceptIndex}); not used by the rule grammar.
   */
  ABILITY
}
