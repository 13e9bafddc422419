package dev.parley.messaging.rules.internal.analysis;

import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.HouseRule;
import dev.parley.messaging.rules.internal.wording.HouseRuleCheck;
import dev.parley.messaging.rules.delivery.DeliveryRules;
import dev.parley.messaging.rules.internal.attachment.AttachmentContentRule;
import dev.parley.messaging.rules.internal.attachment.AttachmentCountRule;
import dev.parley.messaging.rules.internal.attachment.AttachmentPurposeRule;
import dev.parley.messaging.rules.internal.attachment.AttachmentSizeRule;
import dev.parley.messaging.rules.internal.attachment.AttachmentTypeRule;
import dev.parley.messaging.rules.internal.attachment.StyleGifRule;
import dev.parley.messaging.rules.internal.contact.EmailRule;
import dev.parley.messaging.rules.internal.contact.LinkRule;
import dev.parley.messaging.rules.internal.contact.OptOutRule;
import dev.parley.messaging.rules.internal.contact.PhoneRule;
import dev.parley.messaging.rules.internal.html.AlignmentRule;
import dev.parley.messaging.rules.internal.html.FontOverrideRule;
import dev.parley.messaging.rules.internal.html.FontSizeRule;
import dev.parley.messaging.rules.internal.html.HtmlInTextRule;
import dev.parley.messaging.rules.internal.html.ScriptRule;
import dev.parley.messaging.rules.internal.html.ImageHttpsRule;
import dev.parley.messaging.rules.internal.html.ImageWidthRule;
import dev.parley.messaging.rules.internal.html.LineBreaksRule;
import dev.parley.messaging.rules.internal.html.LinkTextRule;
import dev.parley.messaging.rules.internal.html.MarginRule;
import dev.parley.messaging.rules.internal.html.TrackingPixelRule;
import dev.parley.messaging.rules.internal.language.LanguageRule;
import dev.parley.messaging.rules.internal.wording.ChangeRequestRule;
import dev.parley.messaging.rules.internal.wording.EmojiRule;
import dev.parley.messaging.rules.internal.wording.IncentiveRule;
import dev.parley.messaging.rules.internal.wording.OrderConfirmationRule;
import dev.parley.messaging.rules.internal.wording.ReviewReminderRule;
import dev.parley.messaging.rules.internal.wording.OrderIdRule;
import dev.parley.messaging.rules.internal.wording.PositiveOnlyRule;
import dev.parley.messaging.rules.internal.wording.PromotionRule;
import dev.parley.messaging.rules.internal.wording.SensitiveRule;
import dev.parley.messaging.rules.internal.wording.ThankYouOnlyRule;
import dev.parley.messaging.rules.order.OrderRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every built-in rule, as the list of the classes that implement it (in the spirit of Error Prone's
 * {@code BuiltInCheckerSuppliers}): the content rules the policy runs, and the engines that
 * implement the delivery, per-order and response-time rules. The catalog ({@link RuleCatalog}) and
 * docs/RULES.md are built from the {@link Rule} annotations on these classes; a rule class that is
 * not listed here neither runs nor is documented. Immutable.
 */
public final class RuleRegistry {
  /** The content rules, each with how it is built from the policy's settings; catalog order. */
  private static final List<Entry<?>> CONTENT = List.of(
      entry(LinkRule.class, LinkRule::new), entry(EmailRule.class, s -> new EmailRule()), entry(PhoneRule.class, PhoneRule::new),
      entry(OptOutRule.class, s -> new OptOutRule()), entry(PromotionRule.class, s -> new PromotionRule()),
      entry(PositiveOnlyRule.class, s -> new PositiveOnlyRule()), entry(IncentiveRule.class, s -> new IncentiveRule()),
      entry(ChangeRequestRule.class, s -> new ChangeRequestRule()), entry(SensitiveRule.class, s -> new SensitiveRule()),
      entry(HtmlInTextRule.class, s -> new HtmlInTextRule()), entry(ScriptRule.class, s -> new ScriptRule()), entry(TrackingPixelRule.class, s -> new TrackingPixelRule()),
      entry(ThankYouOnlyRule.class, ThankYouOnlyRule::new), entry(OrderConfirmationRule.class, s -> new OrderConfirmationRule()), entry(ReviewReminderRule.class, s -> new ReviewReminderRule()),
      entry(LanguageRule.class, LanguageRule::new), entry(OrderIdRule.class, s -> new OrderIdRule()),
      entry(EmojiRule.class, EmojiRule::new), entry(StyleGifRule.class, s -> new StyleGifRule()), entry(MarginRule.class, s -> new MarginRule()),
      entry(ImageWidthRule.class, s -> new ImageWidthRule()), entry(FontSizeRule.class, s -> new FontSizeRule()),
      entry(FontOverrideRule.class, s -> new FontOverrideRule()), entry(AlignmentRule.class, s -> new AlignmentRule()),
      entry(LineBreaksRule.class, s -> new LineBreaksRule()), entry(ImageHttpsRule.class, s -> new ImageHttpsRule()),
      entry(LinkTextRule.class, s -> new LinkTextRule()), entry(AttachmentTypeRule.class, s -> new AttachmentTypeRule()),
      entry(AttachmentSizeRule.class, s -> new AttachmentSizeRule()), entry(AttachmentCountRule.class, s -> new AttachmentCountRule()),
      entry(AttachmentContentRule.class, s -> new AttachmentContentRule()), entry(AttachmentPurposeRule.class, s -> new AttachmentPurposeRule()));

  /** A content rule class and how to build it. */
  private static final class Entry<T> {
    final Class<T> type;
    final Function<ContentSettings, ? extends T> factory;

    Entry(Class<T> type, Function<ContentSettings, ? extends T> factory) {
      this.type = type;
      this.factory = factory;
    }
  }

  private static <T> Entry<T> entry(Class<T> type, Function<ContentSettings, ? extends T> factory) {
    return new Entry<>(type, factory);
  }

  /** The engines that implement the other built-in rules; described by annotations, run by their own callers. */
  private static final List<Class<?>> ENGINES = List.of(TextBudget.class, OrderRules.class, DeliveryRules.class, SendCheck.class, SlaRules.class, TemplateRules.class);

  private RuleRegistry() {}

  /**
   * {@return the content rules for the settings, text rules first, each message rule after the
   * rules it declares in {@link Rule#after()}}
   *
   * @param settings the policy's settings
   */
  public static Rules contentRules(ContentSettings settings) {
    List<TextRule> text = new ArrayList<>();
    List<MessageRule> message = new ArrayList<>();
    for (Entry<?> e : CONTENT) {
      Object rule = e.factory.apply(settings);
      if (rule instanceof TextRule) {
        text.add((TextRule) rule);
      } else if (rule instanceof MessageRule) {
        message.add((MessageRule) rule);
      }
    }
    for (HouseRule h : settings.houseRules()) {
      text.add(new HouseRuleCheck(h));
    }
    return new Rules(text, ordered(text, message));
  }

  /** Orders the message rules so that each runs after every rule it declares it reads. */
  static List<MessageRule> ordered(List<TextRule> text, List<MessageRule> message) {
    Set<String> done = new LinkedHashSet<>();
    for (TextRule t : text) {
      for (Rule r : t.getClass().getAnnotationsByType(Rule.class)) {
        done.add(r.id());
      }
    }
    List<MessageRule> pending = new ArrayList<>(message);
    List<MessageRule> out = new ArrayList<>();
    while (!pending.isEmpty()) {
      MessageRule next = null;
      for (MessageRule m : pending) {
        if (dependencies(m).stream().allMatch(done::contains)) {
          next = m;
          break;
        }
      }
      if (next == null) {
        throw new IllegalStateException("rules: the 'after' declarations of " + pending + " form a cycle or name unknown rules");
      }
      pending.remove(next);
      out.add(next);
      for (Rule r : next.getClass().getAnnotationsByType(Rule.class)) {
        done.add(r.id());
      }
    }
    return out;
  }

  private static List<String> dependencies(Object rule) {
    List<String> out = new ArrayList<>();
    for (Rule r : rule.getClass().getAnnotationsByType(Rule.class)) {
      out.addAll(List.of(r.after()));
    }
    return out;
  }

  /** {@return every class that implements a built-in rule, in catalog order} */
  public static List<Class<?>> ruleClasses() {
    List<Class<?>> out = new ArrayList<>();
    for (Entry<?> e : CONTENT) {
      out.add(e.type);
    }
    out.addAll(ENGINES);
    return out;
  }

  /**
   * {@return the descriptors of every built-in rule, from the annotations of {@link #ruleClasses()}}
   *
   * @throws IllegalStateException if two classes claim one id, or a listed class has no description
   */
  public static List<RuleDescriptor> descriptors() {
    Map<String, RuleDescriptor> out = new LinkedHashMap<>();
    for (Class<?> c : ruleClasses()) {
      Rule[] rules = c.getAnnotationsByType(Rule.class);
      if (rules.length == 0) {
        throw new IllegalStateException("rules: " + c.getName() + " is registered but carries no @Rule description");
      }
      for (Rule r : rules) {
        RuleDescriptor d = RuleDescriptor.of(r.id(), r.summary(), r.severity(), r.confidence(), List.of(r.sources()));
        if (out.put(r.id(), d) != null) {
          throw new IllegalStateException("rules: rule id " + r.id() + " is described twice (again on " + c.getName() + ")");
        }
      }
    }
    List<RuleDescriptor> sorted = new ArrayList<>(out.values());
    // Catalog order: by area (as RULES.md is organised), then in registry order within an area.
    sorted.sort(java.util.Comparator.comparingInt(d -> AREAS.indexOf(d.id().substring(0, d.id().indexOf('.')))));
    return List.copyOf(sorted);
  }

  /** The areas of rule ids, in catalog order. */
  private static final List<String> AREAS = List.of("content", "review", "message", "style", "attachment", "delivery", "solicitation", "sla", "feedback", "returns", "template");

  /** The rules one policy runs. */
  public static final class Rules {
    /** The rules that read one field at a time. */
    public final List<TextRule> textRules;
    /** The rules that judge the message as a whole, in dependency order. */
    public final List<MessageRule> messageRules;

    /** The index in {@link #textRules} of the last rule that reads a field's contact text, or -1. */
    public final int lastContactTextReader;

    Rules(List<TextRule> textRules, List<MessageRule> messageRules) {
      this.textRules = List.copyOf(textRules);
      this.messageRules = List.copyOf(messageRules);
      int last = -1;
      for (int i = 0; i < this.textRules.size(); i++) {
        if (this.textRules.get(i).readsContactText()) {
          last = i;
        }
      }
      this.lastContactTextReader = last;
    }
  }
}
