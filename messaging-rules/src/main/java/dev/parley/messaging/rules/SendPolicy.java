package dev.parley.messaging.rules;

import dev.parley.messaging.rules.classify.ClassifierSettings;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.delivery.DeliverySettings;
import dev.parley.messaging.rules.order.OrderSettings;
import org.immutables.value.Value;

/**
 * Every parameter of the {@link SendCheck}: the content policy's settings (whose severity
 * overrides and disabled rules apply to every finding of the check, including the delivery and
 * per-order rules), the classifier's, the delivery rules' dated overrides and the per-order rules'
 * windows and caps.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints every parameter. Start from {@link
 * #defaults()} or {@link #builder()}.
 */
@Value.Immutable
public abstract class SendPolicy {
  private static final SendPolicy DEFAULTS = builder().build();

  SendPolicy() {}

  /** {@return the policy with every default} */
  public static SendPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return the content policy's settings (and the severity overrides of the whole check)} */
  @Value.Default
  public ContentSettings content() {
    return ContentSettings.defaults();
  }

  /** {@return the classifier's settings (critical flags of INVOICE and SERVICE_APPOINTMENT, scoring)} */
  @Value.Default
  public ClassifierSettings classifier() {
    return ClassifierSettings.defaults();
  }

  /** {@return the delivery rules' settings (legacy overrides, off by default)} */
  @Value.Default
  public DeliverySettings delivery() {
    return DeliverySettings.defaults();
  }

  /** {@return the per-order rules' settings (windows, anchor, daily cap)} */
  @Value.Default
  public OrderSettings order() {
    return OrderSettings.defaults();
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SendPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableSendPolicy.Builder {
    Builder() {}
  }
}
