package dev.parley.messaging.rules;

/**
 * The stable id of every built-in rule, as constants: use them for severity overrides and disabled
 * rules instead of string literals, so that a typo fails to compile.
 *
 * <p>The ids are part of Parley's public contract: they never change once released. {@link
 * RuleCatalog#standard()} describes each of them.
 */
public final class RuleIds {
  private RuleIds() {}

  /** {@code content.link}. */
  public static final String CONTENT_LINK = "content.link";

  /** {@code content.email}. */
  public static final String CONTENT_EMAIL = "content.email";

  /** {@code content.phone}. */
  public static final String CONTENT_PHONE = "content.phone";

  /** {@code content.buyer-alias}. */
  public static final String CONTENT_BUYER_ALIAS = "content.buyer-alias";

  /** {@code content.opt-out-link}. */
  public static final String CONTENT_OPT_OUT_LINK = "content.opt-out-link";

  /** {@code content.promotion}. */
  public static final String CONTENT_PROMOTION = "content.promotion";

  /** {@code content.tracking-pixel}. */
  public static final String CONTENT_TRACKING_PIXEL = "content.tracking-pixel";

  /** {@code content.sensitive}. */
  public static final String CONTENT_SENSITIVE = "content.sensitive";

  /** {@code content.html}. */
  public static final String CONTENT_HTML = "content.html";

  /** {@code review.positive-only}. */
  public static final String REVIEW_POSITIVE_ONLY = "review.positive-only";

  /** {@code review.incentive}. */
  public static final String REVIEW_INCENTIVE = "review.incentive";

  /** {@code review.change-request}. */
  public static final String REVIEW_CHANGE_REQUEST = "review.change-request";

  /** {@code review.repeat}. */
  public static final String REVIEW_REPEAT = "review.repeat";

  /** {@code message.thank-you-only}. */
  public static final String MESSAGE_THANK_YOU_ONLY = "message.thank-you-only";

  /** {@code message.order-confirmation}. */
  public static final String MESSAGE_ORDER_CONFIRMATION = "message.order-confirmation";

  /** {@code message.language}. */
  public static final String MESSAGE_LANGUAGE = "message.language";

  /** {@code message.order-id-missing}. */
  public static final String MESSAGE_ORDER_ID_MISSING = "message.order-id-missing";

  /** {@code message.proactive-window}. */
  public static final String MESSAGE_PROACTIVE_WINDOW = "message.proactive-window";

  /** {@code message.type-unavailable}. */
  public static final String MESSAGE_TYPE_UNAVAILABLE = "message.type-unavailable";

  /** {@code message.text-length}. */
  public static final String MESSAGE_TEXT_LENGTH = "message.text-length";

  /** {@code message.daily-cap}. */
  public static final String MESSAGE_DAILY_CAP = "message.daily-cap";

  /** {@code style.emoji}. */
  public static final String STYLE_EMOJI = "style.emoji";

  /** {@code style.gif}. */
  public static final String STYLE_GIF = "style.gif";

  /** {@code style.margin}. */
  public static final String STYLE_MARGIN = "style.margin";

  /** {@code style.image-width}. */
  public static final String STYLE_IMAGE_WIDTH = "style.image-width";

  /** {@code style.font-size}. */
  public static final String STYLE_FONT_SIZE = "style.font-size";

  /** {@code style.font-override}. */
  public static final String STYLE_FONT_OVERRIDE = "style.font-override";

  /** {@code style.alignment}. */
  public static final String STYLE_ALIGNMENT = "style.alignment";

  /** {@code style.line-breaks}. */
  public static final String STYLE_LINE_BREAKS = "style.line-breaks";

  /** {@code style.image-https}. */
  public static final String STYLE_IMAGE_HTTPS = "style.image-https";

  /** {@code style.link-text}. */
  public static final String STYLE_LINK_TEXT = "style.link-text";

  /** {@code attachment.type}. */
  public static final String ATTACHMENT_TYPE = "attachment.type";

  /** {@code attachment.size}. */
  public static final String ATTACHMENT_SIZE = "attachment.size";

  /** {@code attachment.count}. */
  public static final String ATTACHMENT_COUNT = "attachment.count";

  /** {@code attachment.content}. */
  public static final String ATTACHMENT_CONTENT = "attachment.content";

  /** {@code attachment.purpose}. */
  public static final String ATTACHMENT_PURPOSE = "attachment.purpose";

  /** {@code delivery.important-misuse}. */
  public static final String DELIVERY_IMPORTANT_MISUSE = "delivery.important-misuse";

  /** {@code delivery.uncertain}. */
  public static final String DELIVERY_UNCERTAIN = "delivery.uncertain";

  /** {@code solicitation.window}. */
  public static final String SOLICITATION_WINDOW = "solicitation.window";

  /** {@code solicitation.once}. */
  public static final String SOLICITATION_ONCE = "solicitation.once";

  /** {@code sla.response-24h}. */
  public static final String SLA_RESPONSE_24H = "sla.response-24h";

  /** {@code sla.no-response-needed}. */
  public static final String SLA_NO_RESPONSE_NEEDED = "sla.no-response-needed";

  /** {@code sla.vacation}. */
  public static final String SLA_VACATION = "sla.vacation";

  /** {@code sla.metrics}. */
  public static final String SLA_METRICS = "sla.metrics";

  /** {@code feedback.window}. */
  public static final String FEEDBACK_WINDOW = "feedback.window";

  /** {@code returns.window}. */
  public static final String RETURNS_WINDOW = "returns.window";

  /** {@code template.unknown-placeholder} (implemented in messaging-templates). */
  public static final String TEMPLATE_UNKNOWN_PLACEHOLDER = "template.unknown-placeholder";

  /** {@code template.unsafe-value} (implemented in messaging-templates). */
  public static final String TEMPLATE_UNSAFE_VALUE = "template.unsafe-value";

  /** {@code message.too-large}. */
  public static final String MESSAGE_TOO_LARGE = "message.too-large";
}
