package dev.parley.messaging.rules;

/** How sure the specification is of a rule, as graded in Parley's rule sources. */
public enum Confidence {
  /** Amazon's own text, or several consistent sources. */
  HIGH,
  /** Consistent third-party sources, or an official page that may be dated. */
  MEDIUM,
  /** One source only. */
  LOW
}
