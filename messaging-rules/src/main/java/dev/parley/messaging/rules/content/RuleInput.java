package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;

/** What one check is about: the message, its context and the policy's settings. */
final class RuleInput {
  private final Message message;
  private final CheckContext context;
  private final ContentSettings settings;

  RuleInput(Message message, CheckContext context, ContentSettings settings) {
    this.message = message;
    this.context = context;
    this.settings = settings;
  }

  Message message() {
    return message;
  }

  CheckContext context() {
    return context;
  }

  ContentSettings settings() {
    return settings;
  }
}
