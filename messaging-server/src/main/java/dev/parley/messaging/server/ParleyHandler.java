package dev.parley.messaging.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.json.CheckRequest;
import dev.parley.messaging.json.CheckResult;
import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.LintRequest;
import dev.parley.messaging.json.ParleyJson;
import dev.parley.messaging.json.SlaRequest;
import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.templates.TemplateCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the service's requests. The engines are shared by every request (they are immutable);
 * bodies are never logged.
 */
final class ParleyHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(ParleyHandler.class);
  private static final String JSON_TYPE = "application/json";
  private static final String PROBLEM_TYPE = "application/problem+json";

  private final ServerConfig config;
  private final ParleyJson json = ParleyJson.standard();
  private final SendCheck check = SendCheck.standard();
  private final TemplateCheck templates = TemplateCheck.standard();
  private final byte[] openApi;
  private final byte[] rules;
  private final WebPages pages = new WebPages();

  ParleyHandler(ServerConfig config) {
    this.config = config;
    this.openApi = OpenApi.document();
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      all.add(json.writeRule(r));
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("rules", all);
    this.rules = json.write(root).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long started = System.nanoTime();
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      switch (path) {
        case "/healthz":
          allow(method, "GET");
          send(response, callback, 200, JSON_TYPE, "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
          return true;
        case "/openapi.json":
          allow(method, "GET");
          send(response, callback, 200, JSON_TYPE, openApi);
          return true;
        case "/v1/rules":
          allow(method, "GET");
          send(response, callback, 200, JSON_TYPE, rules);
          return true;
        case "/v1/check":
          allow(method, "POST");
          sendJson(response, callback, 200, check(body(request, started), started, redact(request)));
          return true;
        case "/v1/lint":
          allow(method, "POST");
          sendJson(response, callback, 200, lint(body(request, started), started));
          return true;
        case "/v1/sla":
          allow(method, "POST");
          sendJson(response, callback, 200, sla(body(request, started)));
          return true;
        case "/v1/sla/daily":
          allow(method, "POST");
          sendJson(response, callback, 200, slaDaily(body(request, started)));
          return true;
        default:
          if (pages.serve(request, response, callback, path)) {
            return true;
          }
          throw new Problem(404, "not-found", "No such resource", "no resource at " + path
              + "; see /openapi.json for the endpoints", null);
      }
    } catch (Problem p) {
      if (p.status == 405) {
        response.getHeaders().put(HttpHeader.ALLOW, p.field);
        sendProblem(response, callback, new Problem(405, p.kind, p.title, p.getMessage(), null), path);
      } else {
        if (p.status == 413 || p.status == 408) {
          response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        sendProblem(response, callback, p, path);
      }
      return true;
    } catch (RuntimeException e) {
      // The exception's message may quote input, so only its type is logged above DEBUG.
      LOG.error("request {} {} failed with {}", method, path, e.getClass().getName());
      LOG.debug("request {} {} failed", method, path, e);
      sendProblem(response, callback, new Problem(500, "internal", "Internal error", "the server failed to answer; see its log", null), path);
      return true;
    }
  }

  private static void allow(String method, String allowed) throws Problem {
    if (!method.equals(allowed)) {
      throw new Problem(405, "method-not-allowed", "Method not allowed", method + " is not allowed here; use " + allowed, allowed);
    }
  }

  private JsonNode body(Request request, long started) throws Problem {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals(JSON_TYPE) && !media.endsWith("+json")) {
      throw new Problem(415, "unsupported-media-type", "Unsupported media type",
          "the body must be JSON (Content-Type: application/json), got " + (type == null ? "no Content-Type" : type), null);
    }
    long length = request.getLength();
    long deadline = started + config.readTimeout().toNanos();
    InputStream raw = Content.Source.asInputStream(request);
    if (length > config.maxBodyBytes()) {
      if (length <= config.maxBodyBytes() + SWALLOW_BYTES) {
        swallow(raw, deadline);
      }
      throw Problem.tooLarge("the request body has " + length + " bytes; the limit is " + config.maxBodyBytes());
    }
    try {
      // Closing the parser's stream must leave the request's stream open: an oversized body is swallowed from it below.
      InputStream unclosed = new java.io.FilterInputStream(raw) {
        @Override
        public void close() {}
      };
      try (InputStream in = new BoundedInput(unclosed, config.maxBodyBytes(), deadline)) {
        return json.parse(in);
      }
    } catch (BoundedInput.TooLarge e) {
      swallow(raw, deadline);
      throw Problem.tooLarge(e.getMessage() + "; the limit is configurable");
    } catch (BoundedInput.TooSlow e) {
      throw new Problem(408, "request-timeout", "Request timeout", e.getMessage(), null);
    } catch (JsonInputException e) {
      throw Problem.invalid(e.getMessage(), null);
    } catch (IOException | UncheckedIOException e) {
      // The client went away or stalled past the idle timeout: nothing useful can be answered.
      throw new Problem(408, "request-timeout", "Request timeout", "the request body could not be read completely", null);
    }
  }

  /**
   * Bytes of an oversized body read and dropped before the 413 is sent: a client that is still
   * sending then reads the answer instead of a reset connection. A body larger than the limit by
   * more than this is not read; its connection is closed after the answer.
   */
  static final long SWALLOW_BYTES = 4L * 1024 * 1024;

  /** Reads and drops what is left of a body, at most {@link #SWALLOW_BYTES}, until the read deadline. */
  private static void swallow(InputStream raw, long deadline) {
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while (total < SWALLOW_BYTES && System.nanoTime() - deadline < 0 && (n = raw.read(buffer)) >= 0) {
        total += n;
      }
    } catch (IOException | UncheckedIOException e) {
      // The client went away: the answer may still reach it, or nobody is left to read it.
    }
  }

  /** The {@code redact} query parameter of {@code /v1/check}: absent or false, or true for the redacted message. */
  private static boolean redact(Request request) throws Problem {
    String query = request.getHttpURI().getQuery();
    if (query == null) {
      return false;
    }
    boolean redact = false;
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals("redact")) {
        String v = kv.length == 2 ? kv[1] : "";
        if (!v.equals("true") && !v.equals("false")) {
          throw Problem.invalid("redact must be true or false, got \"" + v + "\"", "redact");
        }
        redact = v.equals("true");
      }
    }
    return redact;
  }

  private CheckResult result(CheckRequest r, boolean redact) {
    return redact ? CheckResult.withRedaction(r.id(), check.check(r.request())) : CheckResult.of(r.id(), check.check(r.request()));
  }

  private JsonNode check(JsonNode body, long started, boolean redact) throws Problem {
    Instant now = config.clock().instant();
    long deadline = started + config.computeTimeout().toNanos();
    try {
      if (body.isArray()) {
        if (body.size() > config.maxBatch()) {
          throw Problem.tooLarge("the batch has " + body.size() + " requests; the limit is " + config.maxBatch());
        }
        List<CheckRequest> requests = new java.util.ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
          requests.add(json.readCheckRequest(body.get(i), "[" + i + "]", now));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (CheckRequest r : requests) {
          if (System.nanoTime() - deadline > 0) {
            throw new Problem(503, "compute-timeout", "Computation took too long",
                "the batch did not finish within " + config.computeTimeout() + "; send smaller batches", null);
          }
          out.add(json.writeCheckResult(result(r, redact)));
        }
        return out;
      }
      if (!body.isObject()) {
        throw Problem.invalid("the body must be a check request object or an array of them", "");
      }
      CheckRequest r = json.readCheckRequest(body, "", now);
      return json.writeCheckResult(result(r, redact));
    } catch (JsonInputException e) {
      throw Problem.invalid(e.getMessage(), e.path());
    }
  }

  private JsonNode lint(JsonNode body, long started) throws Problem {
    long deadline = started + config.computeTimeout().toNanos();
    try {
      if (body.isArray()) {
        if (body.size() > config.maxBatch()) {
          throw Problem.tooLarge("the batch has " + body.size() + " templates; the limit is " + config.maxBatch());
        }
        List<LintRequest> requests = new java.util.ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
          requests.add(json.readLintRequest(body.get(i), "[" + i + "]"));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (LintRequest r : requests) {
          if (System.nanoTime() - deadline > 0) {
            throw new Problem(503, "compute-timeout", "Computation took too long",
                "the batch did not finish within " + config.computeTimeout() + "; send smaller batches", null);
          }
          out.add(json.writeLintResult(r.id(), templates.check(r.template(), r.context())));
        }
        return out;
      }
      if (!body.isObject()) {
        throw Problem.invalid("the body must be a lint request object or an array of them", "");
      }
      LintRequest r = json.readLintRequest(body, "");
      return json.writeLintResult(r.id(), templates.check(r.template(), r.context()));
    } catch (JsonInputException e) {
      throw Problem.invalid(e.getMessage(), e.path());
    }
  }

  private JsonNode sla(JsonNode body) throws Problem {
    try {
      SlaRequest r = json.readSlaRequest(body);
      return json.writeSlaReport(r.report(), List.of());
    } catch (JsonInputException e) {
      throw Problem.invalid(e.getMessage(), e.path());
    }
  }

  private JsonNode slaDaily(JsonNode body) throws Problem {
    try {
      return DailySeries.of(json.readSlaRequest(body));
    } catch (JsonInputException e) {
      throw Problem.invalid(e.getMessage(), e.path());
    }
  }

  private void sendJson(Response response, Callback callback, int status, JsonNode body) {
    send(response, callback, status, JSON_TYPE, json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  private void sendProblem(Response response, Callback callback, Problem p, String path) {
    send(response, callback, p.status, PROBLEM_TYPE, json.write(p.toJson(path)).getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
