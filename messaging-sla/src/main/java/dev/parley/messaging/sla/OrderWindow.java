package dev.parley.messaging.sla;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time window of one order, {@code [opensAt, closesAt)}: when it opens and closes, how the
 * instants were derived (including any fallback for a missing date), and why it does not apply,
 * if it does not.
 *
 * <p>An absent {@link #closesAt()} means the close is not known yet (for example a return window
 * before delivery). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderWindow {
  OrderWindow() {}

  /** {@return which window this is} */
  public abstract WindowKind kind();

  /** {@return the rule id, such as {@code solicitation.window}} */
  public String ruleId() {
    return kind().ruleId();
  }

  /** {@return the first instant inside the window, when known} */
  public abstract Optional<Instant> opensAt();

  /** {@return the first instant after the window, when known} */
  public abstract Optional<Instant> closesAt();

  /** {@return how the instants were derived, naming the dates used and any fallback} */
  public abstract String basis();

  /** {@return why the window does not apply to the order; empty when it applies} */
  public abstract Optional<String> unavailableReason();

  /**
   * {@return the status at the instant}
   *
   * @param at the instant
   */
  public WindowStatus status(Instant at) {
    if (unavailableReason().isPresent() || opensAt().isEmpty()) {
      return WindowStatus.UNAVAILABLE;
    }
    if (at.isBefore(opensAt().get())) {
      return WindowStatus.NOT_YET_OPEN;
    }
    if (closesAt().isPresent() && !at.isBefore(closesAt().get())) {
      return WindowStatus.CLOSED;
    }
    return WindowStatus.OPEN;
  }

  /**
   * {@return true if the window is open at the instant}
   *
   * @param at the instant
   */
  public boolean isOpen(Instant at) {
    return status(at) == WindowStatus.OPEN;
  }

  /**
   * {@return the next instant after {@code at} at which the status changes: the opening when not
   * yet open, the close when open; empty when closed, unavailable or the close is unknown}
   *
   * @param at the instant
   */
  public Optional<Instant> nextBoundary(Instant at) {
    switch (status(at)) {
      case NOT_YET_OPEN:
        return opensAt();
      case OPEN:
        return closesAt();
      default:
        return Optional.empty();
    }
  }

  @Value.Check
  void check() {
    if (opensAt().isPresent() && closesAt().isPresent()) {
      dev.parley.messaging.sla.internal.Args.check(!closesAt().get().isBefore(opensAt().get()), "closesAt",
          closesAt().get(), "an instant not before opensAt (" + opensAt().get() + ")");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableOrderWindow.Builder {
    Builder() {}
  }
}
