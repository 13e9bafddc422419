package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One SP-API call that sends a checked message: the operation, the HTTP method and path (with
 * {@code marketplaceIds}), and the JSON body exactly as the operation's model defines it. The
 * caller signs and sends it with their own SP-API client.
 *
 * <p>The body is a fresh copy on every call of {@link #body()}; otherwise immutable and
 * thread-safe.
 */
public final class SpApiRequest {
  private final String operationId;
  private final String path;
  private final String modelDefinition;
  private final ObjectNode body;

  SpApiRequest(String operationId, String path, String modelDefinition, ObjectNode body) {
    this.operationId = Objects.requireNonNull(operationId);
    this.path = Objects.requireNonNull(path);
    this.modelDefinition = modelDefinition;
    this.body = body;
  }

  /** {@return the SP-API operation, such as {@code createConfirmDeliveryDetails}} */
  public String operationId() {
    return operationId;
  }

  /** {@return the HTTP method: always POST} */
  public String method() {
    return "POST";
  }

  /** {@return the path with its query, such as {@code /messaging/v1/orders/123-1234567-1234567/messages/confirmDeliveryDetails?marketplaceIds=ATVPDKIKX0DER}} */
  public String path() {
    return path;
  }

  /**
   * {@return the model's definition of the body, such as {@code CreateWarrantyRequest}; empty
   * string for the solicitation, which has no body}
   */
  public String modelDefinition() {
    return modelDefinition == null ? "" : modelDefinition;
  }

  /** {@return true if the call carries a JSON body (every Messaging API call does; the solicitation does not)} */
  public boolean hasBody() {
    return body != null;
  }

  /** {@return a copy of the JSON body; an empty object when {@link #hasBody()} is false} */
  public ObjectNode body() {
    return body == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body.deepCopy();
  }

  @Override
  public String toString() {
    return "SpApiRequest{" + method() + " " + path + ", operation=" + operationId + "}";
  }
}
