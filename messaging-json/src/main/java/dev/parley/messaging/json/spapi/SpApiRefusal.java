package dev.parley.messaging.json.spapi;

/**
 * Parley will not build the SP-API call: the message is blocked, its type has no SP-API
 * operation or was retired, the order is missing, or the attachments, upload destinations or
 * warranty dates do not fit the operation. The message names what is wrong.
 */
public final class SpApiRefusal extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  SpApiRefusal(String message) {
    super(message);
  }
}
