package dev.parley.messaging.kafka;

/** A processor output on its way to one of the topology's sinks; the payload is the record value. */
final class Routed {
  /** Which sink a record goes to. */
  enum Kind {
    DEADLINE,
    SELLER_DELTA,
    VERDICT,
    BLOCKED,
    DEAD_LETTER
  }

  final Kind kind;
  final byte[] payload;

  Routed(Kind kind, byte[] payload) {
    this.kind = kind;
    this.payload = payload;
  }

  byte[] payload() {
    return payload;
  }
}
