package dev.parley.messaging.sla;

/**
 * Why an inbound message needs no reply and does not count in the metrics.
 *
 * <p>When several apply, the first in declaration order is reported.
 */
public enum ExclusionReason {
  /** Written by Amazon (notifications, A-to-z, system messages), not by the buyer. */
  FROM_AMAZON,
  /** An automated buyer message (auto-responder, out-of-office). */
  AUTOMATED,
  /** The seller marked it "no response needed" (rule {@code sla.no-response-needed}). */
  NO_RESPONSE_NEEDED,
  /** Received while messaging was inactive, under {@link VacationReading#EXEMPT_NEW_MESSAGES_WHILE_INACTIVE}. */
  VACATION
}
