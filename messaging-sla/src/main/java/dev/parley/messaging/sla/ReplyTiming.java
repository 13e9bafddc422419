package dev.parley.messaging.sla;

/**
 * Which seller message can answer an inbound message, by time stamp.
 *
 * <p>A reply takes time, so by default only a seller message sent strictly after the question
 * answers it; a seller message with the very same instant was written before the question was
 * read (a clock artefact or a message crossing it). Tools whose time stamps are only minute- or
 * second-precise may choose {@link #AT_OR_AFTER}.
 */
public enum ReplyTiming {
  /** The default: a seller message answers only questions received strictly before it. */
  STRICTLY_AFTER,
  /** A seller message with exactly the question's instant answers it too. */
  AT_OR_AFTER
}
