package dev.parley.messaging.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An RFC 9457 problem detail: type, title, status, detail, and the JSON path of the offending field. */
final class Problem extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;
  final String kind;
  final String title;
  final String field;

  Problem(int status, String kind, String title, String detail, String field) {
    super(detail);
    this.status = status;
    this.kind = kind;
    this.title = title;
    this.field = field;
  }

  static Problem invalid(String detail, String field) {
    return new Problem(400, "invalid-input", "The request is malformed or invalid", detail, field);
  }

  static Problem tooLarge(String detail) {
    return new Problem(413, "too-large", "The request is larger than the server accepts", detail, null);
  }

  ObjectNode toJson(String instance) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("type", "urn:parley:problem:" + kind);
    n.put("title", title);
    n.put("status", status);
    n.put("detail", getMessage());
    n.put("instance", instance);
    if (field != null) {
      n.put("field", field);
    }
    return n;
  }
}
