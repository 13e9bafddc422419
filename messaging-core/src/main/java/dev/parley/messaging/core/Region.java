package dev.parley.messaging.core;

/** The Selling Partner API region that serves a {@link Marketplace}. */
public enum Region {
  /** North America: United States, Canada, Mexico, Brazil. */
  NA,
  /** Europe, the Middle East, Africa and India. */
  EU,
  /** Far East: Japan, Australia, Singapore. */
  FE
}
