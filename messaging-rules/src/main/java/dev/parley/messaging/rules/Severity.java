package dev.parley.messaging.rules;

/**
 * How serious a finding is. Declared from most to least serious, so {@code compareTo} orders
 * BLOCK first.
 */
public enum Severity {
  /** Amazon would block the message or penalise the seller: do not send it as it is. */
  BLOCK,
  /** Risky or against guidance, but not known to be blocked: review before sending. */
  WARN,
  /** Worth knowing; no action needed. */
  INFO
}
