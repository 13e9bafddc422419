package dev.parley.messaging.rules.content;

import java.util.List;

/** The rules a content policy runs, built once per policy from its settings. */
final class Rules {
  final List<TextRule> textRules;
  final List<MessageRule> messageRules;

  private Rules(List<TextRule> textRules, List<MessageRule> messageRules) {
    this.textRules = List.copyOf(textRules);
    this.messageRules = List.copyOf(messageRules);
  }

  static Rules of(ContentSettings settings) {
    return new Rules(
        List.of(
            // Contact rules (content.link, content.email + content.buyer-alias, content.phone, content.opt-out-link).
            new LinkRule(settings), new EmailRule(), new PhoneRule(settings), new OptOutRule(),
            // Wording rules (phrase lexicons, emoji).
            WordingRule.promotion(), WordingRule.positiveOnly(), WordingRule.incentive(), WordingRule.changeRequest(),
            WordingRule.sensitive(), new EmojiRule(settings), new StarRatingRule(),
            // HTML bodies and HTML in text (content.html, content.tracking-pixel, style.*, links in attributes).
            new HtmlRules(),
            new HtmlInTextRule()),
        List.of(
            // Message purpose, language, order id, GIF attachments.
            new ThankYouOnlyRule(settings), new OrderConfirmationRule(), new LanguageRule(settings), new OrderIdRule(),
            new StyleGifRule(),
            // Attachments (type, size, count, content, purpose).
            new AttachmentRules()));
  }
}
