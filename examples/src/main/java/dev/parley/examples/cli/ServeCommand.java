package dev.parley.examples.cli;

import dev.parley.messaging.server.ParleyServer;
import dev.parley.messaging.server.ServerConfig;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code parley serve [--host H] [--port P] [--max-body-bytes N] [--max-batch N] [--read-timeout D]
 * [--compute-timeout D]}: runs the HTTP/JSON service until interrupted (Ctrl-C stops it
 * gracefully). Options override {@code PARLEY_HOST}, {@code PARLEY_PORT} and the other {@code
 * PARLEY_*} variables; the default bind address is loopback.
 */
final class ServeCommand {
  static final String USAGE = String.join("\n",
      "usage: parley serve [--host H] [--port P] [--max-body-bytes N] [--max-batch N] [--read-timeout D] [--compute-timeout D]",
      "  --host H             bind address (env PARLEY_HOST, default 127.0.0.1: loopback only)",
      "  --port P             port, 0 for any free one (env PARLEY_PORT, default 8080)",
      "  --max-body-bytes N   largest request body; larger gets 413 (env PARLEY_MAX_BODY_BYTES, default 1048576)",
      "  --max-batch N        most check requests in one batch (env PARLEY_MAX_BATCH, default 1000)",
      "  --read-timeout D     time a client has to send its request (env PARLEY_READ_TIMEOUT, default PT10S)",
      "  --compute-timeout D  time one request may compute (env PARLEY_COMPUTE_TIMEOUT, default PT30S)",
      "endpoints: POST /v1/check, POST /v1/sla, GET /v1/rules, GET /healthz, GET /openapi.json",
      "");

  private ServeCommand() {}

  /** Parses the options over the environment; package-private for tests. */
  static ServerConfig config(List<String> args, Map<String, String> env) {
    ServerConfig.Builder b = ServerConfig.fromEnvironment(env);
    for (Iterator<String> it = args.iterator(); it.hasNext();) {
      String a = it.next();
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      if (value == null && !a.equals("--help") && !a.equals("-h")) {
        if (!it.hasNext()) {
          throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
        }
        value = it.next();
      }
      switch (a) {
        case "--host":
          b.host(value);
          break;
        case "--port":
          b.port(ServerConfigs.integer(a, value));
          break;
        case "--max-body-bytes":
          b.maxBodyBytes(ServerConfigs.integer(a, value));
          break;
        case "--max-batch":
          b.maxBatch(ServerConfigs.integer(a, value));
          break;
        case "--read-timeout":
          b.readTimeout(ServerConfigs.duration(a, value));
          break;
        case "--compute-timeout":
          b.computeTimeout(ServerConfigs.duration(a, value));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return b.build();
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.print(USAGE);
      return 0;
    }
    ServerConfig config;
    try {
      config = config(args, System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("parley serve: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    ParleyServer server;
    try {
      server = ParleyServer.start(config);
    } catch (IllegalStateException e) {
      err.println("parley serve: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "parley-serve-stop"));
    err.println("parley serve: listening on " + server.uri() + " (open it in a browser for the playground; OpenAPI at " + server.uri()
        + "openapi.json; Ctrl-C stops)");
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return 0;
  }

  /** Option values, with errors naming the option. */
  static final class ServerConfigs {
    private ServerConfigs() {}

    static int integer(String option, String value) {
      try {
        return Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number, got \"" + value + "\"");
      }
    }

    static java.time.Duration duration(String option, String value) {
      try {
        return java.time.Duration.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(option + " must be an ISO-8601 duration such as PT10S, got \"" + value + "\"");
      }
    }
  }
}
