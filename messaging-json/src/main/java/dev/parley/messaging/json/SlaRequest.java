package dev.parley.messaging.json;

import dev.parley.messaging.sla.SlaPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An SLA question as the service receives it: the threads, the policy and the instant to
 * evaluate. Immutable and thread-safe.
 */
public final class SlaRequest {
  private final List<ThreadInput> threads;
  private final SlaPolicy policy;
  private final Instant at;

  private SlaRequest(List<ThreadInput> threads, SlaPolicy policy, Instant at) {
    this.threads = List.copyOf(threads);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * {@return an SLA request}
   *
   * @param threads the threads, ids unique
   * @param policy the response window and due-soon lead
   * @param at the instant to evaluate
   */
  public static SlaRequest of(List<ThreadInput> threads, SlaPolicy policy, Instant at) {
    return new SlaRequest(threads, policy, at);
  }

  /** {@return the threads} */
  public List<ThreadInput> threads() {
    return threads;
  }

  /** {@return the policy} */
  public SlaPolicy policy() {
    return policy;
  }

  /** {@return the instant to evaluate} */
  public Instant at() {
    return at;
  }

  /** {@return the report: work queue, exclusions and metrics} */
  public SlaReport report() {
    return SlaReport.compute(threads, policy, at);
  }
}
