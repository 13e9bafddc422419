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
            // contact rules (content.link, content.email + content.buyer-alias, content.phone, content.opt-out-link)
            new LinkRule(settings), new EmailRule(), new PhoneRule(settings), new OptOutRule()),
        List.of());
  }
}
