package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.content.ContentSettings;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.MessageField;
import java.util.Set;

/**
 * What one check is about: the message, its context, the policy's settings and the analysed fields
 * the rules read (so a rule on one field may read another's analysis instead of making its own).
 */
public final class RuleInput {
  private final Message message;
  private final CheckContext context;
  private final ContentSettings settings;
  private final java.util.List<FieldText> fields;

  /** An input without analysed fields: {@link #field} finds none. */
  public RuleInput(Message message, CheckContext context, ContentSettings settings) {
    this(message, context, settings, java.util.List.of());
  }

  /** An input with the analysed fields of the check's one analysis. */
  public RuleInput(Message message, CheckContext context, ContentSettings settings, java.util.List<FieldText> fields) {
    this.message = message;
    this.context = context;
    this.settings = settings;
    this.fields = java.util.List.copyOf(fields);
  }

  /**
   * {@return the first analysed field of a kind, or null when the check has none}
   *
   * @param kind a field kind
   */
  public FieldText field(MessageField.Kind kind) {
    for (FieldText f : fields) {
      if (f.field().kind() == kind) {
        return f;
      }
    }
    return null;
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

  /**
   * {@return whether the field is the subject of a reply that repeats the buyer's subject behind a
   * reply prefix} ("Re: Can I change my review?", "Ynt: Başka renk?"): its words are the buyer's,
   * not the seller's, so no wording rule judges them, nor {@code content.opt-out-link} ("Re: How
   * do I stop your messages?"). The contact rules still read it.
   *
   * @param field a field of the message
   */
  public boolean quotesTheBuyer(FieldText field) {
    return field.field().kind() == MessageField.Kind.SUBJECT && !context.proactive() && hasReplyPrefix(field.source());
  }

  /**
   * {@return whether a subject starts with a reply prefix} ("Re:", "RE :", "AW:", "Sv:", "R:",
   * "Antw:", "Odp:", "Res:", "Ynt:", "رد:", "Re："): in a reply such a subject repeats the buyer's
   * own subject ("Re: newsletter or Instagram?", "Ynt: Başka renk?"), the buyer's words and not
   * the seller's wording. Reads at most the first {@value #PREFIX_CHARS} characters.
   *
   * @param subject a subject
   */
  public static boolean hasReplyPrefix(String subject) {
    int n = Math.min(subject.length(), PREFIX_CHARS);
    int i = 0;
    while (i < n && Character.isWhitespace(subject.charAt(i))) {
      i++;
    }
    int word = i;
    while (i < n && Character.isLetter(subject.charAt(i))) {
      i++;
    }
    if (i == word) {
      return false;
    }
    String prefix = subject.substring(word, i).toLowerCase(java.util.Locale.ROOT);
    while (i < n && subject.charAt(i) == ' ') {
      i++;
    }
    return i < n && (subject.charAt(i) == ':' || subject.charAt(i) == '\uff1a') && REPLY_PREFIXES.contains(prefix);
  }

  private static final int PREFIX_CHARS = 16;

  /** Reply prefixes of the marketplaces' mail programs. */
  private static final Set<String> REPLY_PREFIXES = Set.of("re", "aw", "sv", "r", "rif", "antw", "odp", "res", "ynt", "cvp", "\u0631\u062f", "\u8fd4\u4fe1");
}

