package dev.parley.messaging.core;

/**
 * An Amazon order id in its 3-7-7 digit form, such as {@code 302-1234567-1234567}.
 *
 * <p>Immutable and thread-safe; equal ids have equal {@link #toString()} forms.
 */
public final class OrderId implements Comparable<OrderId> {
  private static final int[] GROUPS = {3, 7, 7};

  private final String value;

  private OrderId(String value) {
    this.value = value;
  }

  /**
   * Parses an order id. Surrounding white space is ignored; the three digit groups may be
   * separated by hyphens (the canonical form) or given as 17 digits without separators.
   *
   * @param text the text to parse
   * @return the order id
   * @throws IllegalArgumentException if the text is not a 3-7-7 order id; the message names it
   */
  public static OrderId parse(String text) {
    Checks.notNull("orderId", text);
    String s = text.strip();
    String digits;
    if (s.length() == 19 && s.charAt(3) == '-' && s.charAt(11) == '-') {
      digits = s.substring(0, 3) + s.substring(4, 11) + s.substring(12);
    } else {
      digits = s;
    }
    boolean ok = digits.length() == 17;
    for (int i = 0; ok && i < digits.length(); i++) {
      char c = digits.charAt(i);
      ok = c >= '0' && c <= '9';
    }
    Checks.check(ok, "orderId", text, "three digit groups of 3, 7 and 7 digits, such as 302-1234567-1234567");
    return new OrderId(
        digits.substring(0, GROUPS[0])
            + '-'
            + digits.substring(3, 10)
            + '-'
            + digits.substring(10));
  }

  /**
   * Tells whether the text is an order id that {@link #parse} accepts.
   *
   * @param text any text, or null
   * @return true if it parses
   */
  public static boolean isValid(String text) {
    return Checks.parses(text, OrderId::parse);
  }

  /** {@return the canonical 3-7-7 form with hyphens} */
  public String format() {
    return value;
  }

  /** {@return the 17 digits without hyphens} */
  public String digits() {
    return value.replace("-", "");
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderId && ((OrderId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@return the canonical 3-7-7 form, the same as {@link #format()}} */
  @Override
  public String toString() {
    return value;
  }
}
