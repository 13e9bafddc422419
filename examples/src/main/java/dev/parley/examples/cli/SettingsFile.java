package dev.parley.examples.cli;

import dev.parley.messaging.json.JsonInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.rules.SendPolicy;
import dev.parley.messaging.rules.Severity;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.HouseRule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code --settings FILE} of {@code parley check}: a JSON object with severity
 * overrides, disabled rules, content-policy parameters, extra allowed or forbidden link domains
 * and house rules. Every error names the JSON path and the value. See README.md for the format.
 */
final class SettingsFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYS = Set.of("severityOverrides", "disabledRules", "parameters", "allowedLinkDomains",
      "forbiddenLinkDomains", "houseRules", "bannedWords");

  private SettingsFile() {}

  /** Reads the file into a send policy; throws {@link JsonInputException} naming what is wrong. */
  static SendPolicy read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new JsonInputException("", "settings file " + file + " is not valid JSON: " + e.getOriginalMessage());
    }
    return parse(root);
  }

  static SendPolicy parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new JsonInputException("", "settings must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new JsonInputException("", "settings." + k + " is not a known setting; expected one of " + new java.util.TreeSet<>(KEYS));
      }
    }
    ContentSettings.Builder b = ContentSettings.builder();
    parameters(root.get("parameters"), b);
    JsonNode overrides = root.get("severityOverrides");
    if (overrides != null) {
      requireObject(overrides, "settings.severityOverrides");
      for (Map.Entry<String, JsonNode> e : overrides.properties()) {
        b.putSeverityOverrides(e.getKey(), severity(e.getValue(), "settings.severityOverrides." + e.getKey()));
      }
    }
    b.addAllDisabledRules(strings(root.get("disabledRules"), "settings.disabledRules"));
    List<String> allowed = strings(root.get("allowedLinkDomains"), "settings.allowedLinkDomains");
    if (!allowed.isEmpty()) {
      Set<String> all = new LinkedHashSet<>(ContentSettings.AMAZON_LINK_DOMAINS);
      all.addAll(allowed);
      b.allowedLinkDomains(List.copyOf(all));
    }
    b.addAllForbiddenLinkDomains(strings(root.get("forbiddenLinkDomains"), "settings.forbiddenLinkDomains"));
    JsonNode house = root.get("houseRules");
    if (house != null) {
      requireArray(house, "settings.houseRules");
      for (int i = 0; i < house.size(); i++) {
        b.addHouseRules(houseRule(house.get(i), "settings.houseRules[" + i + "]"));
      }
    }
    JsonNode banned = root.get("bannedWords");
    if (banned != null) {
      requireArray(banned, "settings.bannedWords");
      for (int i = 0; i < banned.size(); i++) {
        String path = "settings.bannedWords[" + i + "]";
        JsonNode n = banned.get(i);
        requireObject(n, path);
        b.addHouseRules(wrap(path, () -> HouseRule.bannedWords(text(n, "id", path), n.has("severity") ? severity(n.get("severity"), path + ".severity") : Severity.WARN,
            text(n, "explanation", path), strings(n.get("words"), path + ".words"))));
      }
    }
    ContentSettings content = wrap("settings", b::build);
    return SendPolicy.builder().content(content).build();
  }

  private static HouseRule houseRule(JsonNode n, String path) {
    requireObject(n, path);
    HouseRule.Builder h = HouseRule.builder()
        .id(text(n, "id", path))
        .summary(n.has("summary") ? text(n, "summary", path) : "House rule " + text(n, "id", path) + ".")
        .explanation(text(n, "explanation", path))
        .addAllPhrases(strings(n.get("phrases"), path + ".phrases"))
        .addAllExceptions(strings(n.get("exceptions"), path + ".exceptions"));
    if (n.has("severity")) {
      h.severity(severity(n.get("severity"), path + ".severity"));
    }
    return wrap(path, h::build);
  }

  /** Sets each parameter through the builder method of the same name, converting the JSON value to its type. */
  private static void parameters(JsonNode params, ContentSettings.Builder b) {
    if (params == null) {
      return;
    }
    requireObject(params, "settings.parameters");
    Map<String, Method> setters = new TreeMap<>();
    for (Method m : ContentSettings.Builder.class.getMethods()) {
      if (m.getParameterCount() == 1 && m.getReturnType().isAssignableFrom(ContentSettings.Builder.class) && !m.getName().startsWith("add")
          && !m.getName().startsWith("put") && !m.getName().equals("from") && !m.getName().equals("severityOverrides")
          && !m.getName().equals("disabledRules") && !m.getName().equals("houseRules") && !m.getName().equals("forbiddenLinkDomains")
          && m.getParameterTypes()[0] != Map.class && !m.getParameterTypes()[0].getName().endsWith("ContentSettings")) {
        if (!Iterable.class.isAssignableFrom(m.getParameterTypes()[0]) || m.getGenericParameterTypes()[0] instanceof ParameterizedType) {
          setters.putIfAbsent(m.getName(), m);
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      String path = "settings.parameters." + e.getKey();
      Method m = setters.get(e.getKey());
      if (m == null) {
        throw new JsonInputException("", path + " is not a parameter of the content policy; expected one of " + setters.keySet());
      }
      Object value = convert(e.getValue(), m.getGenericParameterTypes()[0], path);
      try {
        // declared on the generated builder, a package-private class: public methods, private class
        m.setAccessible(true);
        m.invoke(b, value);
      } catch (IllegalAccessException ex) {
        throw new IllegalStateException(ex);
      } catch (InvocationTargetException ex) {
        throw new JsonInputException("", path + " is invalid: got " + e.getValue() + ": " + ex.getCause().getMessage());
      }
    }
  }

  private static Object convert(JsonNode v, Type type, String path) {
    if (type == int.class) {
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new JsonInputException("", path + " must be a whole number, got " + v);
      }
      return v.intValue();
    }
    if (type == long.class) {
      if (!v.canConvertToLong() || !v.isIntegralNumber()) {
        throw new JsonInputException("", path + " must be a whole number, got " + v);
      }
      return v.longValue();
    }
    if (type == double.class) {
      if (!v.isNumber()) {
        throw new JsonInputException("", path + " must be a number, got " + v);
      }
      return v.doubleValue();
    }
    if (type == boolean.class) {
      if (!v.isBoolean()) {
        throw new JsonInputException("", path + " must be true or false, got " + v);
      }
      return v.booleanValue();
    }
    if (type == Severity.class) {
      return severity(v, path);
    }
    if (type instanceof ParameterizedType) {
      Type raw = ((ParameterizedType) type).getRawType();
      List<String> items = strings(v, path);
      if (raw == Set.class) {
        return Set.copyOf(items);
      }
      return List.copyOf(items);
    }
    throw new JsonInputException("", path + " cannot be set from a settings file");
  }

  private static Severity severity(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new JsonInputException("", path + " must be BLOCK, WARN or INFO, got " + v);
    }
    try {
      return Severity.valueOf(v.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new JsonInputException("", path + " must be BLOCK, WARN or INFO, got \"" + v.asText() + "\"");
    }
  }

  private static String text(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new JsonInputException("", path + "." + field + " must be a string, got " + (v == null ? "nothing" : v.toString()));
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode v, String path) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    requireArray(v, path);
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new JsonInputException("", path + "[" + i + "] must be a string, got " + v.get(i));
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  private static void requireObject(JsonNode v, String path) {
    if (!v.isObject()) {
      throw new JsonInputException("", path + " must be a JSON object, got " + v);
    }
  }

  private static void requireArray(JsonNode v, String path) {
    if (!v.isArray()) {
      throw new JsonInputException("", path + " must be a JSON array, got " + v);
    }
  }

  private static <T> T wrap(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new JsonInputException("", path + " is invalid: " + e.getMessage());
    }
  }
}
