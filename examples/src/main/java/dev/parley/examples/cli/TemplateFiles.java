package dev.parley.examples.cli;

import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.Values;
import dev.parley.messaging.json.JsonPositions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.templates.Template;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads template files: plain text ({@code .txt}), Markdown ({@code .md}) and HTML ({@code
 * .html}, {@code .htm}) with optional YAML front matter between {@code ---} lines, and JSON or
 * YAML files holding one template, a list of them, or {@code templates:} (a list, or a map from id
 * to template). A template's fields: {@code body} (required in JSON and YAML; the text after the
 * front matter otherwise), {@code subject}, {@code id} (or {@code name}), {@code type}, {@code
 * marketplace}, {@code locale} (the buyer's), {@code format} ({@code text} or {@code html}) and
 * {@code replyToBuyer}. Each subject and body keeps where it is written, for file positions.
 */
final class TemplateFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> EXTENSIONS = List.of("txt", "text", "md", "markdown", "html", "htm", "json", "yaml", "yml");

  private TemplateFiles() {}

  /** One template read from a file, with where its subject and body are written. */
  static final class Entry {
    final String id;
    final Template template;
    final CheckContext context;
    final Located subject;
    final Located body;
    final int line;
    /** Non-null when this template of a file holding several could not be read; the others still are. */
    final Malformed error;

    Entry(String id, Template template, CheckContext context, Located subject, Located body, int line) {
      this.id = id;
      this.template = template;
      this.context = context;
      this.subject = subject;
      this.body = body;
      this.line = line;
      this.error = null;
    }

    Entry(Malformed error) {
      this.id = error.id;
      this.template = null;
      this.context = null;
      this.subject = null;
      this.body = null;
      this.line = error.line;
      this.error = error;
    }
  }

  /** A file that cannot be read as templates; the message names the field and the value. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String id;

    Malformed(String message, int line, int column, String id) {
      super(message);
      this.line = line;
      this.column = column;
      this.id = id;
    }
  }

  static boolean isTemplateFile(Path p) {
    return EXTENSIONS.contains(extension(p));
  }

  static String extension(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static List<Entry> read(Path file, Marketplace defaultMarketplace) throws IOException, Malformed {
    String text = decode(Files.readAllBytes(file));
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    switch (extension(file)) {
      case "json":
        return json(text, name, defaultMarketplace);
      case "yaml":
      case "yml":
        return yaml(text, name, defaultMarketplace);
      case "html":
      case "htm":
        return List.of(textFile(text, name, BodyFormat.HTML, defaultMarketplace));
      default:
        return List.of(textFile(text, name, BodyFormat.TEXT, defaultMarketplace));
    }
  }

  private static String decode(byte[] bytes) throws Malformed {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? " " + s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new Malformed("file is not valid UTF-8", 1, 1, "");
    }
  }

  // ---------------------------------------------------------------- text, Markdown, HTML

  private static Entry textFile(String text, String name, BodyFormat defaultFormat, Marketplace market) throws Malformed {
    SourceText source = new SourceText(text, 1);
    Fields fields = Fields.NONE;
    int bodyStart = 0;
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
      int open = text.indexOf('\n') + 1;
      int close = -1;
      int p = open;
      while (p < text.length()) {
        int eol = text.indexOf('\n', p);
        String line = (eol < 0 ? text.substring(p) : text.substring(p, eol)).strip();
        if (line.equals("---") || line.equals("...")) {
          close = p;
          bodyStart = eol < 0 ? text.length() : eol + 1;
          break;
        }
        if (eol < 0) {
          break;
        }
        p = eol + 1;
      }
      if (close < 0) {
        throw new Malformed("front matter opened with --- on line 1 is not closed by a --- line", 1, 1, "");
      }
      SourceText front = new SourceText(text.substring(0, close), 1);
      Node node = composeYaml(front.text, 0);
      if (node != null && !(node instanceof MappingNode)) {
        throw new Malformed("front matter must be a YAML mapping (subject: …, type: …), got " + kind(node), line(node), column(node), "");
      }
      if (node != null) {
        fields = new YamlFields((MappingNode) node, front);
      }
      if (fields.text("body").isPresent()) {
        throw new Malformed("body must not be set in the front matter: the body is the text after it", fields.line("body"), 1, "");
      }
    }
    String body = text.substring(bodyStart);
    Located bodyAt = Located.verbatim(body, source, bodyStart);
    return entry(fields, name, body, bodyAt, defaultFormat, market, source.lineColumn(bodyStart)[0]);
  }

  // ---------------------------------------------------------------- JSON

  /** A parser message without Jackson's "(start marker at [Source: …])" aside. */
  private static String withoutSource(String message) {
    if (message == null) {
      return "malformed input";
    }
    int i = message.indexOf(" (start marker at [Source:");
    if (i < 0) {
      i = message.indexOf("\n at [Source:");
    }
    return i < 0 ? message : message.substring(0, i);
  }

  private static List<Entry> json(String text, String name, Marketplace market) throws Malformed {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      throw new Malformed("not valid JSON: " + withoutSource(e.getOriginalMessage()), Math.max(1, line), Math.max(1, column), "");
    }
    if (root == null || root.isMissingNode()) {
      throw new Malformed("file is empty: expected a template object with body, an array of them, or {\"templates\": …}", 1, 1, "");
    }
    SourceText source = new SourceText(text, 1);
    Map<String, Integer> offsets = JsonPositions.stringOffsets(text);
    List<Entry> out = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    List<JsonNode> nodes = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    JsonNode list = root.isObject() && root.has("templates") ? root.get("templates") : root;
    String prefix = list == root ? "" : "/templates";
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        nodes.add(list.get(i));
        pointers.add(prefix + "/" + i);
        keys.add(null);
      }
    } else if (list.isObject() && list != root) {
      for (Iterator<Map.Entry<String, JsonNode>> it = list.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        nodes.add(e.getValue());
        pointers.add(prefix + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
        keys.add(e.getKey());
      }
    } else if (list.isObject()) {
      nodes.add(list);
      pointers.add("");
      keys.add(null);
    } else {
      throw new Malformed("expected a template object with body, an array of them, or {\"templates\": …}, got " + list.getNodeType().name().toLowerCase(Locale.ROOT), 1, 1, "");
    }
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      String label = nodes.size() == 1 && keys.get(i) == null ? name : name + "#" + (keys.get(i) != null ? keys.get(i) : String.valueOf(i));
      JsonFields fields = new JsonFields(n, pointers.get(i), offsets, source, label);
      try {
        if (!n.isObject()) {
          throw new Malformed("template " + label + " must be an object with body, got " + n.getNodeType().name().toLowerCase(Locale.ROOT), fields.line(""), 1, "");
        }
        String idOrEmpty = fields.text("id").orElse("");
        String body = fields.text("body").orElseThrow(() -> new Malformed("body is required: template " + label + " has none",
            fields.line(""), 1, idOrEmpty));
        out.add(entry(fields, label, body, fields.located("body"), BodyFormat.TEXT, market, fields.line("body")));
      } catch (Malformed e) {
        out.add(new Entry(e));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- YAML

  private static List<Entry> yaml(String text, String name, Marketplace market) throws Malformed {
    Node root = composeYaml(text, 0);
    if (root == null) {
      throw new Malformed("file is empty: expected a template mapping with body, a list of them, or templates: …", 1, 1, "");
    }
    SourceText source = new SourceText(text, 1);
    List<Node> nodes = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Node list = root;
    if (root instanceof MappingNode) {
      Node templates = YamlFields.child((MappingNode) root, "templates");
      if (templates != null) {
        list = templates;
      }
    }
    if (list instanceof SequenceNode) {
      for (Node n : ((SequenceNode) list).getValue()) {
        nodes.add(n);
        keys.add(null);
      }
    } else if (list instanceof MappingNode && list != root) {
      for (NodeTuple t : ((MappingNode) list).getValue()) {
        nodes.add(t.getValueNode());
        keys.add(t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "?");
      }
    } else if (list instanceof MappingNode) {
      nodes.add(list);
      keys.add(null);
    } else {
      throw new Malformed("expected a template mapping with body, a list of them, or templates: …, got " + kind(list), line(list), column(list), "");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String label = nodes.size() == 1 && keys.get(i) == null ? name : name + "#" + (keys.get(i) != null ? keys.get(i) : String.valueOf(i));
      try {
        if (!(n instanceof MappingNode)) {
          throw new Malformed("template " + label + " must be a mapping with body, got " + kind(n), line(n), column(n), "");
        }
        YamlFields fields = new YamlFields((MappingNode) n, source);
        String idOrEmpty = fields.text("id").orElse("");
        String body = fields.text("body").orElseThrow(() -> new Malformed("body is required: template " + label + " has none",
            line(n), column(n), idOrEmpty));
        out.add(entry(fields, label, body, fields.located("body"), BodyFormat.TEXT, market, fields.line("body")));
      } catch (Malformed e) {
        out.add(new Entry(e));
      }
    }
    return out;
  }

  private static Node composeYaml(String text, int lineOffset) throws Malformed {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(16 * 1024 * 1024);
    try {
      return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(new DumperOptions()),
          new DumperOptions(), options).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new Malformed("not valid YAML: " + e.getProblem(), m == null ? 1 : m.getLine() + 1 + lineOffset, m == null ? 1 : m.getColumn() + 1, "");
    } catch (RuntimeException e) {
      throw new Malformed("not valid YAML: " + e.getMessage(), 1, 1, "");
    }
  }

  static String kind(Node n) {
    return n instanceof ScalarNode ? "a scalar" : n instanceof SequenceNode ? "a list" : "a mapping";
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  static int column(Node n) {
    return n.getStartMark().getColumn() + 1;
  }

  // ---------------------------------------------------------------- common

  private static Entry entry(Fields f, String label, String body, Located bodyAt, BodyFormat defaultFormat, Marketplace market, int line) throws Malformed {
    Optional<String> name = f.text("name");
    String id = f.text("id").or(() -> name).filter(s -> !s.isBlank()).orElse(label);
    try {
      Template.Builder t = Template.builder().id(id).body(body).bodyFormat(defaultFormat);
      Optional<String> subject = f.text("subject");
      subject.ifPresent(t::subject);
      f.text("type").filter(s -> !s.isBlank()).ifPresent(s -> t.type(Values.enumValue(MessageType.class, "type", s)));
      f.text("format").filter(s -> !s.isBlank()).ifPresent(s -> t.bodyFormat(Values.enumValue(BodyFormat.class, "format", s)));
      Marketplace m = f.text("marketplace").filter(s -> !s.isBlank()).map(Marketplace::of).orElse(market);
      CheckContext.Builder ctx = CheckContext.builder().marketplace(m);
      Optional<String> buyerLocale = f.text("buyerLocale");
      Optional<String> locale = f.text("locale").or(() -> buyerLocale).filter(s -> !s.isBlank());
      if (locale.isPresent()) {
        Locale l = Locale.forLanguageTag(locale.get().replace('_', '-'));
        if (l.getLanguage().isEmpty()) {
          throw new JsonInputException("", "locale must be a language tag such as de-DE, got \"" + locale.get() + "\"");
        }
        ctx.buyerLocale(l);
      }
      Optional<String> reply = f.text("replyToBuyer");
      if (reply.isPresent()) {
        if (!reply.get().equalsIgnoreCase("true") && !reply.get().equalsIgnoreCase("false")) {
          throw new JsonInputException("", "replyToBuyer must be true or false, got \"" + reply.get() + "\"");
        }
        ctx.replyToBuyer(Boolean.parseBoolean(reply.get().toLowerCase(Locale.ROOT)));
      }
      Located subjectAt = subject.isPresent() ? f.located("subject") : Located.at("", new SourceText("", line), 0);
      return new Entry(id, t.build(), ctx.build(), subjectAt, bodyAt, line);
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage(), line, 1, id);
    }
  }

  /** The fields of one template, whatever the file format. */
  interface Fields {
    Fields NONE = new Fields() {
      @Override
      public Optional<String> text(String key) {
        return Optional.empty();
      }

      @Override
      public Located located(String key) {
        throw new IllegalStateException("no field " + key);
      }

      @Override
      public int line(String key) {
        return 1;
      }
    };

    /** The field's value as text (numbers and booleans as written); empty when absent or null. */
    Optional<String> text(String key) throws Malformed;

    Located located(String key);

    /** The 1-based line of the field's value (or of the template when the key is empty or absent). */
    int line(String key);
  }

  private static final class JsonFields implements Fields {
    private final JsonNode node;
    private final String pointer;
    private final Map<String, Integer> offsets;
    private final SourceText source;
    private final String label;

    JsonFields(JsonNode node, String pointer, Map<String, Integer> offsets, SourceText source, String label) {
      this.node = node;
      this.pointer = pointer;
      this.offsets = offsets;
      this.source = source;
      this.label = label;
    }

    @Override
    public Optional<String> text(String key) throws Malformed {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isValueNode()) {
        throw new Malformed(key + " must be a string, got " + v.getNodeType().name().toLowerCase(Locale.ROOT) + " in template " + label, line(key), 1, "");
      }
      return Optional.of(v.asText());
    }

    @Override
    public Located located(String key) {
      Integer quote = offsets.get(pointer + "/" + key);
      String value = node.path(key).asText("");
      return quote == null ? Located.at(value, source, 0) : Located.jsonString(value, source, quote);
    }

    @Override
    public int line(String key) {
      Integer quote = offsets.get(pointer + "/" + key);
      if (quote == null) {
        // The template's first string value, else line 1.
        int best = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : offsets.entrySet()) {
          if (e.getKey().startsWith(pointer + "/") && e.getValue() < best) {
            best = e.getValue();
          }
        }
        return best == Integer.MAX_VALUE ? 1 : source.lineColumn(best)[0];
      }
      return source.lineColumn(quote)[0];
    }
  }

  private static final class YamlFields implements Fields {
    private final MappingNode node;
    private final SourceText source;

    YamlFields(MappingNode node, SourceText source) {
      this.node = node;
      this.source = source;
    }

    static Node child(MappingNode m, String key) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
          return t.getValueNode();
        }
      }
      return null;
    }

    @Override
    public Optional<String> text(String key) throws Malformed {
      Node v = child(node, key);
      if (v == null) {
        return Optional.empty();
      }
      if (!(v instanceof ScalarNode)) {
        throw new Malformed(key + " must be text, got " + kind(v), TemplateFiles.line(v), TemplateFiles.column(v), "");
      }
      ScalarNode s = (ScalarNode) v;
      if (s.getTag().getValue().endsWith(":null")) {
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    }

    @Override
    public Located located(String key) {
      Node v = child(node, key);
      if (!(v instanceof ScalarNode)) {
        return Located.at("", source, 0);
      }
      return YamlPositions.locate((ScalarNode) v, source);
    }

    @Override
    public int line(String key) {
      Node v = child(node, key);
      return TemplateFiles.line(v == null ? node : v);
    }
  }
}
