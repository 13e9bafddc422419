package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.content.ContentSettings;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;

/** What one check is about: the message, its context and the policy's settings. */
public final class RuleInput {
  private final Message message;
  private final CheckContext context;
  private final ContentSettings settings;

  public RuleInput(Message message, CheckContext context, ContentSettings settings) {
    this.message = message;
    this.context = context;
    this.settings = settings;
  }

  public Message message() {
    return message;
  }

  public CheckContext context() {
    return context;
  }

  public ContentSettings settings() {
    return settings;
  }
}
