package dev.parley.messaging.json.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.messaging.json.Schemas;
import java.util.ArrayList;
import java.util.List;

/** The example payloads inside the SP-API model files (test resources, Apache-2.0). */
final class Models {
  private Models() {}

  static JsonNode model(String file) {
    return Schemas.resource("/spapi-models/" + file);
  }

  /** Every documented example and sandbox response of an operation's answer with the given status. */
  static List<JsonNode> responses(String file, String path, String method, String status) {
    JsonNode r = model(file).path("paths").path(path).path(method).path("responses").path(status);
    List<JsonNode> out = new ArrayList<>();
    r.path("examples").forEach(out::add);
    r.path("x-amzn-api-sandbox").path("static").forEach(s -> out.add(s.path("response")));
    r.path("x-amzn-api-sandbox").path("dynamic").forEach(s -> out.add(s.path("response")));
    out.removeIf(n -> n.isMissingNode() || n.isEmpty());
    return out;
  }

  /** The sandbox request bodies of an operation's answers with the given status. */
  static List<JsonNode> requestBodies(String file, String path, String status) {
    JsonNode r = model(file).path("paths").path(path).path("post").path("responses").path(status);
    List<JsonNode> out = new ArrayList<>();
    r.path("x-amzn-api-sandbox").path("static").forEach(s -> {
      JsonNode body = s.path("request").path("parameters").path("body").path("value");
      if (!body.isMissingNode()) {
        out.add(body);
      }
    });
    return out;
  }
}
