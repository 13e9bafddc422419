package dev.parley.messaging.rules.content;

/** The content policy's overall answer for one message. */
public enum Verdict {
  /** No finding above INFO. */
  PASS,
  /** At least one WARN finding and no BLOCK finding. */
  WARN,
  /** At least one BLOCK finding: Amazon would block the message or penalise the seller. */
  BLOCK
}
