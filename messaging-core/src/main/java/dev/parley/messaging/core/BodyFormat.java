package dev.parley.messaging.core;

/** The format of a message body. */
public enum BodyFormat {
  /** Plain text. */
  TEXT,
  /** HTML, as e-mail through the buyer's alias may carry. */
  HTML
}
