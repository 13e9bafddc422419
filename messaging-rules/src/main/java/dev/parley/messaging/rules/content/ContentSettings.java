package dev.parley.messaging.rules.content;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every parameter of the content policy, with the defaults of Parley's rule specification. Where
 * the specification is uncertain the parameter says so; nothing uncertain is hidden in code.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints every parameter. Start from {@link
 * #defaults()} and override with {@link #builder()}.
 */
@Value.Immutable
public abstract class ContentSettings {
  /** Amazon's own link domains, allowed by default (each with its subdomains). */
  public static final List<String> AMAZON_LINK_DOMAINS = amazonDomains();

  private static final ContentSettings DEFAULTS = builder().build();

  ContentSettings() {}

  private static List<String> amazonDomains() {
    List<String> d = new ArrayList<>();
    for (Marketplace m : Marketplace.values()) {
      d.add(m.domain());
    }
    d.addAll(List.of("amazon.cn", "amazon.com.au", "a.co", "amzn.to", "amzn.eu", "amzn.asia", "amzn.com", "amazon.jobs", "media-amazon.com", "ssl-images-amazon.com", "images-amazon.com", "amazonpay.com"));
    return List.copyOf(new java.util.LinkedHashSet<>(d));
  }

  /** {@return the settings with every default} */
  public static ContentSettings defaults() {
    return DEFAULTS;
  }

  /** {@return severities that replace a rule's default severity, by rule id} */
  public abstract Map<String, Severity> severityOverrides();

  /** {@return rule ids that are not checked at all} */
  public abstract Set<String> disabledRules();

  /**
   * {@return domains links may point to (each with its subdomains); default: Amazon's own domains
   * (RULES.md §2 content.link, allow-list configurable)}
   */
  @Value.Default
  public List<String> allowedLinkDomains() {
    return AMAZON_LINK_DOMAINS;
  }

  /**
   * {@return domains that are reported by {@code content.link} even where {@link
   * #allowedLinkDomains()} would allow them (each with its subdomains); default none: a house rule,
   * for a seller who does not want, say, links to its own Amazon storefront}
   */
  public abstract Set<String> forbiddenLinkDomains();

  /** {@return the seller's own wording rules, checked like built-in ones; default none} */
  public abstract List<HouseRule> houseRules();

  /**
   * {@return the severity of a phone number introduced as a carrier's, manufacturer's or warranty
   * service's; default WARN (newer guidance allows such numbers, confidence medium)}
   */
  @Value.Default
  public Severity serviceNumberSeverity() {
    return Severity.WARN;
  }

  /**
   * {@return whether an English message is accepted when the buyer wrote in English (an
   * unconfirmed seed claim, confidence low); default false}
   */
  @Value.Default
  public boolean acceptEnglishWhenBuyerWroteEnglish() {
    return false;
  }

  /** {@return the most attachment bytes; default 10 MiB (RULES.md: "up to 10 MB")} */
  @Value.Default
  public long maxAttachmentBytes() {
    return 10L * 1024 * 1024;
  }

  /**
   * {@return whether {@link #maxAttachmentBytes()} applies to each file rather than to the whole
   * message; default false, the safe reading of an unstated rule}
   */
  @Value.Default
  public boolean attachmentLimitPerFile() {
    return false;
  }

  /** {@return allowed attachment extensions, lower case; the specification's seed list} */
  @Value.Default
  public Set<String> allowedAttachmentExtensions() {
    return Set.of("txt", "pdf", "doc", "docx", "jpg", "jpeg", "gif", "png", "tif", "tiff", "bmp");
  }

  /** {@return the widest margin, in percent of the width (style rules of 2020)} */
  @Value.Default
  public int maxMarginPercent() {
    return 20;
  }

  /** {@return the widest image, in percent of the width (style rules of 2020)} */
  @Value.Default
  public int maxImageWidthPercent() {
    return 80;
  }

  /** {@return the most distinct font sizes (style rules of 2020)} */
  @Value.Default
  public int maxFontSizes() {
    return 3;
  }

  /** {@return the most consecutive line breaks (style rules of 2020)} */
  @Value.Default
  public int maxConsecutiveLineBreaks() {
    return 2;
  }

  // Bounds on the work of one check.

  /**
   * {@return the most characters (UTF-16 units) the subject and body may have together before the
   * check reports {@code message.too-large} instead of scanning them; default 1,000,000, fifty times
   * the longest text any SP-API message type takes and far above what a buyer reads}
   */
  @Value.Default
  public int maxTextChars() {
    return 1_000_000;
  }

  /**
   * {@return the most findings listed per rule; past it one closing finding says how many more
   * there were; default 50}
   */
  @Value.Default
  public int maxFindingsPerRule() {
    return 50;
  }

  // Attachment inspection caps and HTML options (attachment.*, content.html, style.*). The caps
  // bound the work of reading one attachment, so that a zip bomb or a crafted PDF cannot exhaust
  // memory or hang a check; reaching one is reported as an attachment.content warning ("could not
  // be fully inspected"), never thrown. They count bytes and steps, not time, so checks stay
  // deterministic.

  /**
   * {@return the most bytes decompressed (zip entries, PDF Flate streams) and the most characters
   * of text kept, per attachment; default 32 MiB}
   */
  @Value.Default
  public long maxInspectedBytes() {
    return 32L * 1024 * 1024;
  }

  /** {@return the most zip entries or compound-file directory entries read per attachment; default 10,000} */
  @Value.Default
  public int maxArchiveEntries() {
    return 10_000;
  }

  /**
   * {@return the deepest nesting followed: PDF dictionaries and strings, HTML elements; default
   * 256 (deeper HTML elements are still read, they inherit their ancestors' properties)}
   */
  @Value.Default
  public int maxNestingDepth() {
    return 256;
  }

  /** {@return the most PDF objects scanned per attachment; default 200,000} */
  @Value.Default
  public int maxPdfObjects() {
    return 200_000;
  }

  /**
   * {@return the work budget per attachment, in steps of about one byte read, decompressed or
   * scanned; default 400 million (about forty passes over a 10 MB file)}
   */
  @Value.Default
  public long maxInspectionSteps() {
    return 400_000_000L;
  }

  /**
   * {@return the severity of an HTML tag in a free-form plain-text body; default INFO: RULES.md
   * forbids HTML only in SP-API text, and elsewhere a tag is merely shown to the buyer as written}
   */
  @Value.Default
  public Severity htmlInPlainTextSeverity() {
    return Severity.INFO;
  }

  @Value.Check
  void checkBounds() {
    if (maxTextChars() < 1) {
      throw new IllegalArgumentException("maxTextChars is invalid: got " + maxTextChars() + ", expected 1 or more");
    }
    if (maxFindingsPerRule() < 1) {
      throw new IllegalArgumentException("maxFindingsPerRule is invalid: got " + maxFindingsPerRule() + ", expected 1 or more");
    }
  }

  @Value.Check
  void checkInspectionCaps() {
    if (maxInspectedBytes() < 1 || maxArchiveEntries() < 1 || maxNestingDepth() < 1 || maxPdfObjects() < 1 || maxInspectionSteps() < 1) {
      throw new IllegalArgumentException("inspection caps are invalid: got maxInspectedBytes=" + maxInspectedBytes() + ", maxArchiveEntries="
          + maxArchiveEntries() + ", maxNestingDepth=" + maxNestingDepth() + ", maxPdfObjects=" + maxPdfObjects() + ", maxInspectionSteps="
          + maxInspectionSteps() + ", expected each to be 1 or more");
    }
  }

  // Wording rules (message.language, message.thank-you-only, style.emoji).

  /**
   * {@return the fewest letters a message needs before {@code message.language} judges it; default
   * 40 (shorter texts are too short to tell their language reliably)}
   */
  @Value.Default
  public int languageMinLetters() {
    return 40;
  }

  /**
   * {@return the confidence the language guess needs before {@code message.language} reports;
   * default 0.5 (the rule itself is confidence high; the identifier's guess is not)}
   */
  @Value.Default
  public double languageMinConfidence() {
    return 0.5;
  }

  /**
   * {@return the share of the language evidence the buyer's language needs for a mixed message to
   * pass {@code message.language}; default 0.35 (a product name or signature in another language
   * is fine)}
   */
  @Value.Default
  public double languageMinShare() {
    return 0.35;
  }

  /**
   * {@return how many words besides greetings, thanks, help offers and sign-offs a sentence may
   * hold and still count as filler for {@code message.thank-you-only}; default 8 (names, products,
   * "just a quick note")}
   */
  @Value.Default
  public int thankYouOnlyMaxOtherWords() {
    return 8;
  }

  /**
   * {@return the severity of a text-style pictograph (✔ ❤ ☺ ⚠ without U+FE0F: Unicode emoji whose
   * default presentation is text) for {@code style.emoji}; default WARN: Amazon bans emoji, and
   * many devices draw these as emoji, but they are symbols by default; an emoji such as ⭐ gets the
   * rule's own severity, and symbols that are no emoji in Unicode (★ ☆ ♪) are never reported}
   */
  @Value.Default
  public Severity textSymbolSeverity() {
    return Severity.WARN;
  }

  @Value.Check
  void check() {
    if (languageMinLetters() < 0) {
      throw new IllegalArgumentException("languageMinLetters is invalid: got " + languageMinLetters() + ", expected 0 or more");
    }
    if (!(languageMinConfidence() >= 0 && languageMinConfidence() <= 1)) {
      throw new IllegalArgumentException("languageMinConfidence is invalid: got " + languageMinConfidence() + ", expected a value in [0, 1]");
    }
    if (!(languageMinShare() >= 0 && languageMinShare() <= 1)) {
      throw new IllegalArgumentException("languageMinShare is invalid: got " + languageMinShare() + ", expected a value in [0, 1]");
    }
    if (thankYouOnlyMaxOtherWords() < 0) {
      throw new IllegalArgumentException("thankYouOnlyMaxOtherWords is invalid: got " + thankYouOnlyMaxOtherWords() + ", expected 0 or more");
    }
    RuleCatalog catalog = RuleCatalog.standard();
    Set<String> house = new java.util.HashSet<>();
    for (HouseRule h : houseRules()) {
      if (!house.add(h.id())) {
        throw new IllegalArgumentException("houseRules: id " + h.id() + " is given twice");
      }
    }
    for (String id : severityOverrides().keySet()) {
      if (!house.contains(id)) {
        catalog.get(id);
      }
    }
    for (String id : disabledRules()) {
      if (!house.contains(id)) {
        catalog.get(id);
      }
    }
    if (maxAttachmentBytes() < 0) {
      throw new IllegalArgumentException("maxAttachmentBytes is invalid: got " + maxAttachmentBytes() + ", expected 0 or more");
    }
  }

  /**
   * {@return the severity a finding of the rule gets under these settings}
   *
   * @param ruleId a rule id
   */
  public Severity severityOf(String ruleId) {
    Severity s = severityOverrides().get(ruleId);
    return s != null ? s : RuleCatalog.standard().get(ruleId).defaultSeverity();
  }

  /**
   * {@return true if the rule is checked}
   *
   * @param ruleId a rule id
   */
  public boolean isEnabled(String ruleId) {
    return !disabledRules().contains(ruleId);
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContentSettings}; not thread-safe. */
  public static final class Builder extends ImmutableContentSettings.Builder {
    Builder() {}
  }
}
