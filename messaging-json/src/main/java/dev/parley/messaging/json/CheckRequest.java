package dev.parley.messaging.json;

import dev.parley.messaging.rules.SendRequest;
import java.util.Objects;

/**
 * One check request as the {@code parley check} contract states it: the caller's {@code id}
 * (echoed in the result, empty when not given) and the {@link SendRequest} it describes.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckRequest {
  private final String id;
  private final SendRequest request;

  private CheckRequest(String id, SendRequest request) {
    this.id = Objects.requireNonNull(id, "id");
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * {@return a check request}
   *
   * @param id the caller's id, empty when none
   * @param request what to check
   */
  public static CheckRequest of(String id, SendRequest request) {
    return new CheckRequest(id, request);
  }

  /** {@return the caller's id, empty when none was given} */
  public String id() {
    return id;
  }

  /** {@return what to check} */
  public SendRequest request() {
    return request;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckRequest && id.equals(((CheckRequest) o).id) && request.equals(((CheckRequest) o).request);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + request.hashCode();
  }

  @Override
  public String toString() {
    return "CheckRequest{id=" + id + ", request=" + request + "}";
  }
}
