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
            // Wording rules (phrase lexicons, emoji).
            WordingRule.promotion(), WordingRule.positiveOnly(), WordingRule.incentive(), WordingRule.changeRequest(),
            WordingRule.sensitive(), new EmojiRule(settings)),
        List.of(
            // Wording rules (message purpose, language, order id, GIF images).
            new ThankYouOnlyRule(settings), new OrderConfirmationRule(), new LanguageRule(settings), new OrderIdRule(),
            new StyleGifRule()));
  }
}
