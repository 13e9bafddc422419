package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** JSON Schema validation for tests: Parley's own schemas (2020-12) and the SP-API model definitions (draft 4). */
public final class Schemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry MODERN = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final SchemaRegistry DRAFT4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  private Schemas() {}

  public static JsonNode resource(String path) {
    try (InputStream in = Schemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of Parley's schemas by name, such as {@code check-result}. */
  public static Schema parley(String name) {
    JsonNode node = resource("/dev/parley/messaging/json/schemas/" + name + ".schema.json");
    return MODERN.getSchema(SchemaLocation.of(node.get("$id").asText()), node);
  }

  /** A schema node with an absolute {@code $id}, 2020-12 (for OpenAPI 3.1 components). */
  public static Schema of(JsonNode node, String location) {
    return MODERN.getSchema(SchemaLocation.of(location), node);
  }

  /** A definition of an SP-API model (Swagger 2.0, JSON Schema draft 4), with the model's other definitions in reach. */
  public static Schema spApi(String model, String definition) {
    JsonNode doc = resource("/spapi-models/" + model);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$ref", "#/definitions/" + definition);
    root.set("definitions", doc.get("definitions"));
    return DRAFT4.getSchema(SchemaLocation.of("urn:spapi:" + model + ":" + definition), root);
  }

  public static List<String> errors(Schema schema, JsonNode value) {
    List<Error> errors = schema.validate(value);
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
  }

  public static void assertValid(Schema schema, JsonNode value) {
    assertThat(errors(schema, value)).as("schema errors for %s", value).isEmpty();
  }
}
